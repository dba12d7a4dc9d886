import * as chrono from 'chrono-node';
import { afterLastCorrection, digitsInSpeech } from './spokenNumbers';

/**
 * The caller's words about a time, ready for extractCallbackTime: numbers as digits, "not before
 * ten" as "after 10", and only the last of several times when they corrected themselves.
 */
export function callbackTimeText(utterance: string): string {
  const text = digitsInSpeech(utterance).replace(
    /\b(?:not|don't call(?: me)?|do not call(?: me)?|no calls?|nothing) before\b/gi,
    'after',
  );
  // "I work till 4 so after 4:30": the hour they are busy until is not the time to call.
  return afterLastCorrection(text).replace(/^.*\b(?:till|until|til)\s+\d{1,2}(?::\d\d)?\s+(?:so|and|then)\s+/i, '');
}

/** Whether the turn reads as an answer about when to call ("after 5", "tomorrow morning", "weekday evenings"). */
export function soundsLikeATime(text: string): boolean {
  return /^(?:(?:um+|uh+|oh|ok|okay|yeah|well|so|please|just|and|maybe|probably)\s+)*(?:any ?(?:time|weekday|morning|afternoon|evening)|after|before|around|by|between|not before|tomorrow|today|tonight|this|next|weekdays?|weekends?|mornings?|afternoons?|evenings?|in (?:about |like )?(?:an?|\d+|a couple)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|whenever|as soon as|asap|right (?:now|away)|now|call me|give me a call)\b/i.test(
    text.trim(),
  );
}

/** "in an hour", "in about 20 minutes": a time relative to now, read by chrono-node; null otherwise. */
export function relativeCallbackTime(text: string, now: Date): { phrase: string; time: string } | null {
  const match = /\bin (?:about |like |around )?(?:an?|\d+|a couple(?: of)?|half an?) (?:hours?|minutes?|mins?)\b/i.exec(text);
  if (!match) return null;
  const phrase = match[0].replace(/\b(?:about|like|around) /i, '').replace(/a couple(?: of)?/i, '2');
  const parsed = chrono.parseDate(phrase.replace(/\bhalf an? hour\b/i, '30 minutes'), now, { forwardDate: true });
  return parsed ? { phrase: match[0], time: parsed.toISOString() } : null;
}
