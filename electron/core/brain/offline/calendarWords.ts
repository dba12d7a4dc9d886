/**
 * The days and months as the rules match them, said once: when a caller said something happened
 * ("last tuesday", "back in april") or when to ring them ("thursday after 2"). The names alone, to
 * go into a longer alternation, and each as a group.
 */
/** Sunday first, in the order `Date#getDay` numbers them. */
export const weekdaysFromSunday: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
export const weekdayNames = [...weekdaysFromSunday.slice(1), weekdaysFromSunday[0]].join('|');
export const weekday = `(?:${weekdayNames})`;
export const monthNames = 'january|february|march|april|may|june|july|august|september|october|november|december';
export const month = `(?:${monthNames})`;
