import type { TwilioAccess } from './twilioAccess';

export type SendOwnerSms = (to: string, from: string, body: string) => Promise<boolean>;

/**
 * Texts the owner through Twilio's REST API with the account in force; resolves false (and logs
 * why) when none is connected.
 */
export function createSmsSender(
  twilio: TwilioAccess,
  log: (message: string, details?: Record<string, unknown>) => void,
): SendOwnerSms {
  return async (to, from, body) => {
    const client = twilio.credentials() ? twilio.client() : null;
    if (!client) {
      log('owner SMS skipped: no Twilio account connected', { to });
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
