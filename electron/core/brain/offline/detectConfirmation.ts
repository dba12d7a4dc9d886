import { normalizeUtterance } from './normalizeUtterance';

export type Confirmation = 'yes' | 'no';

const yes =
  /^(?:yes|yeah|yep|yup|yea|ya|sure|correct|right|that's right|that is right|that's correct|exactly|affirmative|absolutely|definitely|ok|okay|uh huh|mm hmm|that works|that's fine|that's good|sounds good|perfect|it is|yes it is|that's the one|that's it|that's me|that's my number|you got it|good)\b/;
const no = /^(?:no|nope|nah|not really|negative|wrong|that's wrong|that's not right|that's not it|incorrect|actually no|use a different|not that)\b/;

/** Whether the caller's answer to a yes/no question is yes, no, or neither. */
export function detectConfirmation(utterance: string): Confirmation | null {
  const text = normalizeUtterance(utterance)
    .replace(/^(?:(?:um+|uh+|oh|well|so)\b[\s,.!-]*)+/, '')
    .replace(/[^a-z' ]+/g, ' ')
    .trim();
  if (no.test(text)) return 'no';
  return yes.test(text) ? 'yes' : null;
}
