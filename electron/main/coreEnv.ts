import type { CoreOptions } from '../core/host/startCore';
import type { Preferences } from './preferences';
import type { Secrets } from './secretVault';

/**
 * What the core is started with: the owner's stored secrets and preferences, falling back to the
 * process environment (how a developer or a test points the app at stand-ins). Stand-in URLs
 * come from the environment only.
 */
export function coreEnv(
  secrets: Secrets,
  preferences: Pick<Preferences, 'twilioAccountSid' | 'ngrokDomain'>,
  env: NodeJS.ProcessEnv,
): CoreOptions['env'] {
  const pick = (stored: string | undefined, name: string) => stored || env[name] || undefined;
  const result: CoreOptions['env'] = {
    TWILIO_ACCOUNT_SID: pick(preferences.twilioAccountSid, 'TWILIO_ACCOUNT_SID'),
    TWILIO_AUTH_TOKEN: pick(secrets.twilioAuthToken, 'TWILIO_AUTH_TOKEN'),
    OPENAI_API_KEY: pick(secrets.openAiApiKey, 'OPENAI_API_KEY'),
    NGROK_AUTHTOKEN: pick(secrets.ngrokAuthtoken, 'NGROK_AUTHTOKEN'),
    NGROK_DOMAIN: pick(preferences.ngrokDomain, 'NGROK_DOMAIN'),
    OPENAI_BASE_URL: env.OPENAI_BASE_URL || undefined,
    PICKUP_TWILIO_API_URL: env.PICKUP_TWILIO_API_URL || undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
}
