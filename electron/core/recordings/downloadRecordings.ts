import type { EventBus } from '../calls/eventBus';
import { publicCall, type PendingRecording } from '../store/callsRepo';
import type { Store } from '../store/store';
import { backoffDelayMs, type Backoff } from '../time/backoff';
import type { TwilioAccess } from '../twilio/twilioAccess';
import { storeRecordingAudio } from './storeRecordingAudio';
import { truncationReason } from './verifyDownload';

export interface RecordingDownloadDeps {
  store: Store;
  dataDir: string;
  /** The account in force at each download: the owner may connect it while Pickup runs. */
  twilio: TwilioAccess;
  events: EventBus;
  log: (message: string, details?: Record<string, unknown>) => void;
  retry?: Backoff & { maxTries: number };
}

/** Twilio serves recordings from its API host; the account's credentials are sent nowhere else. */
const twilioApiHost = 'api.twilio.com';

/**
 * Where to fetch a recording's WAV: its RecordingUrl plus `.wav`, on Twilio's API host (or the
 * PICKUP_TWILIO_API_URL stand-in, path kept). Null for a URL that is not Twilio's.
 */
export function recordingMediaUrl(recordingUrl: string, apiUrl?: string): string | null {
  const url = URL.canParse(recordingUrl) ? new URL(recordingUrl) : null;
  if (!url || url.protocol !== 'https:' || url.hostname !== twilioApiHost) return null;
  const path = `${url.pathname.replace(/\.(wav|mp3|json)$/, '')}.wav`;
  if (!apiUrl) return `https://${twilioApiHost}${path}`;
  const target = new URL(apiUrl);
  return `${target.origin}${target.pathname.replace(/\/+$/, '')}${path}`;
}

/** Retries after a failed download: Twilio may be slow to publish a recording, or the network may drop. */
export const defaultRecordingRetry: Backoff & { maxTries: number } = { baseMs: 5_000, maxMs: 5 * 60_000, maxTries: 6 };

/**
 * Brings recordings home: whenever a call changes, and once at start, every recording Twilio
 * announced but that is not on disk yet is downloaded with the account's credentials, checked
 * whole, and stored through storeRecordingAudio. A failed or truncated download stays pending and
 * is tried again with backoff; with `deleteRecordingsFromTwilio` on, a verified one is then
 * deleted from Twilio, so it lives only here.
 */
export function startRecordingDownloads(deps: RecordingDownloadDeps) {
  const { store, log } = deps;
  const retry = deps.retry ?? defaultRecordingRetry;
  const inFlight = new Map<string, Promise<void>>();
  const failures = new Map<string, number>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const download = async (recording: PendingRecording) => {
    const credentials = deps.twilio.credentials();
    if (!credentials) return;
    const url = recordingMediaUrl(recording.url, credentials.apiUrl);
    if (!url) {
      log('recording not downloaded: its URL is not on Twilio', { recordingSid: recording.recordingSid });
      return;
    }
    const response = await fetch(url, {
      headers: { authorization: `Basic ${Buffer.from(`${credentials.accountSid}:${credentials.authToken}`).toString('base64')}` },
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`Twilio answered ${response.status}`);
    const audio = new Uint8Array(
      await response.arrayBuffer().catch((error: unknown) => {
        throw new Error(`the download was cut off: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
    const broken = truncationReason(audio, response.headers.get('content-length'), 'wav');
    if (broken) throw new Error(broken);
    await storeRecordingAudio(deps, { recordingSid: recording.recordingSid, audio, format: 'wav', duration: recording.duration });
    const call = store.calls.findById(recording.callId);
    if (call) deps.events.emit({ type: 'call.updated', call: publicCall(call) });
    log('recording stored', { recordingSid: recording.recordingSid, bytes: audio.byteLength });
    const twilio = deps.twilio.client();
    if (twilio && store.settings.get().deleteRecordingsFromTwilio) {
      // Stored and verified: a failed delete only leaves Twilio's copy behind.
      await twilio
        .recordings(recording.recordingSid)
        .remove()
        .then(() => log('recording deleted from Twilio', { recordingSid: recording.recordingSid }))
        .catch((error: unknown) =>
          log('recording not deleted from Twilio', { recordingSid: recording.recordingSid, error: String(error) }),
        );
    }
  };

  const start = (recording: PendingRecording) => {
    const { recordingSid } = recording;
    if (stopped || inFlight.has(recordingSid) || (failures.get(recordingSid) ?? 0) >= retry.maxTries) return;
    const job = download(recording)
      .catch((error: unknown) => {
        const tries = (failures.get(recordingSid) ?? 0) + 1;
        failures.set(recordingSid, tries);
        const again = tries < retry.maxTries;
        log(`recording download failed; it stays pending${again ? '' : ' until Pickup restarts'}`, {
          recordingSid,
          tries,
          error: String(error),
        });
        if (!again) return;
        const timer = setTimeout(
          () => {
            retryTimers.delete(timer);
            const still = store.calls.pendingRecordings().find((r) => r.recordingSid === recordingSid);
            if (still) start(still);
          },
          backoffDelayMs(tries, retry),
        );
        timer.unref();
        retryTimers.add(timer);
      })
      .finally(() => inFlight.delete(recordingSid));
    inFlight.set(recordingSid, job);
  };

  const downloadPending = () => {
    for (const recording of store.calls.pendingRecordings()) start(recording);
  };

  if (!deps.twilio.credentials() && store.calls.pendingRecordings().length > 0) {
    log('recordings not downloaded yet: no Twilio account connected');
  }
  // Without an account nothing can be fetched: pending recordings wait for downloadPending() on connect.
  const unsubscribe = deps.events.subscribe((event) => {
    if ((event.type === 'call.updated' || event.type === 'call.ended') && deps.twilio.credentials()) downloadPending();
  });
  downloadPending();

  return {
    /** Tries every pending recording now: the owner has just connected the Twilio account. */
    downloadPending,
    /** Stops listening and retrying, and resolves when downloads already started have finished. */
    async stop(): Promise<void> {
      stopped = true;
      unsubscribe();
      for (const timer of retryTimers) clearTimeout(timer);
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
  };
}
