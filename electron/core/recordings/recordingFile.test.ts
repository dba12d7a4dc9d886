import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

let core: TestCore;
let victim: string;
beforeAll(async () => {
  core = await startTestCore();
  mkdirSync(join(core.dataDir, 'recordings'), { recursive: true });
  victim = join(core.dataDir, 'victim.txt');
});
afterAll(() => core?.stop());

/** A call whose recording row names `path`, written with raw SQL as a tampered database would be. */
async function callWithRecordingAt(path: string, n: number): Promise<string> {
  const call = core.call({ from: `+1303555021${n}` });
  await call.start();
  const id = core.store.calls.findBySid(call.callSid)!.id;
  core.store.db
    .prepare(
      `INSERT INTO recordings (recording_sid, call_id, url, source, status, local_path, created_at)
       VALUES (?, ?, 'https://api.twilio.com/rec', 'call', 'stored', ?, ?)`,
    )
    .run(`RE${String(n).repeat(32)}`, id, path, new Date().toISOString());
  return id;
}

describe('recording files, for every route and host', () => {
  it.each([
    ['a file outside the data folder', () => victim, 1],
    ['a path that climbs out of the recordings folder', () => join(core.dataDir, 'recordings', '..', 'victim.txt'), 2],
    [
      'a link inside the recordings folder that points out of it',
      () => {
        const link = join(core.dataDir, 'recordings', `RE${'3'.repeat(32)}.wav`);
        symlinkSync(victim, link);
        return link;
      },
      3,
    ],
  ])('never serves nor deletes %s that a tampered row names', async (_why, pathFor, n) => {
    writeFileSync(victim, 'private bytes');
    const id = await callWithRecordingAt(pathFor(), n);

    const served = await core.api(`/api/calls/${id}/recording`);
    expect(served.status).toBe(404);
    expect(await served.text()).not.toContain('private bytes');
    await expect(core.handlers.getRecording({ id })).rejects.toMatchObject({ status: 404 });

    expect((await core.api(`/api/calls/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect(readFileSync(victim, 'utf8')).toBe('private bytes');
  });

  it('serves and deletes a recording inside the recordings folder', async () => {
    const path = join(core.dataDir, 'recordings', `RE${'4'.repeat(32)}.wav`);
    writeFileSync(path, 'RIFF-audio');
    const id = await callWithRecordingAt(path, 4);
    expect(await (await core.api(`/api/calls/${id}/recording`)).text()).toBe('RIFF-audio');
    expect((await core.api(`/api/calls/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect(existsSync(path)).toBe(false);
  });
});
