import { createRequire } from 'node:module';
import type twilio from 'twilio';

export type TwilioClient = ReturnType<typeof twilio>;
type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0];

// The SDK's REST half (about 20 MB and a third of a second) is loaded with the first account,
// not at start: without one, Pickup answers simulated calls and never needs it.
let sdk: typeof twilio | null = null;
const loadSdk = () => (sdk ??= createRequire(import.meta.url)('twilio') as typeof twilio);

/**
 * Sends every REST request of the official SDK to `apiUrl` instead of Twilio's hosts (a mock in
 * tests). Only the scheme and host change; path and query stay exactly as the SDK built them.
 */
function redirectingRequestClient(sdk: typeof twilio, apiUrl: string) {
  return new (class extends sdk.RequestClient {
    override request<TData>(opts: RequestOptions & { data?: TData }) {
      const target = new URL(apiUrl);
      const original = new URL(opts.uri);
      const basePath = target.pathname.replace(/\/+$/, '');
      const uri = `${target.origin}${basePath}${original.pathname}${original.search}`;
      return super.request<TData>({ ...opts, uri });
    }
  })();
}

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
  /** PICKUP_TWILIO_API_URL: another base URL for Twilio's REST API. */
  apiUrl?: string;
}

export function createTwilioClient(credentials: TwilioCredentials): TwilioClient {
  const twilio = loadSdk();
  return twilio(credentials.accountSid, credentials.authToken, {
    ...(credentials.apiUrl ? { httpClient: redirectingRequestClient(twilio, credentials.apiUrl) } : {}),
    autoRetry: true,
    maxRetries: 3,
  });
}
