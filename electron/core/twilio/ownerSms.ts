import type { SendSms } from '../domain/texts';
import type { TwilioAccess } from './twilioAccess';

/**
 * Sends texts through Twilio's REST API with the account in force, asking Twilio to report each
 * one's delivery to `statusCallback`; resolves null (and logs why) when none is connected.
 */
export function createSmsSender(
  twilio: TwilioAccess,
  log: (message: string, details?: Record<string, unknown>) => void,
): SendSms {
  return async ({ to, from, body, statusCallback }) => {
    const client = twilio.credentials() ? twilio.client() : null;
    if (!client) {
      log('text skipped: no Twilio account connected', { to });
      return null;
    }
    if (!from) {
      log('text skipped: no Twilio phone number in settings to send from', { to });
      return null;
    }
    const message = await client.messages.create({ to, from, body, statusCallback });
    log('text sent', { to, sid: message.sid });
    return { sid: message.sid, status: message.status };
  };
}
