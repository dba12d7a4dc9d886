import type { TurnAi } from '../../shared/models';
import type { Brain, BrainContext, BrainReply, CallLanguage } from '../brain/types';
import { publicCall, type CallChanges, type CallRecord, type NewTurn } from '../store/callsRepo';
import type { Outbox } from '../store/outbox';
import type { Store } from '../store/store';
import { addCallerQuestions, questionsForOwner } from '../domain/callerQuestions';
import { transferLine } from '../domain/ownerLine';
import { fixedReply } from './fixedReply';
import { keepCallback } from './keptCallback';
import { planLeadDetails } from './leadDetails';
import { replyToKeypress } from './keypad';
import { replyToSilence } from './silence';
import { runTurn, turnAi, type TurnResult } from './turnRunner';

/** Longest speech we keep from one turn: a caller does not say more than this in one breath. */
export const maxUtteranceChars = 2000;

export interface ConversationDeps {
  store: Store;
  outbox: Outbox;
  brain: Brain;
  /** Answers any turn the main brain cannot answer in time (within settings' `aiTurnBudgetMs`). */
  fallbackBrain: Brain;
  now: () => Date;
  /** The conversation ended the call (out of time): its wrap-up is due. */
  onCallOver: (callId: string) => void;
}

export type Conversation = ReturnType<typeof createConversation>;

/**
 * A call's conversation, whatever carries it (Gather webhooks, a ConversationRelay socket, a
 * speech-to-speech stream): running a turn, and storing what was said with its live events.
 * Twilio's formats stay with the transports.
 */
export function createConversation(deps: ConversationDeps) {
  const { store, outbox } = deps;
  const settings = () => store.settings.get();
  const nowIso = () => deps.now().toISOString();

  const emitUpdated = (callId: string) => {
    const call = store.calls.findById(callId);
    if (call) outbox.emit({ type: 'call.updated', call: publicCall(call) });
  };

  const appendTurns = (call: CallRecord, turns: NewTurn[], changes: CallChanges = {}) =>
    outbox.transaction(() => {
      const added = store.calls.appendTurns(call.id, turns, changes);
      for (const turn of added) outbox.emit({ type: 'turn.added', callId: call.id, turn });
      return added;
    });

  const context = (call: CallRecord, utterance: string): BrainContext => {
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    return {
      settings: settings(),
      callerNumber: call.from,
      ...(call.callerAttestation ? { callerAttestation: call.callerAttestation } : {}),
      // A caller with no number on file yet: what they said so far stands in for their lead.
      lead: {
        name: lead?.name ?? call.detailsBeforeLead.name ?? null,
        address: lead?.address ?? call.detailsBeforeLead.address ?? null,
        project: lead?.project ?? call.detailsBeforeLead.project ?? null,
        urgency: lead?.urgency ?? call.detailsBeforeLead.urgency ?? null,
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
  const storeTurn = (
    call: CallRecord,
    turn: {
      utterance: string;
      confidence: number | null;
      reply: BrainReply;
      notes: string[];
      ai?: TurnAi;
      kind?: 'speech' | 'keypad';
    },
  ) => {
    const { utterance, confidence, reply, notes, ai, kind = 'speech' } = turn;
    const at = nowIso();
    const callerKind = reply.callerKind ?? call.callerKind;
    const questions = questionsForOwner(callerKind, addCallerQuestions(call.callerQuestions, reply.questions));
    const plan = planLeadDetails({
      leadId: call.leadId,
      held: call.detailsBeforeLead,
      collected: reply.collected,
      callbackNumber: reply.callback?.number ?? null,
      callerKind,
    });
    outbox.transaction(() => {
      let leadChanges: CallChanges = {};
      if (plan.kind === 'merge') store.leads.merge(plan.leadId, plan.details, at);
      if (plan.kind === 'create') {
        const lead = store.leads.findOrCreate(plan.phone, at);
        store.leads.merge(lead.id, plan.details, at);
        leadChanges = { leadId: lead.id, detailsBeforeLead: {} };
      }
      if (plan.kind === 'hold') leadChanges = { detailsBeforeLead: plan.details };
      appendTurns(
        call,
        [
          { speaker: 'caller', kind, text: utterance, confidence, at },
          { speaker: 'ai', text: reply.say, at, ai },
        ],
        {
          ...leadChanges,
          silentTurns: 0,
          putThroughIfSilent: reply.putThroughIfSilent === true,
          brainState: reply.state,
          brainNotes: notes.length > 0 ? [...call.brainNotes, ...notes] : undefined,
          callerIntent: reply.intent ?? undefined,
          callerSentiment: reply.sentiment ?? undefined,
          callerKind: callerKind !== call.callerKind ? callerKind : undefined,
          callerQuestions: questions.length !== call.callerQuestions.length ? questions : undefined,
          language: reply.language && reply.language !== call.language ? reply.language : undefined,
          ...(reply.callback ? keepCallback(call, reply.callback) : {}),
        },
      );
      emitUpdated(call.id);
    });
  };

  const elapsedSeconds = (call: CallRecord) => (deps.now().getTime() - Date.parse(call.startedAt)) / 1000;

  return {
    findCall: (callSid: string) => store.calls.findBySid(callSid),
    context,
    appendTurns,
    emitUpdated,
    storeTurn,

    /** Whether a reply is worth starting on the caller's partial words: a model is slow, the offline brain is not. */
    thinksAhead: (): boolean => deps.brain.name !== deps.fallbackBrain.name,

    lastAiWords: (call: CallRecord): string | null =>
      store.calls
        .turns(call.id)
        .filter((t) => t.speaker === 'ai')
        .at(-1)?.text ?? null,

    /** Past `voiceMaxDuration`: stores the caller's words and the goodbye, and returns the goodbye. */
    outOfTime(call: CallRecord, utterance: string, confidence: number | null): string | null {
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
      deps.onCallOver(call.id);
      return say;
    },

    /**
     * Runs the caller's turn through the turn runner with this call's brains and budget; the
     * transport stores it (`storeTurn`) once it knows what the caller heard.
     */
    reply(
      call: CallRecord,
      utterance: string,
      transport: { speak?: (text: string, language?: CallLanguage) => void; signal?: AbortSignal } = {},
    ): Promise<TurnResult> {
      return runTurn({
        brain: deps.brain,
        fallback: deps.fallbackBrain,
        budgetMs: settings().aiTurnBudgetMs,
        context: context(call, utterance),
        ...transport,
      });
    },

    /**
     * A turn the caller cut in on before the brain replied: stored with the words they heard, and
     * nothing learned from it.
     */
    storeCutOff(call: CallRecord, utterance: string, heard: string): void {
      const unchanged = fixedReply(heard, 'continue', call.brainState);
      storeTurn(call, { utterance, confidence: null, reply: unchanged, notes: [], ai: turnAi(deps.brain, false, null, 0) });
    },

    /**
     * The caller said nothing: when the receptionist's last question stood between them and the
     * person they asked for or their emergency, they are put through (stored as the receptionist's
     * turn); otherwise null, and the transport asks again.
     */
    silence(call: CallRecord, silentTurns: number): BrainReply | null {
      // With nobody to ring, or the one transfer used, silence is asked again like any other.
      if (!call.putThroughIfSilent || !transferLine(settings(), call)) return null;
      const reply = replyToSilence(settings(), call.brainState, call.language);
      appendTurns(call, [{ speaker: 'ai', text: reply.say, at: nowIso() }], { silentTurns, putThroughIfSilent: false });
      return reply;
    },

    /** A key the caller pressed: stored as their turn, answered by `replyToKeypress`. */
    keypress(call: CallRecord, key: string): BrainReply {
      const reply = replyToKeypress(key, settings(), call.brainState);
      storeTurn(call, { utterance: key, confidence: null, reply, notes: [], kind: 'keypad' });
      return reply;
    },
  };
}
