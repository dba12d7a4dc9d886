import { signWebhookRequest, type HttpMethod, type WebhookParams } from './signature';
import type { Leg, WebhookRequest } from './types';

export interface WebhookClientOptions {
  authToken: string;
  timeoutMs: number;
  onRequest: (request: WebhookRequest) => void;
  /** The origin requests are sent to, when not the one they are signed for (a tunnel's local end). */
  deliverTo?: string;
}

/** Sends signed webhook requests as Twilio does, and reports each one with its timing. */
export class WebhookClient {
  constructor(private readonly options: WebhookClientOptions) {}

  async send(leg: Leg, method: HttpMethod, url: string, params: WebhookParams): Promise<WebhookRequest> {
    const signed = signWebhookRequest(this.options.authToken, method, url, params);
    const started = performance.now();
    const request: WebhookRequest = {
      leg,
      method,
      url: signed.url,
      params,
      headers: signed.headers,
      status: null,
      contentType: null,
      body: '',
      ms: 0,
    };
    try {
      const response = await fetch(this.target(signed.url), {
        method,
        headers: signed.headers,
        body: signed.body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      request.status = response.status;
      request.contentType = response.headers.get('content-type');
      request.serverMs = parseServerTiming(response.headers.get('server-timing'));
      request.body = await response.text();
    } catch (error) {
      request.failure = describeFailure(error, this.options.timeoutMs);
    }
    request.ms = performance.now() - started;
    this.options.onRequest(request);
    return request;
  }

  /** The signed URL with the origin swapped for `deliverTo`: path and query stay as signed. */
  private target(signedUrl: string): string {
    if (!this.options.deliverTo) return signedUrl;
    const url = new URL(signedUrl);
    return `${this.options.deliverTo.replace(/\/+$/, '')}${url.pathname}${url.search}`;
  }
}

/** The `app;dur=` entry of a Server-Timing header: the server's own time for the request. */
function parseServerTiming(header: string | null): number | null {
  const match = header ? /(?:^|,)\s*app;dur=([\d.]+)/.exec(header) : null;
  return match ? Number(match[1]) : null;
}

function describeFailure(error: unknown, timeoutMs: number): NonNullable<WebhookRequest['failure']> {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { kind: 'timeout', message: `no response within ${timeoutMs} ms` };
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return { kind: 'network', message: `${error instanceof Error ? error.message : String(error)}${cause}` };
}
