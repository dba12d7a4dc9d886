/**
 * Contractions speech-to-text (or a caller's texting thumbs) delivered without their apostrophe:
 * "im" is "i'm", "dont" is "don't". Only words that are never anything else: not "its", "ill",
 * "were", "lets", "wed", "hell", "shell".
 */
const missingApostrophe =
  /\b(?:im|ive|dont|doesnt|didnt|isnt|wasnt|arent|werent|cant|wont|couldnt|shouldnt|wouldnt|hasnt|havent|hadnt|shes|thats|theres|whats|wheres|heres|youre|theyre|youve|weve|theyve)\b/gi;
/** Where the apostrophe goes back: before the ending each contraction shortens ("'re", "'ve", "'m", "'s", "n't"). */
const contractedEnding = /(re|ve|m|s|t)$/i;

/**
 * Trouble told with the g dropped, as many callers speak and speech-to-text writes it: "it's comin
 * up in the tub", "the panel's hummin", "smokin'". Only verbs a caller uses about the job, so
 * "cabin", "basin" and "within" stay as they are.
 */
const droppedG =
  /\b(back|burn|com|leak|smok|spark|pour|dripp|flood|spray|gush|runn|melt|smell|buzz|humm|crack|sagg|fall|blow|freez|shoot|squirt|popp|click|bang|knock|mak|go|gett|do|start|keep|rain|snow|sink|shak|drain|overflow|soak|rott|peel|cav|giv|work|try|call|look|bubbl|boil|stink|crumbl|lean|hang|sway|creak|groan|breath|wheez|cough|spill|seep|sweat|steam|hiss|whistl|rattl|grind|squeal|bulg|split|shift|settl|trickl|stream|tak|fill|ris|turn|pump)in'?(?=[\s.,!?]|$)/gi;

/**
 * Straightens the curly apostrophes speech-to-text emits, puts back the ones it left out of
 * contractions, and collapses whitespace, keeping case.
 */
export function tidyUtterance(utterance: string): string {
  return utterance
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(missingApostrophe, (word) => word.replace(contractedEnding, "'$1"))
    .replace(droppedG, '$1ing')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tidied utterance in lower case, so every detector can match plain ASCII patterns. */
export function normalizeUtterance(utterance: string): string {
  return tidyUtterance(utterance).toLowerCase();
}

/** Whether the caller said nothing but hesitation ("", "um", "hmm..."). */
export function isFillerOnly(utterance: string): boolean {
  return /^(?:(?:um+|uh+|hm+|mm+|er+|ah+|oh|well|so)\b[\s,.!?-]*)*$/.test(normalizeUtterance(utterance));
}

const negators = new Set([
  'no',
  'not',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "isn't",
  "aren't",
  "wasn't",
  'never',
  'without',
  // "hardly any water coming out": too little of it, the opposite of a flood.
  'hardly',
  'barely',
  "didn't",
  // "nothing's burning or sparking".
  'nothing',
  "nothing's",
  'nor',
]);

/** Whether one of the few words right before `index` in normalised `text` negates what follows ("I don't smell gas"). */
export function isNegatedAt(text: string, index: number, window = 3): boolean {
  return negatesWhatFollows(
    text
      .slice(0, index)
      .split(/[^a-z']+/)
      .filter(Boolean),
    window,
  );
}

/** Whether the words said right before a word (in order) deny it: a negator among the last few. */
export function negatesWhatFollows(before: readonly string[], window = 3): boolean {
  const near = before.slice(-window);
  // "it's probably nothing but the furnace keeps clicking": "but" ends what a negator covers.
  return near.slice(near.lastIndexOf('but') + 1).some((word) => negators.has(word));
}

/**
 * Whether `everyMatch` (a global pattern) is said somewhere in normalised `text` and not denied
 * there: "the outlet's not hot" is no burn, "we're not asking for a donation" no pitch.
 */
export function saidUndenied(text: string, everyMatch: RegExp): boolean {
  return [...text.matchAll(everyMatch)].some((match) => !isNegatedAt(text, match.index));
}

/** A pattern matching any of `phrases` (regular-expression fragments) as whole words. */
export function anyOf(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.join('|')})\\b`);
}

/** Like anyOf, with word edges that know accented letters, so Spanish words ("rompió", "bebé") match whole. */
export function anyWord(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}
