import { normalizeUtterance } from './utteranceText';

export interface DetectGoodbyeOptions {
  /** True when the receptionist just asked "is there anything else?", so a plain "no" closes the call. */
  afterAnythingElse: boolean;
}

/** Not "i take care of my mother" or "see you guys do gutters": a farewell ends what is said. */
const farewell =
  /\b(?:good ?bye|bye(?: bye)?|see ya|see you(?! (?:guys|do|have|are|offer|on (?:the|your)))|talk to you later|(?<!\b(?:i|we|she|he|they|to|can|will|who) )take care(?! of)|have a (?:good|great|nice) (?:day|night|evening|one|weekend))\b/;
const closings = [
  "that's all",
  'that is all',
  "that's it",
  'that is it',
  "that'll be all",
  "that's everything",
  'nothing else',
  "i'm all set",
  'all set',
  "i'm done",
  "that's all i needed",
  "that's all i need",
  'that should do it',
];
const answersToAnythingElse = [
  'no',
  'nope',
  'nah',
  'no thanks',
  'no thank you',
  "i'm good",
  "we're good",
  "i'm fine",
  'not really',
  "i don't think so",
  'thanks',
  'thank you',
];
const fillers = [
  'no',
  'nope',
  'nah',
  'yeah',
  'yes',
  'ok',
  'okay',
  'alright',
  'so',
  'um',
  'uh',
  'well',
  'i think',
  'i guess',
  'great',
  'perfect',
  'cool',
  'thanks',
  'thank you',
  'for now',
  'for today',
  'then',
  'really',
  'so much',
  'very much',
];

/** "that's all for now thanks", said alone. */
const thatsAll =
  /^(?:(?:ok(?:ay)?|alright|all right|great|cool|perfect|good|so|yeah|well|thanks|thank you)[\s,]+)*(?:that's|that is|thats) (?:all|it|everything)(?: for now| i (?:had|have|needed))?(?:[\s,]+(?:thanks|thank you|bye|goodbye|good to know)(?: so much)?)*[.!]*$/;

/** Whether the turn is only the caller saying that was all ("okay that's all for now thanks"). */
export function saysThatsAll(text: string): boolean {
  return thatsAll.test(text);
}

/** Whether the caller says goodbye outright ("bye", "talk to you later"). */
export function isFarewell(utterance: string): boolean {
  return farewell.test(normalizeUtterance(utterance));
}

/**
 * Whether the caller is done: a farewell, or nothing but closing words ("no that's it thanks").
 * A bare "no" only closes the call as the answer to "anything else?".
 */
export function detectGoodbye(utterance: string, { afterAnythingElse }: DetectGoodbyeOptions): boolean {
  const text = normalizeUtterance(utterance)
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (farewell.test(text)) return true;
  const closers = afterAnythingElse ? [...closings, ...answersToAnythingElse] : closings;
  if (!closers.some((phrase) => containsPhrase(text, phrase))) return false;
  return removePhrases(text, [...closers, ...fillers]) === '';
}

function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

function removePhrases(text: string, phrases: string[]): string {
  const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((rest, phrase) => rest.replace(new RegExp(`(?<=^| )${phrase}(?= |$)`, 'g'), ' '), text).trim();
}
