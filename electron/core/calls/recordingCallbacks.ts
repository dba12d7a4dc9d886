import { callerLabel } from '../../shared/callLabels';
import { maxUtteranceChars, type Conversation } from '../conversation/conversation';
import type { CallRecord } from '../store/callsRepo';
import type { Store } from '../store/store';
import type { BackgroundQueue } from './backgroundQueue';
import type { Params } from '../domain/webhookParams';
import type { CallSession } from './callSession';
import type { Texting } from './texting';
import * as twiml from './twiml';
import type { WrapUp } from './wrapUp';

export interface RecordingCallbacksDeps {
  store: Store;
  conversation: Conversation;
  session: CallSession;
  wrapUp: WrapUp;
  queue: BackgroundQueue;
  now: () => Date;
  texting: Texting;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** Recordings and voicemail transcriptions as Twilio reports them. */
export function createRecordingCallbacks(deps: RecordingCallbacksDeps) {
  const { store, conversation, session, wrapUp } = deps;
  const settings = () => store.settings.get();
  const nowIso = () => deps.now().toISOString();

  return {
    /** A recording is ready: the voicemail (`<Record action>`) or the whole call's recording. */
    async recording(params: Params, query: Params): Promise<string> {
      const source = query.source === 'call' ? 'call' : 'voicemail';
      let call: CallRecord | null = null;
      try {
        call = session.ensureCall(params);
        if (call && params.RecordingSid && params.RecordingUrl) {
          const absent = params.RecordingStatus === 'absent';
          const added = store.calls.addRecording({
            recordingSid: params.RecordingSid,
            callId: call.id,
            url: params.RecordingUrl,
            duration: params.RecordingDuration ? Number(params.RecordingDuration) : null,
            source,
            status: absent ? 'absent' : 'pending',
            at: nowIso(),
          });
          if (added && source === 'voicemail') store.calls.update(call.id, { outcome: 'voicemail' });
          if (added) conversation.emitUpdated(call.id);
        }
      } catch (error) {
        // The caller has left the message, and Twilio keeps it (the missed-call sync fetches it):
        // asking them to record it again would only loop while the disk is failing.
        deps.log('recording not stored', { callSid: params.CallSid, recordingSid: params.RecordingSid, error: String(error) });
        if (source === 'call') return twiml.emptyResponse();
        return twiml.sayAndHangUp(settings(), 'Thanks, we got your message. Goodbye!');
      }
      if (source === 'call') return twiml.emptyResponse();
      if (call) wrapUp.finalizeSoon(call.id);
      return twiml.sayAndHangUp(settings(), 'Thanks, we got your message. Goodbye!');
    },

    /** A voicemail's transcription: kept as the caller's words, searchable like any turn. */
    async transcription(params: Params): Promise<string> {
      const call = params.CallSid ? store.calls.findBySid(params.CallSid) : null;
      const text = (params.TranscriptionText ?? '').trim().slice(0, maxUtteranceChars);
      if (!call || !text || params.TranscriptionStatus === 'failed') return twiml.emptyResponse();
      // Without a RecordingSid to claim, the same words already kept as the voicemail mark a replay.
      const firstTime = params.RecordingSid
        ? store.calls.setTranscription(params.RecordingSid, text)
        : !store.calls.turns(call.id).some((t) => t.kind === 'voicemail' && t.text === text);
      if (!firstTime) return twiml.emptyResponse();
      conversation.appendTurns(call, [{ speaker: 'caller', text, kind: 'voicemail', at: nowIso() }]);
      if (call.finalizedAt) {
        const lead = call.leadId ? store.leads.findById(call.leadId) : null;
        const turns = store.calls.turns(call.id);
        store.calls.update(call.id, wrapUp.composeRecord(call, lead, turns));
        conversation.emitUpdated(call.id);
        deps.queue.soon(call.id, 'summarizing the voicemail', async () => {
          if (await wrapUp.summarizeWithAi({ ...call, outcome: call.outcome ?? 'voicemail' }, lead, turns))
            conversation.emitUpdated(call.id);
        });
        const { ownerPhone, twilioPhoneNumber } = settings();
        if (ownerPhone) {
          await deps.texting
            .send({
              callId: call.id,
              recipient: 'owner',
              purpose: 'voicemail',
              to: ownerPhone,
              from: twilioPhoneNumber || call.to,
              body: `Voicemail from ${callerLabel(call)}:\n"${text.slice(0, 260)}"`,
            })
            .catch((error: unknown) => deps.log('voicemail text failed', { error: String(error) }));
        }
      }
      return twiml.emptyResponse();
    },
  };
}
