import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { MediaStreamCall } from './mediaStreamCall';

let server: WebSocketServer | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A far end that ends the stream as soon as the caller's voice reaches it, as Pickup does when it falls back. */
async function hangsUpOnVoice(): Promise<string> {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (ws) =>
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { event: string; media?: { payload: string } };
      const audio = message.media ? Buffer.from(message.media.payload, 'base64') : Buffer.alloc(0);
      if (audio.some((b) => b !== 0xff && b !== 0x7f)) ws.close(1000, 'stream handed back');
    }),
  );
  await new Promise((resolve) => server!.once('listening', resolve));
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/media`;
}

describe('MediaStreamCall', () => {
  it('stops saying its words when the stream ends mid-utterance, instead of waiting on them forever', async () => {
    const call = new MediaStreamCall({ publicUrl: 'http://127.0.0.1:1', authToken: 'token' });
    call.streamUrl = await hangsUpOnVoice();
    await call.connect();
    const saying = call.say('Hello, is anybody there? I need a roofer.');
    expect((await call.closed()).code).toBe(1000);
    await saying;
    expect(call.isOpen).toBe(false);
    await call.say('Still there?');
  });
});
