import { z } from 'zod';
import type { Params } from '../domain/webhookParams';

/**
 * What the relay session hands to the `<Connect action>` route when the conversation leaves the
 * WebSocket: a person (transfer), a voicemail, or the end of the call, with the closing words
 * TwiML still has to say.
 */
export const Handoff = z.object({
  action: z.enum(['transfer', 'voicemail', 'end']),
  say: z.string().max(2000),
});
export type Handoff = z.infer<typeof Handoff>;

/** Twilio's code for a ConversationRelay WebSocket that dropped or could not connect. */
export const socketDroppedErrorCode = '64105';

export type RelayOutcome =
  | { kind: 'handoff'; handoff: Handoff }
  /** The caller hung up: nothing to say to anyone. */
  | { kind: 'hung-up' }
  /** The session ended without a handoff while the caller is still there: continue on Gather. */
  | { kind: 'gather-fallback'; reason: string };

const hungUp = new Set(['completed', 'busy', 'no-answer', 'canceled', 'failed']);

/** Reads the `<Connect action>` request: Twilio's `HandoffData`, `CallStatus` and `ErrorCode`. */
export function relayOutcome(params: Params): RelayOutcome {
  if (params.CallStatus && hungUp.has(params.CallStatus)) return { kind: 'hung-up' };
  if (params.HandoffData) {
    try {
      const parsed = Handoff.safeParse(JSON.parse(params.HandoffData));
      if (parsed.success) return { kind: 'handoff', handoff: parsed.data };
    } catch {
      // Not ours (or cut short): the caller carries on over Gather, below.
    }
  }
  const reason = params.ErrorCode
    ? `relay error ${params.ErrorCode}${params.ErrorCode === socketDroppedErrorCode ? ' (WebSocket dropped)' : ''}${params.ErrorMessage ? `: ${params.ErrorMessage}` : ''}`
    : `relay session ${params.SessionStatus ?? 'ended'} without a handoff`;
  return { kind: 'gather-fallback', reason };
}
