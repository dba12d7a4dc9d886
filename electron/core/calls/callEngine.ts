import type { Brain, CallAnalyst } from '../brain/types';
import type { SendSms } from '../domain/texts';
import { createConversation } from '../conversation/conversation';
import { createOutbox } from '../store/outbox';
import type { Store } from '../store/store';
import { createBackgroundQueue } from './backgroundQueue';
import { createCallSession } from './callSession';
import { createDialFlow } from './dialFlow';
import type { EventBus } from './eventBus';
import { createGatherTurns } from './gatherTurns';
import { createRecordingCallbacks } from './recordingCallbacks';
import { createTexting } from './texting';
import { createTurnsInFlight } from './turnsInFlight';
import type * as twiml from './twiml';
import { createWrapUp } from './wrapUp';

export { sequenceNumber, type Params } from '../domain/webhookParams';

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
  /** Sends a text through Twilio (the owner's and the caller's); resolves null when it was skipped (no account). */
  sendSms: SendSms;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** The ConversationRelay socket URL when calls stream (see relay/transport), null for Gather. */
  relaySocketUrl?: () => string | null;
  /** The token that binds a call's ConversationRelay session to it (relay/callToken). */
  relayCallToken?: (callSid: string) => string;
  /** Whether a CallSid is the dashboard's test call, so the record says so. */
  isTestCall?: (callSid: string) => boolean;
  /** Opens a call's speech-to-speech bridge; see callSession. */
  openRealtime?: (callSid: string, greeting: string) => string | null;
}

export type CallEngine = ReturnType<typeof createCallEngine>;

/**
 * The call flow: one handler per Twilio webhook, each turning Twilio's parameters into TwiML and
 * store writes, composed from one module per job. Handlers never throw for a caller's sake: the
 * server turns any failure into a safe voicemail TwiML.
 */
export function createCallEngine(deps: CallEngineDeps) {
  const { store, urlFor, now, log } = deps;
  // Every write that tells the dashboard goes through the outbox: its events leave after commit.
  const outbox = createOutbox(store.db, (event) => deps.events.emit(event));
  const queue = createBackgroundQueue(log);
  const turnsInFlight = createTurnsInFlight();
  let finalizeSoon = (callId: string): void => void callId;
  const conversation = createConversation({
    store,
    outbox,
    brain: deps.brain,
    fallbackBrain: deps.fallbackBrain,
    now,
    onCallOver: (callId) => finalizeSoon(callId),
  });
  const texting = createTexting({
    store,
    sendSms: deps.sendSms,
    urlFor,
    now,
    callChanged: (callId) => conversation.emitUpdated(callId),
    log,
  });
  const wrapUp = createWrapUp({
    store,
    outbox,
    conversation,
    queue,
    turnsInFlight,
    analyst: () => deps.callAnalyst,
    now,
    texting,
    callEnded: (callId) => turns.callEnded(callId),
    log,
  });
  finalizeSoon = wrapUp.finalizeSoon;
  const session = createCallSession({
    store,
    outbox,
    conversation,
    urlFor,
    now,
    log,
    relaySocketUrl: deps.relaySocketUrl,
    relayCallToken: deps.relayCallToken,
    isTestCall: deps.isTestCall,
    openRealtime: deps.openRealtime,
  });
  const turns = createGatherTurns({ store, outbox, conversation, session, wrapUp, turnsInFlight, urlFor, now, log });
  const dial = createDialFlow({ store, conversation, session, wrapUp, urlFor, now, log });
  const recordings = createRecordingCallbacks({ store, conversation, session, wrapUp, queue, now, texting, log });

  return {
    incoming: session.incoming,
    resume: session.resume,
    gather: turns.gather,
    gatherMore: turns.gatherMore,
    gatherPartial: turns.gatherPartial,
    relayComplete: turns.relayComplete,
    transfer: dial.transfer,
    screen: dial.screen,
    dialComplete: dial.dialComplete,
    recording: recordings.recording,
    transcription: recordings.transcription,
    status: wrapUp.status,
    messageStatus: texting.messageStatus,
    /** Sends and tracks a text (the setup check's test text to the owner). */
    sendText: texting.send,
    finalizeSoon: wrapUp.finalizeSoon,
    /** The conversation every transport runs its turns through (Gather here, the relay's socket, ...). */
    conversation,
    /** Resolves when every wrap-up started so far has finished. */
    whenIdle: queue.whenIdle,
    /** How many calls have Gather turns held in memory (none once every call has ended). */
    callsHeld: turns.callsHeld,
  };
}
