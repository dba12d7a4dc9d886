import { z } from 'zod';
import { CallerIntent, CallerSentiment, Urgency, type KnowledgeEntry, type Turn } from '../../shared/models';
import type { Settings } from '../../shared/settings';

export const BrainAction = z.enum(['continue', 'transfer', 'end', 'voicemail']);
export type BrainAction = z.infer<typeof BrainAction>;

/** What the receptionist learned about the caller this turn; absent fields are unchanged. */
export const CollectedLead = z.object({
  name: z.string().optional(),
  address: z.string().optional(),
  project: z.string().optional(),
  urgency: Urgency.optional(),
});
export type CollectedLead = z.infer<typeof CollectedLead>;

export const CallbackRequest = z.object({
  requested: z.boolean(),
  /** ISO 8601 instant, when the caller named a time that can be pinned down. */
  time: z.string().nullable(),
  /** The caller's own words for the time ("after 5", "tomorrow morning"). */
  phrase: z.string().nullable(),
  /** E.164 number to call back on, once the caller has confirmed it. */
  number: z.string().nullable(),
});
export type CallbackRequest = z.infer<typeof CallbackRequest>;

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
});
export type BrainReply = z.infer<typeof BrainReply>;

export interface KnownLead {
  name: string | null;
  address: string | null;
  project: string | null;
  urgency: z.infer<typeof Urgency> | null;
  /** Calls from this number before this one. */
  previousCalls: number;
}

export interface BrainContext {
  settings: Settings;
  /** The caller ID, E.164 (or whatever Twilio sent, e.g. "anonymous"). */
  callerNumber: string;
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

export interface Brain {
  readonly name: string;
  reply(context: BrainContext, signal?: AbortSignal): Promise<BrainReply>;
}
