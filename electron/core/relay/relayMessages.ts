import { z } from 'zod';

/**
 * Twilio ConversationRelay's WebSocket messages, the single source of their types. Inbound
 * schemas are loose (`looseObject`): Twilio adds fields over time and an unknown one must not
 * drop a caller's words.
 */
export const SetupMessage = z.looseObject({
  type: z.literal('setup'),
  sessionId: z.string(),
  callSid: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  direction: z.string().optional(),
  customParameters: z.record(z.string(), z.unknown()).optional(),
});
export type SetupMessage = z.infer<typeof SetupMessage>;

export const PromptMessage = z.looseObject({
  type: z.literal('prompt'),
  voicePrompt: z.string(),
  lang: z.string().optional(),
  /** False for a partial transcript (only with `partialPrompts`); the turn is the `last: true` one. */
  last: z.boolean().default(true),
});

export const InterruptMessage = z.looseObject({
  type: z.literal('interrupt'),
  /** What the caller actually heard before cutting in. */
  utteranceUntilInterrupt: z.string().default(''),
  durationUntilInterruptMs: z.number().optional(),
});

export const DtmfMessage = z.looseObject({ type: z.literal('dtmf'), digit: z.string() });

export const ErrorMessage = z.looseObject({ type: z.literal('error'), description: z.string().default('') });

export const InboundMessage = z.discriminatedUnion('type', [
  SetupMessage,
  PromptMessage,
  InterruptMessage,
  DtmfMessage,
  ErrorMessage,
]);
export type InboundMessage = z.infer<typeof InboundMessage>;

/** Words for Twilio to speak; tokens are concatenated as sent, so a token may end mid-word. */
export const TextMessage = z.object({ type: z.literal('text'), token: z.string(), last: z.boolean() });
export type TextMessage = z.infer<typeof TextMessage>;

/** Ends the session; Twilio then requests the `<Connect action>` URL with `HandoffData`. */
export const EndMessage = z.object({ type: z.literal('end'), handoffData: z.string() });
export type EndMessage = z.infer<typeof EndMessage>;

/** Switches the language Twilio speaks and transcribes in, for the rest of the session. */
export const LanguageMessage = z.object({
  type: z.literal('language'),
  ttsLanguage: z.string(),
  transcriptionLanguage: z.string(),
});
export type LanguageMessage = z.infer<typeof LanguageMessage>;

export const OutboundMessage = z.discriminatedUnion('type', [TextMessage, EndMessage, LanguageMessage]);
export type OutboundMessage = z.infer<typeof OutboundMessage>;

/** Reads one frame; null when it is not JSON or not a message Pickup knows. */
export function parseInbound(raw: string): InboundMessage | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = InboundMessage.safeParse(json);
  return parsed.success ? parsed.data : null;
}
