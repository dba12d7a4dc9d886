import type { TurnAi } from '../../shared/models';
import type { BrainReply, CallLanguage } from '../brain/types';
import { maxUtteranceChars, type Conversation } from '../conversation/conversation';
import { filler } from '../conversation/fillers';
import { personKey } from '../conversation/keypad';
import type { CallRecord } from '../store/callsRepo';
import type { Handoff } from './handoff';
import { spanishRelayLanguage } from './relayTwiml';
import type { InboundMessage, OutboundMessage } from './relayMessages';
import { speakTurn } from './speakTurn';

export interface RelaySessionDeps {
  /** The same conversation a Gather call has: turns run and are stored there. */
  conversation: Conversation;
  send: (message: OutboundMessage) => void;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** The owner's speech language (settings' `speechLanguage`), to switch back to. */
  ownerLanguage: string;
  /** How long a caller asked one thing before a put-through may say nothing before being put through. */
  silenceBeforePutThroughMs?: number;
}

/**
 * ConversationRelay sends nothing while a caller is silent, so the session times it: from the end
 * of the reply's text, time to hear it spoken (a screening question takes about four seconds) and
 * the six a Gather waits for speech.
 */
export const silenceBeforePutThroughMs = 10_000;

/** A turn spoken but not yet stored: what the caller heard is known only once they reply, cut in or leave. */
interface HeardTurn {
  call: CallRecord;
  utterance: string;
  reply: BrainReply;
  notes: string[];
  ai: TurnAi;
  spoken: string;
}

/**
 * One ConversationRelay session: Twilio's messages in, spoken text and handoffs out. Turns run
 * one at a time; an interrupt cuts the running turn off (its model request aborted) and the turn
 * is stored with only the words the caller heard. Turns run and are stored by the conversation
 * a Gather call uses, so a streamed call's record and events are those of a Gather call.
 */
export function createRelaySession(deps: RelaySessionDeps) {
  let callSid: string | null = null;
  let running: { controller: AbortController; heardUntilInterrupt: string | null } | null = null;
  let heard: HeardTurn | null = null;
  let queue: Promise<void> = Promise.resolve();
  let ended = false;
  /** Turns run so far: the fillers of one turn are not those of the last. */
  let turnsRun = 0;
  /** The language Twilio speaks and hears in this session; a caller who speaks Spanish switches it. */
  let language: CallRecord['language'] = 'en';
  /** Set while a caller asked one thing before a put-through has said nothing to it (BrainReply.putThroughIfSilent). */
  let waitingOnSilence: ReturnType<typeof setTimeout> | null = null;
  const stopWaiting = () => {
    if (waitingOnSilence) clearTimeout(waitingOnSilence);
    waitingOnSilence = null;
  };
  const followLanguage = (spoken: CallLanguage) => {
    if (spoken === language) return;
    language = spoken;
    const code = language === 'es' ? spanishRelayLanguage : deps.ownerLanguage;
    deps.send({ type: 'language', ttsLanguage: code, transcriptionLanguage: code });
  };

  const store = (turn: HeardTurn) => {
    deps.conversation.storeTurn(turn.call, {
      utterance: turn.utterance,
      confidence: null,
      reply: { ...turn.reply, say: turn.spoken },
      notes: turn.notes,
      ai: turn.ai,
    });
  };
  const storeHeard = () => {
    if (heard) store(heard);
    heard = null;
  };

  const handOff = (handoff: Handoff) => {
    ended = true;
    deps.send({ type: 'end', handoffData: JSON.stringify(handoff) });
  };

  const runTurn = async (voicePrompt: string) => {
    storeHeard();
    const call = callSid ? deps.conversation.findCall(callSid) : null;
    const utterance = voicePrompt.trim().slice(0, maxUtteranceChars);
    if (!call || !utterance || ended) {
      if (!call) deps.log('relay prompt for a call Pickup does not know', { callSid });
      return;
    }
    const goodbye = deps.conversation.outOfTime(call, utterance, null);
    if (goodbye) return handOff({ action: 'end', say: goodbye });

    const turn = { controller: new AbortController(), heardUntilInterrupt: null as string | null };
    running = turn;
    const turnNumber = ++turnsRun;
    const result = await speakTurn({
      run: (speak) => deps.conversation.reply(call, utterance, { speak, signal: turn.controller.signal }),
      send: (message) => {
        if (!turn.controller.signal.aborted) deps.send(message);
      },
      onLanguage: (spoken) => {
        if (!turn.controller.signal.aborted) followLanguage(spoken);
      },
      filler: (n) => filler(language, turnNumber + n),
    });
    running = null;
    if (result.interrupted) {
      deps.conversation.storeCutOff(call, utterance, turn.heardUntilInterrupt ?? result.spoken);
      return;
    }
    const { reply, notes, ai, spoken, closing } = result;
    if (reply.action === 'continue') {
      heard = { call, utterance, reply, notes, ai, spoken };
      if (reply.putThroughIfSilent) {
        waitingOnSilence = setTimeout(() => {
          waitingOnSilence = null;
          queue = queue
            .then(() => putThroughOnSilence())
            .catch((error: unknown) => deps.log('relay silence failed', { callSid, error: String(error) }));
        }, deps.silenceBeforePutThroughMs ?? silenceBeforePutThroughMs);
      }
      return;
    }
    store({ call, utterance, reply, notes, ai, spoken: [spoken.trim(), closing].filter(Boolean).join(' ') });
    handOff({ action: reply.action, say: closing });
  };

  /** Silence to "who may I say is calling?" or an emergency's address: put through, as a Gather call is. */
  const putThroughOnSilence = () => {
    storeHeard();
    const call = callSid ? deps.conversation.findCall(callSid) : null;
    if (!call || ended) return;
    const through = deps.conversation.silence(call, call.silentTurns + 1);
    if (through) handOff({ action: 'transfer', say: through.say });
  };

  const askForPerson = () => {
    storeHeard();
    const call = callSid ? deps.conversation.findCall(callSid) : null;
    if (!call || ended) return;
    const { say } = deps.conversation.keypress(call, personKey);
    handOff({ action: 'transfer', say });
  };

  return {
    handle(message: InboundMessage): void {
      // Anything from the caller (words, even partial ones, a cut-in, a key) is not silence.
      if (message.type === 'prompt' || message.type === 'interrupt' || message.type === 'dtmf') stopWaiting();
      switch (message.type) {
        case 'setup':
          callSid = message.callSid;
          language = deps.conversation.findCall(callSid)?.language ?? 'en';
          return;
        case 'prompt':
          // Partial transcripts (`last: false`) are only previews of the turn to come.
          if (!message.last) return;
          running?.controller.abort();
          queue = queue
            .then(() => runTurn(message.voicePrompt))
            .catch((error: unknown) => deps.log('relay turn failed', { callSid, error: String(error) }));
          return;
        case 'interrupt':
          if (running) {
            running.heardUntilInterrupt = message.utteranceUntilInterrupt;
            running.controller.abort();
          } else if (heard) {
            heard.spoken = message.utteranceUntilInterrupt;
            storeHeard();
          }
          return;
        case 'dtmf':
          // 0 is a caller asking for a person: the turn being spoken stops and the call is handed
          // to the transfer, as a Gather turn does. Other keys are noted: over a live voice the
          // caller can simply go on talking.
          if (message.digit !== personKey) {
            deps.log('relay dtmf ignored', { callSid, digit: message.digit });
            return;
          }
          running?.controller.abort();
          queue = queue
            .then(() => askForPerson())
            .catch((error: unknown) => deps.log('relay keypress failed', { callSid, error: String(error) }));
          return;
        case 'error':
          deps.log('relay reported an error', { callSid, description: message.description });
          return;
      }
    },

    /** The socket closed: stop any turn and store what was heard. Resolves once stored. */
    async close(): Promise<void> {
      stopWaiting();
      running?.controller.abort();
      await queue;
      storeHeard();
    },
  };
}
