import type { ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { guardListener, type ListenerLimits } from './listenerGuard';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A listener like Pickup's two: a form route, a slow answer and an endless event stream. */
async function start(limits?: ListenerLimits) {
  app = Fastify({ logger: false });
  guardListener(app, limits);
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.post('/form', async (request) => ({ bytes: String(request.body).length }));
  app.post('/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { answered: true };
  });
  // As the dashboard's listener does, closing ends its event streams.
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });
  app.get('/events', (_request, reply) => {
    reply.hijack();
    streams.add(reply.raw);
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
    reply.raw.write(': connected\n\n');
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return Number(new URL(url).port);
}

interface Client {
  socket: Socket;
  /** Everything the server sent. */
  received: () => string;
  /** Resolves once the server closed the connection, or after a generous guard (false then). */
  closed: (guardMs?: number) => Promise<boolean>;
}

function open(port: number, bytes: string): Promise<Client> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes);
      resolve({
        socket,
        received: () => received,
        closed: (guardMs = 5000) =>
          new Promise((done) => {
            if (socket.destroyed) return done(true);
            const guard = setTimeout(() => done(false), guardMs);
            socket.once('close', () => (clearTimeout(guard), done(true)));
          }),
      });
    });
    let received = '';
    socket.on('data', (data) => (received += String(data)));
    socket.on('error', () => {});
  });
}

const fast: ListenerLimits = { requestMs: 300, headersMs: 200, keepAliveMs: 200, checkEveryMs: 50 };
const partialBody = 'POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nonly part';

describe('guardListener', () => {
  it('cuts a request whose body never finishes arriving, with 408', async () => {
    const port = await start(fast);
    const loris = await open(port, partialBody);
    expect(await loris.closed()).toBe(true);
    expect(loris.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle keep-alive connection', async () => {
    const port = await start(fast);
    const idle = await open(port, 'POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok');
    expect(await idle.closed()).toBe(true);
    expect(idle.received()).toMatch(/^HTTP\/1\.1 200/);
  });

  it('never cuts an event stream whose request arrived, however long it stays quiet', async () => {
    const port = await start(fast);
    const stream = await open(port, 'GET /events HTTP/1.1\r\nHost: x\r\n\r\n');
    // Several times every limit: a request timeout would have cut it by now.
    expect(await stream.closed(1500)).toBe(false);
    expect(stream.received()).toMatch(/: connected/);
  });

  it('closes at once with an idle keep-alive socket and a half-sent request open, finishing an answer under way', async () => {
    // The real limits: only closing can end these two within the guard.
    const port = await start();
    const idle = await open(port, 'POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok');
    const loris = await open(port, partialBody);
    const answering = await open(port, 'POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = app!.close().then(() => true);
    const guard = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000));
    expect(await Promise.race([closing, guard])).toBe(true);
    app = undefined;
    expect(await idle.closed()).toBe(true);
    expect(await loris.closed()).toBe(true);
    expect(await answering.closed()).toBe(true);
    expect(answering.received()).toMatch(/"answered":true/);
  });
});
