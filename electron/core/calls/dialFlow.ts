import type { Conversation } from '../conversation/conversation';
import { notALeadGoodbye } from '../conversation/screenedReply';
import type { Store } from '../store/store';
import type { Params } from '../domain/webhookParams';
import { ownerLine, transferLine } from '../domain/ownerLine';
import { voicemailPrompt, type CallSession } from './callSession';
import { reachCallerOn } from './summary';
import * as twiml from './twiml';
import type { WrapUp } from './wrapUp';

export interface DialFlowDeps {
  store: Store;
  conversation: Conversation;
  session: CallSession;
  wrapUp: WrapUp;
  urlFor: twiml.UrlFor;
  now: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
}

/** Putting the caller through to a person: the transfer, the owner's screening, and a dial's end. */
export function createDialFlow(deps: DialFlowDeps) {
  const { store, conversation, session, wrapUp, urlFor } = deps;
  const settings = () => store.settings.get();
  const nowIso = () => deps.now().toISOString();

  return {
    /**
     * Hands the caller to a person: the forwarding number, then the owner's phone. Never a number
     * the caller said. One transfer per call; after that, a voicemail.
     */
    async transfer(params: Params): Promise<string> {
      const call = session.ensureCall(params);
      if (!call) return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
      // A robocall or a wrong number is never put through, however it got here (a key, a handoff).
      if (call.callerKind !== 'caller') {
        const goodbye = notALeadGoodbye(call.callerKind, call.language, settings());
        conversation.appendTurns(call, [{ speaker: 'ai', text: goodbye, at: nowIso() }]);
        wrapUp.finalizeSoon(call.id);
        return twiml.sayAndHangUp(twiml.inLanguage(settings(), call.language), goodbye);
      }
      const lead = call.leadId ? store.leads.findById(call.leadId) : null;
      const number = transferLine(settings(), call);
      if (!number) {
        const prompt = voicemailPrompt(lead?.name ?? null);
        conversation.appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }]);
        return twiml.takeVoicemail(settings(), urlFor, prompt);
      }
      const say = 'Connecting you now. Please hold.';
      conversation.appendTurns(call, [{ speaker: 'ai', text: say, at: nowIso() }], { transferAttempts: 1 });
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
      const caller = lead?.name ?? reachCallerOn(parent) ?? 'a caller with no caller ID';
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
      const call = session.ensureCall(params);
      if (!call) return twiml.takeVoicemail(settings(), urlFor, voicemailPrompt(null));
      const purpose = query.purpose ?? 'transfer';
      const attempt = Number(query.attempt ?? '1');
      const answered = params.DialCallStatus === 'completed' && call.ownerAccepted;

      if (answered) {
        const dialed = purpose === 'transfer' && attempt === 2 ? settings().ownerPhone : ownerLine(settings());
        store.calls.update(call.id, {
          outcome: purpose === 'transfer' ? 'transferred' : 'answered',
          handledBy: purpose === 'transfer' ? 'ai' : 'owner',
          transferredTo: purpose === 'transfer' ? dialed : null,
        });
        conversation.emitUpdated(call.id);
        wrapUp.finalizeSoon(call.id);
        return twiml.hangUp();
      }

      deps.log('dial not answered', { callSid: call.twilioCallSid, purpose, status: params.DialCallStatus });
      if (purpose === 'owner-first') {
        store.calls.update(call.id, { handledBy: 'ai' });
        return session.greet(call);
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
      conversation.appendTurns(call, [{ speaker: 'ai', text: prompt, at: nowIso() }]);
      return twiml.takeVoicemail(settings(), urlFor, prompt);
    },
  };
}
