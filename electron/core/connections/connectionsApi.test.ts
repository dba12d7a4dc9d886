import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiJson } from '../../../test/support/apiJson';
import { modelReply } from '../../../test/support/testReplies';
import { startScriptedOpenAi, type ScriptedOpenAi } from '../../../test/support/scriptedOpenAi';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import {
  startTwilioApiMock,
  twilioSpecAvailable,
  twilioSpecMissing,
  type TwilioApiMock,
} from '../../../test/support/twilioApiMock';
import { signWebhookRequest } from '../twilio/simulator/signature';
import { SimulatedCall } from '../twilio/simulator/simulatedCall';

const accountSid = `AC${'c3'.repeat(16)}`;
const authToken = '0123456789abcdef0123456789abcdef';
const apiKey = 'sk-pasted-in-the-app-0123456789';
const ngrokToken = '2pastedNgrokToken_0123456789abcdefXYZ';

/** Every file under the data dir, read as text, so a test can look for a secret anywhere in it. */
function everyFile(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

describe.skipIf(!twilioSpecAvailable)('connecting accounts from the dashboard, with no secret in the environment', () => {
  let core: TestCore;
  let twilio: TwilioApiMock;
  let openAi: ScriptedOpenAi;
  const put = (path: string, body: unknown) =>
    core.api(path, { method: 'PUT', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const statusWebhook = async (token: string) => {
    const url = `${core.publicUrl}/api/webhooks/twilio/voice/status`;
    const request = signWebhookRequest(token, 'POST', url, { CallSid: `CA${'9'.repeat(32)}`, CallStatus: 'completed' });
    return (await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body })).status;
  };

  beforeAll(async () => {
    if (!twilioSpecAvailable) throw new Error(twilioSpecMissing);
    twilio = await startTwilioApiMock();
    openAi = await startScriptedOpenAi({
      apiKey,
      respond: () => ({ reply: modelReply({ say: 'Thanks for calling Summit Roofing, the model speaking. Your name?' }) }),
    });
    core = await startTestCore(
      {},
      { env: { TWILIO_AUTH_TOKEN: '', PICKUP_TWILIO_API_URL: twilio.url, OPENAI_BASE_URL: openAi.url } },
    );
  }, 90_000);
  afterAll(async () => {
    await core?.stop();
    await twilio?.close();
    await openAi?.close();
  });

  it('starts with nothing connected, and the local token signing webhooks', async () => {
    const connections = await (await core.api('/api/connections')).json();
    expect(connections).toMatchObject({
      twilio: { connected: false, source: null, accountSid: null },
      openai: { connected: false, source: null },
      ngrok: { connected: false, source: null, domain: null, tunnel: { state: 'off' } },
      secrets: { kind: 'file', osProtected: false },
    });
    expect(await statusWebhook(core.localAuthToken!)).toBe(200);
  });

  it('refuses a malformed paste in plain words, naming the field, and keeps nothing', async () => {
    const empty = await put('/api/connections/twilio', { accountSid: '', authToken });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      field: 'accountSid',
      error: expect.stringMatching(/Paste your Twilio Account SID/),
    });
    const wrongKey = await put('/api/connections/openai', { apiKey: 'my key' });
    expect(await wrongKey.json()).toMatchObject({ field: 'apiKey', error: expect.stringMatching(/starts with sk-/) });
    const unknown = await core.api('/api/connections/dropbox', { method: 'DELETE' });
    expect(unknown.status).toBe(400);
    expect((await apiJson('getConnections', core.api('/api/connections'))).twilio.connected).toBe(false);
  });

  it('refuses credentials Twilio refuses (400) or cannot check (502), and keeps nothing', async () => {
    twilio.override((request) =>
      request.path.startsWith('/2010-04-01/Accounts/')
        ? {
            status: 401,
            body: { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 },
          }
        : null,
    );
    const refused = await put('/api/connections/twilio', { accountSid, authToken });
    twilio.override(null);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      field: 'authToken',
      error: expect.stringMatching(/^Twilio did not accept this Auth Token/),
    });
    expect(await statusWebhook(authToken)).toBe(403);
  });

  it('keeps Twilio credentials pasted with spaces around them, and verifies the very next webhook with the new token', async () => {
    const response = await put('/api/connections/twilio', { accountSid: ` ${accountSid} `, authToken: `${authToken}\n` });
    expect(response.status).toBe(200);
    const body = await apiJson('connectTwilio', response);
    expect(body.twilio).toEqual({ connected: true, source: 'app', accountSid });
    expect(twilio.requests.some((r) => r.path === `/2010-04-01/Accounts/${accountSid}.json` && r.prismStatus === 200)).toBe(true);
    expect(await statusWebhook(core.localAuthToken!)).toBe(403);
    expect(await statusWebhook(authToken)).toBe(200);
    const status = await (await core.api('/api/status')).json();
    expect(status).toMatchObject({ twilioCredentialsSet: true, localSigning: false });
    // The account's numbers can be listed at once, through the same account.
    const numbers = await core.api('/api/phone-line/numbers');
    expect(numbers.status).toBe(200);
  });

  it('answers the next call with the OpenAI brain once a key is connected, in the same process', async () => {
    const before = new SimulatedCall({ publicUrl: core.publicUrl, authToken });
    await before.start();
    await before.say('I need a roof quote');
    expect(before.heard().join(' ')).not.toMatch(/the model speaking/);
    await before.hangup();

    const connected = await put('/api/connections/openai', { apiKey });
    expect(connected.status).toBe(200);
    expect(openAi.requests.some((r) => r.method === 'GET' && r.path === '/v1/models')).toBe(true);

    const after = new SimulatedCall({ publicUrl: core.publicUrl, authToken });
    await after.start();
    await after.say('I need a roof quote');
    expect(after.heard().join(' ')).toMatch(/the model speaking/);
    await after.hangup();
    expect((await apiJson('getStatus', core.api('/api/status'))).brain).toMatch(/^openai/);
  });

  it('keeps the ngrok authtoken and its domain, and says why the tunnel stays closed here', async () => {
    const response = await put('/api/connections/ngrok', { authtoken: ngrokToken, domain: 'Summit-Roofing.ngrok.app' });
    expect(response.status).toBe(200);
    expect((await apiJson('connectNgrok', response)).ngrok).toMatchObject({
      connected: true,
      source: 'app',
      domain: 'summit-roofing.ngrok.app',
    });
  });

  it('never shows a secret in a response, the log, the database or any other file but the owner-only secrets file', async () => {
    await core.settle();
    const responses = await Promise.all(
      ['/api/connections', '/api/status', '/api/settings', '/api/phone-line'].map((p) => core.api(p).then((r) => r.text())),
    );
    const secretsFile = join(core.dataDir, 'secrets', 'connections.json');
    const elsewhere = readdirSync(core.dataDir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(core.dataDir, name))
      .filter((path) => path !== secretsFile && statSync(path).isFile())
      .map((path) => readFileSync(path).toString('latin1'))
      .join('\n');
    for (const secret of [authToken, apiKey, ngrokToken]) {
      for (const text of [...responses, core.logs.join('\n'), elsewhere]) expect(text).not.toContain(secret);
    }
    expect(everyFile(core.dataDir)).toContain(apiKey);
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
  });

  it('lets a call that is going on finish when its account is disconnected mid-call', async () => {
    const live = new SimulatedCall({ publicUrl: core.publicUrl, authToken });
    await live.start();
    const gone = await core.api('/api/connections/openai', { method: 'DELETE' });
    expect((await apiJson('disconnectAccount', gone)).openai.connected).toBe(false);
    await live.say('this is Dana');
    expect(live.heard().at(-1)).toBeTruthy();
    await live.hangup();
    await core.settle();
    const [call] = await apiJson('listCalls', core.api('/api/calls?limit=1'));
    expect(call!.status).toBe('completed');
    expect((await apiJson('getStatus', core.api('/api/status'))).brain).toBe('offline');
  });
});
