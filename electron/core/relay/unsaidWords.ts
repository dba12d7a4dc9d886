const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What of the checked reply the caller has not heard yet, given what was streamed. The checked
 * reply can differ from the model's words: tidied (same words: nothing to add), cut short
 * (nothing to add), or replaced (a transfer announced in the app's own words, a private number
 * refused): then the whole of it is said.
 */
export function unsaidWords(streamed: string, say: string): string {
  const heard = comparable(streamed);
  const reply = comparable(say);
  if (!reply || heard.includes(reply)) return '';
  if (heard && reply.startsWith(heard)) {
    const lastWords = heard.split(' ').length;
    return say.trim().split(/\s+/).slice(lastWords).join(' ');
  }
  return say.trim();
}
