import { TZDate } from '@date-fns/tz';
import type { Settings } from '../../shared/settings';

type HoursSettings = Pick<Settings, 'businessHoursStart' | 'businessHoursEnd' | 'businessDays' | 'timezone'>;

const minutesOf = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * Whether the business is open at `now`, on the wall clock of its own time zone (not the
 * laptop's). Hours that cross midnight (e.g. 22:00-06:00) belong to the day they start on, so
 * Friday 22:00-06:00 covers Saturday 03:00 even when Saturday is not a business day.
 * Equal start and end means open around the clock on business days.
 */
export function isWithinBusinessHours(settings: HoursSettings, now: Date): boolean {
  const local = new TZDate(now.getTime(), settings.timezone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const day = local.getDay();
  const start = minutesOf(settings.businessHoursStart);
  const end = minutesOf(settings.businessHoursEnd);
  const isBusinessDay = (d: number) => settings.businessDays.includes(d);

  if (start === end) return isBusinessDay(day);
  if (start < end) return isBusinessDay(day) && minute >= start && minute < end;
  if (minute >= start) return isBusinessDay(day);
  return minute < end && isBusinessDay((day + 6) % 7);
}
