import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import type { CallEngine, Params } from '../calls/callEngine';
import { webhookPaths, type WebhookRoute } from '../calls/webhookPaths';
import { attachRelaySocket, type RelaySocketOptions } from '../relay/relaySocket';
import { isValidTwilioSignature, signedUrl } from '../twilio/signature';
import { safeFallbackTwiml } from './safeFallbackTwiml';

export interface PublicServerOptions {
  engine: CallEngine;
  /** The base URL Twilio calls; signatures are checked against it. */
  publicUrl: () => string;
  authToken: () => string;
  /** Well inside Twilio's 15 s: past this the caller gets the safe fallback TwiML. */
  handlerDeadlineMs?: number;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** Starts a ConversationRelay session for a signed WebSocket upgrade on the relay path. */
  openRelaySession: RelaySocketOptions['openSession'];
}

type Handler = (params: Params, query: Params) => Promise<string>;

/**
 * The public listener: Twilio's webhooks (and the ConversationRelay WebSocket) and nothing else. Every request must carry a valid
 * `X-Twilio-Signature` (403 and no side effect otherwise), and every answer is TwiML, on time,
 * whatever fails behind it.
 */
export async function createPublicServer(options: PublicServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 8 * 1024 * 1024, return503OnClosing: false });
  await app.register(formbody);

  const handlers: Record<WebhookRoute, Handler> = {
    voice: (p) => options.engine.incoming(p),
    gather: (p) => options.engine.gather(p),
    transfer: (p) => options.engine.transfer(p),
    dialComplete: (p, q) => options.engine.dialComplete(p, q),
    recording: (p, q) => options.engine.recording(p, q),
    transcription: (p) => options.engine.transcription(p),
    status: (p) => options.engine.status(p),
    screen: (p, q) => options.engine.screen(p, q),
    relayComplete: (p) => options.engine.relayComplete(p),
  };
  const deadline = options.handlerDeadlineMs ?? 12_000;

  // Twilio signs the WebSocket URL it opens (wss://<public host>/...) with no parameters.
  const closeRelay = attachRelaySocket(app.server, {
    isSigned: (request) =>
      isValidTwilioSignature({
        authToken: options.authToken(),
        signature: request.headers['x-twilio-signature'] as string | undefined,
        url: signedUrl(options.publicUrl().replace(/^http/, 'ws'), request.url ?? ''),
        params: {},
      }),
    openSession: options.openRelaySession,
    log: options.log,
  });
  app.addHook('preClose', async () => closeRelay());
  const startedAt = new WeakMap<object, number>();

  // The server's own time for each webhook (Server-Timing), for benchmarks and network logs.
  app.addHook('onRequest', async (request) => {
    startedAt.set(request, performance.now());
  });
  app.addHook('onSend', async (request, reply) => {
    const started = startedAt.get(request);
    if (started !== undefined) reply.header('server-timing', `app;dur=${(performance.now() - started).toFixed(2)}`);
  });

  for (const [route, path] of Object.entries(webhookPaths) as [WebhookRoute, string][]) {
    app.post(path, async (request, reply) => {
      const params = toParams(request.body);
      const signatureOk = isValidTwilioSignature({
        authToken: options.authToken(),
        signature: request.headers['x-twilio-signature'] as string | undefined,
        url: signedUrl(options.publicUrl(), request.url),
        params,
      });
      if (!signatureOk) {
        options.log('webhook refused: bad or missing X-Twilio-Signature', { path: request.url });
        return reply.code(403).type('text/plain').send('Forbidden: invalid Twilio signature');
      }
      const query = toParams(request.query);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<string>((resolve) => {
        timer = setTimeout(() => {
          options.log('webhook past its deadline: answered with the fallback', { route, callSid: params.CallSid });
          resolve(safeFallbackTwiml(options.publicUrl()));
        }, deadline);
      });
      try {
        const xml = await Promise.race([handlers[route](params, query), late]);
        return reply.type('text/xml').send(xml);
      } catch (error) {
        options.log('webhook failed: answered with the fallback', { route, callSid: params.CallSid, error: String(error) });
        return reply.type('text/xml').send(safeFallbackTwiml(options.publicUrl()));
      } finally {
        clearTimeout(timer);
      }
    });
  }

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    options.log('webhook request unreadable', { path: request.url, error: error.message });
    if (!request.headers['x-twilio-signature']) return reply.code(403).type('text/plain').send('Forbidden');
    return reply.type('text/xml').send(safeFallbackTwiml(options.publicUrl()));
  });
  return app;
}

function toParams(value: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string') params[key] = v;
      else if (Array.isArray(v) && typeof v[0] === 'string') params[key] = v[0];
    }
  }
  return params;
}
