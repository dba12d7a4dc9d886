/**
 * The part of the model's words so far that can be spoken now: while more may follow, a trailing
 * run of digits waits until it is complete, so a private number is recognised before any of it
 * is sent.
 */
export function speakableWords(words: string, complete: boolean): string {
  if (complete) return words;
  const digitsAtEnd = /\+?\d[\d\s().-]*$/.exec(words);
  return digitsAtEnd ? words.slice(0, digitsAtEnd.index) : words;
}
