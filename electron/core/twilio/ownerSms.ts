import type { TwilioCredentials, TwilioClient } from './restClient';

export type SendOwnerSms = (to: string, from: string, body: string) => Promise<boolean>;

/**
 * Texts the owner through Twilio's REST API; resolves false (and logs why) when no credentials
 * are set. The SDK's REST client is loaded only when there are credentials to use it with.
 */
export function createSmsSender(
  credentials: TwilioCredentials | null,
  log: (message: string, details?: Record<string, unknown>) => void,
): SendOwnerSms {
  let client: Promise<TwilioClient> | null = null;
  return async (to, from, body) => {
    if (!credentials) {
      log('owner SMS skipped: no Twilio credentials (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)', { to });
      return false;
    }
    if (!from) {
      log('owner SMS skipped: no Twilio phone number in settings to send from', { to });
      return false;
    }
    client ??= import('./restClient').then((m) => m.createTwilioClient(credentials));
    const message = await (await client).messages.create({ to, from, body });
    log('owner SMS sent', { to, sid: message.sid });
    return true;
  };
}
