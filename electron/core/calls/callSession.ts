import type { Conversation } from '../conversation/conversation';
import { connectMediaStream } from '../realtime/mediaStreamTwiml';
import { connectRelay } from '../relay/relayTwiml';
import { publicCall, type CallRecord } from '../store/callsRepo';
import type { Outbox } from '../store/outbox';
import type { Store } from '../store/store';
import type { Params } from '../domain/webhookParams';
import { composeGreeting } from './greeting';
import { routeIncomingCall } from './routeIncomingCall';
import * as twiml from './twiml';
import { isCallerNumber } from '../../shared/phone';

export interface CallSessionDeps {
  store: Store;
  outbox: Outbox;
  conversation: Conversation;
  urlFor: twiml.UrlFor;
  now: () => Date;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** The ConversationRelay socket URL when calls stream (see relay/transport), null for Gather. */
  relaySocketUrl?: () => string | null;
  /** The token that binds a call's ConversationRelay session to it (relay/callToken). */
  relayCallToken?: (callSid: string) => string;
  /** Whether a CallSid is the dashboard's test call, so the record says so. */
  isTestCall?: (callSid: string) => boolean;
  /**
   * For a call spoken speech to speech (see realtime/transport): opens its Realtime bridge with the
   * greeting and returns the Media Streams socket URL; null for the other transports.
   */
  openRealtime?: (callSid: string, greeting: string) => string | null;
}

/** What the caller hears when nobody can take the call. */
export const voicemailPrompt = (name: string | null) =>
  `${name ? `Sorry ${name}, ` : 'Sorry, '}nobody can come to the phone right now. Please leave your name, number and what you need after the tone, and we'll call you back.`;

/** A call's start: its record (with its lead), the routing of the ring, and the greeting. */
export function createCallSession(deps: CallSessionDeps) {
  const { store, outbox, conversation, urlFor } = deps;
  const settings = () => store.settings.get();
  const nowIso = () => deps.now().toISOString();
  /** The owner's settings, spoken in the language the caller speaks. */
  const spokenIn = (call: CallRecord) => twiml.inLanguage(settings(), call.language);
  /** The number of the next Gather of the call (see gatherTurns). */
  const nextTurn = (call: CallRecord) => store.calls.lastGatherTurn(call.id) + 1;

  const startCall = (params: Params, handledBy: CallRecord['handledBy']) => {
    const at = nowIso();
    const from = params.From ?? 'unknown';
    // The lead and the call commit together, so no call is ever stored without its lead.
    return outbox.transaction(() => {
      const lead = isCallerNumber(from) ? store.leads.findOrCreate(from, at) : null;
      const result = store.calls.create({
        twilioCallSid: params.CallSid ?? '',
        from,
        to: params.To ?? settings().twilioPhoneNumber,
        leadId: lead?.id ?? null,
        handledBy,
        status: params.CallStatus || 'ringing',
        startedAt: at,
        isTest: deps.isTestCall?.(params.CallSid ?? '') ?? false,
        callerAttestation: params.StirVerstat?.slice(0, 64) || null,
      });
      if (result.created) outbox.emit({ type: 'call.started', call: publicCall(result.call) });
      return result;
    });
  };

  const greet = (call: CallRecord): string => {
    const lead = call.leadId ? store.leads.findById(call.leadId) : null;
    const returning = lead && lead.callCount > 1 ? lead.name : null;
    const greeting = composeGreeting(settings(), returning);
    conversation.appendTurns(call, [{ speaker: 'ai', text: greeting, at: nowIso() }], { handledBy: 'ai', status: 'in-progress' });
    // The dashboard's call simulator speaks Gather only: a test call never streams.
    const mediaUrl = call.isTest ? null : (deps.openRealtime?.(call.twilioCallSid, greeting) ?? null);
    if (mediaUrl && deps.relayCallToken)
      return connectMediaStream(urlFor, {
        socketUrl: mediaUrl,
        callToken: deps.relayCallToken(call.twilioCallSid),
        recordCall: settings().recordCalls,
      });
    const socketUrl = call.isTest ? null : (deps.relaySocketUrl?.() ?? null);
    if (socketUrl)
      return connectRelay(settings(), urlFor, {
        socketUrl,
        greeting,
        recordCall: settings().recordCalls,
        callToken: deps.relayCallToken?.(call.twilioCallSid),
      });
    return twiml.sayAndListen(spokenIn(call), urlFor, greeting, { recordCall: settings().recordCalls, turn: nextTurn(call) });
  };

  /** Twilio asked again for a call we already know (a retry, or a restart mid-call). */
  const resume = (call: CallRecord): string => {
    const last = conversation.lastAiWords(call);
    if (last) return twiml.sayAndListen(spokenIn(call), urlFor, `Sorry about that. ${last}`, { turn: nextTurn(call) });
    return greet(call);
  };

  return {
    greet,
    resume,

    /** Finds the call for a webhook, creating it from Twilio's parameters if we never saw it start. */
    ensureCall(params: Params, handledBy: CallRecord['handledBy'] = 'ai'): CallRecord | null {
      const callSid = params.CallSid;
      if (!callSid) return null;
      const existing = store.calls.findBySid(callSid);
      if (existing) return existing;
      if (!params.From) return null;
      return startCall(params, handledBy).call;
    },

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
        if (!created) return resume(call);

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
  };
}

export type CallSession = ReturnType<typeof createCallSession>;
