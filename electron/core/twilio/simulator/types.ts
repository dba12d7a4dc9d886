import type { HttpMethod, WebhookParams } from './signature';

/** The caller's leg, or the leg Twilio places to a number reached by <Dial>. */
export type Leg = 'caller' | 'callee';

export type CallState = 'not-started' | 'gathering' | 'recording' | 'ended';

/** The CallStatus a finished call reports to its status callback. */
export type FinalCallStatus = 'completed' | 'busy' | 'no-answer' | 'failed';

export type DialCallStatus = 'completed' | 'busy' | 'no-answer' | 'failed';

/** How a number reached by <Dial> behaves. */
export interface DialedPartyBehavior {
  answer: 'answer' | 'no-answer' | 'busy' | 'failed';
  /** Keys pressed at the first DTMF <Gather> of the screening TwiML (<Number url>). */
  pressDigits?: string;
  /** How long the bridged conversation lasts before the callee hangs up (default 30). */
  talkSeconds?: number;
}

/** One webhook request the simulator made, with its timing. */
export interface WebhookRequest {
  leg: Leg;
  method: HttpMethod;
  /** The URL as requested (for GET, with the params in its query string). */
  url: string;
  params: WebhookParams;
  headers: Record<string, string>;
  /** HTTP status, or null when no response came (timeout, refused connection). */
  status: number | null;
  contentType: string | null;
  body: string;
  /** Round trip in milliseconds, as the caller side saw it. */
  ms: number;
  /** The server's own time, from its Server-Timing header (null when it sends none). */
  serverMs?: number | null;
  /** Why no response came. */
  failure?: { kind: 'timeout' | 'network'; message: string };
}

export type CallEvent =
  | { type: 'heard'; leg: Leg; text: string }
  | { type: 'said'; text: string; confidence: number }
  | { type: 'pressed'; leg: Leg; digits: string }
  | { type: 'silence'; leg: Leg; at: 'Gather' | 'Record' }
  | { type: 'dial'; number: string; status: DialCallStatus; callSid: string; seconds: number; declined: boolean }
  | { type: 'record'; recordingSid: string; recordingUrl: string; seconds: number; text: string }
  | { type: 'hangup'; by: 'caller' | 'twiml' | 'end-of-twiml' | 'reject' | 'application-error'; status: FinalCallStatus }
  | { type: 'application-error'; leg: Leg; url: string; reason: string }
  | { type: 'request'; leg: Leg; method: HttpMethod; url: string; status: number | null; ms: number }
  | { type: 'skipped'; leg: Leg; verb: string; reason: string };
