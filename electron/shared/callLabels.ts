import type { CallerIntent, CallOutcome } from './models';
import { formatPhoneForDisplay, isCallerNumber } from './phone';

/** The words for intents and outcomes, shared so that a tray alert and the dashboard agree. */
export const intentLabels: Record<CallerIntent, string> = {
  quote: 'Quote',
  schedule: 'Schedule',
  question: 'Question',
  complaint: 'Complaint',
  transfer: 'Wants a person',
  other: 'Other',
};

export const outcomeLabels: Record<CallOutcome, string> = {
  qualified: 'Qualified',
  scheduled: 'Callback scheduled',
  transferred: 'Put through to you',
  voicemail: 'Voicemail',
  dropped: 'Hung up early',
  answered: 'You answered',
  spam: 'Robocall or sales call',
  wrong_number: 'Wrong number',
};

/** A caller ID for people: the number formatted, or plain words for a withheld one (never ANONYMOUS spelled as +266 696687). */
export const formatCallerId = (number: string) => (isCallerNumber(number) ? formatPhoneForDisplay(number) : 'No caller ID');

/** Who called: the lead's name once known, else the number. */
export const callerLabel = (call: { leadName: string | null; from: string }) => call.leadName ?? formatCallerId(call.from);
