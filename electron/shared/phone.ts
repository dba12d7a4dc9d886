import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Normalises a phone number to E.164. Numbers without a country code are read as US/Canada,
 * which is where Pickup's contractors are; returns null for anything that is not a valid number.
 */
export function toE164(input: string, defaultCountry: 'US' = 'US'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/** A number for people to read: (555) 010-1234 for North America, international format otherwise. */
export function formatPhoneForDisplay(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.countryCallingCode === '1' ? parsed.formatNational() : parsed.formatInternational();
}
