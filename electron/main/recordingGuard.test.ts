import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../core/host/testCore';
import { confineRecordings } from './recordingGuard';

let core: TestCore;
let recordingsDir: string;

/** A call whose stored recording row names `path`, as a tampered database could. */
async function callWithRecordingAt(path: string, n: number): Promise<string> {
  const call = core.call({ from: `+1303555020${n}` });
  await call.start();
  const id = core.store.calls.findBySid(call.callSid)!.id;
  const recordingSid = `RE${String(n).repeat(32)}`;
  core.store.calls.addRecording({
    recordingSid,
    callId: id,
    url: 'https://api.twilio.com/rec',
    duration: 3,
    source: 'call',
    status: 'pending',
    at: new Date().toISOString(),
  });
  core.store.calls.markRecordingStored(recordingSid, path, 3);
  return id;
}

beforeAll(async () => {
  core = await startTestCore({ recordCalls: true });
  recordingsDir = join(core.dataDir, 'recordings');
  mkdirSync(recordingsDir, { recursive: true });
});
afterAll(() => core?.stop());

describe('recordings reach the renderer only from the recordings folder', () => {
  it('plays a recording stored in the folder', async () => {
    const path = join(recordingsDir, `RE${'1'.repeat(32)}.wav`);
    writeFileSync(path, 'RIFF-audio');
    const id = await callWithRecordingAt(path, 1);
    const guarded = confineRecordings(core.handlers, {
      dir: recordingsDir,
      pathOf: (callId) => core.store.calls.recordingPath(callId),
    });
    const audio = await guarded.getRecording({ id });
    expect(Buffer.from(audio.bytes).toString()).toBe('RIFF-audio');
  });

  it.each([
    ['a file elsewhere in the data folder', () => join(core.dataDir, 'local-secrets.json'), 2],
    [
      'a link inside the folder that points out of it',
      () => {
        const link = join(recordingsDir, `RE${'3'.repeat(32)}.wav`);
        symlinkSync(join(core.dataDir, 'local-secrets.json'), link);
        return link;
      },
      3,
    ],
  ])('refuses %s that the store names', async (_why, pathFor, n) => {
    const id = await callWithRecordingAt(pathFor(), n);
    // The core alone would hand the file over: the guard is what stops it.
    await expect(core.handlers.getRecording({ id })).resolves.toBeTruthy();
    const guarded = confineRecordings(core.handlers, {
      dir: recordingsDir,
      pathOf: (callId) => core.store.calls.recordingPath(callId),
    });
    await expect(guarded.getRecording({ id })).rejects.toMatchObject({ status: 404 });
  });
});
