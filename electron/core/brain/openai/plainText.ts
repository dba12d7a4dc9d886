/** Past this a reply stops sounding like a receptionist and starts sounding like a recording. */
const maxSpokenWords = 60;

/**
 * Text as a phone voice reads it or a text message shows it: no markdown, list bullets, links or
 * emoji, one line, and no longer than `maxWords` (cut at the last whole sentence that fits).
 */
export function toPlainText(text: string, maxWords = maxSpokenWords): string {
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, '')
    .replace(/^\s*(?:[-*•>]+|\d+[.)]|#+)\s+/gm, '')
    .replace(/[*_`#~]+/g, '')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?;:])/g, '$1')
    .trim();
  const words = plain.split(' ');
  if (words.length <= maxWords) return plain;
  const cut = words.slice(0, maxWords).join(' ');
  const lastSentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  if (lastSentenceEnd > 0) return cut.slice(0, lastSentenceEnd + 1);
  return `${cut.replace(/[,;:]$/, '')}.`;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Whether the text says one of the private values: a phone number (matched on its last ten
 * digits however it is written) or a secret string.
 */
export function mentionsPrivate(
  text: string,
  privateValues: { numbers: readonly string[]; secrets: readonly string[] },
): boolean {
  const spokenNumbers = (text.match(/\+?\d[\d\s().-]{5,}\d/g) ?? []).map((n) => digitsOf(n).slice(-10));
  const privateNumbers = new Set(privateValues.numbers.map((n) => digitsOf(n).slice(-10)).filter((d) => d.length >= 7));
  if (spokenNumbers.some((n) => privateNumbers.has(n))) return true;
  return privateValues.secrets.some((secret) => secret.length >= 8 && text.includes(secret));
}
