import type { BrainAction } from '../brain/types';
import { maxUtteranceChars, type Conversation } from '../conversation/conversation';
import { relayOutcome } from '../relay/handoff';
import type { CallRecord } from '../store/callsRepo';
import type { Outbox } from '../store/outbox';
import type { Store } from '../store/store';
import type { Params } from '../domain/webhookParams';
import { voicemailPrompt, type CallSession } from './callSession';
import * as twiml from './twiml';
import type { TurnsInFlight } from './turnsInFlight';
import { createGatherStreams } from './gatherStreams';
import type { WrapUp } from './wrapUp';
import { webhookPaths } from '../domain/webhookPaths';

export interface GatherTurnsDeps {
  store: Store;
  outbox: Outbox;
  conversation: Conversation;
  session: CallSession;
  wrapUp: WrapUp;
  turnsInFlight: TurnsInFlight;
  urlFor: twiml.UrlFor;
  now: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/**
 * The conversation over Gather webhooks: each `<Gather>` result becomes one turn of the
 * conversation, collected whole into TwiML. A ConversationRelay session's end comes back here too.
 */
/** The turn number in a Gather's action URL; null for none (TwiML from before turns were numbered). */
export function gatherTurn(value: string | undefined): number | null {
  if (!value || !/^\d{1,6}$/.test(value)) return null;
  const turn = Number(value);
  return turn > 0 ? turn : null;
}

export function createGatherTurns(deps: GatherTurnsDeps) {
  const { store, outbox, conversation, session, wrapUp, urlFor } = deps;
  const nowIso = () => deps.now().toISOString();
  /** The owner's settings, spoken in the call's language. */
  const settings = (language: CallRecord['language'] = 'en') => twiml.inLanguage(store.settings.get(), language);
  let unnumbered = 0;

  /**
   * The TwiML that carries out an action after its words: for a Gather turn, a keypress, and a
   * ConversationRelay handoff (whose goodbye may already have been spoken, leaving `say` empty).
   * `answering` is the Gather turn whose transaction this runs in (the goodbye's wrap-up then
   * joins that commit); a relay's handoff has none.
   */
  const twimlFor = (
    call: CallRecord,
    { action, say, language }: { action: BrainAction; say: string; language?: CallRecord['language'] },
    nextTurn: number,
    answering?: number | null,
  ): string => {
    const spoken = settings(language ?? call.language);
    switch (action) {
      case 'continue':
        return twiml.sayAndListen(spoken, urlFor, say, { turn: nextTurn });
      case 'transfer':
        return twiml.sayAndRedirect(spoken, say, urlFor(webhookPaths.transfer));
      case 'voicemail':
        return twiml.takeVoicemail(spoken, urlFor, say);
      case 'end':
        if (answering === undefined) wrapUp.finalizeSoon(call.id);
        else wrapUp.finalizeWithin(call.id, answering);
        return say ? twiml.sayAndHangUp(spoken, say) : twiml.hangUp();
    }
  };

  /** One Gather result answered: the turn stored, and the TwiML kept for the turn's replays, in one commit. */
  const answer = async (call: CallRecord, params: Params, turn: number | null): Promise<string> => {
    const next = (turn ?? store.calls.lastGatherTurn(call.id)) + 1;
    const kept = (xml: string) => {
      if (turn !== null) store.calls.saveGatherReply(call.id, turn, xml);
      return xml;
    };
    const listen = (prompt: string) => twiml.sayAndListen(settings(call.language), urlFor, prompt, { turn: next });
    const key = params.Digits?.trim().slice(0, 1);
    const utterance = (params.SpeechResult ?? '').trim().slice(0, maxUtteranceChars);
    if (key || !utterance) streams.drop(call.id);
    if (key) return outbox.transaction(() => kept(twimlFor(call, conversation.keypress(call, key), next, turn)));
    const confidence = params.Confidence ? Number(params.Confidence) : null;

    if (!utterance) {
      const silentTurns = call.silentTurns + 1;
      return outbox.transaction(() => {
        const through = conversation.silence(call, silentTurns);
        if (through) return kept(twimlFor(call, through, next, turn));
        if (silentTurns >= 2) {
          const prompt = "I'm having trouble hearing you. " + voicemailPrompt(null).replace(/^Sorry, /, '');
          conversation.appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }], { silentTurns });
          return kept(twiml.takeVoicemail(settings(call.language), urlFor, prompt));
        }
        const prompt = `Sorry, I didn't catch that. ${conversation.lastAiWords(call) ?? 'How can I help you today?'}`;
        conversation.appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }], { silentTurns });
        return kept(listen(prompt));
      });
    }

    const goodbye = outbox.transaction(() => {
      const words = conversation.outOfTime(call, utterance, confidence);
      return words ? kept(twiml.sayAndHangUp(settings(call.language), words)) : null;
    });
    if (goodbye) {
      streams.drop(call.id);
      return goodbye;
    }
    return streams.answer(call, { turn, next, utterance, confidence }).twiml;
  };

  const streams = createGatherStreams({ store, outbox, conversation, turnsInFlight: deps.turnsInFlight, urlFor, twimlFor });

  return {
    /** The call is over: what its Gather turns kept for replays and continuations is let go. */
    callEnded: streams.release,
    callsHeld: streams.callsHeld,

    /**
     * A `<Gather input="speech dtmf">` ended: the caller spoke, pressed a key, or stayed silent.
     * `query.turn` numbers the Gather: a turn already answered (a retry, a replayed request) gets
     * the same TwiML again, with no model request and nothing stored twice.
     */
    async gather(params: Params, query: Params = {}): Promise<string> {
      const call = session.ensureCall(params);
      if (!call) return twiml.sayAndHangUp(settings(), 'Sorry, something went wrong with this call. Please call back.');
      const turn = gatherTurn(query.turn);
      const answered = turn === null ? null : store.calls.gatherReply(call.id, turn);
      if (answered !== null) {
        deps.log('gather replayed: answered as before', { callSid: call.twilioCallSid, turn });
        return answered;
      }
      return deps.turnsInFlight.run(call.id, turn ?? -++unnumbered, () => answer(call, params, turn));
    },

    /**
     * The `<Redirect>` after a turn's first sentences or a filler (`?turn=N&part=K`): the next
     * part of the same reply. A turn this process does not know (a restart in between) picks the
     * conversation up again.
     */
    async gatherMore(params: Params, query: Params = {}): Promise<string> {
      const call = session.ensureCall(params);
      if (!call) return twiml.sayAndHangUp(settings(), 'Sorry, something went wrong with this call. Please call back.');
      const turn = gatherTurn(query.turn);
      const part = gatherTurn(query.part);
      const more = turn !== null && part !== null ? streams.more(call.id, turn, part) : null;
      if (more) return more;
      deps.log('gather continuation for a turn not in progress: resuming', { callSid: call.twilioCallSid, turn, part });
      return session.resume(call);
    },

    /**
     * Twilio's partial result while the caller talks: once every word heard is stable (nothing
     * in `UnstableSpeechResult`, as when the caller has stopped), those words start the reply
     * early. Starting on every change would cost a model request per word. Twilio ignores the answer.
     */
    async gatherPartial(params: Params, query: Params = {}): Promise<string> {
      const call = params.CallSid ? store.calls.findBySid(params.CallSid) : null;
      const turn = gatherTurn(query.turn);
      const words = (params.StableSpeechResult ?? '').trim().slice(0, maxUtteranceChars);
      const settled = !params.UnstableSpeechResult?.trim();
      if (call && turn !== null && words && settled && store.calls.gatherReply(call.id, turn) === null)
        streams.speculate(call, turn, words);
      return twiml.emptyResponse();
    },

    /**
     * The `<Connect action>` of a ConversationRelay session: a handoff becomes the same TwiML a
     * Gather turn with that action gets; a session that ended without one (the socket dropped,
     * Twilio's 64105) carries on as a Gather loop, so the caller is never lost.
     */
    async relayComplete(params: Params, outcome = relayOutcome(params)): Promise<string> {
      const call = session.ensureCall(params);
      if (!call) return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
      if (outcome.kind === 'hung-up') return twiml.emptyResponse();
      if (outcome.kind === 'gather-fallback') {
        deps.log('relay session ended without a handoff: continuing over Gather', {
          callSid: call.twilioCallSid,
          reason: outcome.reason,
        });
        store.calls.update(call.id, { brainNotes: [...call.brainNotes, `${nowIso()} continued over Gather: ${outcome.reason}`] });
        return session.resume(call);
      }
      return twimlFor(call, outcome.handoff, store.calls.lastGatherTurn(call.id) + 1);
    },
  };
}
