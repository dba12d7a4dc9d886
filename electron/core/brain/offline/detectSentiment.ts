import type { CallerSentiment } from '../../../shared/models';
import { anyOf, normalizeUtterance } from './utteranceText';

const negative = anyOf([
  'angry',
  'upset',
  'frustrat\\w*',
  'annoy\\w*',
  'pissed',
  'furious',
  'mad at',
  'terrible',
  'awful',
  'horrible',
  'worst',
  'ridiculous',
  'unacceptable',
  'disappoint\\w*',
  'not (?:happy|good|great|pleased|okay|ok)',
  'unhappy',
  '(?:fed up|sick|tired) (?:with|of)',
  'damn',
  'hell',
  'wtf',
  'never (?:showed|called|came)',
  'waste of',
  'useless',
  'stupid',
  'hate',
  'rude',
  'scam',
  'ripped off',
  'rip off',
  'complain\\w*',
]);
const positive = anyOf([
  'thank you',
  'thanks',
  'great',
  'awesome',
  'perfect',
  'wonderful',
  'excellent',
  'appreciate\\w*',
  'love',
  'amazing',
  'fantastic',
  'happy with',
  'pleased',
  'glad',
  'good job',
  'nice',
  'helpful',
]);

/** How the caller sounds this turn; any complaint outweighs politeness ("thanks, but this is ridiculous"). */
export function detectSentiment(utterance: string): CallerSentiment {
  const text = normalizeUtterance(utterance);
  if (negative.test(text)) return 'negative';
  return positive.test(text) ? 'positive' : 'neutral';
}
