import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { parseInbound, type InboundMessage, type OutboundMessage, type SetupMessage } from './relayMessages';
import { relayPath } from './relayTwiml';

/** ConversationRelay's messages are a few hundred bytes: a frame past this is not Twilio's. */
export const relayMaxPayload = 64 * 1024;

/** RFC 6455's close code for a peer that broke our rules (a refused `setup`). */
const policyViolation = 1008;

export interface RelaySessionHandle {
  handle(message: InboundMessage): void;
  close(): Promise<void>;
}

export interface RelaySocketOptions {
  /** Whether the upgrade request carries Twilio's signature for this URL. */
  isSigned: (request: IncomingMessage) => boolean;
  /** Why this `setup` may not open a session (see relayAdmission), or null when it may. */
  refuseSetup: (setup: SetupMessage, alreadyLive: boolean) => string | null;
  openSession: (send: (message: OutboundMessage) => void) => RelaySessionHandle;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** Paths another WebSocket on the same server upgrades (left to it, not refused here). */
  otherPaths?: readonly string[];
}

/**
 * The ConversationRelay WebSocket on an HTTP server: upgrades on the relay path only, and only
 * when signed by Twilio (403 before any WebSocket exists otherwise). A session opens only on an
 * admitted `setup` (its call's token, a live call, no other session for it); anything else is
 * closed with 1008 and touches nothing. A broken frame closes that socket with its code, ending
 * the session as a dropped socket does, and never the process. Returns a closer that ends every
 * open session, for shutdown.
 */
export function attachRelaySocket(server: Server, options: RelaySocketOptions): () => Promise<void> {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: relayMaxPayload });
  const sessions = new Set<Promise<void>>();
  const liveCalls = new Set<string>();

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Handed over by the HTTP parser, the socket has no error listener left: a reset would crash us.
    socket.on('error', (error) => options.log('relay upgrade socket failed', { error: String(error) }));
    const pathname = new URL(request.url ?? '/', 'http://relay').pathname;
    if (options.otherPaths?.includes(pathname)) return;
    if (pathname !== relayPath) return refuse(socket, '404 Not Found');
    if (!options.isSigned(request)) {
      options.log('relay refused: bad or missing X-Twilio-Signature', { path: request.url });
      return refuse(socket, '403 Forbidden');
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serve(ws));
  });

  const serve = (ws: WebSocket) => {
    let session: RelaySessionHandle | null = null;
    let callSid: string | null = null;
    let refused = false;

    // ws has already answered a bad frame with its close code (1002, 1007, 1009) when this runs.
    ws.on('error', (error) => options.log('relay socket closed on a bad frame', { callSid, error: error.message }));

    const refuseSession = (reason: string, setupCallSid: string | null) => {
      refused = true;
      options.log('relay session refused', { reason, callSid: setupCallSid });
      ws.close(policyViolation, reason);
    };

    const admit = (setup: SetupMessage) => {
      const reason = options.refuseSetup(setup, liveCalls.has(setup.callSid));
      if (reason) return refuseSession(reason, setup.callSid);
      callSid = setup.callSid;
      liveCalls.add(callSid);
      session = options.openSession((message) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
      });
      session.handle(setup);
    };

    ws.on('message', (data: RawData, isBinary) => {
      if (refused) return;
      const message = isBinary ? null : parseInbound(String(data));
      if (!message) {
        options.log('relay message not understood', { callSid, bytes: Buffer.isBuffer(data) ? data.length : null });
        return;
      }
      if (!session) {
        if (message.type !== 'setup') return refuseSession(`${message.type} before setup`, null);
        return admit(message);
      }
      // One setup per session: a second could move it onto another call.
      if (message.type === 'setup') return refuseSession('a second setup', message.callSid);
      session.handle(message);
    });

    const closed = new Promise<void>((resolve) => ws.once('close', resolve)).then(async () => {
      if (!session) return;
      try {
        await session.close();
      } finally {
        if (callSid) liveCalls.delete(callSid);
      }
    });
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
