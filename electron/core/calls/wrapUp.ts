import type { CallOutcome, Lead, Turn } from '../../shared/models';
import { BrainFailure, type CallAnalyst, type ModelUsage } from '../brain/types';
import type { Conversation } from '../conversation/conversation';
import { publicCall, type CallChanges, type CallRecord } from '../store/callsRepo';
import type { Outbox } from '../store/outbox';
import type { Store } from '../store/store';
import type { BackgroundQueue } from './backgroundQueue';
import { sequenceNumber, type Params } from '../domain/webhookParams';
import { textBackRefusal } from '../domain/texts';
import { composeCallerText } from './callerText';
import { callerNumber, composeOwnerSms, composeSummary, composeTranscript, deriveOutcome, questionsSentence } from './summary';
import type { Texting } from './texting';
import type { TurnsInFlight } from './turnsInFlight';
import * as twiml from './twiml';

export interface WrapUpDeps {
  store: Store;
  outbox: Outbox;
  conversation: Conversation;
  queue: BackgroundQueue;
  /** The Gather turns still being answered: a call is wrapped up only once its last turn is stored. */
  turnsInFlight: TurnsInFlight;
  /** Writes the AI summary; null without an AI, when the composed summary is used. */
  analyst: () => CallAnalyst | null;
  now: () => Date;
  /** Sends and tracks the owner's and the caller's texts. */
  texting: Texting;
  /** Told once Twilio says the call is over, so per-call state can be let go. */
  callEnded?: (callId: string) => void;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** The end of a call: its status callbacks, outcome, summary (composed, then the AI's), and the owner's text. */
export function createWrapUp(deps: WrapUpDeps) {
  const { store, outbox, conversation } = deps;
  const settings = () => store.settings.get();
  const nowIso = () => deps.now().toISOString();

  /** The composed summary and the transcript text, from what the call collected. */
  const composeRecord = (call: CallRecord, lead: Lead | null, turns: Turn[]) => ({
    aiSummary: composeSummary({ call, callbackPhrase: call.callbackPhrase, lead, turns, timezone: settings().timezone }),
    transcript: composeTranscript(turns),
  });

  /**
   * Asks the AI for the call's summary and reading, and writes them with the request's usage in
   * one commit; returns whether the record changed. Without an AI, or when the caller never
   * spoke, the composed summary stands; when the AI fails, so does the composed summary, and the
   * record says why.
   */
  const summarizeWithAi = async (
    call: CallRecord & { outcome: CallOutcome },
    lead: Lead | null,
    turns: Turn[],
  ): Promise<boolean> => {
    const analyst = deps.analyst();
    // A robocall or wrong number gets the composed line: no model request is worth it.
    const notALead = call.outcome === 'spam' || call.outcome === 'wrong_number';
    if (!analyst || notALead || !turns.some((t) => t.speaker === 'caller')) return false;
    let changes: CallChanges;
    let usage: ModelUsage | null;
    try {
      const input = { settings: settings(), call, outcome: call.outcome, callbackPhrase: call.callbackPhrase, lead, turns };
      const answer = await analyst.analyze(input);
      usage = answer.usage;
      // The caller's open questions reach the owner whatever the AI wrote.
      const asked = questionsSentence(call.callerQuestions);
      const aiSummary =
        asked && !answer.analysis.aiSummary.includes(asked) ? `${answer.analysis.aiSummary} ${asked}` : answer.analysis.aiSummary;
      changes = { ...answer.analysis, aiSummary };
    } catch (error) {
      usage = error instanceof BrainFailure ? error.usage : null;
      const notes = store.calls.findById(call.id)?.brainNotes ?? call.brainNotes;
      changes = {
        brainNotes: [
          ...notes,
          `${nowIso()} summary composed without AI: ${error instanceof Error ? error.message : String(error)}`,
        ],
      };
    }
    outbox.transaction(() => {
      store.calls.update(call.id, changes);
      if (usage) store.calls.addAiUsage(call.id, { ...usage, costUsd: usage.costUsd ?? 0, ms: 0, fallbackTurns: 0 });
    });
    return true;
  };

  const notifyOwner = async (call: CallRecord, summary: string) => {
    // A robocall or a wrong number is no news for the owner (the dashboard still lists the call).
    if (call.outcome === 'spam' || call.outcome === 'wrong_number') return;
    const { ownerPhone, twilioPhoneNumber } = settings();
    if (!ownerPhone) {
      deps.log('owner summary not texted: no owner phone in settings', { callId: call.id });
      return;
    }
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    const { timezone } = settings();
    const body = composeOwnerSms({ call, callbackPhrase: call.callbackPhrase, lead, summary, timezone });
    try {
      await deps.texting.send({
        callId: call.id,
        recipient: 'owner',
        purpose: 'call_summary',
        to: ownerPhone,
        from: twilioPhoneNumber || call.to,
        body,
      });
    } catch (error) {
      deps.log('owner summary text failed', { callId: call.id, error: String(error) });
    }
  };

  /** One text back to a caller who left a real enquiry: who got it, and when they will hear back. */
  const textCaller = async (call: CallRecord) => {
    const current = settings();
    const now = deps.now();
    // A caller who withheld their number is texted on the one they gave and confirmed.
    const to = callerNumber(call) ?? call.from;
    const refusal = textBackRefusal({
      enabled: current.textBackEnabled,
      outcome: call.outcome,
      callerKind: call.callerKind,
      isTest: call.isTest,
      from: to,
      blockedNumbers: current.blockedNumbers,
      recipient: store.texts.recipientState(to),
      textedInLastDay: store.texts.callerTextedSince(to, new Date(now.getTime() - 86_400_000).toISOString()),
    });
    if (refusal) {
      if (refusal !== 'not an enquiry' && refusal !== 'turned off')
        deps.log(`caller not texted back: ${refusal}`, { callId: call.id });
      return;
    }
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    const body = composeCallerText({ settings: current, call, callbackPhrase: call.callbackPhrase, lead, now });
    try {
      await deps.texting.send({
        callId: call.id,
        recipient: 'caller',
        purpose: 'text_back',
        to,
        from: current.twilioPhoneNumber || call.to,
        body,
      });
    } catch (error) {
      deps.log('caller text-back failed', { callId: call.id, error: String(error) });
    }
  };

  /**
   * Claims the call's record for its wrap-up: the outcome, the composed summary and transcript,
   * `finalizedAt`. Runs as part of the transaction it is called in (a webhook's, so the wrap-up
   * costs no commit of its own); null when the call is gone or already claimed.
   */
  const claim = (callId: string) => {
    const call = store.calls.findById(callId);
    if (!call || call.finalizedAt) return null;
    const at = nowIso();
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    const detail = store.calls.detail(callId);
    const turns = detail?.turns ?? [];
    const outcome = deriveOutcome({
      current: call.outcome,
      callerKind: call.callerKind,
      hasVoicemail: (detail?.recordings ?? []).some((r) => r.source === 'voicemail'),
      callbackRequested: call.callbackRequested,
      lead,
      callerTurns: turns.filter((t) => t.speaker === 'caller').length,
    });
    const { aiSummary, transcript } = composeRecord({ ...call, outcome }, lead, turns);
    // Claimed before the AI is asked, so a second wrap-up of the same call stops at `finalizedAt`.
    store.calls.update(callId, { outcome, aiSummary, transcript, finalizedAt: at, endedAt: call.endedAt ?? at });
    return { call: { ...call, outcome }, lead, turns, aiSummary, at };
  };
  type Claimed = NonNullable<ReturnType<typeof claim>>;

  /** The rest of the wrap-up, after the claim's commit: the AI's summary, the live event, the texts. */
  const finish = async ({ call, lead, turns, aiSummary }: Claimed): Promise<void> => {
    await summarizeWithAi(call, lead, turns);
    const ended = store.calls.findById(call.id);
    if (!ended) return;
    outbox.emit({ type: 'call.ended', call: publicCall(ended) });
    await notifyOwner(ended, ended.aiSummary ?? aiSummary);
    await textCaller(ended);
  };

  /** Ends the call's record once: outcome, summary, transcript, the owner's text, the live event. */
  const finalize = async (callId: string): Promise<void> => {
    await deps.turnsInFlight.settled(callId);
    const claimed = claim(callId);
    if (claimed) await finish(claimed);
  };

  const finalizeSoon = (callId: string) => deps.queue.soon(callId, 'finalizing call', () => finalize(callId));

  /**
   * Wraps the call up from inside the transaction that ends it, claiming its record in that same
   * commit, when nothing else of the call can still change what the wrap-up reads: no Gather turn
   * of it is being answered besides `turn` (the one being stored, if any). Otherwise, and after a
   * rollback that took the claim back, it waits its turn in the queue as `finalizeSoon` does.
   */
  const finalizeWithin = (callId: string, turn: number | null) => {
    if (!deps.turnsInFlight.onlyTurn(callId, turn)) return finalizeSoon(callId);
    const claimed = claim(callId);
    if (!claimed) return;
    deps.queue.soon(callId, 'finalizing call', () =>
      store.calls.findById(callId)?.finalizedAt === claimed.at ? finish(claimed) : finalize(callId),
    );
  };

  return {
    finalizeSoon,
    finalizeWithin,
    composeRecord,
    summarizeWithAi,

    /** Status callback: status, duration and end time, idempotent under Twilio's retries. */
    async status(params: Params): Promise<string> {
      const call = params.CallSid ? store.calls.findBySid(params.CallSid) : null;
      if (!call || !params.CallStatus) return twiml.emptyResponse();
      const sequence = sequenceNumber(params.SequenceNumber);
      const duration = params.CallDuration ? Number(params.CallDuration) : null;
      const status = params.CallStatus;
      // The status and the record's wrap-up in one commit.
      const ended = outbox.transaction(() => {
        const result = store.calls.applyStatus(call.id, { status, sequence, duration, at: nowIso() });
        if (result.applied) conversation.emitUpdated(call.id);
        if (result.ended) finalizeWithin(call.id, null);
        return result.ended;
      });
      if (ended) deps.callEnded?.(call.id);
      return twiml.emptyResponse();
    },
  };
}

export type WrapUp = ReturnType<typeof createWrapUp>;
