import type { EventBus } from '../calls/eventBus';
import { publicCall, type PendingRecording } from '../store/callsRepo';
import type { Store } from '../store/store';
import type { TwilioCredentials } from '../twilio/restClient';
import { storeRecordingAudio } from './storeRecordingAudio';

export interface RecordingDownloadDeps {
  store: Store;
  dataDir: string;
  credentials: TwilioCredentials | null;
  events: EventBus;
  log: (message: string, details?: Record<string, unknown>) => void;
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

/**
 * Brings recordings home: whenever a call changes, and once at start, every recording Twilio
 * announced but that is not on disk yet is downloaded with the account's credentials and stored
 * through storeRecordingAudio. A failed download stays pending and is tried again (a few times).
 */
export function startRecordingDownloads(deps: RecordingDownloadDeps) {
  const { store, credentials, log } = deps;
  const inFlight = new Map<string, Promise<void>>();
  /** Failed tries per recording: Twilio may be slow to publish one, but a dead link is not tried forever. */
  const failures = new Map<string, number>();
  const maxTries = 3;

  const download = async (recording: PendingRecording) => {
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
    const audio = new Uint8Array(await response.arrayBuffer());
    await storeRecordingAudio(deps, { recordingSid: recording.recordingSid, audio, format: 'wav', duration: recording.duration });
    const call = store.calls.findById(recording.callId);
    if (call) deps.events.emit({ type: 'call.updated', call: publicCall(call) });
    log('recording stored', { recordingSid: recording.recordingSid, bytes: audio.byteLength });
  };

  const downloadPending = () => {
    for (const recording of store.calls.pendingRecordings()) {
      const { recordingSid } = recording;
      if (inFlight.has(recordingSid) || (failures.get(recordingSid) ?? 0) >= maxTries) continue;
      const job = download(recording)
        .catch((error: unknown) => {
          failures.set(recordingSid, (failures.get(recordingSid) ?? 0) + 1);
          log('recording download failed; it stays pending', { recordingSid, error: String(error) });
        })
        .finally(() => inFlight.delete(recordingSid));
      inFlight.set(recordingSid, job);
    }
  };

  if (!credentials && store.calls.pendingRecordings().length > 0) {
    log('recordings not downloaded: no Twilio credentials (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)');
  }
  const unsubscribe = credentials
    ? deps.events.subscribe((event) => {
        if (event.type === 'call.updated' || event.type === 'call.ended') downloadPending();
      })
    : () => {};
  downloadPending();

  return {
    /** Stops listening, and resolves when downloads already started have finished. */
    async stop(): Promise<void> {
      unsubscribe();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
    },
  };
}
