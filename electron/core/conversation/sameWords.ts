/** Words as a recogniser's results are compared: case, punctuation and spacing aside. */
export const comparableWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether two transcripts say the same words (a partial result against the final one). */
export function sameWords(a: string, b: string): boolean {
  return comparableWords(a) === comparableWords(b);
}
