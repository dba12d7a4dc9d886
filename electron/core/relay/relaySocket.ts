import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseInbound, type InboundMessage, type OutboundMessage } from './relayMessages';
import { relayPath } from './relayTwiml';

export interface RelaySessionHandle {
  handle(message: InboundMessage): void;
  close(): Promise<void>;
}

export interface RelaySocketOptions {
  /** Whether the upgrade request carries Twilio's signature for this URL. */
  isSigned: (request: IncomingMessage) => boolean;
  openSession: (send: (message: OutboundMessage) => void) => RelaySessionHandle;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/**
 * The ConversationRelay WebSocket on an HTTP server: upgrades on the relay path only, and only
 * when signed by Twilio (403 before any WebSocket exists otherwise). Returns a closer that ends
 * every open session, for shutdown.
 */
export function attachRelaySocket(server: Server, options: RelaySocketOptions): () => Promise<void> {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  const sessions = new Set<Promise<void>>();

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(request.url ?? '/', 'http://relay').pathname;
    if (pathname !== relayPath) return refuse(socket, '404 Not Found');
    if (!options.isSigned(request)) {
      options.log('relay refused: bad or missing X-Twilio-Signature', { path: request.url });
      return refuse(socket, '403 Forbidden');
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serve(ws));
  });

  const serve = (ws: WebSocket) => {
    const session = options.openSession((message) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    });
    ws.on('message', (data, isBinary) => {
      const message = isBinary ? null : parseInbound(Buffer.isBuffer(data) ? data.toString('utf8') : String(data));
      if (message) session.handle(message);
      else options.log('relay message not understood', { bytes: Buffer.isBuffer(data) ? data.length : null });
    });
    const closed = new Promise<void>((resolve) => ws.once('close', resolve)).then(() => session.close());
    sessions.add(closed);
    void closed.finally(() => sessions.delete(closed));
  };

  return async () => {
    // Terminated, not closed: a close handshake could wait on a peer that is already gone.
    for (const client of sockets.clients) client.terminate();
    await Promise.allSettled([...sessions]);
    sockets.close();
  };
}
