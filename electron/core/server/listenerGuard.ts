import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface ListenerLimits {
  /** A request (headers and body) must have arrived whole within this. */
  requestMs: number;
  headersMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
  /** How often Node looks for requests past their time. */
  checkEveryMs: number;
}

/** Twilio and the dashboard send small requests at once: a client this slow is stalling us. */
export const listenerLimits: ListenerLimits = { requestMs: 10_000, headersMs: 5_000, keepAliveMs: 5_000, checkEveryMs: 1_000 };

/**
 * Bounds what a slow or silent client can hold on a listener: a partial request is cut after
 * `requestMs` (408), an idle keep-alive socket after `keepAliveMs`, and closing the listener ends
 * at once every connection that is idle or still sending its request, so a shutdown waits only on
 * answers already being written. A response streamed after its request arrived (the dashboard's
 * event stream, a WebSocket) is not a request in progress and is never cut by these.
 * Call before `listen`.
 */
export function guardListener(app: FastifyInstance, limits: ListenerLimits = listenerLimits): void {
  const server: Server = app.server;
  server.requestTimeout = limits.requestMs;
  server.headersTimeout = limits.headersMs;
  server.keepAliveTimeout = limits.keepAliveMs;
  // A createServer option, but Node reads it off the server when it starts listening, and the
  // listeners are made by Fastify.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = limits.checkEveryMs;

  const sockets = new Set<Socket>();
  const answering = new Map<Socket, IncomingMessage>();
  let closing = false;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    answering.set(request.socket, request);
    response.once('close', () => {
      answering.delete(request.socket);
      // Answered while closing: the socket would otherwise idle on until its keep-alive ends.
      if (closing) request.socket.destroy();
    });
  });
  // An upgraded socket belongs to its WebSocket, which its own closer ends.
  server.on('upgrade', (request: IncomingMessage) => sockets.delete(request.socket as Socket));

  app.addHook('preClose', async () => {
    closing = true;
    for (const socket of sockets) {
      const request = answering.get(socket);
      if (!request || !request.complete) socket.destroy();
    }
  });
}
