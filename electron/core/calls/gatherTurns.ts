import type { BrainAction } from '../brain/types';
import { maxUtteranceChars, type Conversation } from '../conversation/conversation';
import { relayOutcome } from '../relay/handoff';
import type { CallRecord } from '../store/callsRepo';
import type { Store } from '../store/store';
import type { Params } from '../domain/webhookParams';
import { voicemailPrompt, type CallSession } from './callSession';
import * as twiml from './twiml';
import type { WrapUp } from './wrapUp';
import { webhookPaths } from '../domain/webhookPaths';

export interface GatherTurnsDeps {
  store: Store;
  conversation: Conversation;
  session: CallSession;
  wrapUp: WrapUp;
  urlFor: twiml.UrlFor;
  now: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/**
 * The conversation over Gather webhooks: each `<Gather>` result becomes one turn of the
 * conversation, collected whole into TwiML. A ConversationRelay session's end comes back here too.
 */
export function createGatherTurns(deps: GatherTurnsDeps) {
  const { store, conversation, session, wrapUp, urlFor } = deps;
  const settings = () => store.settings.get();
  const nowIso = () => deps.now().toISOString();

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
        wrapUp.finalizeSoon(call.id);
        return say ? twiml.sayAndHangUp(settings(), say) : twiml.hangUp();
    }
  };

  return {
    /** A `<Gather input="speech dtmf">` ended: the caller spoke, pressed a key, or stayed silent. */
    async gather(params: Params): Promise<string> {
      const call = session.ensureCall(params);
      if (!call) return twiml.sayAndHangUp(settings(), 'Sorry, something went wrong with this call. Please call back.');
      const key = params.Digits?.trim().slice(0, 1);
      if (key) return twimlFor(call, conversation.keypress(call, key));
      const utterance = (params.SpeechResult ?? '').trim().slice(0, maxUtteranceChars);
      const confidence = params.Confidence ? Number(params.Confidence) : null;

      if (!utterance) {
        const silentTurns = call.silentTurns + 1;
        if (silentTurns >= 2) {
          const prompt = "I'm having trouble hearing you. " + voicemailPrompt(null).replace(/^Sorry, /, '');
          conversation.appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }], { silentTurns });
          return twiml.takeVoicemail(settings(), urlFor, prompt);
        }
        const prompt = `Sorry, I didn't catch that. ${conversation.lastAiWords(call) ?? 'How can I help you today?'}`;
        conversation.appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }], { silentTurns });
        return twiml.sayAndListen(settings(), urlFor, prompt);
      }

      const goodbye = conversation.outOfTime(call, utterance, confidence);
      if (goodbye) return twiml.sayAndHangUp(settings(), goodbye);

      const turn = await conversation.reply(call, utterance);
      if (turn.interrupted) throw new Error('a Gather turn cannot be cut in on');
      conversation.storeTurn(call, { utterance, confidence, reply: turn.reply, notes: turn.notes, ai: turn.ai });
      return twimlFor(call, turn.reply);
    },

    /**
     * The `<Connect action>` of a ConversationRelay session: a handoff becomes the same TwiML a
     * Gather turn with that action gets; a session that ended without one (the socket dropped,
     * Twilio's 64105) carries on as a Gather loop, so the caller is never lost.
     */
    async relayComplete(params: Params): Promise<string> {
      const call = session.ensureCall(params);
      if (!call) return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
      const outcome = relayOutcome(params);
      if (outcome.kind === 'hung-up') return twiml.emptyResponse();
      if (outcome.kind === 'gather-fallback') {
        deps.log('relay session ended without a handoff: continuing over Gather', {
          callSid: call.twilioCallSid,
          reason: outcome.reason,
        });
        store.calls.update(call.id, { brainNotes: [...call.brainNotes, `${nowIso()} continued over Gather: ${outcome.reason}`] });
        return session.resume(call);
      }
      return twimlFor(call, outcome.handoff);
    },
  };
}
