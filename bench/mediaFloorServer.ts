import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import WebSocket, { WebSocketServer } from 'ws';

/**
 * The floor under the speech-to-speech target, with no Pickup code: a WebSocket relay in a
 * process of its own that takes Twilio's Media Stream and pipes it to the Realtime model and
 * back, and does nothing else (no signature, no session setup, no marks, no turns stored). Caller
 * `media` frames become `input_audio_buffer.append`, `response.output_audio.delta` becomes a
 * `media` frame. Prints `{"url"}` (ws://) when listening; SIGTERM stops it.
 */
const { values } = parseArgs({ options: { model: { type: 'string' }, key: { type: 'string', default: 'bench-key' } } });
if (!values.model) throw new Error('--model <Realtime base URL> is required');
const modelUrl = `${values.model.replace(/^http/, 'ws')}/realtime?model=floor`;

const http = createServer((_request, response) => response.writeHead(404).end());
const sockets = new WebSocketServer({ server: http });
sockets.on('connection', (twilio) => {
  const model = new WebSocket(modelUrl, { headers: { authorization: `Bearer ${values.key}` } });
  let streamSid = '';
  const waiting: string[] = [];
  model.on('open', () => waiting.splice(0).forEach((text) => model.send(text)));
  model.on('error', () => twilio.close());
  model.on('close', () => twilio.close());
  model.on('message', (data) => {
    const event = JSON.parse(String(data)) as { type: string; delta?: string };
    if (event.type === 'response.output_audio.delta' && twilio.readyState === WebSocket.OPEN)
      twilio.send(JSON.stringify({ event: 'media', streamSid, media: { payload: event.delta } }));
  });
  twilio.on('message', (data) => {
    const message = JSON.parse(String(data)) as { event: string; streamSid?: string; media?: { payload: string } };
    if (message.event === 'start') streamSid = message.streamSid ?? '';
    if (message.event !== 'media' || !message.media) return;
    const text = JSON.stringify({ type: 'input_audio_buffer.append', audio: message.media.payload });
    if (model.readyState === WebSocket.OPEN) model.send(text);
    else waiting.push(text);
  });
  twilio.on('close', () => model.close());
});
http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/media` })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
