import type { CallOutcome } from '../../shared/models';
import { isCallerNumber } from '../../shared/phone';

/** Twilio's message statuses Pickup keeps, in the order a text goes through them. */
export const textStatuses = ['queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed'] as const;
export type TextStatus = (typeof textStatuses)[number];

const rank: Record<TextStatus, number> = { queued: 0, sending: 1, sent: 2, delivered: 3, undelivered: 3, failed: 3 };
const final = (status: TextStatus) => rank[status] === 3;

/** Twilio's spelling of a status as one Pickup keeps (accepted and scheduled are still queued); null for others. */
export function readTextStatus(value: string | undefined): TextStatus | null {
  if (value === 'accepted' || value === 'scheduled') return 'queued';
  return (textStatuses as readonly string[]).includes(value ?? '') ? (value as TextStatus) : null;
}

/**
 * Whether a status callback moves a text on. Callbacks arrive out of order and are retried, so a
 * text never goes back (delivered never becomes sent) and a final status stays final.
 */
export function advancesTo(current: TextStatus, next: TextStatus): boolean {
  if (final(current)) return false;
  return rank[next] > rank[current];
}

/** Twilio's codes that say a number must not be texted again, and why. */
export function recipientMark(errorCode: number | null): 'opted_out' | 'cannot_receive' | null {
  if (errorCode === 21610) return 'opted_out';
  if (errorCode === 21614 || errorCode === 30006) return 'cannot_receive';
  return null;
}

export type TextBackRefusal =
  | 'turned off'
  | 'not an enquiry'
  | 'test call'
  | 'withheld number'
  | 'blocked number'
  | 'opted out'
  | 'cannot receive texts'
  | 'already texted today';

/**
 * Whether the caller gets a text back after this call, or why not. Only a real enquiry (a caller
 * who left a job, a question or a voicemail, and was not put through to the owner) is texted.
 */
export function textBackRefusal(input: {
  enabled: boolean;
  outcome: CallOutcome | null;
  callerKind: 'caller' | 'spam' | 'wrong_number';
  isTest: boolean;
  from: string;
  blockedNumbers: readonly string[];
  recipient: 'opted_out' | 'cannot_receive' | null;
  textedInLastDay: boolean;
}): TextBackRefusal | null {
  if (!input.enabled) return 'turned off';
  if (input.isTest) return 'test call';
  const enquiry = input.outcome === 'qualified' || input.outcome === 'scheduled' || input.outcome === 'voicemail';
  if (input.callerKind !== 'caller' || !enquiry) return 'not an enquiry';
  if (!isCallerNumber(input.from)) return 'withheld number';
  if (input.blockedNumbers.includes(input.from)) return 'blocked number';
  if (input.recipient === 'opted_out') return 'opted out';
  if (input.recipient === 'cannot_receive') return 'cannot receive texts';
  if (input.textedInLastDay) return 'already texted today';
  return null;
}

/** A text to send, with where Twilio reports its delivery. */
export interface OutgoingText {
  to: string;
  from: string;
  body: string;
  statusCallback: string;
}

/**
 * Sends a text through Twilio: resolves with its MessageSid and first status, null when it was
 * skipped (no account connected), and rejects with Twilio's error (its numeric `code`) when refused.
 */
export type SendSms = (text: OutgoingText) => Promise<{ sid: string; status: string } | null>;

/** Twilio's numeric error code on a refused request, if it gave one. */
export function twilioErrorCode(error: unknown): number | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' && Number.isInteger(code) ? code : null;
}
