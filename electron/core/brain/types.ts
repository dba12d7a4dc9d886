import { z } from 'zod';
import {
  CallerIntent,
  CallerSentiment,
  CallOutcome,
  Urgency,
  type Call,
  type KnowledgeEntry,
  type Turn,
} from '../../shared/models';
import type { Settings } from '../../shared/settings';
import { CollectedLead } from '../domain/collectedLead';

export const BrainAction = z.enum(['continue', 'transfer', 'end', 'voicemail']);
export type BrainAction = z.infer<typeof BrainAction>;

export { CollectedLead };

export const CallbackRequest = z.object({
  requested: z.boolean(),
  /** ISO 8601 instant, when the caller named a time that can be pinned down. */
  time: z.string().nullable(),
  /** The caller's own words for the time ("after 5", "tomorrow morning"). */
  phrase: z.string().nullable(),
  /** E.164 number to call back on, once the caller has confirmed it. */
  number: z.string().nullable(),
  /**
   * The caller said they need no call back ("no need to call me back, just let him know"): any
   * request made or inferred earlier in the call is withdrawn. Absent means nothing was said.
   */
  declined: z.boolean().optional(),
});
export type CallbackRequest = z.infer<typeof CallbackRequest>;

/** The tokens one model request used, and what they cost by the price table in settings. */
export const ModelUsage = z.object({
  model: z.string(),
  /** Prompt tokens, cached ones included. */
  inputTokens: z.number().int().nonnegative(),
  cachedTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  /** Null when the price table has no entry for the model. */
  costUsd: z.number().nonnegative().nullable(),
});
export type ModelUsage = z.infer<typeof ModelUsage>;

/** A brain that could not answer; `usage` is set when the failed request was still billed (e.g. unparseable output). */
export class BrainFailure extends Error {
  constructor(
    message: string,
    readonly usage: ModelUsage | null = null,
  ) {
    super(message);
    this.name = 'BrainFailure';
  }
}

export const CallerKind = z.enum(['caller', 'spam', 'wrong_number']);
export type CallerKind = z.infer<typeof CallerKind>;

export const CallLanguage = z.enum(['en', 'es']);
export type CallLanguage = z.infer<typeof CallLanguage>;

/** One turn of the receptionist, whichever brain produced it. */
export const BrainReply = z.object({
  say: z.string(),
  intent: CallerIntent.nullable(),
  sentiment: CallerSentiment.nullable(),
  action: BrainAction,
  collected: CollectedLead,
  callback: CallbackRequest.nullable(),
  /** The brain's memory for the next turn, stored with the call (survives a restart). */
  state: z.record(z.string(), z.unknown()),
  /** The model request behind the reply, for a brain that makes one. */
  usage: ModelUsage.optional(),
  /** Who is calling, once the brain can tell: a robocall or sales pitch, or a wrong number, is no lead. */
  callerKind: CallerKind.optional(),
  /** Questions heard this turn that the receptionist could not answer, for the owner. */
  questions: z.array(z.string()).optional(),
  /** The language the caller speaks and the reply is in, so speech recognition can follow. */
  language: CallLanguage.optional(),
  /**
   * The caller asked for a person or told of an emergency, and was asked one thing more before being
   * put through (who is calling, the address): if they say nothing to it, they are put through
   * rather than asked again and sent to voicemail.
   */
  putThroughIfSilent: z.boolean().optional(),
});
export type BrainReply = z.infer<typeof BrainReply>;

export interface KnownLead {
  name: string | null;
  address: string | null;
  project: string | null;
  urgency: z.infer<typeof Urgency> | null;
  /** Calls from this number before this one. */
  previousCalls: number;
  /** The most recent of those calls: when it started and its summary. */
  lastCall?: { startedAt: string; summary: string | null } | null;
}

export interface BrainContext {
  settings: Settings;
  /** The caller ID, E.164 (or whatever Twilio sent, e.g. "anonymous"). */
  callerNumber: string;
  /**
   * Twilio's StirVerstat for the caller ID when it sent one ("TN-Validation-Passed-A",
   * "TN-Validation-Failed", ...); a failed attestation makes a sales pitch likelier to be spam.
   */
  callerAttestation?: string;
  lead: KnownLead;
  /** The conversation so far, oldest first, not including `utterance`. */
  turns: Turn[];
  /** What the caller just said. */
  utterance: string;
  /** The brain's own memory from its previous reply on this call ({} on the first turn). */
  state: Record<string, unknown>;
  now: Date;
  searchKnowledge(query: string, limit: number): KnowledgeEntry[];
}

/**
 * One piece of a streamed turn: the spoken words as the brain produces them (their concatenation
 * is what the caller hears), then exactly one `reply` with the turn's actions and what it learned.
 */
export type BrainStreamPart =
  /** `language` when the brain already knows the words' language (a whole reply), so speech can switch first. */
  { type: 'text'; text: string; language?: CallLanguage } | { type: 'reply'; reply: BrainReply };

export interface Brain {
  readonly name: string;
  reply(context: BrainContext, signal?: AbortSignal): Promise<BrainReply>;
  /** Streams the turn; a brain without it is spoken a whole reply at a time (see streamReply). */
  stream?(context: BrainContext, signal?: AbortSignal): AsyncIterable<BrainStreamPart>;
}

/** An AI's read of a finished call, for the call record and the owner's text. */
export const CallAnalysis = z.object({
  /** Two or three sentences for the owner. */
  aiSummary: z.string(),
  callerIntent: CallerIntent,
  callerSentiment: CallerSentiment,
  outcome: CallOutcome,
});
export type CallAnalysis = z.infer<typeof CallAnalysis>;

export interface CallAnalysisInput {
  settings: Settings;
  call: Pick<
    Call,
    'from' | 'callerIntent' | 'callerSentiment' | 'callbackRequested' | 'callbackTime' | 'callbackNumber' | 'transferredTo'
  >;
  /** How the call ended as far as the engine knows it (transferred, voicemail, ...). */
  outcome: z.infer<typeof CallOutcome>;
  callbackPhrase: string | null;
  lead: Pick<KnownLead, 'name' | 'address' | 'project' | 'urgency'> | null;
  turns: readonly Turn[];
}

/** Writes the summary and analysis at the end of a call. */
export interface CallAnalyst {
  analyze(input: CallAnalysisInput): Promise<{ analysis: CallAnalysis; usage: ModelUsage }>;
}
