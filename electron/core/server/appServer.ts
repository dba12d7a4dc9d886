import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ApiError, apiMethods, type ApiHandlers, type ApiMethod, type ApiOutput, type HttpRoute } from '../../shared/api';
import { inputFromHttp } from '../../shared/apiHttp';
import type { EventBus } from '../calls/eventBus';
import { describeZodError } from '../../shared/validationError';
import { dashboardLoginPage } from './dashboardLoginPage';

export interface AppServerOptions {
  handlers: ApiHandlers;
  events: EventBus;
  apiToken: string;
  /** The built dashboard (electron-vite's renderer output); null when not built. */
  rendererDir: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without the API token: only the login page and the dashboard's static files. */
    public?: boolean;
  }
}

/**
 * Cookies ignore ports: a plain name would be sent to, and could be overwritten by, any other
 * server on 127.0.0.1. The listener's own port in the name keeps each listener's session its own.
 */
const cookieName = (request: FastifyRequest) => `pickup_token_${request.socket.localPort}`;
/** Nothing of the dashboard may be framed by another page (clickjacking). */
const frameHeaders = { 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' };
const safeMethods = new Set(['GET', 'HEAD']);
const publicRoute = { config: { public: true } };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A 400's body: the readable message, and the first field it names (for a form to point at). */
function zodErrorBody(error: z.ZodError): { error: string; field?: string } {
  const { message, field } = describeZodError(error);
  return field ? { error: message, field } : { error: message };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(request: FastifyRequest): string | null {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName(request)) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Whether a request that a cookie authorises comes from the dashboard itself. The browser
 * attaches the cookie to requests that any page makes, so a change is taken only when the
 * browser says where it comes from and that is this listener's own origin.
 */
function fromOwnOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === `http://${request.headers.host}`;
  return request.headers['sec-fetch-site'] === 'same-origin';
}

/**
 * The private listener: the app API of the contract (bearer token), live events, and the
 * dashboard. Bound to 127.0.0.1; the Host header is checked too, so a web page on another
 * origin cannot reach it through DNS rebinding.
 */
export async function createAppServer(options: AppServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  const { handlers, apiToken } = options;

  /** How the request proved it may use the API, if it did. */
  const authorisedBy = (request: FastifyRequest): 'bearer' | 'cookie' | null => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) return sameToken(header.slice(7), apiToken) ? 'bearer' : null;
    const token = cookieToken(request);
    return token !== null && sameToken(token, apiToken) ? 'cookie' : null;
  };

  app.addHook('onRequest', async (request, reply) => {
    // On the raw response, so that the hijacked event stream carries them too.
    for (const [name, value] of Object.entries(frameHeaders)) reply.raw.setHeader(name, value);
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
      return reply.code(403).send({ error: 'host: only 127.0.0.1 may be used to reach Pickup' });
    }
    // Decided on the route the router matched (from the decoded path), never on the raw URL:
    // `/%61pi/settings` is `/api/settings` to the router. Unmatched requests are not public either.
    if (request.routeOptions.config.public === true) return;
    const by = authorisedBy(request);
    if (!by) return reply.code(401).send({ error: 'authorization: missing or wrong API token' });
    if (by === 'cookie' && !safeMethods.has(request.method) && !fromOwnOrigin(request)) {
      return reply.code(403).send({ error: 'origin: changes are taken only from the Pickup dashboard itself' });
    }
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ error: error.message });
    return reply.code(500).send({ error: 'internal error' });
  });

  const call = async <M extends ApiMethod>(method: M, input: unknown, reply: FastifyReply) => {
    const parsed = (apiMethods[method].input as z.ZodType).safeParse(input);
    if (!parsed.success) return reply.code(400).send(zodErrorBody(parsed.error));
    try {
      return (await (handlers[method] as (i: unknown) => unknown)(parsed.data)) as ApiOutput<M>;
    } catch (error) {
      if (error instanceof ApiError)
        return reply.code(error.status).send({ error: error.message, ...(error.field ? { field: error.field } : {}) });
      if (error instanceof z.ZodError) return reply.code(400).send(zodErrorBody(error));
      throw error;
    }
  };
  // Every method of the contract on its declared route; the recording answers with the file itself.
  for (const method of Object.keys(apiMethods) as ApiMethod[]) {
    const route: HttpRoute = apiMethods[method].http;
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request, reply) => {
        const output = await call(method, inputFromHttp(method, request), reply);
        if (reply.sent || !route.binary) return output;
        const { contentType, fileName, bytes } = output as ApiOutput<'getRecording'>;
        return reply
          .type(contentType)
          .header('content-disposition', `inline; filename="${fileName}"`)
          .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      },
    });
  }

  // Open event streams never go idle, so closing the server ends them (else it would wait forever).
  const eventStreams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of eventStreams) stream.end();
  });

  app.get('/api/events', (request, reply) => {
    reply.hijack();
    const res = reply.raw;
    eventStreams.add(res);
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((event) => {
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      eventStreams.delete(res);
    });
  });

  app.get('/', publicRoute, async (request, reply) => {
    const token = (request.query as { token?: string }).token;
    if (token !== undefined) {
      if (!sameToken(token, apiToken))
        return reply.code(401).type('text/html').send(dashboardLoginPage('That link has a wrong or old token.'));
      // The token moves into an HttpOnly cookie and out of the address bar: a redirect never
      // becomes a page of its own in the tab's history, is not cached, and sends no Referer.
      return reply
        .header('set-cookie', `${cookieName(request)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`)
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-store')
        .redirect('/');
    }
    if (!authorisedBy(request)) return reply.code(401).type('text/html').send(dashboardLoginPage(null));
    return serveRendererFile(reply, 'index.html');
  });

  app.get('/*', publicRoute, async (request, reply) => {
    const relative = (request.params as { '*': string })['*'];
    return serveRendererFile(reply, relative);
  });

  const serveRendererFile = (reply: FastifyReply, relative: string) => {
    if (!options.rendererDir) {
      if (relative !== 'index.html') return reply.code(404).send({ error: 'not found' });
      return reply
        .type('text/html')
        .send(
          '<!doctype html><title>Pickup</title><link rel="icon" href="data:,"><p>The dashboard is not built. Run <code>npm run build</code>, then restart <code>npm run serve</code>.</p>',
        );
    }
    const root = normalize(options.rendererDir + sep);
    const path = normalize(join(root, relative));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      return reply.code(404).send({ error: 'not found' });
    }
    return reply.type(contentTypes[extname(path)] ?? 'application/octet-stream').send(createReadStream(path));
  };

  return app;
}
