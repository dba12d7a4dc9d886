import { orOwner, perOwner, type OwnerOptions } from './ownerNames';
import { anyOf, isNegatedAt, normalizeUtterance } from './utteranceText';

const callbackRequest = anyOf([
  // Not "no need to bother him or call me back".
  '(?<!\\bno (?:need|reason) to (?:bother|disturb|trouble) \\w+ or )call (?:me|us)(?: back)?',
  // Not "i just wanted to call back and say thanks": the caller calling back, asking nothing.
  // Nor "i'll just call back when i figure out my schedule", "i'll give you guys a call back": the
  // caller ringing again.
  "(?<!\\b(?:i|we) (?:just )?(?:wanted|want|needed|meant) to )(?<!\\b(?:i'll|i will|we'll|we will|i can|we can|let me|i'm gonna|i'm going to|i'd|i'll have to|i need to|i have to)(?: just| probably| maybe| try and| try to)? )(?<!\\b(?:i'll|i will|we'll|we will|i'm gonna|i'm going to|let me) (?:just )?give (?:you|y'all|you guys|ya) a )call ?back",
  'give (?:me|us) a (?:call|ring)',
  '(?:ring|phone|reach) me',
  // "he can try me again after one"; "she said call her back after six", for a relative.
  'try (?:me|us)(?: again| back| later)?\\b',
  'call (?:her|him) back',
  'get back to me',
  '(?:have|get) (?:the )?\\w+ (?:to )?call',
  // A text back or any contact is still the business getting back to the caller.
  'text (?:me|us)',
  'contact (?:me|us)',
  'get in touch with (?:me|us)',
  // "call my cell after eleven", "so call after seven", "call in like two hours": the caller still
  // asks, with the "me" left out; not "i'll call after lunch", which is them calling.
  "(?<!\\b(?:i'll|i will|we'll|we will|i can|we can|i could|let me|i'm gonna|i'm going to|i'd) )call (?:(?:my|the) (?:cell|mobile|phone|number|house|home|work|office|landline)|(?:after|before|around|anytime|any time|between|in (?:like |about |an? |\\d)|then|tomorrow|tonight|later today|this (?:afternoon|evening))\\b)",
]);

/** "he said to call back", "you told me to call back": what the caller was told to do, not a request. */
const toldToCall = /\b(?:said|says|told (?:me|us)|asked (?:me|us)|wanted (?:me|us))\s+(?:i should |we should |to )$/;

/** "y'all ain't gotta call me back": said as people say it, not among the words that negate anything. */
const notNeeded = /\bain't (?:gotta|got to|need to|have to)\s+$/;

/** "doesn't need to call me tonight, tomorrow's fine": not now, which is a time, not a refusal. */
const notNow =
  /^\s*(?:me |us )?(?:back )?(?:tonight|today|now|right now|right away|until|till|before|this (?:morning|afternoon|evening|week))\b/;
/** "ok good to know that's all i was wondering": the caller only wanted to know, and now does. */
export const answeredAll =
  "that's (?:all|everything) i (?:needed|was wondering|wanted to know|needed to know)(?: for now)?|that answers (?:it|my question)|i'll keep (?:that|it|you(?: guys)?) in mind";

/** "no need to call me back", "he doesn't have to call": the caller wants nothing back. */
const callbackDeclined = perOwner((owner) =>
  anyOf([
    `no (?:need|reason) (?:for (?:him|her${orOwner(owner)}|anyone|anybody) )?to (?:call|ring|phone|get back to)`,
    // "no need to bother him or call me back".
    `no (?:need|reason) to (?:bother|disturb|trouble) (?:him|her|them${orOwner(owner)}|anyone|anybody) or (?:call|ring|phone|get back to)`,
    `(?:you|he|she|they${orOwner(owner)}|anyone|anybody) (?:don't|doesn't|do not|does not) (?:need|have) to (?:call|ring|phone|get back to)`,
    // "y'all ain't gotta call me back".
    `(?:you|y'all|you all|you guys|he|she|they${orOwner(owner)}) (?:ain't|don't|doesn't) (?:gotta|got to) (?:call|ring|phone|get back to)`,
    // "oh don't call me my son takes care of all this", "no don't call i'll call you": not "don't call me before ten".
    "(?:don't|do not) call(?: (?:me|us))?(?=\\s*(?:$|(?:i'll|i will|we'll|my|he'll|she'll)\\b))",
    'no call ?back (?:needed|necessary|required)',
    "(?:don't|do not) (?:bother )?(?:call|calling) (?:me|us) back",
    // "actually don't worry about calling me, i'll try you guys tomorrow".
    "(?:don't|do not) (?:worry|bother) (?:about )?(?:calling|callin'?|ringing)(?: (?:me|us))?\\b",
    "(?:i|we) (?:don't|do not) need (?:a call ?back|to be called|him to call|anyone to call)",
    // "ok that's all i needed thanks": answered, nothing to follow up (58 of 59 such tune calls).
    answeredAll,
  ]),
);

/** Whether the caller says they want no call back ("no need to call me back, just tell him thanks"). */
export function declinesCallback(utterance: string, { ownerName }: OwnerOptions): boolean {
  const text = normalizeUtterance(utterance);
  const match = callbackDeclined(ownerName).exec(text);
  return match !== null && !notNow.test(text.slice(match.index + match[0].length));
}

/** Whether the caller asks to be called back ("can somebody call me back", "have Mike call"). */
export function detectCallbackRequest(utterance: string): boolean {
  const text = normalizeUtterance(utterance);
  const match = callbackRequest.exec(text);
  return (
    match !== null &&
    !isNegatedAt(text, match.index, 4) &&
    !notNeeded.test(text.slice(0, match.index)) &&
    !toldToCall.test(text.slice(0, match.index))
  );
}
