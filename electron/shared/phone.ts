import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Normalises a phone number to E.164. Numbers without a country code are read as US/Canada,
 * which is where Pickup's contractors are; returns null for anything that is not a valid number.
 */
export function toE164(input: string, defaultCountry: 'US' = 'US'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * What Twilio puts in `From` when the caller withheld their number: a word ("anonymous"), or the
 * word spelled on a keypad as a number (ANONYMOUS +266696687, RESTRICTED +7378742833, BLOCKED
 * +2562533, UNKNOWN +8656696, UNAVAILABLE +86282452253). Those look like numbers but are shared
 * by every withheld caller, so they must never become one lead, be greeted by a stored name, or be
 * texted.
 */
const spelledWithheld = new Set(['+266696687', '+7378742833', '+2562533', '+8656696', '+86282452253']);

/** Whether a caller ID is a real number that reaches one caller (E.164, not a withheld spelling). */
export function isCallerNumber(from: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(from) && !spelledWithheld.has(from);
}

/** A number for people to read: (555) 010-1234 for North America, international format otherwise. */
export function formatPhoneForDisplay(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.countryCallingCode === '1' ? parsed.formatNational() : parsed.formatInternational();
}
