import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiJson, errorJson } from '../../../test/support/apiJson';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import {
  startTwilioApiMock,
  twilioSpecAvailable,
  twilioSpecMissing,
  type TwilioApiMock,
} from '../../../test/support/twilioApiMock';

const accountSid = `AC${'1'.repeat(32)}`;
const numberSid = `PN${'a'.repeat(32)}`;

describe.skipIf(!twilioSpecAvailable)("the phone line over the app API (Twilio's API played by Prism)", () => {
  let mock: TwilioApiMock;
  let dataDir: string | undefined;
  const cores: TestCore[] = [];

  /** A core whose tunnel opens at `url`, on the same data dir each time (a restart). */
  const startBehindTunnel = async (url: string) => {
    const core = await startTestCore(
      {},
      {
        ...(dataDir ? { dataDir } : {}),
        tunnel: true,
        env: { TWILIO_ACCOUNT_SID: accountSid, PICKUP_TWILIO_API_URL: mock.url, NGROK_AUTHTOKEN: 'ngrok-token' },
        ngrokForward: async () => ({ url: () => url, close: async () => {} }),
      },
    );
    dataDir = core.dataDir;
    cores.push(core);
    return core;
  };
  const updatesOfNumber = () =>
    mock.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/IncomingPhoneNumbers/${numberSid}.json`));

  beforeAll(async () => {
    mock = await startTwilioApiMock();
    // No missed calls: Prism's example call list pages on to a URL whose query breaks Twilio's own schema.
    mock.override((request) =>
      request.method === 'GET' && request.path.endsWith('/Calls.json')
        ? {
            status: 200,
            body: {
              calls: [],
              page: 0,
              page_size: 50,
              first_page_uri: '/',
              next_page_uri: null,
              previous_page_uri: null,
              uri: '/',
              start: 0,
              end: 0,
            },
          }
        : null,
    );
  }, 90_000);
  afterAll(async () => {
    for (const core of cores) await core.stop().catch(() => undefined);
    await mock.close();
  });

  it('lists the numbers, points the chosen one at the tunnel, re-points it after a restart on a new URL, and restores it', async () => {
    const first = await startBehindTunnel('https://first-run.ngrok.app');
    const numbers = await (await first.api('/api/phone-line/numbers')).json();
    expect(numbers).toEqual([expect.objectContaining({ sid: numberSid, pointsAtPickup: false })]);

    const bad = await first.api('/api/phone-line/number', { method: 'POST', body: JSON.stringify({ sid: 'PN-not-a-sid' }) });
    expect(bad.status).toBe(400);
    expect((await errorJson(bad)).field).toBe('sid');

    const configured = await apiJson(
      'configureTwilioNumber',
      first.api('/api/phone-line/number', { method: 'POST', body: JSON.stringify({ sid: numberSid }) }),
    );
    expect(configured.number).toEqual({
      sid: numberSid,
      phoneNumber: '+18089255327',
      pointedAt: 'https://first-run.ngrok.app',
      canRestore: true,
    });
    expect(updatesOfNumber().at(-1)!.form.get('VoiceUrl')).toBe('https://first-run.ngrok.app/api/webhooks/twilio/voice');
    await first.stop();

    // No reserved domain: the next start gets another URL, and the number follows it.
    const second = await startBehindTunnel('https://second-run.ngrok.app');
    await expect
      .poll(() => updatesOfNumber().at(-1)!.form.get('VoiceUrl'))
      .toBe('https://second-run.ngrok.app/api/webhooks/twilio/voice');
    await expect
      .poll(async () => (await apiJson('getPhoneLine', second.api('/api/phone-line'))).number?.pointedAt)
      .toBe('https://second-run.ngrok.app');

    const restored = await second.api('/api/phone-line/restore', { method: 'POST' });
    expect(restored.status).toBe(200);
    expect((await apiJson('restoreTwilioNumber', restored)).number).toBeNull();
    expect((await second.api('/api/phone-line/restore', { method: 'POST' })).status).toBe(409);
    expect(mock.rejected()).toEqual([]);
  }, 60_000);

  it('refuses to point the number at an address only this computer can reach', async () => {
    const local = await startTestCore({}, { env: { TWILIO_ACCOUNT_SID: accountSid, PICKUP_TWILIO_API_URL: mock.url } });
    cores.push(local);
    const response = await local.api('/api/phone-line/number', { method: 'POST', body: JSON.stringify({ sid: numberSid }) });
    expect(response.status).toBe(409);
    expect((await errorJson(response)).error).toMatch(/Twilio cannot reach http:\/\/127\.0\.0\.1/);
  });
});

if (!twilioSpecAvailable) console.warn(twilioSpecMissing);
