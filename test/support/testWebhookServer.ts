import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

/** One request as the test server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query, as requested. */
  path: string;
  pathname: string;
  query: Record<string, string>;
  params: Record<string, string>;
  signature: string | undefined;
}

export interface RouteReply {
  status?: number;
  contentType?: string;
  body?: string;
  delayMs?: number;
}

export type RouteHandler = (request: ReceivedRequest) => RouteReply | string;

/** A real HTTP server standing in for Pickup's public listener: checks Twilio signatures and serves scripted TwiML by pathname. */
export class TestWebhookServer {
  readonly received: ReceivedRequest[] = [];
  private readonly routes = new Map<string, RouteHandler>();
  private server: Server | null = null;
  private baseUrl = '';

  constructor(readonly authToken: string) {}

  get url(): string {
    return this.baseUrl;
  }

  route(pathname: string, handler: RouteHandler | RouteReply | string): this {
    this.routes.set(pathname, typeof handler === 'function' ? handler : () => handler);
    return this;
  }

  /** Requests received on one pathname. */
  to(pathname: string): ReceivedRequest[] {
    return this.received.filter((r) => r.pathname === pathname);
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      void this.handle(req).then(({ status, headers, body }) => {
        res.writeHead(status, headers);
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const path = req.url ?? '/';
    const fullUrl = this.baseUrl + path;
    const params = req.method === 'POST' ? Object.fromEntries(new URLSearchParams(raw)) : {};
    const signature = req.headers['x-twilio-signature'] as string | undefined;
    const { pathname, searchParams } = new URL(fullUrl);
    const query = Object.fromEntries(searchParams);
    const request: ReceivedRequest = { method: req.method ?? '', path, pathname, query, params, signature };
    if (!signature || !twilio.validateRequest(this.authToken, signature, fullUrl, params)) {
      return { status: 403, headers: { 'Content-Type': 'text/plain' }, body: 'bad signature' };
    }
    this.received.push(request);
    const handler = this.routes.get(request.pathname);
    if (!handler) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'no route' };
    const reply = handler(request);
    const {
      status = 200,
      contentType = 'text/xml',
      body = '',
      delayMs = 0,
    } = typeof reply === 'string' ? { body: reply } : reply;
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { status, headers: { 'Content-Type': contentType }, body };
  }
}

export function twiml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${inner}</Response>`;
}
