import { toE164 } from '../../../shared/phone';
import { normalizeUtterance } from './utteranceText';
import { spokenDigits as digitWords } from '../../domain/spokenDigits';

const repeats: Record<string, number> = { double: 2, triple: 3 };

/**
 * A phone number said in the utterance ("303 555 0199", "three oh three five five five...") as
 * E.164, or null. Only a run of 10 digits (11 with a leading 1) counts, so house numbers and
 * times never turn into phone numbers.
 */
export function extractPhoneNumber(utterance: string): string | null {
  for (const run of digitRuns(utterance)) {
    const number = findNumberIn(run);
    if (number) return number;
  }
  return null;
}

/** Consecutive groups of digits, spoken or written, with the separators people use between them. */
function digitRuns(utterance: string): string[][] {
  const tokens = normalizeUtterance(utterance)
    .replace(/\+/g, ' ')
    .split(/[\s,()]+|(?<=\d)[-.](?=\d)/)
    .filter(Boolean);
  const runs: string[][] = [];
  let run: string[] = [];
  let repeat = 1;
  for (const token of tokens) {
    const word = token.replace(/[.!?;:]+$/, '');
    const group = /^\d+$/.test(word) ? word : spokenDigit(word, run.length > 0 || repeat > 1);
    if (group !== null) {
      run.push(group.repeat(repeat));
      repeat = 1;
    } else if (repeats[word] !== undefined) {
      repeat = repeats[word];
    } else if (word !== '-' && word !== 'dash') {
      if (run.length > 0) runs.push(run);
      run = [];
      repeat = 1;
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** "oh" and "o" are digits only inside a number, not in "oh yeah". */
function spokenDigit(word: string, insideNumber: boolean): string | null {
  const digit = digitWords[word];
  if (digit === undefined) return null;
  return (word === 'oh' || word === 'o') && !insideNumber ? null : digit;
}

/** The first stretch of whole groups in `run` that makes a valid number. */
function findNumberIn(run: string[]): string | null {
  for (let start = 0; start < run.length; start += 1) {
    let digits = '';
    for (let end = start; end < run.length && digits.length < 11; end += 1) {
      digits += run[end];
      const fits = digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
      const number = fits ? toE164(digits) : null;
      if (number) return number;
    }
  }
  return null;
}
