/** Without punctuation, a phrase is flushed at a space once it is this long. */
const maxPhraseChars = 80;

/**
 * The end of a spoken phrase: a clause or sentence mark (em and en dashes too) followed by a space.
 * The dashes are escaped for serve's bundle, which must stay Latin-1 (startupImports.test.ts).
 */
const boundary = /[,.;:!?\u2014\u2013](?=\s)/g;

/**
 * How much of the buffered reply to send Twilio now. The first text of a reply goes at once (the
 * caller's silence is what they notice); after that, whole phrases, so the text-to-speech gets
 * text it can intonate. Returns what to send (possibly '') and what stays buffered.
 */
export function takePhrase(buffer: string, replyStarted: boolean): { send: string; rest: string } {
  if (!replyStarted) return { send: buffer, rest: '' };
  let end = -1;
  for (const match of buffer.matchAll(boundary)) end = match.index + 1;
  if (end < 0 && buffer.length >= maxPhraseChars) end = buffer.lastIndexOf(' ');
  if (end <= 0) return { send: '', rest: buffer };
  return { send: buffer.slice(0, end), rest: buffer.slice(end) };
}
