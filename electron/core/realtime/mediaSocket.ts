import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { callTokenParameter, isRelayCallToken } from '../relay/callToken';
import { parseStreamInbound, type StartMessage } from './mediaStreamMessages';
import { mediaPath } from './mediaStreamTwiml';
import type { RealtimeCall } from './realtimeCall';

/** Twilio's media frames are ~300 bytes of JSON: a frame past this is not Twilio's. */
export const mediaMaxPayload = 64 * 1024;
/** Twilio sends 50 frames a second; a client sending far more is flooding, and the rest is dropped. */
const framesPerSecond = 50;
const burstFrames = 150;
const policyViolation = 1008;

export interface MediaSocketOptions {
  isSigned: (request: IncomingMessage) => boolean;
  authToken: () => string;
  /** Whether the call is known and not over. */
  callIsLive: (callSid: string) => boolean;
  /** The call's speech-to-speech bridge: the one opened while Twilio fetched the TwiML, or a new one. */
  realtimeCall: (callSid: string) => RealtimeCall;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** Why this `start` may not open a stream, in plain words, or null when it may. */
export function startRefusal(args: {
  start: StartMessage;
  authToken: string;
  callIsLive: boolean;
  alreadyLive: boolean;
}): string | null {
  const { callSid, customParameters } = args.start.start;
  if (!isRelayCallToken(args.authToken, callSid, customParameters?.[callTokenParameter]))
    return 'no valid call token for this CallSid';
  if (!args.callIsLive) return 'no such live call';
  if (args.alreadyLive) return 'the call already has a live stream';
  return null;
}

/**
 * The Media Streams WebSocket: upgrades on the media path only when signed by Twilio (403 before
 * any WebSocket exists otherwise); a stream opens only on an admitted `start` (its call's token, a
 * live call, no other stream for it), else it is closed with 1008. Frames are 64 KiB at most and
 * a flood past Twilio's rate is dropped, so a broken or hostile client costs one socket, never
 * the process or other calls. Returns the upgrade handler and a closer for shutdown.
 */
export function createMediaSocket(options: MediaSocketOptions) {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: mediaMaxPayload });
  const streams = new Set<Promise<void>>();
  const liveCalls = new Set<string>();

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => options.log('media upgrade socket failed', { error: String(error) }));
    if (!options.isSigned(request)) {
      options.log('media stream refused: bad or missing X-Twilio-Signature', { path: request.url });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serve(ws));
  };

  const serve = (ws: WebSocket) => {
    let bridge: RealtimeCall | null = null;
    let callSid: string | null = null;
    let refused = false;
    let tokens = burstFrames;
    let refilledAt = performance.now();
    let dropped = 0;
    ws.on('error', (error) => options.log('media socket closed on a bad frame', { callSid, error: error.message }));

    const refuse = (reason: string, sid: string | null) => {
      refused = true;
      options.log('media stream refused', { reason, callSid: sid });
      ws.close(policyViolation, reason);
    };
    const withinRate = () => {
      const now = performance.now();
      tokens = Math.min(burstFrames, tokens + ((now - refilledAt) * framesPerSecond) / 1000);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      if (dropped++ % 1000 === 0) options.log('media frames dropped: faster than a phone line sends them', { callSid, dropped });
      return false;
    };

    ws.on('message', (data: RawData, isBinary) => {
      if (refused || !withinRate()) return;
      const message = isBinary ? null : parseStreamInbound(String(data));
      if (!message) return;
      if (!bridge) {
        if (message.event === 'connected') return;
        if (message.event !== 'start') return refuse(`${message.event} before start`, null);
        const reason = startRefusal({
          start: message,
          authToken: options.authToken(),
          callIsLive: options.callIsLive(message.start.callSid),
          alreadyLive: liveCalls.has(message.start.callSid),
        });
        if (reason) return refuse(reason, message.start.callSid);
        callSid = message.start.callSid;
        liveCalls.add(callSid);
        bridge = options.realtimeCall(callSid);
        const streamSid = message.start.streamSid;
        bridge.attach({
          streamSid,
          send: (out) => {
            if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(out));
          },
          close: () => ws.close(1000, 'stream handed back'),
        });
        return;
      }
      switch (message.event) {
        case 'media':
          return bridge.audio(message.media.payload);
        case 'mark':
          return bridge.mark(message.mark.name);
        case 'dtmf':
          return bridge.dtmf(message.dtmf.digit);
        case 'stop':
          return void ws.close(1000, 'stopped');
        case 'start':
          return refuse('a second start', message.start.callSid);
      }
    });

    const closed = new Promise<void>((resolve) => ws.once('close', () => resolve())).then(async () => {
      try {
        await bridge?.close();
      } finally {
        if (callSid) liveCalls.delete(callSid);
      }
    });
    streams.add(closed);
    void closed.finally(() => streams.delete(closed));
  };

  return {
    path: mediaPath,
    upgrade,
    async close(): Promise<void> {
      for (const client of sockets.clients) client.terminate();
      await Promise.allSettled([...streams]);
      sockets.close();
    },
  };
}
