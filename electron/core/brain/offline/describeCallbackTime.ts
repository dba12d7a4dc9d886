import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { weekdayNames } from './calendarWords';
import { isAsapPhrase, type CallbackTime } from './extractCallbackTime';

export interface DescribeCallbackTimeOptions {
  now: Date;
  timeZone: string;
}

const namedDay = new RegExp(String.raw`\b(${weekdayNames})\b`, 'g');

/**
 * The callback time as the receptionist says it back ("after 5 PM", "tomorrow after 5 PM",
 * "tomorrow morning"), completing a bare "after 5" with AM/PM and the day it was pinned to.
 */
export function describeCallbackTime({ phrase, time }: CallbackTime, { now, timeZone }: DescribeCallbackTimeOptions): string {
  if (isAsapPhrase(phrase)) return 'as soon as possible';
  if (time === null || !/\d/.test(phrase)) return spokenWords(phrase);
  const at = new TZDate(time, timeZone);
  const preposition = /\b(after|around|about|by|before|from|until|till|at)\s+\d/i.exec(phrase)?.[1]?.toLowerCase() ?? 'at';
  const clock = format(at, 'h:mm a').replace(':00', '');
  return [dayLabel(at, new TZDate(now.getTime(), timeZone)), preposition, clock].filter(Boolean).join(' ');
}

function spokenWords(phrase: string): string {
  const words = phrase.toLowerCase().replace(namedDay, (day) => day[0]!.toUpperCase() + day.slice(1));
  if (/^(?:noon|midday)$/.test(words)) return `at ${words}`;
  if (/^(?:lunch|lunchtime)$/.test(words)) return `around ${words}`;
  if (words.startsWith('end of')) return `by the ${words}`;
  return words;
}

/** "" for today, "tomorrow", a weekday within the week, else the date. */
function dayLabel(at: TZDate, today: TZDate): string {
  const days = Math.round(
    (Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) /
      86_400_000,
  );
  if (days <= 0) return '';
  if (days === 1) return 'tomorrow';
  return days < 7 ? format(at, 'EEEE') : `on ${format(at, 'MMMM d')}`;
}
