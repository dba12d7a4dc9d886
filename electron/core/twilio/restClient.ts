import twilio from 'twilio';

export type TwilioClient = ReturnType<typeof twilio>;
type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0];

/**
 * Sends every REST request of the official SDK to `apiUrl` instead of Twilio's hosts (a mock in
 * tests). Only the scheme and host change; path and query stay exactly as the SDK built them.
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(private readonly apiUrl: string) {
    super();
  }

  override request<TData>(opts: RequestOptions & { data?: TData }) {
    const target = new URL(this.apiUrl);
    const original = new URL(opts.uri);
    const basePath = target.pathname.replace(/\/+$/, '');
    const uri = `${target.origin}${basePath}${original.pathname}${original.search}`;
    return super.request<TData>({ ...opts, uri });
  }
}

export interface TwilioCredentials {
  accountSid: string;
  authToken: string;
  /** PICKUP_TWILIO_API_URL: another base URL for Twilio's REST API. */
  apiUrl?: string;
}

export function createTwilioClient(credentials: TwilioCredentials): TwilioClient {
  return twilio(credentials.accountSid, credentials.authToken, {
    ...(credentials.apiUrl ? { httpClient: new RedirectingRequestClient(credentials.apiUrl) } : {}),
    autoRetry: true,
    maxRetries: 3,
  });
}
