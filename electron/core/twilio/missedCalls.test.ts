import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/store';
import { apiJson } from '../../../test/support/apiJson';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { startRecordingMediaServer, type RecordingMediaServer } from '../../../test/support/recordingMediaServer';
import {
  startTwilioApiMock,
  twilioSpecAvailable,
  twilioSpecMissing,
  type MockedRequest,
  type TwilioApiMock,
} from '../../../test/support/twilioApiMock';

const accountSid = `AC${'1'.repeat(32)}`;
const business = '+13035550100';
const withVoicemail = `CA${'a'.repeat(32)}`;
const hungUp = `CA${'b'.repeat(32)}`;
const outbound = `CA${'c'.repeat(32)}`;
const recordingSid = `RE${'d'.repeat(32)}`;

/** A call as Twilio's Calls resource lists it. */
const twilioCall = (sid: string, from: string, direction: string, duration: string) => ({
  sid,
  account_sid: accountSid,
  from,
  to: business,
  direction,
  status: 'completed',
  duration,
  start_time: 'Sat, 28 Feb 2026 22:15:00 +0000',
  end_time: 'Sat, 28 Feb 2026 22:16:00 +0000',
  date_created: 'Sat, 28 Feb 2026 22:15:00 +0000',
});

const page = (key: string, items: unknown[]) => ({
  [key]: items,
  page: 0,
  page_size: 50,
  first_page_uri: '/',
  next_page_uri: null,
  previous_page_uri: null,
  uri: '/',
  start: 0,
  end: items.length,
});

const voicemailWords = 'Hi this is Sam, the gutter over my garage came down, please call me back';

/** Twilio's account while Pickup was off: two callers reached the fallback, one left a voicemail. */
function offlineHistory(request: MockedRequest) {
  if (request.method !== 'GET') return null;
  if (request.path.endsWith('/Calls.json')) {
    return {
      status: 200,
      body: page('calls', [
        twilioCall(withVoicemail, '+13035550142', 'inbound', '61'),
        twilioCall(hungUp, '+13035550199', 'inbound', '4'),
        twilioCall(outbound, business, 'outbound-api', '30'),
      ]),
    };
  }
  if (request.path.endsWith('/Recordings.json')) {
    const recordings =
      request.query.get('CallSid') === withVoicemail
        ? [
            {
              sid: recordingSid,
              call_sid: withVoicemail,
              status: 'completed',
              duration: '1',
              uri: `/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}.json`,
            },
          ]
        : [];
    return { status: 200, body: page('recordings', recordings) };
  }
  if (request.path.endsWith(`/Recordings/${recordingSid}/Transcriptions.json`)) {
    return {
      status: 200,
      body: page('transcriptions', [
        { sid: `TR${'7'.repeat(32)}`, recording_sid: recordingSid, status: 'completed', transcription_text: voicemailWords },
      ]),
    };
  }
  return null;
}

describe.skipIf(!twilioSpecAvailable)("missed calls while offline (Twilio's API played by Prism)", () => {
  let mock: TwilioApiMock;
  let media: RecordingMediaServer;
  let core: TestCore;

  beforeAll(async () => {
    media = await startRecordingMediaServer('test-auth-token');
    mock = await startTwilioApiMock({ mediaUrl: media.url });
    mock.override(offlineHistory);
    core = await startTestCore({}, { env: { TWILIO_ACCOUNT_SID: accountSid, PICKUP_TWILIO_API_URL: mock.url } });
  }, 90_000);
  afterAll(async () => {
    await core?.stop();
    await mock?.close();
    await media?.close();
  });

  it('stores each inbound call once, voicemail and its transcription and all, and texts the owner', async () => {
    expect(await core.syncMissedCalls()).toEqual({ stored: 2, voicemails: 1 });
    await core.settle();
    expect(await core.syncMissedCalls()).toEqual({ stored: 0, voicemails: 0 });
    await core.settle();

    const calls = (await (await core.api('/api/calls')).json()) as {
      id: string;
      twilioCallSid: string;
      outcome: string;
      startedAt: string;
      aiSummary: string;
    }[];
    expect(calls.map((c) => c.twilioCallSid).sort()).toEqual([withVoicemail, hungUp]);
    const voicemail = calls.find((c) => c.twilioCallSid === withVoicemail)!;
    expect(voicemail).toMatchObject({
      outcome: 'voicemail',
      startedAt: '2026-02-28T22:15:00.000Z',
      aiSummary: expect.any(String),
    });
    await expect.poll(async () => (await apiJson('getCall', core.api(`/api/calls/${voicemail.id}`))).hasRecording).toBe(true);

    const detail = await apiJson('getCall', core.api(`/api/calls/${voicemail.id}`));
    expect(detail.turns).toEqual([expect.objectContaining({ speaker: 'caller', kind: 'voicemail', text: voicemailWords })]);
    expect(voicemail.aiSummary).toContain('gutter over my garage');

    const all = mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Messages.json'));
    // The caller who left a voicemail is texted back once; the owner gets the summary and the voicemail.
    expect(all.filter((t) => t.form.get('To') === '+13035550142')).toHaveLength(1);
    const texts = all.filter((t) => t.form.get('To') === '+13035550122');
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.form.get('Body')?.includes('gutter over my garage'))).toBe(true);
    expect(texts[0]!.form.get('To')).toBe('+13035550122');
    expect(mock.requests.find((r) => r.path.endsWith('/Calls.json'))!.query.get('To')).toBe(business);
    expect(mock.rejected()).toEqual([]);
  });

  it('fetches again when the tunnel comes back after a drop, and stores a call at the fallback only once it has ended', async () => {
    const late = `CA${'e'.repeat(32)}`;
    let lateStatus = 'in-progress';
    mock.override((request) => {
      if (request.method !== 'GET') return null;
      if (request.path.endsWith('/Calls.json'))
        return {
          status: 200,
          body: page('calls', [{ ...twilioCall(late, '+13035550177', 'inbound', '40'), status: lateStatus }]),
        };
      if (request.path.endsWith('/Recordings.json')) return { status: 200, body: page('recordings', []) };
      return null;
    });
    const listings = () => mock.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/Calls.json')).length;
    const before = listings();
    // The business number is in the store before the core starts, so the fetch at start runs.
    const dataDir = mkdtempSync(join(tmpdir(), 'pickup-missed-'));
    const seeded = openStore(join(dataDir, 'pickup.db'));
    seeded.settings.update({ twilioPhoneNumber: business });
    seeded.close();
    let tunnelChanged: ((change: string) => void) | undefined;
    const tunneled = await startTestCore(
      {},
      {
        dataDir,
        tunnel: true,
        env: { TWILIO_ACCOUNT_SID: accountSid, PICKUP_TWILIO_API_URL: mock.url, NGROK_AUTHTOKEN: 'ngrok-token' },
        ngrokForward: async (config) => {
          tunnelChanged = config.onStatusChange;
          return { url: () => 'https://pickup-test.ngrok.app', close: async () => {} };
        },
      },
    );
    try {
      // The fetch at start sees the call still going on, and leaves it.
      await expect.poll(listings).toBe(before + 1);
      expect(await tunneled.syncMissedCalls()).toEqual({ stored: 0, voicemails: 0 });
      expect(tunneled.store.calls.findBySid(late)).toBeNull();

      lateStatus = 'completed';
      tunnelChanged!('closed');
      tunnelChanged!('connected');
      await expect.poll(() => tunneled.store.calls.findBySid(late)?.status).toBe('completed');
      expect(listings()).toBe(before + 3);
    } finally {
      await tunneled.stop();
    }
  });
});

if (!twilioSpecAvailable) console.warn(twilioSpecMissing);
