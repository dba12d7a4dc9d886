import { callerLabel } from '../../shared/callLabels';
import { formatPhoneForDisplay } from '../../shared/phone';
import type { CallOutcome, Lead, Turn, TurnAi } from '../../shared/models';
import {
  BrainFailure,
  type Brain,
  type BrainAction,
  type BrainContext,
  type BrainReply,
  type CallAnalyst,
  type ModelUsage,
} from '../brain/types';
import { publicCall, type CallChanges, type CallRecord, type NewTurn } from '../store/callsRepo';
import { createOutbox } from '../store/outbox';
import type { Store } from '../store/store';
import type { EventBus } from './eventBus';
import { composeGreeting } from './greeting';
import { replyToKeypress } from './keypad';
import { replyWithinBudget } from './replyWithinBudget';
import { routeIncomingCall } from './routeIncomingCall';
import { composeOwnerSms, composeSummary, composeTranscript, deriveOutcome } from './summary';
import * as twiml from './twiml';
import { webhookPaths } from './webhookPaths';
import { relayOutcome } from '../relay/handoff';
import { connectRelay } from '../relay/relayTwiml';

/** Twilio's form parameters (and the query string of our own callback URLs). */
export type Params = Record<string, string | undefined>;

export interface CallEngineDeps {
  store: Store;
  brain: Brain;
  /** Answers any turn the main brain cannot answer in time (within settings' `aiTurnBudgetMs`). */
  fallbackBrain: Brain;
  /** Writes the AI summary at the end of a call; null without an AI, when the composed summary is used. */
  callAnalyst: CallAnalyst | null;
  urlFor: twiml.UrlFor;
  events: EventBus;
  now: () => Date;
  /** Sends the owner's text message; resolves false when it was skipped (no credentials). */
  sendOwnerSms: (to: string, from: string, body: string) => Promise<boolean>;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** The ConversationRelay socket URL when calls stream (see relay/transport), null for Gather. */
  relaySocketUrl?: () => string | null;
  /** The token that binds a call's ConversationRelay session to it (relay/callToken). */
  relayCallToken?: (callSid: string) => string;
  /** Whether a CallSid is the dashboard's test call, so the record says so. */
  isTestCall?: (callSid: string) => boolean;
}

/**
 * Twilio's SequenceNumber when it is one (a whole number from 0), else null: a forged or broken
 * one such as 1e309 (Infinity) would otherwise outrank every later callback and freeze the status.
 */
export function sequenceNumber(value: string | undefined): number | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

/** Longest speech we keep from one gather: a caller does not say more than this in one breath. */
const maxUtteranceChars = 2000;

export type CallEngine = ReturnType<typeof createCallEngine>;

/**
 * The call flow: one handler per Twilio webhook, each turning Twilio's parameters into TwiML and
 * store writes. Handlers never throw for a caller's sake: the server turns any failure into a
 * safe voicemail TwiML.
 */
export function createCallEngine(deps: CallEngineDeps) {
  const { store, urlFor } = deps;
  // Every write that tells the dashboard goes through the outbox: its events leave after commit.
  const outbox = createOutbox(store.db, (event) => deps.events.emit(event));
  const settings = () => store.settings.get();
  const nowIso = () => deps.now().toISOString();

  const emitUpdated = (callId: string) => {
    const call = store.calls.findById(callId);
    if (call) outbox.emit({ type: 'call.updated', call: publicCall(call) });
  };

  const appendTurns = (call: CallRecord, turns: NewTurn[], changes: CallChanges = {}) => {
    return outbox.transaction(() => {
      const added = store.calls.appendTurns(call.id, turns, changes);
      for (const turn of added) outbox.emit({ type: 'turn.added', callId: call.id, turn });
      return added;
    });
  };

  /** Finds the call for a webhook, creating it from Twilio's parameters if we never saw it start. */
  const ensureCall = (params: Params, handledBy: CallRecord['handledBy'] = 'ai'): CallRecord | null => {
    const callSid = params.CallSid;
    if (!callSid) return null;
    const existing = store.calls.findBySid(callSid);
    if (existing) return existing;
    if (!params.From) return null;
    return startCall(params, handledBy).call;
  };

  const startCall = (params: Params, handledBy: CallRecord['handledBy']) => {
    const at = nowIso();
    const from = params.From ?? 'unknown';
    // The lead and the call commit together, so no call is ever stored without its lead.
    const result = outbox.transaction(() => {
      const lead = from === 'unknown' || /anonymous|restricted/i.test(from) ? null : store.leads.findOrCreate(from, at);
      return store.calls.create({
        twilioCallSid: params.CallSid ?? '',
        from,
        to: params.To ?? settings().twilioPhoneNumber,
        leadId: lead?.id ?? null,
        handledBy,
        status: params.CallStatus || 'ringing',
        startedAt: at,
        isTest: deps.isTestCall?.(params.CallSid ?? '') ?? false,
      });
    });
    if (result.created) outbox.emit({ type: 'call.started', call: publicCall(result.call) });
    return result;
  };

  const greet = (call: CallRecord): string => {
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    const returning = lead && lead.callCount > 1 ? lead.name : null;
    const greeting = composeGreeting(settings(), returning);
    appendTurns(call, [{ speaker: 'ai', text: greeting, at: nowIso() }], { handledBy: 'ai', status: 'in-progress' });
    const socketUrl = deps.relaySocketUrl?.() ?? null;
    if (socketUrl)
      return connectRelay(settings(), urlFor, {
        socketUrl,
        greeting,
        recordCall: settings().recordCalls,
        callToken: deps.relayCallToken?.(call.twilioCallSid),
      });
    return twiml.sayAndListen(settings(), urlFor, greeting, { recordCall: settings().recordCalls });
  };

  const lastAiWords = (call: CallRecord): string | null =>
    store.calls
      .turns(call.id)
      .filter((t) => t.speaker === 'ai')
      .at(-1)?.text ?? null;

  const voicemailPrompt = (name: string | null) =>
    `${name ? `Sorry ${name}, ` : 'Sorry, '}nobody can come to the phone right now. Please leave your name, number and what you need after the tone, and we'll call you back.`;

  /** The composed summary and the transcript text, from what the call collected. */
  const composeRecord = (call: CallRecord, lead: Lead | null, turns: Turn[]) => ({
    aiSummary: composeSummary({ call, callbackPhrase: call.callbackPhrase, lead, turns, timezone: settings().timezone }),
    transcript: composeTranscript(turns),
  });

  /** Ends the call's record once: outcome, summary, transcript, the owner's text, the live event. */
  const finalize = async (callId: string): Promise<void> => {
    const call = store.calls.findById(callId);
    if (!call || call.finalizedAt) return;
    const at = nowIso();
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    const detail = store.calls.detail(callId);
    const turns = detail?.turns ?? [];
    const outcome = deriveOutcome({
      current: call.outcome,
      hasVoicemail: (detail?.recordings ?? []).some((r) => r.source === 'voicemail'),
      callbackRequested: call.callbackRequested,
      lead,
      callerTurns: turns.filter((t) => t.speaker === 'caller').length,
    });
    const { aiSummary, transcript } = composeRecord({ ...call, outcome }, lead, turns);
    // Claimed before the AI is asked, so a second wrap-up of the same call stops at `finalizedAt`.
    store.calls.update(callId, { outcome, aiSummary, transcript, finalizedAt: at, endedAt: call.endedAt ?? at });
    await summarizeWithAi({ ...call, outcome }, lead, turns);
    const ended = store.calls.findById(callId);
    if (!ended) return;
    outbox.emit({ type: 'call.ended', call: publicCall(ended) });
    await notifyOwner(ended, ended.aiSummary ?? aiSummary);
  };

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
    if (!deps.callAnalyst || !turns.some((t) => t.speaker === 'caller')) return false;
    let changes: CallChanges;
    let usage: ModelUsage | null;
    try {
      const input = { settings: settings(), call, outcome: call.outcome, callbackPhrase: call.callbackPhrase, lead, turns };
      ({ analysis: changes, usage } = await deps.callAnalyst.analyze(input));
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
    const { ownerPhone, twilioPhoneNumber } = settings();
    if (!ownerPhone) {
      deps.log('owner summary not texted: no owner phone in settings', { callId: call.id });
      return;
    }
    const duration = call.duration ?? Math.round((Date.parse(call.endedAt ?? nowIso()) - Date.parse(call.startedAt)) / 1000);
    const body = composeOwnerSms({ ...call, duration }, summary, call.leadName);
    try {
      await deps.sendOwnerSms(ownerPhone, twilioPhoneNumber || call.to, body);
    } catch (error) {
      deps.log('owner summary text failed', { callId: call.id, error: String(error) });
    }
  };

  /** Wrap-ups still running (summary, owner's text): awaited before shutdown, so none is cut off. */
  const pending = new Set<Promise<void>>();
  const soon = (callId: string, what: string, work: () => Promise<void>) => {
    // After the TwiML has gone out: the wrap-up never delays what the caller hears.
    const job = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((error: unknown) => deps.log(`${what} failed`, { callId, error: String(error) }))
      .finally(() => pending.delete(job));
    pending.add(job);
  };
  const finalizeSoon = (callId: string) => soon(callId, 'finalizing call', () => finalize(callId));

  const brainContext = (call: CallRecord, utterance: string): BrainContext => {
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    return {
      settings: settings(),
      callerNumber: call.from,
      lead: {
        name: lead?.name ?? null,
        address: lead?.address ?? null,
        project: lead?.project ?? null,
        urgency: lead?.urgency ?? null,
        previousCalls: Math.max(0, (lead?.callCount ?? 1) - 1),
        lastCall: lead ? store.calls.previousCall(lead.id, call.id) : null,
      },
      turns: store.calls.turns(call.id),
      utterance,
      state: call.brainState,
      now: deps.now(),
      searchKnowledge: (query, limit) => store.knowledge.search(query, limit),
    };
  };

  /**
   * Stores the caller's words (or the key they pressed) and the receptionist's reply together, and
   * what the reply learned.
   */
  const applyReply = (
    call: CallRecord,
    utterance: string,
    confidence: number | null,
    reply: BrainReply,
    notes: string[],
    ai: TurnAi | undefined,
    callerKind: 'speech' | 'keypad' = 'speech',
  ) => {
    const at = nowIso();
    outbox.transaction(() => {
      if (call.leadId) store.leads.merge(call.leadId, reply.collected, at);
      appendTurns(
        call,
        [
          { speaker: 'caller', kind: callerKind, text: utterance, confidence, at },
          { speaker: 'ai', text: reply.say, at, ai },
        ],
        {
          silentTurns: 0,
          brainState: reply.state,
          brainNotes: notes.length > 0 ? [...call.brainNotes, ...notes] : undefined,
          callerIntent: reply.intent ?? undefined,
          callerSentiment: reply.sentiment ?? undefined,
          ...(reply.callback
            ? {
                callbackRequested: reply.callback.requested || call.callbackRequested,
                callbackTime: reply.callback.time ?? call.callbackTime,
                callbackPhrase: reply.callback.phrase ?? call.callbackPhrase,
                callbackNumber: reply.callback.number ?? call.callbackNumber,
              }
            : {}),
        },
      );
    });
    emitUpdated(call.id);
  };

  /** A key the caller pressed: stored as their turn, answered by `replyToKeypress`. */
  const applyKeypress = (call: CallRecord, key: string): BrainReply => {
    const reply = replyToKeypress(key, settings(), call.brainState);
    applyReply(call, key, null, reply, [], undefined, 'keypad');
    return reply;
  };

  /**
   * The TwiML that carries out an action after its words: for a Gather turn, a keypress, and a
   * ConversationRelay handoff (whose goodbye may already have been spoken, leaving `say` empty).
   */
  const twimlFor = (call: CallRecord, { action, say }: { action: BrainAction; say: string }): string => {
    switch (action) {
      case 'continue':
        return twiml.sayAndListen(settings(), urlFor, say);
      case 'transfer':
        return twiml.sayAndRedirect(settings(), say, urlFor(webhookPaths.transfer));
      case 'voicemail':
        return twiml.takeVoicemail(settings(), urlFor, say);
      case 'end':
        finalizeSoon(call.id);
        return say ? twiml.sayAndHangUp(settings(), say) : twiml.hangUp();
    }
  };

  const elapsedSeconds = (call: CallRecord) => (deps.now().getTime() - Date.parse(call.startedAt)) / 1000;

  /** Past `voiceMaxDuration`: stores the caller's words and the goodbye, and returns the goodbye. */
  const outOfTime = (call: CallRecord, utterance: string, confidence: number | null): string | null => {
    if (elapsedSeconds(call) < settings().voiceMaxDuration) return null;
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    const say = `I'm sorry, we're out of time for this call. ${settings().ownerName || 'Someone from ' + settings().businessName} will call you back${lead?.name ? `, ${lead.name}` : ''}. Goodbye!`;
    appendTurns(
      call,
      [
        { speaker: 'caller', text: utterance, confidence, at: nowIso() },
        { speaker: 'ai', text: say, at: nowIso() },
      ],
      { callbackRequested: true },
    );
    finalizeSoon(call.id);
    return say;
  };

  return {
    /** A call comes in to the number. */
    async incoming(params: Params): Promise<string> {
      const from = params.From ?? '';
      const decision = routeIncomingCall(settings(), from, deps.now());
      if (decision.kind === 'reject') {
        deps.log('rejected a blocked number', { from });
        return twiml.reject();
      }
      const handledBy = decision.kind === 'ai' ? 'ai' : decision.kind === 'ring-owner' ? 'owner' : 'forward';
      // The lead, the call and the greeting commit together: one disk flush on the caller's first ring.
      return outbox.transaction(() => {
        const { call, created } = startCall(params, handledBy);
        if (!created) return this.resume(call);

        switch (decision.kind) {
          case 'ai':
            return greet(call);
          case 'voicemail':
            return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
          case 'forward':
          case 'ring-owner':
            return twiml.dialOwner(settings(), urlFor, {
              number: decision.number,
              callerId: call.from,
              parentCallSid: call.twilioCallSid,
              purpose: decision.kind === 'forward' ? 'forward' : 'owner-first',
              attempt: 1,
            });
        }
      });
    },

    /** Twilio asked again for a call we already know (a retry, or a restart mid-call). */
    resume(call: CallRecord): string {
      const last = lastAiWords(call);
      if (last) return twiml.sayAndListen(settings(), urlFor, `Sorry about that. ${last}`);
      return greet(call);
    },

    /** A `<Gather input="speech dtmf">` ended: the caller spoke, pressed a key, or stayed silent. */
    async gather(params: Params): Promise<string> {
      const call = ensureCall(params);
      if (!call) return twiml.sayAndHangUp(settings(), 'Sorry, something went wrong with this call. Please call back.');
      const key = params.Digits?.trim().slice(0, 1);
      if (key) return twimlFor(call, applyKeypress(call, key));
      const utterance = (params.SpeechResult ?? '').trim().slice(0, maxUtteranceChars);
      const confidence = params.Confidence ? Number(params.Confidence) : null;

      if (!utterance) {
        const silentTurns = call.silentTurns + 1;
        if (silentTurns >= 2) {
          const prompt = "I'm having trouble hearing you. " + voicemailPrompt(null).replace(/^Sorry, /, '');
          appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }], { silentTurns });
          return twiml.takeVoicemail(settings(), urlFor, prompt);
        }
        const prompt = `Sorry, I didn't catch that. ${lastAiWords(call) ?? 'How can I help you today?'}`;
        appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }], { silentTurns });
        return twiml.sayAndListen(settings(), urlFor, prompt);
      }

      const goodbye = outOfTime(call, utterance, confidence);
      if (goodbye) return twiml.sayAndHangUp(settings(), goodbye);

      const { reply, notes, ai } = await replyWithinBudget({
        brain: deps.brain,
        fallback: deps.fallbackBrain,
        budgetMs: settings().aiTurnBudgetMs,
        context: brainContext(call, utterance),
      });
      applyReply(call, utterance, confidence, reply, notes, ai);
      return twimlFor(call, reply);
    },

    /**
     * Hands the caller to a person: the forwarding number, then the owner's phone. Never a number
     * the caller said. One transfer per call; after that, a voicemail.
     */
    async transfer(params: Params): Promise<string> {
      const call = ensureCall(params);
      if (!call) return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
      const lead = call.leadId ? store.leads.findById(call.leadId) : null;
      const number = settings().forwardingNumber || settings().ownerPhone;
      if (!number || call.transferAttempts > 0) {
        const prompt = voicemailPrompt(lead?.name ?? null);
        appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }]);
        return twiml.takeVoicemail(settings(), urlFor, prompt);
      }
      const say = 'Connecting you now. Please hold.';
      appendTurns(call, [{ speaker: 'ai', text: say, at: nowIso() }], { transferAttempts: 1 });
      return twiml.dialOwner(settings(), urlFor, {
        number,
        callerId: call.to,
        parentCallSid: call.twilioCallSid,
        purpose: 'transfer',
        attempt: 1,
        say,
      });
    },

    /** The owner's leg of a screened `<Dial>`: announce, and bridge only on a keypress. */
    async screen(params: Params, query: Params): Promise<string> {
      const parent = query.parent ? store.calls.findBySid(query.parent) : null;
      if (!parent) return twiml.hangUp();
      if (query.step === 'answer') {
        if (params.Digits !== '1') return twiml.hangUp();
        store.calls.update(parent.id, { ownerAccepted: true });
        return twiml.emptyResponse();
      }
      const lead = parent.leadId ? store.leads.findById(parent.leadId) : null;
      const caller = lead?.name ?? formatPhoneForDisplay(parent.from);
      const about = lead?.project ? ` about ${lead.project}` : '';
      const announcement =
        query.purpose === 'transfer'
          ? `Pickup is transferring ${caller}${about}.`
          : `Call for ${settings().businessName} from ${caller}.`;
      return twiml.screenOwner(settings(), urlFor, announcement, {
        parent: parent.twilioCallSid,
        purpose: query.purpose ?? 'owner-first',
      });
    },

    /** A `<Dial>` ended. Answered only if the owner pressed 1; otherwise the caller is never dropped. */
    async dialComplete(params: Params, query: Params): Promise<string> {
      const call = ensureCall(params);
      if (!call) return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
      const purpose = query.purpose ?? 'transfer';
      const attempt = Number(query.attempt ?? '1');
      const answered = params.DialCallStatus === 'completed' && call.ownerAccepted;

      if (answered) {
        const dialed =
          purpose === 'transfer' && attempt === 2 ? settings().ownerPhone : settings().forwardingNumber || settings().ownerPhone;
        store.calls.update(call.id, {
          outcome: purpose === 'transfer' ? 'transferred' : 'answered',
          handledBy: purpose === 'transfer' ? 'ai' : 'owner',
          transferredTo: purpose === 'transfer' ? dialed : null,
        });
        emitUpdated(call.id);
        finalizeSoon(call.id);
        return twiml.hangUp();
      }

      deps.log('dial not answered', { callSid: call.twilioCallSid, purpose, status: params.DialCallStatus });
      if (purpose === 'owner-first') {
        store.calls.update(call.id, { handledBy: 'ai' });
        return greet(call);
      }
      const { forwardingNumber, ownerPhone } = settings();
      if (purpose === 'transfer' && attempt === 1 && forwardingNumber && ownerPhone && ownerPhone !== forwardingNumber) {
        return twiml.dialOwner(settings(), urlFor, {
          number: ownerPhone,
          callerId: call.to,
          parentCallSid: call.twilioCallSid,
          purpose: 'transfer',
          attempt: 2,
          say: 'Still trying. One moment please.',
        });
      }
      const lead = call.leadId ? store.leads.findById(call.leadId) : null;
      const prompt = voicemailPrompt(lead?.name ?? null);
      appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }]);
      return twiml.takeVoicemail(settings(), urlFor, prompt);
    },

    /** A recording is ready: the voicemail (`<Record action>`) or the whole call's recording. */
    async recording(params: Params, query: Params): Promise<string> {
      const source = query.source === 'call' ? 'call' : 'voicemail';
      let call: CallRecord | null = null;
      try {
        call = ensureCall(params);
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
          if (added) emitUpdated(call.id);
        }
      } catch (error) {
        // The caller has left the message, and Twilio keeps it (the missed-call sync fetches it):
        // asking them to record it again would only loop while the disk is failing.
        deps.log('recording not stored', { callSid: params.CallSid, recordingSid: params.RecordingSid, error: String(error) });
        if (source === 'call') return twiml.emptyResponse();
        return twiml.sayAndHangUp(settings(), 'Thanks, we got your message. Goodbye!');
      }
      if (source === 'call') return twiml.emptyResponse();
      if (call) finalizeSoon(call.id);
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
      appendTurns(call, [{ speaker: 'caller', text, kind: 'voicemail', at: nowIso() }]);
      if (call.finalizedAt) {
        const lead = call.leadId ? store.leads.findById(call.leadId) : null;
        const turns = store.calls.turns(call.id);
        store.calls.update(call.id, composeRecord(call, lead, turns));
        emitUpdated(call.id);
        soon(call.id, 'summarizing the voicemail', async () => {
          if (await summarizeWithAi({ ...call, outcome: call.outcome ?? 'voicemail' }, lead, turns)) emitUpdated(call.id);
        });
        const { ownerPhone, twilioPhoneNumber } = settings();
        if (ownerPhone) {
          await deps
            .sendOwnerSms(
              ownerPhone,
              twilioPhoneNumber || call.to,
              `📞 Voicemail from ${callerLabel(call)}:\n"${text.slice(0, 600)}"`,
            )
            .catch((error: unknown) => deps.log('voicemail text failed', { error: String(error) }));
        }
      }
      return twiml.emptyResponse();
    },

    /** Status callback: status, duration and end time, idempotent under Twilio's retries. */
    async status(params: Params): Promise<string> {
      const call = params.CallSid ? store.calls.findBySid(params.CallSid) : null;
      if (!call || !params.CallStatus) return twiml.emptyResponse();
      const sequence = sequenceNumber(params.SequenceNumber);
      const duration = params.CallDuration ? Number(params.CallDuration) : null;
      const { applied, ended } = store.calls.applyStatus(call.id, {
        status: params.CallStatus,
        sequence,
        duration,
        at: nowIso(),
      });
      if (applied) emitUpdated(call.id);
      if (ended) finalizeSoon(call.id);
      return twiml.emptyResponse();
    },

    /**
     * The `<Connect action>` of a ConversationRelay session: a handoff becomes the same TwiML a
     * Gather turn with that action gets; a session that ended without one (the socket dropped,
     * Twilio's 64105) carries on as a Gather loop, so the caller is never lost.
     */
    async relayComplete(params: Params): Promise<string> {
      const call = ensureCall(params);
      if (!call) return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
      const outcome = relayOutcome(params);
      if (outcome.kind === 'hung-up') return twiml.emptyResponse();
      if (outcome.kind === 'gather-fallback') {
        deps.log('relay session ended without a handoff: continuing over Gather', {
          callSid: call.twilioCallSid,
          reason: outcome.reason,
        });
        store.calls.update(call.id, { brainNotes: [...call.brainNotes, `${nowIso()} continued over Gather: ${outcome.reason}`] });
        return this.resume(call);
      }
      return twimlFor(call, outcome.handoff);
    },

    /** What a streaming transport needs to run a turn the way `gather` does, and store it the same way. */
    conversation: {
      findCall: (callSid: string) => store.calls.findBySid(callSid),
      outOfTime,
      context: brainContext,
      applyReply,
      applyKeypress,
    },

    finalizeSoon,

    /** Resolves when every wrap-up started so far has finished. */
    async whenIdle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
