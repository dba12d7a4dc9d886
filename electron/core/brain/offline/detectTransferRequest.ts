import { isNegatedAt, normalizeUtterance } from './utteranceText';

export interface DetectTransferOptions {
  /** The owner's name from settings ('' when not set); "is Mike there" asks for him. */
  ownerName: string;
}

const person =
  '(?:a |an |the |your |some )?(?:real |actual |live |human )?(?:person|human|human being|someone|somebody|anyone|anybody|owner|boss|manager|operator|representative|rep|agent|technician|tech|electrician|plumber|handyman|painter|roofer|contractor|landscaper|him|her|them)';
const requestPatterns = [
  new RegExp(`\\b(?:talk|speak|chat)\\s+(?:to|with)\\s+${person}\\b`),
  new RegExp(
    `\\b(?:put|get|patch)\\s+me\\s+(?:through|over)\\b|\\btransfer\\s+me\\b|\\bconnect\\s+me\\b|\\bget\\s+me\\s+${person}\\b`,
  ),
  /\b(?:real|actual|live)\s+(?:person|human)\b/,
  /\bhuman being\b/,
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
    return match !== null && !isNegatedAt(words, match.index);
  });
}

function ownerPatterns(ownerName: string): RegExp[] {
  const first = normalizeUtterance(ownerName)
    .split(' ')[0]
    ?.replace(/[^a-z'-]/g, '');
  if (!first) return [];
  return [
    new RegExp(`\\bis\\s+${first}\\s+(?:there|in|around|available|free)\\b`),
    new RegExp(`\\b(?:talk|speak|chat)\\s+(?:to|with)\\s+${first}\\b`),
    new RegExp(`\\b(?:put|get)\\s+${first}\\s+on\\b|\\b(?:get|want|need)\\s+${first}\\b(?!\\s+to\\b)`),
    new RegExp(`^(?:can i have |can i get |i'd like )?${first}(?:\\s+please)?$`),
  ];
}
