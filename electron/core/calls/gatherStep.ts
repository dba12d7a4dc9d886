import { fillerAfterMs, maxFillersPerTurn } from '../conversation/fillers';

/** What a Gather turn's webhook answers now while the reply is being written. */
export type GatherStep =
  /** The whole reply is there: say the rest of it and carry out its action. */
  | { kind: 'final' }
  /** These complete sentences can be said now (the words up to `upTo`); the rest follows at the continuation. */
  | { kind: 'words'; text: string; upTo: number }
  /** Nothing to say yet and the caller has waited long enough: a filler, then the continuation. */
  | { kind: 'filler' }
  /** Keep waiting, at most `ms` more before something is said. */
  | { kind: 'wait'; ms: number };

/** The words up to the end of the last complete sentence (a sentence mark followed by a space). */
export function completeSentences(words: string): string {
  let end = 0;
  for (const match of words.matchAll(/[.!?](?=\s)/g)) end = match.index + 1;
  return words.slice(0, end);
}

/**
 * The decision for one webhook of a turn: `said` is how much of the brain's `words` the caller
 * has been given already, `waitedMs` how long this webhook has waited, `fillers` how many this
 * turn has said. Sentences go out as soon as they are complete, a filler after `fillerAfterMs` of
 * nothing while none of the reply was said (at most `maxFillersPerTurn`), and otherwise the webhook waits for the reply.
 */
export function gatherStep(state: { done: boolean; words: string; said: number; waitedMs: number; fillers: number }): GatherStep {
  if (state.done) return { kind: 'final' };
  const sentences = completeSentences(state.words);
  if (sentences.length > state.said) {
    const text = sentences.slice(state.said).trim();
    if (text) return { kind: 'words', text, upTo: sentences.length };
  }
  // Once the reply has started, a filler would interrupt it: the caller waits for the rest.
  if (state.said > 0 || state.fillers >= maxFillersPerTurn) return { kind: 'wait', ms: Number.POSITIVE_INFINITY };
  if (state.waitedMs >= fillerAfterMs) return { kind: 'filler' };
  return { kind: 'wait', ms: fillerAfterMs - state.waitedMs };
}
