import { z } from 'zod';
import {
  CallDetail,
  CallerIntent,
  CallListQuery,
  CallOutcome,
  KnowledgeEntry,
  Lead,
  LeadStatus,
  NewKnowledgeEntry,
} from './models';

/** Query strings carry "true"/"false"; IPC carries real booleans. Both mean the same filter. */
const booleanFilter = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

/** `GET /api/calls`: the contract's search and cursor, plus the dashboard's filters. */
export const CallListFilter = CallListQuery.extend({
  intent: CallerIntent.optional(),
  outcome: CallOutcome.optional(),
  callbackRequested: booleanFilter.optional(),
  leadId: z.string().min(1).max(100).optional(),
});
export type CallListFilter = z.infer<typeof CallListFilter>;

/** A lead with what its latest call asked for: whether, and when, to call back. */
export const LeadSummary = Lead.extend({
  callbackRequested: z.boolean(),
  callbackTime: z.string().nullable(),
  /** The caller's own words for the time ("after 5"), when no exact time could be pinned down. */
  callbackPhrase: z.string().nullable(),
  lastCallId: z.string().nullable(),
  /** Why this number is never texted: it replied STOP (`opted_out`) or cannot receive texts. */
  noTexts: z.enum(['opted_out', 'cannot_receive']).nullable().optional(),
});
export type LeadSummary = z.infer<typeof LeadSummary>;

/** `GET /api/calls/:id`: the call, its turns and recordings, and what is known about the caller. */
export const CallWithLead = CallDetail.extend({ lead: LeadSummary.nullable() });
export type CallWithLead = z.infer<typeof CallWithLead>;

export const LeadUpdate = z
  .object({
    id: z.string().min(1).max(100),
    status: LeadStatus.optional(),
    notes: z.string().max(4000, 'Keep the notes to 4000 characters or fewer.').optional(),
  })
  .strict();
export type LeadUpdate = z.infer<typeof LeadUpdate>;

export const KnowledgeUpdate = NewKnowledgeEntry.extend({ id: z.string().min(1).max(100) }).strict();
export type KnowledgeUpdate = z.infer<typeof KnowledgeUpdate>;

export const ReceptionistQuestion = z
  .object({
    question: z.string().trim().min(1, 'Type a question to ask.').max(500, 'Keep the question to 500 characters or fewer.'),
  })
  .strict();

/** What the receptionist would say to a caller's question, and the entries it looked at. */
export const ReceptionistAnswer = z.object({
  answer: z.string(),
  brain: z.string(),
  sources: z.array(KnowledgeEntry),
});
export type ReceptionistAnswer = z.infer<typeof ReceptionistAnswer>;

/** What the core knows about its own set-up. Secrets are reported as set or not, never shown. */
export const CoreStatus = z.object({
  /** The brain answering turns, e.g. "offline" or "openai:gpt-4o-mini". */
  brain: z.string(),
  openAiKeySet: z.boolean(),
  twilioCredentialsSet: z.boolean(),
  /** No TWILIO_AUTH_TOKEN: webhooks are signed with a local token, so only simulated calls arrive. */
  localSigning: z.boolean(),
  publicUrl: z.string(),
  webhookUrl: z.string(),
  /**
   * Whether call records reach the disk. When it refuses writes (full, read-only, failing), they
   * wait in memory (`pendingWrites`) and are written once it takes them again.
   */
  storage: z
    .object({ ok: z.boolean(), pendingWrites: z.number().int().nonnegative(), problem: z.string().optional() })
    .optional(),
});
export type CoreStatus = z.infer<typeof CoreStatus>;

export const RecordingAudio = z.object({
  contentType: z.string(),
  fileName: z.string(),
  bytes: z.instanceof(Uint8Array),
});
export type RecordingAudio = z.infer<typeof RecordingAudio>;

export const testCallStates = ['connecting', 'listening', 'recording', 'ended'] as const;

/** The dashboard's test call: the call simulator playing Twilio against the real webhooks. */
export const TestCall = z.object({
  callSid: z.string(),
  /** The stored call, once the voice webhook has created it. */
  callId: z.string().nullable(),
  from: z.string(),
  /** listening: waiting for the caller to speak; recording: taking a voicemail. */
  state: z.enum(testCallStates),
  /** What happened beyond the conversation, e.g. "Rang (303) 555-0111: no answer". */
  notes: z.array(z.string()),
});
export type TestCall = z.infer<typeof TestCall>;

export const StartTestCall = z.object({ from: z.string().trim().max(30).optional() }).strict();

export const TestCallSpeech = z
  .object({ text: z.string().trim().min(1, 'Type what the caller says.').max(2000, 'Keep it to 2000 characters or fewer.') })
  .strict();
