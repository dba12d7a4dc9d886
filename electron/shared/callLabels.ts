import type { CallerIntent, CallOutcome } from './models';
import { formatPhoneForDisplay } from './phone';

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

/** A caller ID for people: formatted when it is a number, as Twilio sent it otherwise ("anonymous"). */
export const formatCallerId = (number: string) => (number.startsWith('+') ? formatPhoneForDisplay(number) : number);

/** Who called: the lead's name once known, else the number. */
export const callerLabel = (call: { leadName: string | null; from: string }) => call.leadName ?? formatCallerId(call.from);
