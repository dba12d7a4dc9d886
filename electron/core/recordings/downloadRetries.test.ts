import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../calls/eventBus';
import { openStore, type Store } from '../store/store';
import {
  startTwilioApiMock,
  twilioSpecAvailable,
  twilioSpecMissing,
  type TwilioApiMock,
} from '../../../test/support/twilioApiMock';
import { startRecordingDownloads } from './downloadRecordings';
import { fixedTwilioAccess } from '../twilio/twilioAccess';
import {
  startRecordingMediaServer,
  type MediaBehaviour,
  type RecordingMediaServer,
} from '../../../test/support/recordingMediaServer';

const accountSid = `AC${'1'.repeat(32)}`;
const authToken = 'media-token';
const recordingSid = `RE${'a'.repeat(32)}`;
const fastRetry = { baseMs: 20, maxMs: 50, maxTries: 4 };

let media: RecordingMediaServer | undefined;
let mock: TwilioApiMock | undefined;
let store: Store | undefined;
let downloads: ReturnType<typeof startRecordingDownloads> | undefined;
afterEach(async () => {
  await downloads?.stop();
  store?.close();
  await media?.close();
  await mock?.close();
  [media, mock, store, downloads] = [undefined, undefined, undefined, undefined];
});

/** A store holding one call with one announced voicemail recording, and the downloader on it. */
function startDownloads(apiUrl: string, logs: string[], deleteRecordingsFromTwilio = false) {
  store = openStore(':memory:');
  store.settings.update({ deleteRecordingsFromTwilio });
  const { call } = store.calls.create({
    twilioCallSid: `CA${'b'.repeat(32)}`,
    from: '+13035550142',
    to: '+13035550100',
    leadId: null,
    handledBy: 'ai',
    status: 'completed',
    startedAt: '2026-03-01T10:00:00Z',
  });
  store.calls.addRecording({
    recordingSid,
    callId: call.id,
    url: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}`,
    duration: 1,
    source: 'voicemail',
    status: 'pending',
    at: '2026-03-01T10:01:00Z',
  });
  downloads = startRecordingDownloads({
    store,
    dataDir: mkdtempSync(join(tmpdir(), 'pickup-rec-')),
    twilio: fixedTwilioAccess({ accountSid, authToken, apiUrl }),
    events: createEventBus(() => {}),
    log: (message, details) => logs.push(`${message} ${JSON.stringify(details ?? {})}`),
    retry: fastRetry,
  });
  return call.id;
}

async function expectStored(callId: string) {
  await expect.poll(() => store!.calls.recordingPath(callId), { timeout: 5000 }).not.toBeNull();
  expect(new Uint8Array(await readFile(store!.calls.recordingPath(callId)!))).toEqual(media!.wav);
}

describe('recording downloads: retries and verification', () => {
  it.each<[string, MediaBehaviour[]]>([
    ['a server error', ['error', 'error', 'ok']],
    ['half a WAV', ['truncate', 'ok']],
    ['a dropped connection', ['drop', 'ok']],
  ])('tries again with backoff after %s, and stores only the whole recording', async (_, behaviours) => {
    media = await startRecordingMediaServer(authToken, behaviours);
    const logs: string[] = [];
    const callId = startDownloads(media.url, logs);
    await expectStored(callId);
    expect(media.requests).toHaveLength(behaviours.length);
    expect(logs.filter((line) => line.startsWith('recording download failed'))).toHaveLength(behaviours.length - 1);
  });

  it('gives up after the last try, leaving the recording pending', async () => {
    media = await startRecordingMediaServer(authToken, ['truncate']);
    const logs: string[] = [];
    const callId = startDownloads(media.url, logs);
    await expect.poll(() => logs.some((line) => line.includes('until Pickup restarts')), { timeout: 5000 }).toBe(true);
    expect(logs.find((line) => line.includes('until Pickup restarts'))).toMatch(/truncated/);
    expect(media.requests).toHaveLength(fastRetry.maxTries);
    expect(store!.calls.recordingPath(callId)).toBeNull();
    expect(store!.calls.pendingRecordings()).toHaveLength(1);
  });
});

describe.skipIf(!twilioSpecAvailable)("recording downloads: deleting from Twilio (Prism, from Twilio's OpenAPI file)", () => {
  it('deletes the recording from Twilio only after a verified download, when the owner chose to', async () => {
    media = await startRecordingMediaServer(authToken, ['truncate', 'ok']);
    mock = await startTwilioApiMock({ mediaUrl: media.url });
    const logs: string[] = [];
    const callId = startDownloads(mock.url, logs, true);
    await expectStored(callId);
    await expect.poll(() => logs.some((line) => line.startsWith('recording deleted from Twilio'))).toBe(true);
    const deletes = mock.requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.path)).toEqual([`/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}.json`]);
    expect(mock.rejected()).toEqual([]);
  }, 90_000);
});

if (!twilioSpecAvailable) console.warn(twilioSpecMissing);
