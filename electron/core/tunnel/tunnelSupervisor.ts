import type ngrok from '@ngrok/ngrok';
import type { TunnelStatus } from '../../shared/phoneLine';
import { backoffDelayMs, type Backoff } from '../time/backoff';
import { webhookTrafficPolicy } from './trafficPolicy';
import { describeNgrokError, initialTunnelStatus, nextTunnelStatus, type TunnelEvent } from './tunnelState';

/** `ngrok.forward`, or a stand-in that fails as it does (tests). */
export type NgrokForward = (config: ngrok.Config) => Promise<{ url(): string | null; close(): Promise<void> }>;

export interface TunnelOptions {
  port: number;
  authtoken: string;
  /** A reserved domain (NGROK_DOMAIN), so the URL survives restarts. */
  domain?: string;
  /** With the Twilio auth token, ngrok also checks each request's Twilio signature at its edge. */
  verifyTwilioWith?: string;
  forward?: NgrokForward;
  backoff?: Backoff;
  onChange: (status: TunnelStatus) => void;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** A new session right after the last one closed can be refused for a while: start at 2 s, wait up to 5 min. */
export const defaultTunnelBackoff: Backoff = { baseMs: 2_000, maxMs: 5 * 60_000 };

/** What is asked of ngrok: only the public listener, only webhook traffic. */
export function tunnelConfig(options: Pick<TunnelOptions, 'port' | 'authtoken' | 'domain' | 'verifyTwilioWith'>): ngrok.Config {
  return {
    addr: `127.0.0.1:${options.port}`,
    authtoken: options.authtoken,
    traffic_policy: webhookTrafficPolicy(),
    ...(options.domain ? { domain: options.domain } : {}),
    ...(options.verifyTwilioWith ? { verify_webhook_provider: 'twilio', verify_webhook_secret: options.verifyTwilioWith } : {}),
  };
}

/**
 * Keeps the ngrok tunnel open: tries until it opens (with backoff, unless retrying cannot help,
 * e.g. a wrong authtoken), follows the SDK's own reconnects after network loss or sleep, and
 * reports every state change. `firstAttempt` settles after the first try, whatever its outcome.
 */
export function superviseTunnel(options: TunnelOptions) {
  // The SDK's native addon is loaded only when a tunnel opens: most starts have none to open.
  const forward: NgrokForward =
    options.forward ?? (async (config) => ((await import('@ngrok/ngrok')).default.forward as NgrokForward)(config));
  const backoff = options.backoff ?? defaultTunnelBackoff;
  let status = initialTunnelStatus;
  let listener: Awaited<ReturnType<NgrokForward>> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const apply = (event: TunnelEvent) => {
    if (closed && event.type !== 'closed') return;
    status = nextTunnelStatus(status, event);
    options.onChange(status);
  };

  const attempt = async (): Promise<void> => {
    apply({ type: 'connecting' });
    try {
      const opened = await forward({
        ...tunnelConfig(options),
        onStatusChange: (change: string) => apply({ type: change === 'connected' ? 'restored' : 'lost' }),
      });
      const url = opened.url();
      if (!url) throw new Error('ngrok opened a tunnel without a URL');
      if (closed) return void (await opened.close());
      listener = opened;
      apply({ type: 'opened', url });
      options.log('tunnel online', { url });
    } catch (error) {
      const { reason, retry } = describeNgrokError(error);
      apply({ type: 'failed', reason });
      const delay = backoffDelayMs(status.attempts, backoff);
      options.log('tunnel failed; Pickup keeps answering locally', { reason, retryInMs: retry ? delay : null });
      if (retry && !closed) {
        timer = setTimeout(() => void attempt(), delay);
        timer.unref();
      }
    }
  };

  const firstAttempt = attempt();
  return {
    firstAttempt,
    status: () => status,
    async close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      await firstAttempt;
      await listener?.close();
      apply({ type: 'closed' });
    },
  };
}

export type TunnelSupervisor = ReturnType<typeof superviseTunnel>;
