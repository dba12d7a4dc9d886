import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';

/**
 * The floor under ConversationRelay's first words, with no Pickup code: a plain WebSocket server
 * that, for each final `prompt`, streams a plain-text answer from the model and sends every
 * content delta on as a `text` token the moment it arrives. Whatever time it adds after the
 * model's first token is this machine's, not Pickup's.
 *
 * Prints `{"url": ...}` when listening; SIGTERM stops it.
 */
const { values } = parseArgs({ options: { model: { type: 'string' }, key: { type: 'string', default: 'sk-bench' } } });
if (!values.model) throw new Error('--model <the model server base URL> is required');
const modelUrl = values.model;

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type?: string; voicePrompt?: string; last?: boolean };
    if (message.type !== 'prompt' || !message.last) return;
    void (async () => {
      const response = await fetch(`${modelUrl}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${values.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'floor', stream: true, messages: [{ role: 'user', content: message.voicePrompt }] }),
      });
      const decoder = new TextDecoder();
      const reader = response.body!.getReader();
      let pending = '';
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        pending += decoder.decode(read.value, { stream: true });
        for (let end = pending.indexOf('\n\n'); end >= 0; end = pending.indexOf('\n\n')) {
          const data = pending.slice(0, end).replace(/^data: /, '');
          pending = pending.slice(end + 2);
          if (data === '[DONE]') continue;
          const token = (JSON.parse(data) as { choices: { delta?: { content?: string } }[] }).choices[0]?.delta?.content;
          if (token) socket.send(JSON.stringify({ type: 'text', token, last: false }));
        }
      }
      socket.send(JSON.stringify({ type: 'text', token: '', last: true }));
    })();
  });
});
server.on('listening', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ url: `ws://127.0.0.1:${port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
