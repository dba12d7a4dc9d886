import { z } from 'zod';
import { CallerIntent, CallerSentiment, Urgency } from '../../../shared/models';
import { IntentSignals, noSignals } from './classifyIntent';

/** What the receptionist collects, in the order it asks for them. */
const slots = ['project', 'name', 'address', 'callbackTime', 'callbackNumber'] as const;
export type Slot = (typeof slots)[number];

const Question = z.enum([...slots, 'anythingElse']);
export type Question = z.infer<typeof Question>;

const maybeText = z.string().nullable().catch(null);

/**
 * The offline brain's memory between turns, stored with the call. Every field falls back to its
 * starting value, so an empty, old or damaged state still parses.
 */
export const ConversationState = z.object({
  turns: z.number().int().nonnegative().catch(0),
  /** The question the last reply ended with. */
  asked: Question.nullable().catch(null),
  /** Answers per question that gave nothing usable. */
  misses: z.partialRecord(Question, z.number().int().nonnegative()).catch({}),
  skipped: z.array(z.enum(slots)).catch([]),
  project: maybeText,
  name: maybeText,
  address: maybeText,
  callbackRequested: z.boolean().catch(false),
  callbackPhrase: maybeText,
  /** The caller's own time zone, when they gave the time on their clock: said back to them on it. */
  callbackTimeZone: maybeText,
  callbackTime: maybeText,
  /** A number said by the caller or taken from caller ID, waiting for a yes. */
  numberToConfirm: maybeText,
  callerIdOffered: z.boolean().catch(false),
  callbackNumber: maybeText,
  intent: CallerIntent.nullable().catch(null),
  sentiment: CallerSentiment.nullable().catch(null),
  urgency: Urgency.nullable().catch(null),
  transferAttempted: z.boolean().catch(false),
  /** Questions the knowledge base could not answer, for the owner to pick up on the callback. */
  openQuestions: z.array(z.string()).catch([]),
  /** Anything else the caller added after the slots were filled. */
  notes: z.array(z.string()).catch([]),
  /** What the caller's words so far say about why they called (see classifyIntent). */
  signals: IntentSignals.catch({ ...noSignals }),
  /** 'wrong_number' is also set while checking whether an off-topic caller misdialled. */
  callerKind: z.enum(['caller', 'spam', 'wrong_number']).catch('caller'),
  /** The receptionist asked whether the caller misdialled and waits for the answer. */
  checkingWrongNumber: z.boolean().catch(false),
  /**
   * The caller said they misdialled before telling any job and was told where they called: "oh sorry
   * wrong number... wait, you're the roofers? we need one". Their next words decide.
   */
  misdialOffered: z.boolean().catch(false),
  /** The caller said no call back is needed ("just tell him thanks"); a later request takes it back. */
  callbackDeclined: z.boolean().catch(false),
  /** A turn before any job was described sounded like a sales call: one sign of a pitch already heard. */
  salesManner: z.boolean().catch(false),
  language: z.enum(['en', 'es']).catch('en'),
  /** An emergency waits for its address (asked at most twice) before the transfer. */
  emergencyPending: z.boolean().catch(false),
  emergencyAsks: z.number().int().nonnegative().catch(0),
  /** An emergency caller with the address told was asked their name, once; the transfer follows their answer. */
  emergencyNameAsked: z.boolean().catch(false),
  /** Told to get out or call 911 first (safetyFirst.ts): said once, with the first reply that heard the danger. */
  toldSafetyFirst: z.boolean().catch(false),
  /** The caller took back an emergency heard earlier ("she's fine, no rush"): only a new danger said outright raises one again. */
  emergencyTakenBack: z.boolean().catch(false),
  /** A caller with a job who will ring again was asked their name before going; the call ends on the answer. */
  nameBeforeGoing: z.boolean().catch(false),
  /** The caller asked for a person and was asked who is calling; the transfer follows their answer. */
  transferPending: z.boolean().catch(false),
  /** A caller asked for a person answered "who is calling?" without a name and was asked for it once more. */
  nameAskedAgain: z.boolean().catch(false),
  /**
   * Asked what it is about only because they said "he's expecting me", having named the owner: a
   * caller who then says nothing is waiting for him, and is put through (a seller's pitch is asked for
   * when the manner is a seller's, and silence then rings nobody).
   */
  aboutAskedOfKnown: z.boolean().catch(false),
  /** How often a caller asking for a person was asked what it is about: twice at most. */
  aboutAsks: z.number().int().nonnegative().catch(0),
  /** A house number said alone ("1910", "4410 north"): the street may come in the next answer. */
  addressStart: maybeText,
});
export type ConversationState = z.infer<typeof ConversationState>;

export function readState(raw: Record<string, unknown>): ConversationState {
  return ConversationState.parse(raw);
}

function isFilled(state: ConversationState, slot: Slot): boolean {
  switch (slot) {
    case 'callbackTime':
      return state.callbackPhrase !== null;
    case 'callbackNumber':
      return state.callbackNumber !== null;
    default:
      return state[slot] !== null;
  }
}

/** The first slot still to ask for, or null when everything is collected or given up on. */
export function nextSlot(state: ConversationState): Slot | null {
  return slots.find((slot) => !isFilled(state, slot) && !state.skipped.includes(slot)) ?? null;
}
