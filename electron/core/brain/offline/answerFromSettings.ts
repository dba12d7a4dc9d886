import type { Settings } from '../../../shared/settings';
import { normalizeUtterance } from './utteranceText';

type Hours = Pick<Settings, 'businessHoursStart' | 'businessHoursEnd' | 'businessDays' | 'timezone'>;
type Language = 'en' | 'es';

const dayNames: Record<Language, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};
const dayWords: [RegExp, number[]][] = [
  [/\bsundays?\b|\bdomingos?\b/, [0]],
  [/\bmondays?\b|\blunes\b/, [1]],
  [/\btuesdays?\b|\bmartes\b/, [2]],
  [/\bwednesdays?\b|\bmi[ée]rcoles\b/, [3]],
  [/\bthursdays?\b|\bjueves\b/, [4]],
  [/\bfridays?\b|\bviernes\b/, [5]],
  [/\bsaturdays?\b|\bs[áa]bados?\b/, [6]],
  [/\bweekends?\b|\bfin(?:es)? de semana\b/, [6, 0]],
];
const asksHours =
  /\b(?:are you (?:guys )?open|you're open|open on|open (?:today|tomorrow|late|now)|(?:business|your|office) hours|what (?:are )?(?:your )?hours|what time do you (?:open|close)|when do you (?:open|close)|do you (?:guys )?work (?:on )?(?:weekends?|saturdays?|sundays?)|time zone|timezone|trabajan (?:los )?(?:s[áa]bados|domingos|fines)|a qu[ée] hora (?:abren|cierran)|horario)\b/;

/** "08:00" -> "8 AM", "17:30" -> "5:30 PM". */
function spokenClock(hhmm: string): string {
  const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute ? `:${String(minute).padStart(2, '0')}` : ''} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** "Monday to Friday" when the days run in a row, else a list. */
function spokenDays(days: number[], language: Language): string {
  const names = days.map((day) => dayNames[language][day]!);
  const consecutive = days.every((day, index) => index === 0 || day === days[index - 1]! + 1);
  if (consecutive && days.length > 2) return `${names[0]} ${language === 'es' ? 'a' : 'to'} ${names[names.length - 1]}`;
  return names.join(language === 'es' ? ', ' : ', ');
}

function zoneName(timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  return (name ?? timeZone).replace(/ (?:Standard|Daylight) Time$/, ' Time');
}

/**
 * The business's hours, days and time zone from Settings when the caller asks about them ("are
 * you open Saturday?"), or null when the question is about something else.
 */
export function answerFromSettings(question: string, hours: Hours, language: Language = 'en'): string | null {
  const text = normalizeUtterance(question);
  if (!asksHours.test(text)) return null;
  const days = [...hours.businessDays].sort((a, b) => a - b);
  const open = `${spokenClock(hours.businessHoursStart)} ${language === 'es' ? 'a' : 'to'} ${spokenClock(hours.businessHoursEnd)}`;
  const zone = zoneName(hours.timezone);
  const asked = dayWords.find(([pattern]) => pattern.test(text))?.[1];
  if (days.length === 0)
    return language === 'es'
      ? 'No tenemos horario fijo; le devolvemos la llamada.'
      : "We don't keep set office hours; we'll call you back.";
  const schedule = `${spokenDays(days, language)}, ${open} ${zone}`;
  if (!asked) return language === 'es' ? `Trabajamos de ${schedule}.` : `We're open ${schedule}.`;
  const openOnAsked = asked.some((day) => days.includes(day));
  if (language === 'es')
    return openOnAsked ? `Sí, trabajamos de ${schedule}.` : `Ese día no trabajamos; el horario es de ${schedule}.`;
  return openOnAsked ? `Yes, we're open ${schedule}.` : `No, we're closed then. We're open ${schedule}.`;
}
