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
/**
 * "is this the best number?" ... "no that's it": after something read back to the caller, a "no"
 * that goes straight on to say it is right answers the question the caller half heard ("anything
 * else?"), and confirms; not "no, that's my work phone" nor "no that's fine but use my cell". After
 * "anything else?" itself it is the no it says.
 */
const noThenYes =
  /^(?:no|nope|nah) +(?:that|this)(?:'s| is) (?:it|fine|good|right|correct|perfect|great|the one|the right one)\b(?!.*\b(?:but|though|instead|use|different|other|not)\b)/;

/** Whether the caller's answer to a yes/no question is yes, no, or neither; `readBack` when the question read something back to confirm. */
export function detectConfirmation(utterance: string, options: { readBack?: boolean } = {}): Confirmation | null {
  const text = normalizeUtterance(utterance)
    .replace(/^(?:(?:um+|uh+|oh|well|so)\b[\s,.!-]*)+/, '')
    .replace(/[^a-z' ]+/g, ' ')
    .trim();
  if (options.readBack && noThenYes.test(text)) return 'yes';
  if (no.test(text)) return 'no';
  return yes.test(text) ? 'yes' : null;
}
