import type { CoreOptions } from '../core/host/startCore';

const names = [
  'TWILIO_ACCOUNT_SID',
  'TWILIO_AUTH_TOKEN',
  'OPENAI_API_KEY',
  'NGROK_AUTHTOKEN',
  'NGROK_DOMAIN',
  'OPENAI_BASE_URL',
  'PICKUP_TWILIO_API_URL',
] as const;

/**
 * What the core takes from the process environment: accounts set there (they win over what the
 * owner pasted, and the dashboard says so) and the stand-in URLs a developer or a test points the
 * app at. Nothing else of the environment reaches the core.
 */
export function coreEnv(env: NodeJS.ProcessEnv): CoreOptions['env'] {
  return Object.fromEntries(names.flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
}

/** The secrets among them, for keeping them out of logs and messages. */
export function secretValues(env: CoreOptions['env']): string[] {
  return [env.TWILIO_AUTH_TOKEN, env.OPENAI_API_KEY, env.NGROK_AUTHTOKEN].filter((s): s is string => Boolean(s));
}
