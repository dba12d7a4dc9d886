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
import { webhookPaths } from '../domain/webhookPaths';
import { startRecordingDownloads } from '../recordings/downloadRecordings';
import { createAppServer } from '../server/appServer';
import { guardListener } from '../server/listenerGuard';
import { createRelaySession } from '../relay/relaySession';
import { relayCallToken } from '../relay/callToken';
import { relaySocketUrl } from '../relay/relayTwiml';
import { usesRelay } from '../relay/transport';
import type { Conversation } from '../conversation/conversation';
import { connectRealtime } from '../realtime/realtimeConnection';
import { createRealtimeCalls } from '../realtime/realtimeCalls';
import { mediaSocketUrl } from '../realtime/mediaStreamTwiml';
import { createStreamOutcomes } from '../realtime/streamOutcomes';
import { usesRealtime } from '../realtime/transport';
import { createPublicServer } from '../server/publicServer';
import { openStore, type Store } from '../store/store';
import { createSmsSender } from '../twilio/ownerSms';
import { initialTunnelStatus } from '../tunnel/tunnelState';
import { superviseTunnel, type NgrokForward, type TunnelSupervisor } from '../tunnel/tunnelSupervisor';
import { syncMissedCalls, missedCallWindowMs } from '../twilio/missedCalls';
import { createNumberSetup } from '../twilio/numberSetup';
import type { TwilioCredentials } from '../twilio/restClient';
import { createTwilioAccess } from '../twilio/twilioAccess';
import type { TunnelStatus } from '../../shared/phoneLine';
import { loadOrCreateLocalSecrets } from './dataDir';
import { createConnections } from '../connections/connections';
import { checkOpenAiKey, checkTwilioCredentials } from '../connections/credentialChecks';
import { openHeadlessSecretStore, type SecretStore } from '../connections/secretStore';
import { createLiveBrain } from '../brain/liveBrain';

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
  /** Where pasted accounts are kept: the desktop's safeStorage vault; headless, the keystore or an owner-only file. */
  secretStore?: SecretStore;
  /** Opens the ngrok tunnel (`ngrok.forward`); a stand-in in tests, where ngrok cannot be reached. */
  ngrokForward?: NgrokForward;
  /** How long a streamed caller asked one thing before a put-through may stay silent (relaySession.ts); tests shorten it. */
  relaySilenceBeforePutThroughMs?: number;
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
  const store = openStore(join(options.dataDir, 'pickup.db'), { nativeBinding: options.sqliteNativeBinding, log });
  const events = createEventBus((error) => log('event listener failed', { error: String(error) }));
  let tunnelStatus: TunnelStatus = initialTunnelStatus;

  const connections = createConnections({
    env,
    secrets: options.secretStore ?? openHeadlessSecretStore(options.dataDir),
    checkTwilio: (input) => checkTwilioCredentials(input, env.PICKUP_TWILIO_API_URL),
    checkOpenAi: (input) => checkOpenAiKey(input, env.OPENAI_BASE_URL),
    tunnel: () => tunnelStatus,
    log,
  });
  // Everything below asks for the account in force at each use: the owner may connect one at any time.
  const twilioCredentials = (): TwilioCredentials | null => {
    const twilio = connections.effective().twilio;
    return twilio ? { accountSid: twilio.accountSid, authToken: twilio.authToken, apiUrl: env.PICKUP_TWILIO_API_URL } : null;
  };
  const twilio = createTwilioAccess(twilioCredentials);
  // Without a Twilio auth token, webhooks are signed with a generated local token, so only simulated calls arrive.
  const localSigning = () => !env.TWILIO_AUTH_TOKEN && twilioCredentials() === null;
  const authToken = () => twilioCredentials()?.authToken ?? (env.TWILIO_AUTH_TOKEN || secrets.localTwilioAuthToken);
  const localAuthToken = localSigning() ? secrets.localTwilioAuthToken : null;

  let publicUrl = options.publicUrl ?? '';
  let localUrl = '';
  const offline = createOfflineBrain();
  // With a key, the OpenAI brain answers and the offline brain stands in for any turn it cannot.
  const live = createLiveBrain(offline);
  const brain = live.brain;
  let openAiKey: string | null = null;
  const applyOpenAi = () => {
    const key = connections.effective().openai?.apiKey ?? null;
    if (key === openAiKey) return;
    openAiKey = key;
    const openAi = key
      ? connectOpenAi({ apiKey: key, baseURL: env.OPENAI_BASE_URL, knowledge: () => store.knowledge.list() })
      : null;
    live.use(openAi);
    if (openAi) log('the OpenAI brain answers calls', { baseURL: openAi.baseURL, model: store.settings.get().aiModel });
    else log('the offline brain answers calls');
  };
  applyOpenAi();
  const testCall = createTestCallSession({
    store,
    publicUrl: () => publicUrl,
    localUrl: () => localUrl,
    authToken,
    businessNumber: () => store.settings.get().twilioPhoneNumber,
  });
  // Speech to speech: one bridge per call, opened with the voice webhook (see realtime/realtimeCalls).
  const streamOutcomes = createStreamOutcomes();
  let conversationForRealtime: Conversation | null = null;
  const realtimeCalls = createRealtimeCalls({
    get conversation() {
      if (!conversationForRealtime) throw new Error('the call engine is not ready');
      return conversationForRealtime;
    },
    outcomes: streamOutcomes,
    settings: () => store.settings.get(),
    knowledge: () => store.knowledge.list(),
    connect: (handlers) =>
      connectRealtime({
        apiKey: connections.effective().openai?.apiKey ?? '',
        baseURL: env.OPENAI_BASE_URL,
        model: store.settings.get().realtimeModel,
        connectTimeoutMs: store.settings.get().aiTurnBudgetMs,
        ...handlers,
      }),
    log,
  });
  const engine = createCallEngine({
    store,
    brain,
    fallbackBrain: offline,
    get callAnalyst() {
      return live.analyst();
    },
    urlFor: (path, query) => urlBuilder(publicUrl)(path, query),
    events,
    now,
    sendSms: createSmsSender(twilio, log),
    log,
    relaySocketUrl: () =>
      usesRelay(store.settings.get().conversationTransport, { publicUrl, localSigning: localSigning() })
        ? relaySocketUrl(publicUrl)
        : null,
    relayCallToken: (callSid) => relayCallToken(authToken(), callSid),
    openRealtime: (callSid, greeting) => {
      const settings = store.settings.get();
      const chosen = usesRealtime(settings.conversationTransport, {
        publicUrl,
        localSigning: localSigning(),
        openAiKey: connections.effective().openai !== null,
        realtimePreferred: settings.realtimePreferred,
      });
      if (!chosen) return null;
      realtimeCalls.open(callSid, greeting);
      return mediaSocketUrl(publicUrl);
    },
    isTestCall: testCall.owns,
  });
  conversationForRealtime = engine.conversation;
  const numbers = createNumberSetup({ twilio, store, publicUrl: () => publicUrl, now, log });
  let everOnline = false;
  const recordingDownloads = startRecordingDownloads({ store, dataDir: options.dataDir, twilio, events, log });

  const publicServer = await createPublicServer({
    engine,
    publicUrl: () => publicUrl,
    authToken,
    log,
    openRelaySession: (send) =>
      createRelaySession({
        conversation: engine.conversation,
        send,
        log,
        ownerLanguage: store.settings.get().speechLanguage,
        ...(options.relaySilenceBeforePutThroughMs === undefined
          ? {}
          : { silenceBeforePutThroughMs: options.relaySilenceBeforePutThroughMs }),
      }),
    realtime: { claim: realtimeCalls.claim, outcomes: streamOutcomes },
  });
  const handlers = createApiHandlers({
    store,
    dataDir: options.dataDir,
    brain,
    fallbackBrain: offline,
    openAiKeySet: () => connections.effective().openai !== null,
    twilio,
    authToken,
    localSigning,
    connections,
    publicUrl: () => publicUrl,
    now,
    phoneLine: { numbers, tunnel: () => tunnelStatus, sendText: engine.sendText },
    testCall,
  });
  const appServer = await createAppServer({
    handlers,
    events,
    apiToken: secrets.apiToken,
    rendererDir: options.rendererDir && existsSync(join(options.rendererDir, 'index.html')) ? options.rendererDir : null,
  });
  // Slow or idle clients of the dashboard cannot hold it, or a shutdown, either (the public listener guards itself).
  guardListener(appServer);

  let tunnel: TunnelSupervisor | null = null;
  let sweeper: NodeJS.Timeout | null = null;
  let missedCallTimer: NodeJS.Timeout | null = null;
  let missedCalls: Promise<unknown> = Promise.resolve();
  const syncMissed = async () => {
    const number = store.settings.get().twilioPhoneNumber;
    const client = twilio.client();
    if (!client || !number) return { stored: 0, voicemails: 0 };
    return syncMissedCalls({ client, store, engine, log }, { number, since: new Date(now().getTime() - missedCallWindowMs) });
  };
  /** One fetch at a time: a reconnect during the periodic fetch queues behind it. */
  const syncMissedSoon = () => {
    missedCalls = missedCalls
      .then(syncMissed)
      .catch((error: unknown) => log('missed calls not fetched from Twilio', { error: String(error) }));
  };
  /**
   * Opens the tunnel when it can be used (an ngrok authtoken, a real Twilio account, no fixed
   * public URL), else says why not; run again whenever either account changes. One at a time.
   */
  let tunnelChange: Promise<void> = Promise.resolve();
  const reopenTunnel = () => {
    tunnelChange = tunnelChange.then(openTunnel).catch((error: unknown) => log('tunnel not reopened', { error: String(error) }));
    return tunnelChange;
  };
  // Which tunnel is current: a closed one's late status changes are ignored.
  let tunnelGeneration = 0;
  const openTunnel = async () => {
    const generation = ++tunnelGeneration;
    const previous = tunnel;
    tunnel = null;
    await previous?.close();
    const ngrok = connections.effective().ngrok;
    const localOnly = localOnlyReason({
      publicUrl: options.publicUrl ?? '',
      tunnel: options.tunnel,
      ngrokAuthtoken: ngrok?.authtoken,
      localSigning: localSigning(),
    });
    if (localOnly || !ngrok) {
      tunnelStatus = { ...initialTunnelStatus, reason: localOnly };
      publicUrl = options.publicUrl || localUrl;
      log(`no tunnel: ${localOnly}`);
      return;
    }
    const opened = superviseTunnel({
      port: Number(new URL(localUrl).port),
      authtoken: ngrok.authtoken,
      domain: ngrok.domain,
      verifyTwilioWith: env.PICKUP_NGROK_VERIFY_TWILIO ? authToken() : undefined,
      forward: options.ngrokForward,
      log,
      onChange: (status) => {
        if (generation !== tunnelGeneration) return;
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
    tunnel = opened;
    // The first try is waited for, so the ready line has the tunnel's URL when it opens.
    await opened.firstAttempt;
  };
  // A connected (or forgotten) account takes effect now, in this process: no restart.
  const stopHearingConnections = connections.onChange((name) => {
    if (name === 'openai') return applyOpenAi();
    if (name === 'twilio') {
      recordingDownloads.downloadPending();
      syncMissedSoon();
    }
    void reopenTunnel();
  });

  const stop = async () => {
    stopHearingConnections();
    if (sweeper) clearInterval(sweeper);
    if (missedCallTimer) clearInterval(missedCallTimer);
    await tunnelChange;
    await Promise.allSettled([publicServer.close(), appServer.close(), tunnel?.close(), missedCalls, realtimeCalls.close()]);
    await engine.whenIdle();
    await recordingDownloads.stop();
    store.close();
  };

  try {
    const publicAddress = await publicServer.listen({ host: '127.0.0.1', port: options.port });
    const appAddress = await appServer.listen({ host: '127.0.0.1', port: options.apiPort });
    localUrl = `http://127.0.0.1:${new URL(publicAddress).port}`;
    await reopenTunnel();
    publicUrl ||= localUrl;
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
  if (!args.tunnel)
    return 'Pickup is running without a link from the internet, so real calls cannot reach it; test calls still work';
  if (!args.ngrokAuthtoken)
    return 'no ngrok authtoken: Pickup answers test calls on this computer, but Twilio cannot reach it. Add a free authtoken from dashboard.ngrok.com';
  if (args.localSigning)
    return 'no Twilio auth token: webhooks are signed with a local token that Twilio does not have, so the tunnel stays closed';
  return null;
}
