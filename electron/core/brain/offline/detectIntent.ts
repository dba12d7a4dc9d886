import type { CallerIntent } from '../../../shared/models';
import { detectTransferRequest } from './detectTransferRequest';
import { isQuestion } from './isQuestion';
import { anyOf, normalizeUtterance } from './utteranceText';

export interface DetectIntentOptions {
  ownerName: string;
}

const complaint = anyOf([
  'never (?:showed|came|called|finished|fixed)',
  "didn't (?:show|come|call|fix|finish)",
  'no[- ]show',
  "your (?:guy|guys|crew|tech|technician|worker|workers|people|company)\\b[^.!?]{0,40}\\b(?:never|didn't|broke|damaged|left|ruined|messed|screwed|scratched)",
  'complain',
  'complaint',
  '(?:not happy|unhappy) with',
  'disappointed',
  '(?:terrible|bad|poor) job',
  'shoddy',
  'ripped off',
  'rip off',
  'overcharged',
  'refund',
  'still (?:leaking|broken|not fixed|waiting)',
  'unacceptable',
  'worst',
]);
const quote = anyOf(['quotes?', 'estimates?', 'bid', 'how much', 'prices?', 'pricing', 'costs?', 'charge', 'rates?', 'ballpark']);
const schedule = anyOf([
  'come (?:out|by|over|look|take a look|and look)',
  'send (?:someone|somebody|a tech|a guy|out)',
  'appointment',
  'schedule',
  'book',
  'set up a time',
  'get (?:someone|somebody) out',
  '(?:can|could) (?:you|someone|somebody|anyone|one of your guys) (?:come|fix|repair|replace|look|install|take a look)',
  'need (?:someone|somebody) to',
  'fixed|repaired|replaced|installed|looked at',
  '(?:is|are|keeps?|started) (?:leaking|dripping|broken|clogged|backing up|not working|falling off|sagging|cracked|damaged)',
  'stopped working',
]);

/** What the caller wants, in the call log's categories; 'other' when nothing is clear. */
export function detectIntent(utterance: string, { ownerName }: DetectIntentOptions): CallerIntent {
  const text = normalizeUtterance(utterance);
  if (detectTransferRequest(utterance, { ownerName })) return 'transfer';
  if (complaint.test(text)) return 'complaint';
  if (quote.test(text)) return 'quote';
  if (schedule.test(text)) return 'schedule';
  return isQuestion(utterance) && !asksForCallback(text) ? 'question' : 'other';
}

function asksForCallback(text: string): boolean {
  return /\b(?:call|ring|phone)\s+(?:me|us)\b/.test(text);
}
