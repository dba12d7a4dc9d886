import type { CallEngine } from '../calls/callEngine';
import { isTerminalStatus } from '../store/callsRepo';
import type { Store } from '../store/store';
import type { TwilioClient } from './restClient';
import { isCallerNumber } from '../../shared/phone';

export interface MissedCallDeps {
  client: TwilioClient;
  store: Store;
  engine: CallEngine;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** How far back a start looks for calls it missed: a laptop closed over a long weekend and then some. */
export const missedCallWindowMs = 7 * 24 * 3600_000;

/** Twilio's webhooks carry a recording's URL without extension; its REST resource has `.json`. */
const recordingUrlOf = (uri: string) => `https://api.twilio.com${uri.replace(/\.json$/, '')}`;

/**
 * Fetches the calls Twilio took while Pickup was off or asleep (answered by the number's voice
 * fallback) and stores each once, through the same engine handlers as live webhooks: its
 * voicemail recordings (outcome `voicemail`, downloaded like any other) with Twilio's
 * transcription of each as the caller's words, its final status, and
 * so its summary, the owner's text and the call-ended alert. Calls already stored are skipped,
 * so running it again stores nothing twice.
 */
export async function syncMissedCalls(
  deps: MissedCallDeps,
  args: { number: string; since: Date },
): Promise<{ stored: number; voicemails: number }> {
  const { client, store, engine } = deps;
  const calls = await client.calls.list({ to: args.number, startTimeAfter: args.since, limit: 500 });
  let stored = 0;
  let voicemails = 0;
  for (const call of calls) {
    // A call still going on is either on Pickup's own webhooks (stored by them) or at the
    // fallback (its voicemail not finished yet): a later fetch stores it once it has ended.
    if (call.direction !== 'inbound' || !isTerminalStatus(call.status) || store.calls.findBySid(call.sid)) continue;
    const recordings = (await client.recordings.list({ callSid: call.sid, limit: 20 })).filter((r) => r.status === 'completed');
    // Checked again after the await: a webhook for the same call may have stored it meanwhile.
    const { created, call: record } = store.db.transaction(() => {
      const lead = isCallerNumber(call.from)
        ? store.leads.findOrCreate(call.from, (call.startTime ?? new Date()).toISOString())
        : null;
      return store.calls.create({
        twilioCallSid: call.sid,
        from: call.from,
        to: call.to,
        leadId: lead?.id ?? null,
        handledBy: 'ai',
        status: 'ringing',
        startedAt: (call.startTime ?? call.dateCreated).toISOString(),
      });
    })();
    if (!created) continue;
    stored += 1;
    const params = { CallSid: call.sid, From: call.from, To: call.to };
    for (const recording of recordings) {
      const [transcription] = (await client.recordings(recording.sid).transcriptions.list({ limit: 1 })).filter(
        (t) => t.status === 'completed',
      );
      // The recording and its words go in back to back, before the call's wrap-up runs, so the
      // summary and the owner's one text quote the message.
      await Promise.all([
        engine.recording(
          {
            ...params,
            RecordingSid: recording.sid,
            RecordingUrl: recordingUrlOf(recording.uri),
            RecordingDuration: String(recording.duration ?? ''),
            RecordingStatus: 'completed',
          },
          { source: 'voicemail' },
        ),
        transcription?.transcriptionText
          ? engine.transcription({
              ...params,
              RecordingSid: recording.sid,
              TranscriptionText: transcription.transcriptionText,
              TranscriptionStatus: 'completed',
            })
          : null,
      ]);
      voicemails += 1;
    }
    await engine.status({ ...params, CallStatus: call.status, CallDuration: call.duration ?? '' });
    deps.log('missed call fetched from Twilio', { callId: record.id, voicemail: recordings.length > 0 });
  }
  if (stored > 0) deps.log(`${stored} call(s) came in while Pickup was offline`, { voicemails });
  return { stored, voicemails };
}
