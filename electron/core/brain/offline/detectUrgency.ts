import type { Urgency } from '../../../shared/models';
import { detectEmergency } from './detectEmergency';
import { normalizeUtterance } from './normalizeUtterance';

const high =
  /\b(?:asap|as soon as possible|urgent|urgently|right away|immediately|today|tonight|quickly|leaking|leaks|leak|dripping|no heat|no hot water|no power|no water|not working|stopped working|backed up|clogged|overflowing|can't use|cannot use)\b/;
const low =
  /\b(?:no rush|no hurry|not urgent|not in a (?:rush|hurry)|no emergency|not an emergency|whenever|eventually|someday|sometime next|next (?:spring|summer|fall|autumn|winter|year|month|season)|just (?:getting|looking|shopping|comparing|curious)|thinking about|planning (?:on|to)|down the road)\b/;

/** How soon the job needs doing: emergency (now), high (today), low (no rush), else normal. */
export function detectUrgency(utterance: string): Urgency {
  if (detectEmergency(utterance)) return 'emergency';
  const text = normalizeUtterance(utterance);
  if (high.test(text) && !/\b(?:not|no)\s+urgent\b/.test(text)) return 'high';
  return low.test(text) ? 'low' : 'normal';
}
