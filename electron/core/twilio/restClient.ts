import twilio from 'twilio';

type TwilioClient = ReturnType<typeof twilio>;
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

/** Texts the owner through Twilio; resolves false (and logs why) when no credentials are set. */
export function createSmsSender(
  credentials: TwilioCredentials | null,
  log: (message: string, details?: Record<string, unknown>) => void,
): (to: string, from: string, body: string) => Promise<boolean> {
  const client = credentials ? createTwilioClient(credentials) : null;
  return async (to, from, body) => {
    if (!client) {
      log('owner SMS skipped: no Twilio credentials (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)', { to });
      return false;
    }
    if (!from) {
      log('owner SMS skipped: no Twilio phone number in settings to send from', { to });
      return false;
    }
    const message = await client.messages.create({ to, from, body });
    log('owner SMS sent', { to, sid: message.sid });
    return true;
  };
}
