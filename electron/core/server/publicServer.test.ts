import twilio from 'twilio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTwiml } from '../twilio/simulator/twimlParser';
import { startTestCore, type TestCore } from '../host/testCore';
import { webhookPaths } from '../calls/webhookPaths';

let core: TestCore;
beforeEach(async () => {
  core = await startTestCore();
});
afterEach(async () => {
  await core.stop();
});

/** POSTs a webhook signed as Twilio would (or with the signature given). */
async function post(path: string, params: Record<string, string>, signature?: string | null) {
  const url = `${core.publicUrl}${path}`;
  const sig = signature === undefined ? twilio.getExpectedTwilioSignature(core.authToken, url, params) : signature;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(sig ? { 'x-twilio-signature': sig } : {}) },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

const countCalls = () => core.store.db.prepare('SELECT count(*) FROM voice_calls').pluck().get();
const incoming = {
  CallSid: 'CA00000000000000000000000000000001',
  From: '+13035550142',
  To: '+13035550100',
  CallStatus: 'ringing',
};

const expectTwiml = (reply: { status: number; type: string; body: string }) => {
  expect(reply.status).toBe(200);
  expect(reply.type).toContain('text/xml');
  const doc = parseTwiml(reply.body);
  expect(doc.name).toBe('Response');
  return doc;
};

describe('public listener', () => {
  it.each(Object.entries(webhookPaths))('%s refuses a forged signature with 403 and touches nothing', async (_route, path) => {
    const forged = twilio.getExpectedTwilioSignature('not-the-token', `${core.publicUrl}${path}`, incoming);
    expect((await post(path, incoming, forged)).status).toBe(403);
    expect((await post(path, incoming, null)).status).toBe(403);
    expect(countCalls()).toBe(0);
  });

  it('refuses a signature made for another URL (query changed)', async () => {
    const signed = twilio.getExpectedTwilioSignature(
      core.authToken,
      `${core.publicUrl}${webhookPaths.dialComplete}?purpose=transfer`,
      incoming,
    );
    const response = await fetch(`${core.publicUrl}${webhookPaths.dialComplete}?purpose=owner-first`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signed },
      body: new URLSearchParams(incoming).toString(),
    });
    expect(response.status).toBe(403);
  });

  it('serves nothing but the webhooks', async () => {
    expect((await fetch(`${core.publicUrl}/api/settings`)).status).toBe(404);
    expect((await fetch(`${core.publicUrl}/`)).status).toBe(404);
  });

  it('answers a gather for a CallSid it never saw with valid TwiML', async () => {
    const doc = expectTwiml(await post(webhookPaths.gather, { CallSid: 'CAunknown', SpeechResult: 'hello', Confidence: '0.9' }));
    expect(doc.children.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(webhookPaths))('%s answers valid TwiML with no parameters at all', async (_route, path) => {
    expectTwiml(await post(path, {}));
  });

  it('takes 2 MB of speech without failing the caller, keeping a bounded turn', async () => {
    await post(webhookPaths.voice, incoming);
    const huge = 'my roof is leaking '.repeat(110_000);
    expect(huge.length).toBeGreaterThan(2_000_000);
    const doc = expectTwiml(await post(webhookPaths.gather, { ...incoming, SpeechResult: huge, Confidence: '0.5' }));
    expect(doc.children.length).toBeGreaterThan(0);
    const longest = core.store.db.prepare('SELECT max(length(text)) FROM call_turns').pluck().get() as number;
    expect(longest).toBeLessThanOrEqual(2000);
  });

  it('rejects a blocked number before creating anything', async () => {
    core.store.settings.update({ blockedNumbers: ['+13035550142'] });
    const doc = expectTwiml(await post(webhookPaths.voice, incoming));
    expect(doc.children[0]).toMatchObject({ name: 'Reject' });
    expect(countCalls()).toBe(0);
  });

  it('answers a retried incoming webhook without a second call or a second greeting', async () => {
    await post(webhookPaths.voice, incoming);
    const again = expectTwiml(await post(webhookPaths.voice, incoming));
    expect(JSON.stringify(again)).toContain('Gather');
    expect(countCalls()).toBe(1);
    expect(core.store.db.prepare('SELECT count(*) FROM call_turns').pluck().get()).toBe(1);
  });
});

describe('Server-Timing', () => {
  it("reports the server's own time for each webhook", async () => {
    const url = `${core.publicUrl}${webhookPaths.voice}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(core.authToken, url, incoming),
      },
      body: new URLSearchParams(incoming).toString(),
    });
    expect(response.headers.get('server-timing')).toMatch(/^app;dur=\d+\.\d{2}$/);
  });
});
