import type { Call } from '../../../electron/shared/models';
import { formatInZone } from './time';

/** A call the receptionist ended without putting it through: a robocall or sales pitch, or a wrong number. */
export const isScreenedOut = (call: Pick<Call, 'outcome'>): boolean => call.outcome === 'spam' || call.outcome === 'wrong_number';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One line for the day's screened calls ("3 robocalls and 1 wrong number today were ended for
 * you"), so they are told once instead of one row each. Null when there were none.
 */
export function screenedTodayLine(counts: { spam: number; wrongNumber: number }): string | null {
  const parts = [
    counts.spam > 0 ? counted(counts.spam, 'robocall', 'robocalls') : null,
    counts.wrongNumber > 0 ? counted(counts.wrongNumber, 'wrong number', 'wrong numbers') : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return `${parts.join(' and ')} today ${counts.spam + counts.wrongNumber === 1 ? 'was' : 'were'} ended for you`;
}

/** How many of the calls were screened out on the business's today (its own time zone). */
export function countScreenedToday(
  calls: readonly Pick<Call, 'outcome' | 'startedAt'>[],
  now: Date,
  timeZone: string | undefined,
): { spam: number; wrongNumber: number } {
  const day = (iso: string) => formatInZone(iso, 'yyyy-MM-dd', timeZone);
  const today = day(now.toISOString());
  const todays = calls.filter((call) => day(call.startedAt) === today);
  return {
    spam: todays.filter((call) => call.outcome === 'spam').length,
    wrongNumber: todays.filter((call) => call.outcome === 'wrong_number').length,
  };
}
