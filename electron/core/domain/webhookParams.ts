/** Twilio's form parameters (and the query string of our own callback URLs). */
export type Params = Record<string, string | undefined>;

/**
 * Twilio's SequenceNumber when it is one (a whole number from 0), else null: a forged or broken
 * one such as 1e309 (Infinity) would otherwise outrank every later callback and freeze the status.
 */
export function sequenceNumber(value: string | undefined): number | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}
