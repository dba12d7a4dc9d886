import { createTwilioClient, type TwilioClient, type TwilioCredentials } from './restClient';

/**
 * The Twilio account in force right now, and one REST client for it. The owner can connect or
 * replace the account while Pickup runs, so users ask for it at each use instead of keeping a
 * client from start-up; the client is made once per account.
 */
export interface TwilioAccess {
  credentials(): TwilioCredentials | null;
  client(): TwilioClient | null;
}

export function createTwilioAccess(current: () => TwilioCredentials | null): TwilioAccess {
  let cached: { key: string; client: TwilioClient } | null = null;
  return {
    credentials: current,
    client() {
      const credentials = current();
      if (!credentials) return null;
      const key = `${credentials.accountSid}\n${credentials.authToken}\n${credentials.apiUrl ?? ''}`;
      if (cached?.key !== key) cached = { key, client: createTwilioClient(credentials) };
      return cached.client;
    },
  };
}

/** An account fixed for the process's life (tests, and a host whose account never changes). */
export const fixedTwilioAccess = (credentials: TwilioCredentials | null): TwilioAccess => createTwilioAccess(() => credentials);
