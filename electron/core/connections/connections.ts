import { ApiError } from '../../shared/api';
import type {
  ConnectNgrok,
  ConnectOpenAi,
  ConnectTwilio,
  ConnectionName,
  ConnectionSource,
  Connections,
} from '../../shared/connections';
import type { TunnelStatus } from '../../shared/phoneLine';
import type { SecretStore, StoredConnections } from './secretStore';

/** The environment variables that connect accounts; where set, they win over what was pasted. */
export interface ConnectionEnv {
  TWILIO_ACCOUNT_SID?: string;
  TWILIO_AUTH_TOKEN?: string;
  OPENAI_API_KEY?: string;
  NGROK_AUTHTOKEN?: string;
  NGROK_DOMAIN?: string;
}

type Source = Exclude<ConnectionSource, null>;

/** The credentials in force right now, for the core only: never for a response, a log or the store. */
export interface EffectiveConnections {
  twilio: { accountSid: string; authToken: string; source: Source } | null;
  openai: { apiKey: string; source: Source } | null;
  ngrok: { authtoken: string; domain: string | undefined; source: Source } | null;
}

export interface ConnectionsDeps {
  env: ConnectionEnv;
  secrets: SecretStore;
  /** Resolves when Twilio accepts the credentials; throws an ApiError (400 or 502) otherwise. */
  checkTwilio: (input: ConnectTwilio) => Promise<unknown>;
  checkOpenAi: (input: ConnectOpenAi) => Promise<unknown>;
  tunnel: () => TunnelStatus;
  log: (message: string, details?: Record<string, unknown>) => void;
}

export type ConnectedAccounts = ReturnType<typeof createConnections>;

const envNames: Record<ConnectionName, string> = {
  twilio: 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN',
  openai: 'OPENAI_API_KEY',
  ngrok: 'NGROK_AUTHTOKEN',
};

/**
 * The owner's connected accounts: what was pasted in the app (checked with the service first,
 * then kept in the secret store) under what the environment sets. Listeners hear of each change
 * once it is stored, so the core applies it at once, without a restart.
 */
export function createConnections(deps: ConnectionsDeps) {
  const listeners = new Set<(name: ConnectionName) => void>();
  // One change at a time per account: a second paste waits for the first check, and the last one wins.
  const queues: Record<ConnectionName, Promise<unknown>> = {
    twilio: Promise.resolve(),
    openai: Promise.resolve(),
    ngrok: Promise.resolve(),
  };

  // Read once and kept: every webhook asks for the auth token, and the store changes only through here.
  let stored = deps.secrets.read();
  const effective = (): EffectiveConnections => {
    const { env } = deps;
    const twilio =
      env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN
        ? { accountSid: env.TWILIO_ACCOUNT_SID, authToken: env.TWILIO_AUTH_TOKEN, source: 'env' as const }
        : stored.twilioAccountSid && stored.twilioAuthToken
          ? { accountSid: stored.twilioAccountSid, authToken: stored.twilioAuthToken, source: 'app' as const }
          : null;
    const openai = env.OPENAI_API_KEY
      ? { apiKey: env.OPENAI_API_KEY, source: 'env' as const }
      : stored.openAiApiKey
        ? { apiKey: stored.openAiApiKey, source: 'app' as const }
        : null;
    const ngrok = env.NGROK_AUTHTOKEN
      ? { authtoken: env.NGROK_AUTHTOKEN, domain: env.NGROK_DOMAIN || undefined, source: 'env' as const }
      : stored.ngrokAuthtoken
        ? { authtoken: stored.ngrokAuthtoken, domain: stored.ngrokDomain, source: 'app' as const }
        : null;
    return { twilio, openai, ngrok };
  };

  const status = (): Connections => {
    const now = effective();
    return {
      twilio: { connected: now.twilio !== null, source: now.twilio?.source ?? null, accountSid: now.twilio?.accountSid ?? null },
      openai: { connected: now.openai !== null, source: now.openai?.source ?? null },
      ngrok: {
        connected: now.ngrok !== null,
        source: now.ngrok?.source ?? null,
        domain: now.ngrok?.domain ?? null,
        tunnel: deps.tunnel(),
      },
      secrets: deps.secrets.protection,
    };
  };

  const refuseIfFromEnv = (name: ConnectionName) => {
    if (effective()[name]?.source === 'env') {
      throw new ApiError(
        409,
        `This account is set by the environment (${envNames[name]}), which always wins. Remove it there and restart Pickup to manage it here.`,
      );
    }
  };

  const notify = (name: ConnectionName) => {
    for (const listener of listeners) {
      try {
        listener(name);
      } catch (error) {
        deps.log('a connection change was not applied', { name, error: String(error) });
      }
    }
  };

  /** Runs `change` after any change to the same account already under way; stores what it returns. */
  const change = (name: ConnectionName, run: () => Promise<Partial<StoredConnections> | null>) => {
    const next = queues[name].then(async () => {
      refuseIfFromEnv(name);
      const update = await run();
      const kept = { ...stored };
      for (const key of Object.keys(keysOf[name]) as (keyof StoredConnections)[]) delete kept[key];
      const next = update ? { ...kept, ...update } : kept;
      deps.secrets.write(next);
      stored = next;
      deps.log(update ? 'account connected' : 'account disconnected', { name });
      notify(name);
      return status();
    });
    queues[name] = next.catch(() => undefined);
    return next;
  };

  return {
    effective,
    status,
    connectTwilio: (input: ConnectTwilio) =>
      change('twilio', async () => {
        await deps.checkTwilio(input);
        return { twilioAccountSid: input.accountSid, twilioAuthToken: input.authToken };
      }),
    connectOpenAi: (input: ConnectOpenAi) =>
      change('openai', async () => {
        await deps.checkOpenAi(input);
        return { openAiApiKey: input.apiKey };
      }),
    // ngrok has no cheap check of its own: the tunnel opening is the check, and its state is shown.
    connectNgrok: (input: ConnectNgrok) =>
      change('ngrok', async () => ({ ngrokAuthtoken: input.authtoken, ...(input.domain ? { ngrokDomain: input.domain } : {}) })),
    disconnect: (name: ConnectionName) => change(name, async () => null),
    onChange(listener: (name: ConnectionName) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Which stored fields belong to each account (replaced together, forgotten together). */
const keysOf: Record<ConnectionName, Partial<Record<keyof StoredConnections, true>>> = {
  twilio: { twilioAccountSid: true, twilioAuthToken: true },
  openai: { openAiApiKey: true },
  ngrok: { ngrokAuthtoken: true, ngrokDomain: true },
};
