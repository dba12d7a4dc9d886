import type { Call, CallerIntent, CallOutcome } from '../shared/models';
import { formatPhoneForDisplay } from '../shared/phone';

/** The dashboard's words for intents and outcomes, so that a tray alert and the page agree. */
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
};

const phone = (number: string) => (number.startsWith('+') ? formatPhoneForDisplay(number) : number);

/** The lead's name once known, else the number. */
export const callerName = (call: Pick<Call, 'leadName' | 'from'>) => call.leadName ?? phone(call.from);

/** The name and the number, for an alert the owner may want to call back from. */
export const callerWithNumber = (call: Pick<Call, 'leadName' | 'from'>) =>
  call.leadName ? `${call.leadName}, ${phone(call.from)}` : phone(call.from);

/** A time of day, with the weekday when it is not today, in the business's time zone. */
export function shortTime(iso: string, now: Date, timeZone: string): string {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  const at = new Date(iso);
  const sameDay = day(at) === day(now);
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', ...(sameDay ? {} : { weekday: 'short' }) }).format(at);
}

/** When the caller wants a call back, or null when they did not ask. */
export function callbackWords(call: Pick<Call, 'callbackRequested' | 'callbackTime'>, now: Date, timeZone: string): string | null {
  if (!call.callbackRequested) return null;
  return call.callbackTime ? `Call back ${shortTime(call.callbackTime, now, timeZone)}` : 'Wants a call back';
}
