import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import { createApiHandlers } from '../api/handlers';
import { createTestCallSession } from '../api/testCallSession';
import { createOfflineBrain } from '../brain/offline/offlineBrain';
import { connectOpenAi } from '../brain/openai/connectOpenAi';
import { createCallEngine, type CallEngine } from '../calls/callEngine';
import { createEventBus, type EventBus } from '../calls/eventBus';
import { urlBuilder } from '../calls/twiml';
import { webhookPaths } from '../calls/webhookPaths';
import { startRecordingDownloads } from '../recordings/downloadRecordings';
import { createAppServer } from '../server/appServer';
import { createRelaySession } from '../relay/relaySession';
import { relaySocketUrl } from '../relay/relayTwiml';
import { usesRelay } from '../relay/transport';
import { createPublicServer } from '../server/publicServer';
import { openStore, type Store } from '../store/store';
import { createSmsSender } from '../twilio/ownerSms';
import { initialTunnelStatus } from '../tunnel/tunnelState';
import { superviseTunnel, type NgrokForward, type TunnelSupervisor } from '../tunnel/tunnelSupervisor';
import { syncMissedCalls, missedCallWindowMs } from '../twilio/missedCalls';
import { createNumberSetup } from '../twilio/numberSetup';
import { createTwilioClient } from '../twilio/restClient';
import type { TunnelStatus } from '../../shared/phoneLine';
import { loadOrCreateLocalSecrets } from './dataDir';

export type Log = (message: string, details?: Record<string, unknown>) => void;

export interface CoreOptions {
  dataDir: string;
  port: number;
  apiPort: number;
  publicUrl?: string;
  tunnel: boolean;
  env: Partial<
    Record<
      | 'TWILIO_ACCOUNT_SID'
      | 'TWILIO_AUTH_TOKEN'
      | 'NGROK_AUTHTOKEN'
      | 'NGROK_DOMAIN'
      | 'PICKUP_NGROK_VERIFY_TWILIO'
      | 'PICKUP_TWILIO_API_URL'
      | 'OPENAI_API_KEY'
      | 'OPENAI_BASE_URL',
      string
    >
  >;
  rendererDir?: string | null;
  /** better-sqlite3's addon built for the host's ABI, when it is not node_modules' own (Electron). */
  sqliteNativeBinding?: string;
  log: Log;
  now?: () => Date;
  /** Opens the ngrok tunnel (`ngrok.forward`); a stand-in in tests, where ngrok cannot be reached. */
  ngrokForward?: NgrokForward;
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
  /** Stores the calls Twilio took while Pickup was off (run once at start). */
  syncMissedCalls(): Promise<{ stored: number; voicemails: number }>;
  stop(): Promise<void>;
}

/** How often calls that never got a final status callback are wrapped up anyway. */
const sweepIntervalMs = 60_000;
/** How often Twilio is asked for calls that reached the number's fallback instead of Pickup. */
const missedCallSyncIntervalMs = 15 * 60_000;

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
  const store = openStore(join(options.dataDir, 'pickup.db'), { nativeBinding: options.sqliteNativeBinding, log });
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
  const testCall = createTestCallSession({
    store,
    publicUrl: () => publicUrl,
    authToken,
    businessNumber: () => store.settings.get().twilioPhoneNumber,
  });
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
    relaySocketUrl: () =>
      usesRelay(store.settings.get().conversationTransport, { publicUrl, localSigning: localAuthToken !== null })
        ? relaySocketUrl(publicUrl)
        : null,
    isTestCall: testCall.owns,
  });
  const twilioClient = credentials ? createTwilioClient(credentials) : null;
  const numbers = createNumberSetup({ client: twilioClient, store, publicUrl: () => publicUrl, now, log });
  let tunnelStatus: TunnelStatus = initialTunnelStatus;
  let everOnline = false;
  const recordingDownloads = startRecordingDownloads({ store, dataDir: options.dataDir, credentials, events, log });

  const publicServer = await createPublicServer({
    engine,
    publicUrl: () => publicUrl,
    authToken: () => authToken,
    log,
    openRelaySession: (send) =>
      createRelaySession({
        conversation: engine.conversation,
        brain,
        fallbackBrain: offline,
        budgetMs: () => store.settings.get().aiTurnBudgetMs,
        send,
        log,
      }),
  });
  const handlers = createApiHandlers({
    store,
    dataDir: options.dataDir,
    brain,
    fallbackBrain: offline,
    openAiKeySet: Boolean(env.OPENAI_API_KEY),
    twilio: credentials,
    authToken,
    localSigning: localAuthToken !== null,
    publicUrl: () => publicUrl,
    now,
    phoneLine: { numbers, tunnel: () => tunnelStatus },
    testCall,
  });
  const appServer = await createAppServer({
    handlers,
    events,
    apiToken: secrets.apiToken,
    rendererDir: options.rendererDir && existsSync(join(options.rendererDir, 'index.html')) ? options.rendererDir : null,
  });

  let tunnel: TunnelSupervisor | null = null;
  let sweeper: NodeJS.Timeout | null = null;
  let missedCallTimer: NodeJS.Timeout | null = null;
  let missedCalls: Promise<unknown> = Promise.resolve();
  const syncMissed = async () => {
    const number = store.settings.get().twilioPhoneNumber;
    if (!twilioClient || !number) return { stored: 0, voicemails: 0 };
    return syncMissedCalls(
      { client: twilioClient, store, engine, log },
      { number, since: new Date(now().getTime() - missedCallWindowMs) },
    );
  };
  /** One fetch at a time: a reconnect during the periodic fetch queues behind it. */
  const syncMissedSoon = () => {
    missedCalls = missedCalls
      .then(syncMissed)
      .catch((error: unknown) => log('missed calls not fetched from Twilio', { error: String(error) }));
  };
  const stop = async () => {
    if (sweeper) clearInterval(sweeper);
    if (missedCallTimer) clearInterval(missedCallTimer);
    await Promise.allSettled([publicServer.close(), appServer.close(), tunnel?.close(), missedCalls]);
    await engine.whenIdle();
    await recordingDownloads.stop();
    store.close();
  };

  try {
    const publicAddress = await publicServer.listen({ host: '127.0.0.1', port: options.port });
    const appAddress = await appServer.listen({ host: '127.0.0.1', port: options.apiPort });
    const publicPort = new URL(publicAddress).port;

    const localOnly = localOnlyReason({
      publicUrl,
      tunnel: options.tunnel,
      ngrokAuthtoken: env.NGROK_AUTHTOKEN,
      localSigning: localAuthToken !== null,
    });
    if (localOnly) {
      tunnelStatus = { ...initialTunnelStatus, reason: localOnly };
      log(`no tunnel: ${localOnly}`);
    } else {
      tunnel = superviseTunnel({
        port: Number(publicPort),
        authtoken: env.NGROK_AUTHTOKEN!,
        domain: env.NGROK_DOMAIN,
        verifyTwilioWith: env.PICKUP_NGROK_VERIFY_TWILIO ? authToken : undefined,
        forward: options.ngrokForward,
        log,
        onChange: (status) => {
          const cameBack = status.state === 'online' && tunnelStatus.state !== 'online' && everOnline;
          tunnelStatus = status;
          if (status.state !== 'online' || !status.url) return;
          everOnline = true;
          // Calls Twilio could not bring here while the tunnel was down went to the number's
          // fallback: fetched now rather than at the next start.
          if (cameBack) syncMissedSoon();
          if (status.url === publicUrl) return;
          // A new URL (no reserved domain, or the first time): signatures and the number follow it.
          publicUrl = status.url;
          numbers.repoint().catch((error: unknown) => log('Twilio number not re-pointed', { error: String(error) }));
        },
      });
      // The first try is waited for, so the ready line has the tunnel's URL when it opens.
      await tunnel.firstAttempt;
    }
    publicUrl ||= `http://127.0.0.1:${publicPort}`;
    syncMissedSoon();
    // Also on a timer: Twilio may fail to reach Pickup with the tunnel up (a network blip), and a
    // call still going on at the fallback during one fetch is stored by a later one.
    missedCallTimer = setInterval(syncMissedSoon, missedCallSyncIntervalMs);
    missedCallTimer.unref();

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
      syncMissedCalls: syncMissed,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Why Pickup runs without a tunnel, in the owner's words; null when it should open one. */
export function localOnlyReason(args: {
  publicUrl: string;
  tunnel: boolean;
  ngrokAuthtoken?: string;
  localSigning: boolean;
}): string | null {
  if (args.publicUrl) return `Twilio reaches Pickup at the public URL it was given (${args.publicUrl}), not through a tunnel`;
  if (!args.tunnel) return 'the tunnel is turned off (--no-tunnel): only this computer can reach Pickup';
  if (!args.ngrokAuthtoken)
    return 'no ngrok authtoken: Pickup answers test calls on this computer, but Twilio cannot reach it. Add a free authtoken from dashboard.ngrok.com';
  if (args.localSigning)
    return 'no Twilio auth token: webhooks are signed with a local token that Twilio does not have, so the tunnel stays closed';
  return null;
}
