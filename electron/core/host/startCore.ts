import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import { createApiHandlers } from '../api/handlers';
import { createOfflineBrain } from '../brain/offline/offlineBrain';
import { connectOpenAi } from '../brain/openai/connectOpenAi';
import { createCallEngine, type CallEngine } from '../calls/callEngine';
import { createEventBus, type EventBus } from '../calls/eventBus';
import { urlBuilder } from '../calls/twiml';
import { webhookPaths } from '../calls/webhookPaths';
import { startRecordingDownloads } from '../recordings/downloadRecordings';
import { createAppServer } from '../server/appServer';
import { createPublicServer } from '../server/publicServer';
import { openStore, type Store } from '../store/store';
import { createSmsSender } from '../twilio/ownerSms';
import { openTunnel, type Tunnel } from '../tunnel/openTunnel';
import { loadOrCreateLocalSecrets } from './dataDir';

export type Log = (message: string, details?: Record<string, unknown>) => void;

export interface CoreOptions {
  dataDir: string;
  port: number;
  apiPort: number;
  publicUrl?: string;
  tunnel: boolean;
  env: Partial<Record<'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'NGROK_AUTHTOKEN' | 'NGROK_DOMAIN' | 'PICKUP_TWILIO_API_URL' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL', string>>;
  rendererDir?: string | null;
  /** better-sqlite3's addon built for the host's ABI, when it is not node_modules' own (Electron). */
  sqliteNativeBinding?: string;
  log: Log;
  now?: () => Date;
}

export interface RunningCore {
  publicUrl: string;
  webhookUrl: string;
  appUrl: string;
  apiToken: string;
  /** Set only when Pickup generated its own auth token (no TWILIO_AUTH_TOKEN). */
  localAuthToken: string | null;
  brain: string;
  store: Store;
  /** The API contract's implementation, served over HTTP here and over IPC by the desktop shell. */
  handlers: ApiHandlers;
  events: EventBus;
  engine: CallEngine;
  stop(): Promise<void>;
}

/** How often calls that never got a final status callback are wrapped up anyway. */
const sweepIntervalMs = 60_000;

/**
 * Starts the whole receptionist: store, both listeners, brains, Twilio client and tunnel. The
 * same core runs headless (`npm run serve`) and inside the Electron main process.
 */
export async function startCore(options: CoreOptions): Promise<RunningCore> {
  const { env, log } = options;
  const now = options.now ?? (() => new Date());
  const secrets = loadOrCreateLocalSecrets(options.dataDir);
  const authToken = env.TWILIO_AUTH_TOKEN || secrets.localTwilioAuthToken;
  const localAuthToken = env.TWILIO_AUTH_TOKEN ? null : secrets.localTwilioAuthToken;
  const store = openStore(join(options.dataDir, 'pickup.db'), { nativeBinding: options.sqliteNativeBinding });
  const events = createEventBus((error) => log('event listener failed', { error: String(error) }));

  let publicUrl = options.publicUrl ?? '';
  const offline = createOfflineBrain();
  // With a key, the OpenAI brain answers and the offline brain stands in for any turn it cannot.
  const openAi = env.OPENAI_API_KEY
    ? connectOpenAi({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, knowledge: () => store.knowledge.list() })
    : null;
  const brain = openAi?.brain ?? offline;
  if (openAi) log('the OpenAI brain answers calls', { baseURL: openAi.baseURL, model: store.settings.get().aiModel });
  const credentials =
    env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN
      ? { accountSid: env.TWILIO_ACCOUNT_SID, authToken: env.TWILIO_AUTH_TOKEN, apiUrl: env.PICKUP_TWILIO_API_URL }
      : null;
  const engine = createCallEngine({
    store,
    brain,
    fallbackBrain: offline,
    callAnalyst: openAi?.analyst ?? null,
    urlFor: (path, query) => urlBuilder(publicUrl)(path, query),
    events,
    now,
    sendOwnerSms: createSmsSender(credentials, log),
    log,
  });
  const recordingDownloads = startRecordingDownloads({ store, dataDir: options.dataDir, credentials, events, log });

  const publicServer = await createPublicServer({ engine, publicUrl: () => publicUrl, authToken: () => authToken, log });
  const handlers = createApiHandlers({
    store,
    brain,
    fallbackBrain: offline,
    openAiKeySet: Boolean(env.OPENAI_API_KEY),
    twilio: credentials,
    authToken,
    localSigning: localAuthToken !== null,
    publicUrl: () => publicUrl,
    now,
  });
  const appServer = await createAppServer({
    handlers,
    events,
    apiToken: secrets.apiToken,
    rendererDir: options.rendererDir && existsSync(join(options.rendererDir, 'index.html')) ? options.rendererDir : null,
  });

  let tunnel: Tunnel | null = null;
  let sweeper: NodeJS.Timeout | null = null;
  const stop = async () => {
    if (sweeper) clearInterval(sweeper);
    await Promise.allSettled([publicServer.close(), appServer.close(), tunnel?.close()]);
    await engine.whenIdle();
    await recordingDownloads.stop();
    store.close();
  };

  try {
    const publicAddress = await publicServer.listen({ host: '127.0.0.1', port: options.port });
    const appAddress = await appServer.listen({ host: '127.0.0.1', port: options.apiPort });
    const publicPort = new URL(publicAddress).port;

    if (!publicUrl && options.tunnel && env.NGROK_AUTHTOKEN) {
      if (localAuthToken) {
        log('tunnel refused: without TWILIO_AUTH_TOKEN, webhooks are signed with a local token that Twilio does not have');
      } else {
        tunnel = await openTunnel({ port: Number(publicPort), authtoken: env.NGROK_AUTHTOKEN, domain: env.NGROK_DOMAIN });
        publicUrl = tunnel.url;
      }
    }
    publicUrl ||= `http://127.0.0.1:${publicPort}`;

    sweeper = setInterval(() => {
      const cutoff = new Date(now().getTime() - (store.settings.get().voiceMaxDuration + 600) * 1000).toISOString();
      for (const id of store.calls.unfinalizedBefore(cutoff)) engine.finalizeSoon(id);
    }, sweepIntervalMs);
    sweeper.unref();

    return {
      publicUrl,
      webhookUrl: `${publicUrl.replace(/\/+$/, '')}${webhookPaths.voice}`,
      appUrl: appAddress.replace('[::1]', '127.0.0.1'),
      apiToken: secrets.apiToken,
      localAuthToken,
      brain: brain.name,
      store,
      handlers,
      events,
      engine,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
