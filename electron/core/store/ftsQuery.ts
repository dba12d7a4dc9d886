/**
 * Turns what a person typed into a safe FTS5 query: every word becomes a quoted prefix term, so
 * FTS5 syntax characters ("NEAR", quotes, colons, stars) in the search box can never raise a
 * syntax error. All words must match. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((w) => `"${w}"*`)
    .join(' ');
}

/** Like toFtsQuery, but any word may match: for finding knowledge entries about a question. */
export function toAnyWordFtsQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(' OR ');
}

/** Fewer digits than this are too common a run to mean a phone number ("12 ft" is no number). */
const minNumberDigits = 4;

/**
 * The digits of a search typed as (part of) a phone number ("5550199", "(303) 555-0199",
 * "+1 303 555 0199"), for finding calls by the caller's number whatever their words said.
 * Null when the search holds anything but digits and a number's punctuation.
 */
export function toNumberDigits(input: string): string | null {
  if (!/^[\d\s().+-]+$/.test(input)) return null;
  const digits = input.replace(/\D/g, '');
  return digits.length >= minNumberDigits ? digits : null;
}
