import { TZDate } from '@date-fns/tz';
import type { Settings } from '../../shared/settings';
import { isWithinBusinessHours } from './businessHours';
import { clockOfPhrase } from './callerClocks';

type HoursSettings = Pick<Settings, 'businessHoursStart' | 'businessHoursEnd' | 'businessDays' | 'timezone'>;
export type Language = 'en' | 'es';

/**
 * When the business next opens after `now`, on its own time zone's clock: `now` itself while it
 * is open, null when it has no business days. Each day's opening is its start time that day.
 */
export function nextOpening(settings: HoursSettings, now: Date): Date | null {
  if (settings.businessDays.length === 0) return null;
  if (isWithinBusinessHours(settings, now)) return now;
  const [hours = 0, minutes = 0] = settings.businessHoursStart.split(':').map(Number);
  const today = new TZDate(now.getTime(), settings.timezone);
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + ahead, hours, minutes, 0, settings.timezone);
    if (settings.businessDays.includes(day.getDay()) && day.getTime() > now.getTime()) return new Date(day.getTime());
  }
  return null;
}

const weekdays: Record<Language, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};

const clock = (at: TZDate, language: Language) => {
  const minutes = String(at.getMinutes()).padStart(2, '0');
  if (language === 'es') return `${at.getHours()}:${minutes}`;
  const hour12 = at.getHours() % 12 || 12;
  return `${hour12}:${minutes} ${at.getHours() < 12 ? 'AM' : 'PM'}`;
};

/**
 * A moment as a caller hears it from `now`, on the business's clock: "today at 4:30 PM",
 * "tomorrow at 8:00 AM", "Monday at 8:00 AM" ("mañana a las 8:00" in Spanish).
 */
export function whenPhrase(at: Date, now: Date, timezone: string, language: Language): string {
  const local = new TZDate(at.getTime(), timezone);
  const today = new TZDate(now.getTime(), timezone);
  const dayNumber = (d: TZDate) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
  const days = dayNumber(local) - dayNumber(today);
  const time = clock(local, language);
  if (language === 'es') {
    const day = days <= 0 ? 'hoy' : days === 1 ? 'mañana' : `el ${weekdays.es[local.getDay()]}`;
    return `${day} a las ${time}`;
  }
  const day = days <= 0 ? 'today' : days === 1 ? 'tomorrow' : weekdays.en[local.getDay()];
  return `${day} at ${time}`;
}

/**
 * When the caller will hear back: the time they asked for, else their own words for it, else the
 * business's next opening ("today" while it is open).
 */
export function callbackWhen(input: {
  callbackTime: string | null;
  callbackPhrase: string | null;
  settings: HoursSettings;
  now: Date;
  language: Language;
}): string {
  const { settings, now, language } = input;
  if (input.callbackTime && Date.parse(input.callbackTime) > now.getTime()) {
    // A time the caller gave on their own clock is told back on it: "tomorrow at 2:00 PM Central time".
    const theirs = clockOfPhrase(input.callbackPhrase);
    if (theirs && theirs.timeZone !== settings.timezone)
      return `${whenPhrase(new Date(input.callbackTime), now, theirs.timeZone, language)} ${theirs.label}`;
    return whenPhrase(new Date(input.callbackTime), now, settings.timezone, language);
  }
  if (input.callbackPhrase) return input.callbackPhrase;
  const opening = nextOpening(settings, now);
  if (!opening) return language === 'es' ? 'lo antes posible' : 'as soon as possible';
  if (opening === now) return language === 'es' ? 'hoy' : 'today';
  return whenPhrase(opening, now, settings.timezone, language);
}
