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
