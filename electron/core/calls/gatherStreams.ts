import type { BrainAction, CallLanguage } from '../brain/types';
import type { Conversation } from '../conversation/conversation';
import { filler } from '../conversation/fillers';
import { sameWords } from '../conversation/sameWords';
import { unsaidWords } from '../relay/unsaidWords';
import type { CallRecord } from '../store/callsRepo';
import type { Outbox } from '../store/outbox';
import type { Store } from '../store/store';
import { webhookPaths } from '../domain/webhookPaths';
import { gatherStep } from './gatherStep';
import { startReply, type ReplyInProgress } from './replyInProgress';
import * as twiml from './twiml';
import type { TurnsInFlight } from './turnsInFlight';

/** A reply started on partial words is dropped if its final words have not come by then. */
const speculationLifetimeMs = 20_000;
/** A turn's parts stay answerable this long after it was stored, for Twilio's retries. */
const keptForReplaysMs = 60_000;
/** Fewer words than this are not worth a model request of their own. */
export const minSpeculativeWords = 2;

export interface GatherStreamsDeps {
  store: Store;
  outbox: Outbox;
  conversation: Conversation;
  turnsInFlight: TurnsInFlight;
  urlFor: twiml.UrlFor;
  /** The TwiML that says `say` and carries out `action`, then listens for turn `nextTurn` (see gatherTurns). */
  twimlFor: (
    call: CallRecord,
    reply: { action: BrainAction; say: string; language?: CallLanguage },
    nextTurn: number,
    answering: number,
  ) => string;
}

/** One Gather turn whose reply may be spoken over several webhooks (its first sentences, fillers, the rest). */
interface StreamedTurn {
  call: CallRecord;
  turn: number;
  next: number;
  /** The caller's final words (a reply started on partial words was asked the same words, maybe spelled otherwise). */
  utterance: string;
  confidence: number | null;
  reply: ReplyInProgress;
  /** How much of the brain's words the caller has been given, and those words. */
  said: number;
  saidText: string;
  fillers: number;
  /** Each webhook's TwiML by part number (0 is the gather itself), so a retry gets the same. */
  parts: Map<number, Promise<string>>;
  /** The turn stored, with the TwiML of its last part; set once. */
  stored: string | null;
}

interface Speculation {
  turn: number;
  reply: ReplyInProgress;
  timer: NodeJS.Timeout;
}

/**
 * Gather turns spoken while the model writes them. The gather webhook says the first complete
 * sentences (or, after a wait, a filler) and redirects to a continuation that says the rest and
 * listens again, so the caller hears words early and the continuation is already running while
 * they do. A reply can also be started on the caller's partial words (Twilio's stable partial
 * results) and used when their final words are the same. Each turn is stored once, whole, with
 * what was said.
 */
export function createGatherStreams(deps: GatherStreamsDeps) {
  const { store, outbox, conversation } = deps;
  /** Each call's turns by number, until the call ends (or a minute after each is stored). */
  const turns = new Map<string, Map<number, StreamedTurn>>();
  const speculations = new Map<string, Speculation>();
  const forget = (callId: string, turn: number) => {
    const ofCall = turns.get(callId);
    ofCall?.delete(turn);
    if (ofCall?.size === 0) turns.delete(callId);
  };
  // Its own function, so the timer holds two ids and not the turn with its reply and TwiML.
  const forgetLater = (callId: string, turn: number) => setTimeout(() => forget(callId, turn), keptForReplaysMs).unref();
  const spokenIn = (call: CallRecord, language?: CallLanguage) =>
    twiml.inLanguage(store.settings.get(), language ?? call.language);
  const run = (call: CallRecord, utterance: string) =>
    startReply(utterance, (speak, signal) => conversation.reply(call, utterance, { speak, signal }));

  const discard = (callId: string) => {
    const speculation = speculations.get(callId);
    if (!speculation) return null;
    speculations.delete(callId);
    clearTimeout(speculation.timer);
    return speculation;
  };

  /** Stores the turn once, whole, and returns the TwiML of its last part. `alsoKeep` runs in the same commit. */
  const storeOnce = (streamed: StreamedTurn, alsoKeep?: (xml: string) => void): string => {
    if (streamed.stored !== null) return streamed.stored;
    const { call, reply } = streamed;
    const result = reply.result();
    if (!result || result.interrupted) throw new Error('a Gather turn ended without a reply');
    const rest = result.ai.fallback ? result.reply.say.trim() : unsaidWords(streamed.saidText, result.reply.say);
    const whole = [streamed.saidText, rest].filter(Boolean).join(' ');
    const xml = outbox.transaction(() => {
      conversation.storeTurn(call, {
        utterance: streamed.utterance,
        confidence: streamed.confidence,
        reply: { ...result.reply, say: whole },
        notes: result.notes,
        ai: result.ai,
      });
      const answer = deps.twimlFor(
        call,
        { action: result.reply.action, say: rest, language: result.reply.language },
        streamed.next,
        streamed.turn,
      );
      alsoKeep?.(answer);
      return answer;
    });
    streamed.stored = xml;
    forgetLater(call.id, streamed.turn);
    return xml;
  };

  /** Waits until there is something to say (or the whole reply), and answers part `part` with it. */
  const answerPart = async (streamed: StreamedTurn, part: number, early: boolean): Promise<string> => {
    const { call, reply, turn } = streamed;
    const started = performance.now();
    for (;;) {
      const step = gatherStep({
        done: reply.result() !== null,
        words: early ? reply.words() : '',
        said: streamed.said,
        waitedMs: early ? performance.now() - started : 0,
        fillers: early ? streamed.fillers : Number.POSITIVE_INFINITY,
      });
      if (step.kind === 'final') {
        if (part > 0 || !early) return storeOnce(streamed);
        return storeOnce(streamed, (xml) => store.calls.saveGatherReply(call.id, turn, xml));
      }
      if (step.kind === 'wait') {
        await Promise.race([reply.changed(Number.isFinite(step.ms) ? step.ms : 2 ** 31 - 1), reply.done]);
        // Words arriving in a burst (a fast model) are taken together with the reply they end in.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      let text: string;
      if (step.kind === 'words') {
        text = step.text;
        streamed.said = step.upTo;
        streamed.saidText = [streamed.saidText, text].filter(Boolean).join(' ');
      } else {
        text = filler(call.language, turn + streamed.fillers);
        streamed.fillers += 1;
      }
      const xml = twiml.sayAndRedirect(
        spokenIn(call, reply.language()),
        text,
        deps.urlFor(webhookPaths.gatherMore, { turn: String(turn), part: String(part + 1) }),
      );
      if (part === 0) {
        store.calls.saveGatherReply(call.id, turn, xml);
        // The rest is stored when it comes, whether or not the caller stays to hear it; a call's
        // wrap-up waits for it as for any turn in flight.
        void deps.turnsInFlight.run(call.id, turn + 0.5, () => reply.done.then(() => storeOnce(streamed)));
      }
      return xml;
    }
  };

  const answerOnce = (streamed: StreamedTurn, part: number, early: boolean): Promise<string> => {
    const existing = streamed.parts.get(part);
    if (existing) return existing;
    const answer = answerPart(streamed, part, early);
    streamed.parts.set(part, answer);
    return answer;
  };

  return {
    /**
     * The caller's words so far in turn `turn` (a stable partial result): a reply is started on
     * them, replacing one started on fewer words. Only worth it when a model answers.
     */
    speculate(call: CallRecord, turn: number, words: string): void {
      const utterance = words.trim();
      if (!conversation.thinksAhead() || utterance.split(/\s+/).length < minSpeculativeWords) return;
      const current = speculations.get(call.id);
      if (current && current.turn === turn && sameWords(current.reply.utterance, utterance)) return;
      discard(call.id)?.reply.abort();
      const reply = run(call, utterance);
      const timer = setTimeout(() => {
        if (speculations.get(call.id)?.reply === reply) discard(call.id)?.reply.abort();
      }, speculationLifetimeMs);
      timer.unref();
      speculations.set(call.id, { turn, reply, timer });
    },

    /** The turn's final words came another way (a key, silence): a reply started on partial words is dropped. */
    drop(callId: string): void {
      discard(callId)?.reply.abort();
    },

    /**
     * Answers turn `turn` (null: an unnumbered Gather, answered whole): with the reply started on
     * the caller's partial words when their final words are the same, else with a new one.
     */
    answer(call: CallRecord, args: { turn: number | null; next: number; utterance: string; confidence: number | null }) {
      const speculation = discard(call.id);
      const hit =
        speculation && speculation.turn === args.turn && sameWords(speculation.reply.utterance, args.utterance)
          ? speculation.reply
          : null;
      if (speculation && !hit) speculation.reply.abort();
      const streamed: StreamedTurn = {
        call,
        turn: args.turn ?? args.next - 1,
        next: args.next,
        utterance: args.utterance,
        confidence: args.confidence,
        reply: hit ?? run(call, args.utterance),
        said: 0,
        saidText: '',
        fillers: 0,
        parts: new Map(),
        stored: null,
      };
      if (args.turn !== null) {
        const ofCall = turns.get(call.id) ?? new Map<number, StreamedTurn>();
        ofCall.set(args.turn, streamed);
        turns.set(call.id, ofCall);
      }
      return { speculated: hit !== null, twiml: answerOnce(streamed, 0, args.turn !== null) };
    },

    /** The call is over (Twilio sends it nothing more): its turns and any reply started early are let go. */
    release(callId: string): void {
      turns.delete(callId);
      discard(callId)?.reply.abort();
    },

    /** How many calls have turns or a reply started early held here. */
    callsHeld(): number {
      return new Set([...turns.keys(), ...speculations.keys()]).size;
    },

    /** Part `part` of turn `turn`: the rest of its reply; null when this process does not know the turn. */
    more(callId: string, turn: number, part: number): Promise<string> | null {
      const streamed = turns.get(callId)?.get(turn);
      return streamed ? answerOnce(streamed, part, true) : null;
    },
  };
}

export type GatherStreams = ReturnType<typeof createGatherStreams>;
