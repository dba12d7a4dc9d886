import { normalizeUtterance } from './utteranceText';

export type Confirmation = 'yes' | 'no';

const yesWords = [
  'yes',
  'yeah',
  'yep',
  'yup',
  'yea',
  'ya',
  'sure',
  'correct',
  'right',
  'exactly',
  'affirmative',
  'absolutely',
  'definitely',
  'ok',
  'okay',
  'uh huh',
  'mm hmm',
  'sounds good',
  'perfect',
  'it is',
  'you got it',
  // Not "good morning i'm calling because...": a greeting, not a yes.
  'good(?! (?:morning|afternoon|evening|day|night)\\b)',
  'same number',
  "(?:that|this)(?: number| one)?(?:'s| is)? (?:right|correct|fine|good|great|perfect|it|works|the one|me|mine|my number|my cell|the right number|the best number|best)",
];
const noWords = [
  'no(?! problem| worries)',
  'nope',
  'nah',
  'not really',
  'negative',
  'wrong',
  'incorrect',
  'actually no',
  'use a different',
  'not that',
  "that's not",
  'that is not',
  "that's wrong",
];
const yes = new RegExp(`^(?:${yesWords.join('|')})\\b`);
const no = new RegExp(`^(?:${noWords.join('|')})\\b`);

/** Whether the caller's answer to a yes/no question is yes, no, or neither. */
export function detectConfirmation(utterance: string): Confirmation | null {
  const text = normalizeUtterance(utterance)
    .replace(/^(?:(?:um+|uh+|oh|well|so)\b[\s,.!-]*)+/, '')
    .replace(/[^a-z' ]+/g, ' ')
    .trim();
  if (no.test(text)) return 'no';
  return yes.test(text) ? 'yes' : null;
}
