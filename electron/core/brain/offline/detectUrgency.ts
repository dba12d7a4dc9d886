import type { Urgency } from '../../../shared/models';
import { detectEmergency } from './detectEmergency';
import { anyOf, normalizeUtterance } from './utteranceText';

const high = anyOf([
  'asap',
  'as soon as possible',
  'urgent',
  'urgently',
  'right away',
  'immediately',
  'today',
  'tonight',
  'quickly',
  'leak(?:s|ing)?',
  'dripping',
  'no (?:heat|hot water|power|water)',
  '(?:not|stopped) working',
  'backed up',
  'clogged',
  'overflowing',
  "(?:can't|cannot) use",
]);
const low = anyOf([
  'no (?:rush|hurry)',
  'not urgent',
  'not in a (?:rush|hurry)',
  'no emergency',
  'not an emergency',
  'whenever',
  'eventually',
  'someday',
  'sometime next',
  'next (?:spring|summer|fall|autumn|winter|year|month|season)',
  'just (?:getting|looking|shopping|comparing|curious)',
  'thinking about',
  'planning (?:on|to)',
  'down the road',
]);

/** How soon the job needs doing: emergency (now), high (today), low (no rush), else normal. */
export function detectUrgency(utterance: string): Urgency {
  if (detectEmergency(utterance)) return 'emergency';
  const text = normalizeUtterance(utterance);
  if (high.test(text) && !/\b(?:not|no)\s+urgent\b/.test(text)) return 'high';
  return low.test(text) ? 'low' : 'normal';
}
