import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { webhookPaths } from '../calls/webhookPaths';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { RelayCall } from '../twilio/simulator/relayCall';
import { callTokenParameter, relayCallToken } from './callToken';
import { relayMaxPayload } from './relaySocket';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

async function start() {
  core = await startTestCore({ conversationTransport: 'relay' });
  return core;
}

async function ringing(c: TestCore) {
  const call = new RelayCall({ publicUrl: c.publicUrl, authToken: c.authToken });
  expect(await call.ring()).toBe(true);
  return call;
}

const turnsOf = (c: TestCore, callSid: string) => c.store.calls.turns(c.store.calls.findBySid(callSid)!.id).length;

describe('a relay session is bound to its call', () => {
  it('carries a token in the TwiML that differs per call and is not the auth token', async () => {
    const c = await start();
    const [one, two] = [await ringing(c), await ringing(c)];
    expect(one.twiml).toContain(`<Parameter name="${callTokenParameter}"`);
    const token = one.relayParameters[callTokenParameter];
    expect(token).toBe(relayCallToken(c.authToken, one.callSid));
    expect(two.relayParameters[callTokenParameter]).not.toBe(token);
    expect(one.twiml).not.toContain(c.authToken);
  });

  it.each([
    ['no token', (_call: RelayCall, _other: RelayCall) => ({ customParameters: {} })],
    ['a wrong token', () => ({ customParameters: { [callTokenParameter]: 'forged' } })],
    ["another call's token", (_call: RelayCall, other: RelayCall) => ({ customParameters: other.relayParameters })],
  ])('refuses a setup with %s (1008) and touches nothing', async (_name, setup) => {
    const c = await start();
    const [call, other] = [await ringing(c), await ringing(c)];
    await call.connect({ setup: setup(call, other) });
    expect((await call.closed()).code).toBe(1008);
    expect(turnsOf(c, call.callSid)).toBe(1);
    expect(c.logs.filter((l) => l.startsWith('relay session refused'))).toHaveLength(1);
  });

  it('refuses a valid token for a call Pickup never saw, and one for a call that has ended', async () => {
    const c = await start();
    const call = await ringing(c);
    const never = 'CA0000000000000000000000000000dead';
    await call.connect({
      setup: { callSid: never, customParameters: { [callTokenParameter]: relayCallToken(c.authToken, never) } },
    });
    expect(await call.closed()).toMatchObject({ code: 1008, reason: 'no such call' });

    const ended = await ringing(c);
    const url = `${c.publicUrl}${webhookPaths.status}`;
    const params = { CallSid: ended.callSid, CallStatus: 'completed', CallDuration: '30' };
    await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(c.authToken, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    await ended.connect();
    expect(await ended.closed()).toMatchObject({ code: 1008, reason: 'the call has ended' });
  });

  it('refuses a second session for a call while the first is live, which carries on', async () => {
    const c = await start();
    const call = await ringing(c);
    await call.connect();
    const impostor = new RelayCall({ publicUrl: c.publicUrl, authToken: c.authToken, callSid: call.callSid });
    impostor.relayUrl = call.relayUrl;
    await impostor.connect({ setup: { customParameters: call.relayParameters } });
    expect(await impostor.closed()).toMatchObject({ code: 1008, reason: 'the call already has a live session' });
    expect((await call.prompt('I need a roof quote')).text).toMatch(/name/i);
  });

  it('refuses a prompt before setup, and a second setup that would move the session to another call', async () => {
    const c = await start();
    const call = await ringing(c);
    const other = await ringing(c);
    await call.connect();
    call.send({ type: 'setup', sessionId: 'VX1', callSid: other.callSid, customParameters: other.relayParameters });
    expect((await call.closed()).code).toBe(1008);
    expect(turnsOf(c, other.callSid)).toBe(1);
  });
});

/** A signed WebSocket upgrade done by hand, so any bytes can follow it. */
async function rawRelaySocket(c: TestCore, call: RelayCall): Promise<{ socket: Socket; received: () => Buffer }> {
  const url = new URL(call.relayUrl!);
  const socket = connect(Number(url.port), '127.0.0.1');
  let received = Buffer.alloc(0);
  socket.on('data', (data) => (received = Buffer.concat([received, data])));
  socket.on('error', () => {});
  socket.write(
    `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n` +
      `X-Twilio-Signature: ${twilio.getExpectedTwilioSignature(c.authToken, call.relayUrl!, {})}\r\n\r\n`,
  );
  while (!received.includes('\r\n\r\n')) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(received.toString('latin1')).toMatch(/^HTTP\/1\.1 101/);
  received = received.subarray(received.indexOf('\r\n\r\n') + 4);
  return { socket, received: () => received };
}

/** One client frame: masked unless told otherwise, with the header's length given or the payload's. */
function frame(payload: Buffer, options: { first?: number; masked?: boolean; announced?: number } = {}): Buffer {
  const length = options.announced ?? payload.length;
  const masked = options.masked ?? true;
  const head =
    length < 126
      ? Buffer.from([options.first ?? 0x81, (masked ? 0x80 : 0) | length])
      : Buffer.from([
          options.first ?? 0x81,
          (masked ? 0x80 : 0) | 127,
          0,
          0,
          0,
          0,
          ...[24, 16, 8, 0].map((s) => (length >> s) & 0xff),
        ]);
  if (!masked) return Buffer.concat([head, payload]);
  const mask = randomBytes(4);
  return Buffer.concat([head, mask, Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!))]);
}

/** The close code of the server's close frame, or null when the socket ended without one. */
async function closeCode(socket: Socket, received: () => Buffer): Promise<number | null> {
  if (!socket.destroyed) await new Promise((resolve) => socket.once('close', resolve));
  const bytes = received();
  const at = bytes.indexOf(0x88);
  return at < 0 ? null : bytes.readUInt16BE(at + 2);
}

describe('a bad frame on a signed relay socket', () => {
  it.each([
    ['invalid UTF-8', frame(Buffer.from([0xff, 0xfe, 0xfd])), 1007],
    ['an oversized frame', frame(Buffer.alloc(0), { announced: relayMaxPayload + 1 }), 1009],
    ['RSV1 set with no extension', frame(Buffer.from('{}'), { first: 0xc1 }), 1002],
    ['an unmasked frame', frame(Buffer.from('{}'), { masked: false }), 1002],
  ])('%s closes that socket with its code and the server carries on', async (_name, bad, code) => {
    const c = await start();
    const call = await ringing(c);
    const { socket, received } = await rawRelaySocket(c, call);
    const setup = { type: 'setup', sessionId: 'VX1', callSid: call.callSid, customParameters: call.relayParameters };
    socket.write(frame(Buffer.from(JSON.stringify(setup))));
    socket.write(bad);
    expect(await closeCode(socket, received)).toBe(code);
    expect(c.logs.some((l) => l.startsWith('relay socket closed on a bad frame'))).toBe(true);

    // The session ended as a dropped socket's does: Twilio goes on over Gather, and a new call streams.
    expect(await call.complete({ errorCode: '64105' })).toContain('<Gather');
    const next = await ringing(c);
    await next.connect();
    expect((await next.prompt('I need a roof quote')).text).toMatch(/name/i);
  });
});
