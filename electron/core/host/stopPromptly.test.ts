import { connect, type Socket } from 'node:net';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { webhookPaths } from '../calls/webhookPaths';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

/** Opens a connection and writes `bytes`; resolves with the socket once the server answered (or at once). */
function open(url: string, bytes: string, awaitAnswer: boolean): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(bytes);
      if (!awaitAnswer) resolve(socket);
    });
    socket.once('data', () => resolve(socket));
    socket.on('error', () => {});
  });
}

const partial = (path: string) =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: x\r\n` +
  `Authorization: Bearer x\r\nContent-Length: 1000\r\n\r\nCallSid=`;

function signedVoice(core: TestCore): string {
  const url = `${core.publicUrl}${webhookPaths.voice}`;
  const params = { CallSid: 'CA00000000000000000000000000000001', From: '+13035550142', To: '+13035550100' };
  const body = new URLSearchParams(params).toString();
  const signature = twilio.getExpectedTwilioSignature(core.authToken, url, params);
  return (
    `POST ${webhookPaths.voice} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
    `X-Twilio-Signature: ${signature}\r\nContent-Length: ${body.length}\r\n\r\n${body}`
  );
}

describe('stopping the core', () => {
  it('finishes at once with idle keep-alive sockets, half-sent requests and an event stream open', async () => {
    const core = await startTestCore();
    const sockets = await Promise.all([
      open(core.publicUrl, signedVoice(core), true),
      open(core.publicUrl, partial(webhookPaths.gather), false),
      open(core.appUrl, `GET /api/settings HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${core.apiToken}\r\n\r\n`, true),
      open(core.appUrl, partial('/api/knowledge'), false),
      open(core.appUrl, `GET /api/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${core.apiToken}\r\n\r\n`, true),
    ]);
    // A guard, not a measure: without the listener guard this waits on the keep-alive and partial requests.
    const stopped = core.stop().then(() => true);
    const guard = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000));
    expect(await Promise.race([stopped, guard])).toBe(true);
    for (const socket of sockets) socket.destroy();
  });
});
