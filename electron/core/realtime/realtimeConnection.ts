import WebSocket from 'ws';

export interface RealtimeEvent {
  type: string;
  [key: string]: unknown;
}

export interface RealtimeConnection {
  /** Sent once the socket is open (queued until then); dropped once it has closed. */
  send(event: Record<string, unknown>): void;
  /** Bytes written but not yet sent: a slow link, where caller audio is better dropped than queued. */
  backlog(): number;
  close(): void;
}

/** A server event is an object with a `type`; anything else is skipped. */
function parseEvent(raw: string): RealtimeEvent | null {
  try {
    const event = JSON.parse(raw) as unknown;
    return event && typeof event === 'object' && typeof (event as RealtimeEvent).type === 'string'
      ? (event as RealtimeEvent)
      : null;
  } catch {
    return null;
  }
}

/**
 * Opens OpenAI's Realtime WebSocket (`wss://api.openai.com/v1/realtime?model=`, or the same path
 * under OPENAI_BASE_URL) with the key as a bearer token. Events sent before it opens wait for it;
 * `onClose` is told once, with why, whether it never opened, failed or closed.
 */
export function connectRealtime(args: {
  apiKey: string;
  baseURL?: string;
  model: string;
  connectTimeoutMs: number;
  onEvent: (event: RealtimeEvent) => void;
  onClose: (reason: string) => void;
}): RealtimeConnection {
  const base = (args.baseURL || 'https://api.openai.com/v1').replace(/\/+$/, '').replace(/^http/, 'ws');
  const socket = new WebSocket(`${base}/realtime?model=${encodeURIComponent(args.model)}`, {
    headers: { authorization: `Bearer ${args.apiKey}` },
    handshakeTimeout: args.connectTimeoutMs,
    maxPayload: 4 * 1024 * 1024,
    // Audio is base64 that barely compresses; deflating 50 frames a second per call would cost CPU
    // and put every frame through zlib's thread pool on the way to the model.
    perMessageDeflate: false,
  });
  const waiting: string[] = [];
  let closed = false;
  const end = (reason: string) => {
    if (closed) return;
    closed = true;
    waiting.length = 0;
    args.onClose(reason);
  };
  socket.on('open', () => {
    for (const text of waiting.splice(0)) socket.send(text);
  });
  socket.on('unexpected-response', (_request, response) => {
    end(`OpenAI Realtime refused the connection: HTTP ${response.statusCode}`);
    socket.terminate();
  });
  socket.on('error', (error) => end(`OpenAI Realtime connection failed: ${error.message}`));
  socket.on('close', (code) => end(`OpenAI Realtime connection closed (${code})`));
  socket.on('message', (data) => {
    const event = parseEvent(String(data));
    if (event) args.onEvent(event);
  });
  return {
    send(event) {
      if (closed) return;
      const text = JSON.stringify(event);
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else waiting.push(text);
    },
    backlog: () => socket.bufferedAmount,
    close() {
      closed = true;
      if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
      else socket.close();
    },
  };
}
