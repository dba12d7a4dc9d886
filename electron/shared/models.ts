import { z } from 'zod';

export const callerIntents = ['quote', 'schedule', 'question', 'complaint', 'transfer', 'other'] as const;
export const CallerIntent = z.enum(callerIntents);
export type CallerIntent = z.infer<typeof CallerIntent>;

export const CallerSentiment = z.enum(['positive', 'neutral', 'negative']);
export type CallerSentiment = z.infer<typeof CallerSentiment>;

/**
 * The seed's outcomes, plus `answered` (the owner took an overflow call himself), `spam` (a
 * robocall or sales pitch) and `wrong_number`: neither of the last two is a lead.
 */
export const CallOutcome = z.enum([
  'qualified',
  'scheduled',
  'transferred',
  'voicemail',
  'dropped',
  'answered',
  'spam',
  'wrong_number',
]);
export type CallOutcome = z.infer<typeof CallOutcome>;

export const Speaker = z.enum(['caller', 'ai']);
export type Speaker = z.infer<typeof Speaker>;

/** How a receptionist turn was answered: which brain, what the model used, how long the caller waited. */
export const TurnAi = z.object({
  brain: z.string(),
  /** True when the main brain was slow, down or unparseable and another brain answered instead. */
  fallback: z.boolean(),
  /** The model that was asked, even when its answer was not used; null for a brain without one. */
  model: z.string().nullable(),
  /** Prompt tokens, cached ones included. */
  inputTokens: z.number().int(),
  cachedTokens: z.number().int(),
  outputTokens: z.number().int(),
  /** From the caller's words arriving to the reply being ready. */
  ms: z.number().int(),
  /** Estimated from the price table in settings; null when the model has no price there. */
  costUsd: z.number().nullable(),
});
export type TurnAi = z.infer<typeof TurnAi>;

export const Turn = z.object({
  speaker: Speaker,
  text: z.string(),
  at: z.string(),
  /** `speech` for a gathered utterance, `voicemail` for a transcribed message, `keypad` for a key the caller pressed (the key is the text). */
  kind: z.enum(['speech', 'voicemail', 'keypad']),
  /** On receptionist turns a brain answered (not on greetings or fixed prompts). */
  ai: TurnAi.optional(),
});
export type Turn = z.infer<typeof Turn>;

export const Recording = z.object({
  recordingSid: z.string(),
  url: z.string(),
  duration: z.number().int().nullable(),
  source: z.enum(['call', 'voicemail']),
  status: z.enum(['pending', 'stored', 'absent']),
  transcription: z.string().nullable(),
  createdAt: z.string(),
});
export type Recording = z.infer<typeof Recording>;

/** A call with the seed's `voice_calls` field names. */
export const Call = z.object({
  id: z.string(),
  leadId: z.string().nullable(),
  leadName: z.string().nullable(),
  twilioCallSid: z.string(),
  from: z.string(),
  to: z.string(),
  direction: z.string(),
  status: z.string(),
  duration: z.number().int().nullable(),
  transcript: z.string().nullable(),
  aiSummary: z.string().nullable(),
  callerIntent: CallerIntent.nullable(),
  callerSentiment: CallerSentiment.nullable(),
  outcome: CallOutcome.nullable(),
  callbackRequested: z.boolean(),
  callbackTime: z.string().nullable(),
  callbackNumber: z.string().nullable(),
  transferredTo: z.string().nullable(),
  recordingUrl: z.string().nullable(),
  recordingSid: z.string().nullable(),
  hasRecording: z.boolean(),
  handledBy: z.enum(['ai', 'owner', 'forward']),
  /** Placed from the dashboard's Test call, not by a real caller. */
  isTest: z.boolean(),
  /** The questions the caller asked that the receptionist could not answer, for the owner. */
  callerQuestions: z.array(z.string()),
  /** The language the caller spoke and was answered in (`es` once they spoke Spanish). */
  language: z.enum(['en', 'es']),
  /** Totals over every model request on the call (each turn and the summary); input includes cached. */
  aiInputTokens: z.number().int().optional(),
  aiCachedTokens: z.number().int().optional(),
  aiOutputTokens: z.number().int().optional(),
  /** Milliseconds callers spent waiting for the receptionist's replies. */
  aiMs: z.number().int().optional(),
  /** Estimated cost of the call's model requests, in US dollars, from the price table in settings. */
  aiCostUsd: z.number().optional(),
  /** Turns the offline brain answered because the AI was slow, down or unparseable. */
  aiFallbackTurns: z.number().int().optional(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Call = z.infer<typeof Call>;

/** A text Pickup sent (to the caller after the call, or to the owner), with its delivery as Twilio reported it. */
export const SentText = z.object({
  id: z.string(),
  /** Twilio's MessageSid; null when Twilio refused the text outright. */
  messageSid: z.string().nullable(),
  callId: z.string().nullable(),
  recipient: z.enum(['caller', 'owner']),
  /** Why it was sent: `text_back`, `call_summary`, `voicemail`, `setup_check`. */
  purpose: z.string(),
  to: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed']),
  /** Twilio's ErrorCode (explainTextProblem says it in plain words). */
  errorCode: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SentText = z.infer<typeof SentText>;

export const CallDetail = Call.extend({
  turns: z.array(Turn),
  recordings: z.array(Recording),
  /** Why another brain stood in on a turn, or the summary was written without AI. */
  brainNotes: z.array(z.string()).optional(),
  /** The texts sent about this call, oldest first. */
  texts: z.array(SentText).optional(),
});
export type CallDetail = z.infer<typeof CallDetail>;

export const leadStatuses = ['new', 'contacted', 'won', 'lost'] as const;
export const LeadStatus = z.enum(leadStatuses);

export const Urgency = z.enum(['emergency', 'high', 'normal', 'low']);
export type Urgency = z.infer<typeof Urgency>;

export const Lead = z.object({
  id: z.string(),
  phone: z.string(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  project: z.string().nullable(),
  urgency: Urgency.nullable(),
  source: z.string(),
  status: LeadStatus,
  notes: z.string().nullable(),
  callCount: z.number().int(),
  lastCallAt: z.string().nullable(),
  /** Every call from this number was a dashboard test call: not someone to call back. */
  testOnly: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Lead = z.infer<typeof Lead>;

export const KnowledgeEntry = z.object({
  id: z.string(),
  category: z.string(),
  content: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KnowledgeEntry = z.infer<typeof KnowledgeEntry>;

export const NewKnowledgeEntry = z
  .object({
    category: z
      .string()
      .trim()
      .min(1, 'Give it a category, such as Services or Prices.')
      .max(60, 'Keep the category to 60 characters or fewer.'),
    content: z
      .string()
      .trim()
      .min(1, 'Write what the receptionist should know.')
      .max(4000, 'Keep this to 4000 characters or fewer.'),
  })
  .strict();
export type NewKnowledgeEntry = z.infer<typeof NewKnowledgeEntry>;

export const CallListQuery = z.object({
  search: z.string().trim().max(200, 'Keep the search to 200 characters or fewer.').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Cursor: the `startedAt` of the last call of the previous page. */
  before: z.iso.datetime().optional(),
});
export type CallListQuery = z.infer<typeof CallListQuery>;

/** Live events, pushed over server-sent events (browser) or IPC (desktop). */
export const AppEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call.started'), call: Call }),
  z.object({ type: z.literal('turn.added'), callId: z.string(), turn: Turn }),
  z.object({ type: z.literal('call.updated'), call: Call }),
  z.object({ type: z.literal('call.ended'), call: Call }),
]);
export type AppEvent = z.infer<typeof AppEvent>;
