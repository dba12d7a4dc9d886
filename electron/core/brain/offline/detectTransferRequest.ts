import { isNegatedAt, normalizeUtterance } from './utteranceText';

export interface DetectTransferOptions {
  /** The owner's name from settings ('' when not set); "is Mike there" asks for him. */
  ownerName: string;
}

const person =
  "(?:a |an |the |your |some )?(?:real |actual |live |human )?(?:person|human|human being|someone|somebody|anyone|anybody|owner|boss|manager|supervisor|operator|representative|rep|agent|technician|tech|electrician|plumber|handyman|painter|roofer|contractor|landscaper|him|her|them|estimator|foreman|crew lead|project manager|office manager|dispatcher|scheduler|whoever(?:'s| is)? in charge|(?:guy|man|lady|woman|fella|gentleman) (?:who|that))";
/** Someone in charge, asked for by role: unlike "someone", never a request to send a worker out. */
const inCharge = '(?:the |your )?(?:owner|boss|manager|supervisor|operator|representative)';
/** A human rather than a worker: "get a human on the line", unlike "get someone out here". */
const aHuman = '(?:a |an )?(?:real |actual |live )?(?:human|person|human being)';
/** "is Mike available to come out Tuesday" asks about a visit, not to talk now. */
const availableNow =
  '(?!\\s+(?:to (?!talk|speak|chat|take)|tomorrow|next|on |this (?:week|weekend|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day))';
/** Sent to a job, not to the phone: "get me someone out here today". */
const sentOut = '(?!\\s+(?:out|over|here|down|up|in|to come|to look|to fix|to check|to see))';
const requestPatterns = [
  new RegExp(`\\b(?:talk|speak|chat)\\s+(?:to|with)\\s+${person}\\b`),
  new RegExp(
    `\\b(?:put|get|patch)\\s+me\\s+(?:through|over)\\b|\\btransfer\\s+me\\b|\\bconnect\\s+me\\b|\\bget\\s+me\\s+${person}\\b${sentOut}`,
  ),
  /\b(?:real|actual|live)\s+(?:person|human)\b/,
  /\bhuman being\b/,
  new RegExp(`\\bis\\s+${inCharge}\\s+(?:there|in|around|available|free)\\b${availableNow}`),
  new RegExp(`\\b(?:get|have)\\s+(?:${aHuman}|${inCharge})(?:\\s+on the (?:line|phone)|\\s+please|$)`),
  new RegExp(`\\b(?:get (?:a )?hold of|get ahold of|reach)\\s+${inCharge}\\b`),
  /\b(?:someone|somebody|anyone|anybody|a manager|a supervisor|a person|a human|an owner)\s+(?:there\s+)?(?:i|we)\s+can\s+(?:actually\s+)?(?:talk|speak)\s+(?:to|with)\b/,
  new RegExp(`\\bput me in touch with\\s+${person}\\b`),
  /^(?:i )?(?:need|want) (?:a |an )?(?:real |live |actual )?(?:human|person|operator|representative|agent)(?: please| now| on the (?:line|phone))?$/,
  new RegExp(`\\b(?:have )?a word with ${person}\\b`),
  /\b(?:don't|do not|didn't) want\s+(?:to (?:talk|speak) (?:to|with) )?(?:a|an|the|your|some)\s+(?:machine|robot|computer|recording|bot|answering service)\b/,
];
/** A bare "operator!" or "representative" is how people ask for a human on any phone system. */
const bareRequest =
  /^(?:(?:an?|the|um+|uh+|yeah|just)\s+)*(?:operator|representative|rep|agent|human|person|real person|owner)(?:\s+please)?$/;

/** Whether the caller asks to talk to a human or the owner ("let me speak to the owner", "is Mike there?"). */
export function detectTransferRequest(utterance: string, { ownerName }: DetectTransferOptions): boolean {
  const text = normalizeUtterance(utterance);
  const words = text
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (bareRequest.test(words)) return true;
  return [...requestPatterns, ...ownerPatterns(ownerName)].some((pattern) => {
    const match = pattern.exec(words);
    return match !== null && asksNow(words, match.index, match.index + match[0].length);
  });
}

/** "I'll talk to him first", "let me talk to them and get back to you": someone at home, consulted later. */
const consultsFirst =
  /\b(?:i'll|i will|i'm going to|i'm gonna|gonna|we'll|we will|i should|we should)\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?:him|her|them)\b/;
const thenGetsBack =
  /^\s*(?:first\b|about it first\b|and (?:then )?(?:call|get|let you know|see|decide|figure)|before (?:i|we) (?:decide|book|go ahead|commit))/;
/** "my husband wants to talk to the roofer when he comes out": at the visit, not on this call. */
const inPerson =
  /^[^.!?]{0,30}\b(?:when (?:he|she|they|you|someone|somebody|the \w+) (?:comes?|gets?|is|are|shows?) (?:out|here|over|by|up)|while (?:he's|she's|they're|you're) (?:here|out)|at the (?:appointment|visit|estimate)|in person)\b/;
/** "the inspector said I need to talk to an electrician": passed on, not asked of this call. */
const reported =
  /\b(?:said|says|told (?:me|us)|recommended|suggested)\s+(?:that\s+)?(?:(?:i|we) (?:should|need to|have to|gotta|ought to)\s+|to\s+)(?:talk|speak|chat)\s+(?:to|with)\b/;

/** "I spoke to a real person last time": a past call, not a request. */
const talkedBefore = /\b(?:spoke|talked|was talking|were talking|have spoken|already spoke)\s+(?:to|with)\s+(?:a |an |the )?$/;

/** Whether the request found at start..end is the caller asking to talk to someone on this call. */
function asksNow(words: string, start: number, end: number): boolean {
  if (isNegatedAt(words, start)) return false;
  const through = words.slice(0, end);
  const after = words.slice(end);
  if (talkedBefore.test(words.slice(0, start))) return false;
  return !consultsFirst.test(through) && !reported.test(through) && !thenGetsBack.test(after) && !inPerson.test(after);
}

function ownerPatterns(ownerName: string): RegExp[] {
  const first = normalizeUtterance(ownerName)
    .split(' ')[0]
    ?.replace(/[^a-z'-]/g, '');
  if (!first) return [];
  return [
    new RegExp(`\\bis\\s+${first}\\s+(?:there|in|around|available|free)\\b${availableNow}`),
    // "Mike around?" said on its own, without the "is".
    new RegExp(`^${first}\\s+(?:there|in|around|available|free)(?:\\s+(?:today|now|right now))?$`),
    new RegExp(`\\bis (?:this|that) ${first}\\b`),
    new RegExp(`\\b(?:talk|speak|chat)\\s+(?:to|with)\\s+${first}\\b|\\ba word with ${first}\\b`),
    new RegExp(
      `\\b(?:put|get)\\s+${first}\\s+on\\b|\\b(?:get|want|need)\\s+${first}\\b(?!'s|\\s+(?:to|out|over|here|back|again|for)\\b)`,
    ),
    new RegExp(`\\bhave\\s+${first}\\s+(?:pick up|come to the phone|get on)\\b`),
    new RegExp(`\\b(?:get (?:a )?hold of|get ahold of|reach|put me in touch with)\\s+${first}\\b`),
    new RegExp(`^(?:can i have |can i get |i'd like )?${first}(?:\\s+please)?$`),
    // "I was told to ask for Mike", "looking for Mike", "where's Mike": asking for him by name.
    new RegExp(
      `\\b(?:ask(?:ing)? for|looking for|trying to (?:reach|get))\\s+${first}\\b(?!'s)|^(?:(?:hi|hey|yeah|um+|uh+)\\s+)*where's\\s+${first}(?:\\s+at)?$`,
    ),
  ];
}
