import { connect } from 'node:net';
import twilio from 'twilio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTwiml } from '../twilio/simulator/twimlParser';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { webhookPaths } from '../calls/webhookPaths';
import { webhookBodyLimit } from './publicServer';

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

/** The first column of a one-row query. */
const scalar = (sql: string) => Object.values(core.store.db.prepare(sql).get() as Record<string, unknown>)[0];
const countCalls = () => scalar('SELECT count(*) FROM voice_calls');
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

  it('takes the longest speech a webhook body can carry, keeping a bounded turn', async () => {
    await post(webhookPaths.voice, incoming);
    const long = 'my roof is leaking '.repeat(3000);
    expect(long.length).toBeGreaterThan(50_000);
    const doc = expectTwiml(await post(webhookPaths.gather, { ...incoming, SpeechResult: long, Confidence: '0.5' }));
    expect(doc.children.length).toBeGreaterThan(0);
    const longest = scalar('SELECT max(length(text)) FROM call_turns') as number;
    expect(longest).toBeLessThanOrEqual(2000);
  });

  it('refuses a body past the limit with 413, before checking or storing anything', async () => {
    const huge = 'my roof is leaking '.repeat(10_000);
    const reply = await post(webhookPaths.voice, { ...incoming, SpeechResult: huge });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/too large/);
    expect(countCalls()).toBe(0);
  });

  it('refuses an unreadable body carrying a forged signature with 403, not TwiML', async () => {
    const response = await fetch(`${core.publicUrl}${webhookPaths.voice}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-twilio-signature': 'forged' },
      body: '{"CallSid": ',
    });
    expect(response.status).toBe(403);
    expect(countCalls()).toBe(0);
  });

  it('checks a repeated parameter as Twilio signs it, every value', async () => {
    const url = `${core.publicUrl}${webhookPaths.voice}`;
    const body = `${new URLSearchParams(incoming).toString()}&From=%2B13035550199`;
    const signed = twilio.getExpectedTwilioSignature(core.authToken, url, { ...incoming, From: [incoming.From, '+13035550199'] });
    const firstOnly = twilio.getExpectedTwilioSignature(core.authToken, url, incoming);
    const send = (signature: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body,
      });
    expect((await send(firstOnly)).status).toBe(403);
    expectTwiml({ status: 200, type: 'text/xml', body: await (await send(signed)).text() });
    expect(core.store.calls.findBySid(incoming.CallSid)?.from).toBe(incoming.From);
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
    expect(scalar('SELECT count(*) FROM call_turns')).toBe(1);
  });
});

/**
 * Sends raw bytes to the public listener; resolves with the status line it answered, or '' if it
 * answered nothing before closing or within a generous 5 s (a guard, not a measure).
 */
function rawRequest(head: string, body: { bytes: number; chunk?: string } | null = null): Promise<string> {
  const { port } = new URL(core.publicUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    const guard = setTimeout(() => socket.destroy(), 5000);
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(guard);
      resolve(answer.split('\r\n')[0] ?? '');
    });
    socket.write(head);
    if (!body) return;
    // Written as fast as the server takes it, until it answers or closes.
    const chunk = Buffer.from((body.chunk ?? 'a=1&').repeat(16_384));
    let sent = 0;
    const pump = () => {
      while (sent < body.bytes && !answer && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return socket.once('drain', pump);
      }
      if (answer || sent >= body.bytes) socket.end();
    };
    pump();
  });
}

const junkHead = (bytes: number, signature: string | null) =>
  `POST ${webhookPaths.voice} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
  `Content-Length: ${bytes}\r\n${signature ? `X-Twilio-Signature: ${signature}\r\n` : ''}\r\n`;

describe('an unsigned flood', () => {
  const junkBytes = 8 * 1024 * 1024;

  it('is refused on its headers alone when it carries no signature, before its body arrives', async () => {
    // The body is never sent: the answer can only come from the headers.
    expect(await rawRequest(junkHead(junkBytes, null))).toBe('HTTP/1.1 403 Forbidden');
  });

  it('gets 413 for 8 MB bodies of junk keys while a signed webhook is still answered', async () => {
    expect(webhookBodyLimit).toBeLessThan(junkBytes);
    const flood = Array.from({ length: 6 }, (_, i) =>
      rawRequest(junkHead(junkBytes, i % 2 ? 'forged' : null), { bytes: junkBytes }),
    );
    const answered = expectTwiml(await post(webhookPaths.voice, incoming));
    expect(answered.children.length).toBeGreaterThan(0);
    const statuses = await Promise.all(flood);
    expect(statuses.filter((s, i) => s === (i % 2 ? 'HTTP/1.1 413 Payload Too Large' : 'HTTP/1.1 403 Forbidden'))).toHaveLength(
      6,
    );
    expect(countCalls()).toBe(1);
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
