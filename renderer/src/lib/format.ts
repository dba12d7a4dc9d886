import type { Call, CallerIntent } from '../../../electron/shared/models';
import { formatInZone } from './time';

export { callerLabel, formatCallerId as formatPhone, intentLabels, outcomeLabels } from '../../../electron/shared/callLabels';

/** m:ss, as the seed's call history shows durations; an en dash when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '–';
  const whole = Math.max(0, Math.floor(seconds));
  const mins = Math.floor(whole / 60);
  const secs = whole % 60;
  return `${mins}:${secs.toString().padStart(2, '0')}`;
}

/** Seconds between two instants, for a call still in progress (`until` = now). */
export function elapsedSeconds(startedAt: string, until: Date): number {
  return Math.max(0, Math.floor((until.getTime() - Date.parse(startedAt)) / 1000));
}

/** The seed's intent badge colours, plus the two intents Pickup added. */
export const intentColors: Record<CallerIntent, string> = {
  quote: 'bg-green-100 text-green-800',
  schedule: 'bg-blue-100 text-blue-800',
  question: 'bg-purple-100 text-purple-800',
  complaint: 'bg-red-100 text-red-800',
  transfer: 'bg-orange-100 text-orange-800',
  other: 'bg-slate-100 text-slate-700',
};

/** When the caller wants to be called back, in words: the pinned-down time, or their own phrase. */
export function callbackWhen(
  call: Pick<Call, 'callbackRequested' | 'callbackTime'>,
  phrase: string | null,
  timeZone: string | undefined,
): string {
  if (!call.callbackRequested) return 'Not asked for';
  if (call.callbackTime) return formatInZone(call.callbackTime, 'EEE, MMM d · h:mm a', timeZone);
  return phrase ? `Yes: “${phrase}”` : 'Yes, any time';
}
