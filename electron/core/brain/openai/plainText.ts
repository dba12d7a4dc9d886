import { spokenDigits as digitWords } from '../../domain/spokenDigits';

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
    // The bullet, U+2022, escaped for serve's bundle, which must stay Latin-1 (startupImports.test.ts).
    .replace(/^\s*(?:[-*\u2022>]+|\d+[.)]|#+)\s+/gm, '')
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

const digitToken = new RegExp(`^(?:\\d+|${Object.keys(digitWords).join('|')})$`);

/**
 * The digit runs a text says, however they are written: with spaces, dashes, dots, commas,
 * slashes or parentheses between them, in full-width digits, or in words ("three oh three").
 */
export function spokenDigitRuns(text: string): string[] {
  const tokens = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/(\d+|[a-z]+)/);
  const runs: string[] = [];
  let run = '';
  for (let i = 1; i < tokens.length; i += 2) {
    const token = tokens[i]!;
    const before = tokens[i - 1]!;
    if (!digitToken.test(token)) {
      if (run) runs.push(run);
      run = '';
      continue;
    }
    // Only separators a number is written or said with keep a run going.
    if (run && !/^[\s,./()+-]*$/.test(before)) {
      runs.push(run);
      run = '';
    }
    run += /\d/.test(token) ? token : digitWords[token];
  }
  if (run) runs.push(run);
  return runs;
}

/**
 * Whether the text says one of the private values: a phone number (its last ten digits found in
 * any run of digits said, however written) or a secret string (spaces inside it ignored).
 */
export function mentionsPrivate(
  text: string,
  privateValues: { numbers: readonly string[]; secrets: readonly string[] },
): boolean {
  const privateNumbers = privateValues.numbers.map((n) => digitsOf(n).slice(-10)).filter((d) => d.length >= 7);
  const runs = spokenDigitRuns(text);
  if (privateNumbers.some((number) => runs.some((run) => run.includes(number)))) return true;
  const squeezed = text.normalize('NFKC').replace(/\s+/g, '');
  return privateValues.secrets.some((secret) => secret.length >= 8 && squeezed.includes(secret.replace(/\s+/g, '')));
}
