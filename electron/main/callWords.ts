import type { Call } from '../shared/models';
import { formatCallerId } from '../shared/callLabels';

export { callerLabel as callerName, intentLabels, outcomeLabels } from '../shared/callLabels';

/** The name and the number, for an alert the owner may want to call back from. */
export const callerWithNumber = (call: Pick<Call, 'leadName' | 'from'>) =>
  call.leadName ? `${call.leadName}, ${formatCallerId(call.from)}` : formatCallerId(call.from);

/** A time of day, with the weekday when it is not today, in the business's time zone. */
export function shortTime(iso: string, now: Date, timeZone: string): string {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  const at = new Date(iso);
  const sameDay = day(at) === day(now);
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(sameDay ? {} : { weekday: 'short' }),
  }).format(at);
}

/** When the caller wants a call back, or null when they did not ask. */
export function callbackWords(
  call: Pick<Call, 'callbackRequested' | 'callbackTime'>,
  now: Date,
  timeZone: string,
): string | null {
  if (!call.callbackRequested) return null;
  return call.callbackTime ? `Call back ${shortTime(call.callbackTime, now, timeZone)}` : 'Wants a call back';
}
