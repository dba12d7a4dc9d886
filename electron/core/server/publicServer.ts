import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { CallEngine, Params } from '../calls/callEngine';
import { webhookPaths, type WebhookRoute } from '../calls/webhookPaths';
import { createMediaSocket, type MediaSocketOptions } from '../realtime/mediaSocket';
import type { StreamOutcomes } from '../realtime/streamOutcomes';
import { setupRefusal } from '../relay/relayAdmission';
import { attachRelaySocket, type RelaySocketOptions } from '../relay/relaySocket';
import { isValidTwilioSignature, signedUrl } from '../twilio/signature';
import { guardListener } from './listenerGuard';
import { safeFallbackTwiml } from './safeFallbackTwiml';
import { readWebhookForm } from './webhookForm';

/** Twilio's webhooks are a few kilobytes; a body past this is not Twilio's, and is not read. */
export const webhookBodyLimit = 64 * 1024;

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
  /** Speech to speech: the bridge for a Media Stream's call, and where each stream ended up. */
  realtime?: { claim: MediaSocketOptions['realtimeCall']; outcomes: StreamOutcomes };
}

type Handler = (params: Params, query: Params) => Promise<string>;

/**
 * The public listener: Twilio's webhooks (and the ConversationRelay WebSocket) and nothing else. Every request must carry a valid
 * `X-Twilio-Signature` (403 and no side effect otherwise), and every answer is TwiML, on time,
 * whatever fails behind it. What an unsigned client can cost is bounded: no signature header is
 * refused before the body is read, a body is at most `webhookBodyLimit` and is checked against the
 * signature as read once, and a slow request is cut (see `guardListener`).
 */
export async function createPublicServer(options: PublicServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: webhookBodyLimit, return503OnClosing: false });
  guardListener(app);
  // Every body is kept as text whatever its declared type: the signature decides whether it is read.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  const refuse = (request: FastifyRequest, reply: FastifyReply) => {
    options.log('webhook refused: bad or missing X-Twilio-Signature', { path: request.url });
    // Connection: close, so a refused body is not drained either.
    return reply.code(403).header('connection', 'close').type('text/plain').send('Forbidden: invalid Twilio signature');
  };
  const refuseUnsigned = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.headers['x-twilio-signature']) return refuse(request, reply);
  };

  const handlers: Record<WebhookRoute, Handler> = {
    voice: (p) => options.engine.incoming(p),
    gather: (p, q) => options.engine.gather(p, q),
    gatherMore: (p, q) => options.engine.gatherMore(p, q),
    gatherPartial: (p, q) => options.engine.gatherPartial(p, q),
    transfer: (p) => options.engine.transfer(p),
    dialComplete: (p, q) => options.engine.dialComplete(p, q),
    recording: (p, q) => options.engine.recording(p, q),
    transcription: (p) => options.engine.transcription(p),
    status: (p) => options.engine.status(p),
    screen: (p, q) => options.engine.screen(p, q),
    relayComplete: (p) => options.engine.relayComplete(p),
    messageStatus: (p) => options.engine.messageStatus(p),
    mediaComplete: (p) =>
      options.realtime ? options.engine.relayComplete(p, options.realtime.outcomes.take(p)) : options.engine.relayComplete(p),
  };
  const deadline = options.handlerDeadlineMs ?? 12_000;

  // Twilio signs the WebSocket URL it opens (wss://<public host>/...) with no parameters.
  const isSignedUpgrade = (request: import('node:http').IncomingMessage) =>
    isValidTwilioSignature({
      authToken: options.authToken(),
      signature: request.headers['x-twilio-signature'] as string | undefined,
      url: signedUrl(options.publicUrl().replace(/^http/, 'ws'), request.url ?? ''),
      params: {},
    });
  const realtime = options.realtime;
  const media = realtime
    ? createMediaSocket({
        isSigned: isSignedUpgrade,
        authToken: options.authToken,
        callIsLive: (callSid) => {
          const call = options.engine.conversation.findCall(callSid);
          return Boolean(call && !call.endedAt && !call.finalizedAt);
        },
        realtimeCall: realtime.claim,
        log: options.log,
      })
    : null;
  if (media)
    app.server.on('upgrade', (request, socket, head) => {
      if (new URL(request.url ?? '/', 'http://media').pathname === media.path) media.upgrade(request, socket, head);
    });
  const closeRelay = attachRelaySocket(app.server, {
    otherPaths: media ? [media.path] : [],
    isSigned: isSignedUpgrade,
    refuseSetup: (setup, alreadyLive) =>
      setupRefusal({
        setup,
        authToken: options.authToken(),
        call: options.engine.conversation.findCall(setup.callSid),
        alreadyLive,
      }),
    openSession: options.openRelaySession,
    log: options.log,
  });
  app.addHook('preClose', async () => {
    await Promise.all([closeRelay(), media?.close()]);
  });
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
    app.post(path, { onRequest: refuseUnsigned }, async (request, reply) => {
      const form = readWebhookForm(typeof request.body === 'string' ? request.body : '');
      const signatureOk = isValidTwilioSignature({
        authToken: options.authToken(),
        signature: request.headers['x-twilio-signature'] as string | undefined,
        url: signedUrl(options.publicUrl(), request.url),
        params: form.signed,
      });
      if (!signatureOk) return refuse(request, reply);
      const { params } = form;
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

  // Only a body that could not be read gets here (too large, cut off, a wrong length): its
  // signature was never checked, so it is refused in plain words, never answered with TwiML.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    options.log('webhook request unreadable', { path: request.url, error: error.message });
    reply
      .code(error.statusCode === 413 ? 413 : 400)
      .header('connection', 'close')
      .type('text/plain');
    if (error.statusCode === 413)
      return reply.send(`Payload too large: a Twilio webhook is a few kilobytes, at most ${webhookBodyLimit} bytes here`);
    return reply.send(`Bad request: ${error.message}`);
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
