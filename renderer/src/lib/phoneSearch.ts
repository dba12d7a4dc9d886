/**
 * A search typed as a phone number's digits ("5550199", "303-555-0199") in the words the call
 * index holds: summaries write numbers as (303) 555-0199, which the index splits into 303, 555
 * and 0199, so "5550199" alone would match nothing. Other searches pass through unchanged.
 */
export function phoneSearchTerms(search: string): string {
  const trimmed = search.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return trimmed;
  const digits = trimmed.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length === 10) return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  if (national.length === 7) return `${national.slice(0, 3)} ${national.slice(3)}`;
  return trimmed;
}
