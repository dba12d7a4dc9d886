import { minSpeculativeWords } from '../electron/core/calls/gatherStreams';
import { comparableWords } from '../electron/core/conversation/sameWords';

/** How a caller's turn reaches Pickup over `<Gather partialResultCallback>`, as simulated. */
export interface PartialTiming {
  /** A word every this many ms (150 words a minute). */
  msPerWord: number;
  /** A partial result this long after each word. */
  partialDelayMs: number;
  /** The stable result trails the words by this many (the newest words are still unstable). */
  stableLagWords: number;
  /** After the caller stops, one more partial with every word stable this long after the last word; null: never. */
  catchUpMs: number | null;
  /** The Gather's `speechTimeout`: the final result comes this long after the last word. */
  speechTimeoutMs: number;
  /** The model's time to its first sentence (what the caller waits for without speculation). */
  modelFirstSentenceMs: number;
}

export interface SpeculatedTurn {
  /** Replies started on partial words (each a model request; all but a used one aborted). */
  started: number;
  hit: boolean;
  /** How much sooner the first sentence is ready than without speculation. */
  savedMs: number;
}

/**
 * One caller turn with partial results as growing prefixes of its words, run through the same
 * rules Pickup applies (a reply started when every word heard is stable, they changed and are at
 * least `minSpeculativeWords`; used when the final words are the same).
 */
export function speculateTurn(utterance: string, timing: PartialTiming): SpeculatedTurn {
  const words = comparableWords(utterance).split(' ').filter(Boolean);
  const partials: { at: number; stable: string; unstable: boolean }[] = words.map((_, i) => ({
    at: (i + 1) * timing.msPerWord + timing.partialDelayMs,
    stable: words.slice(0, Math.max(0, i + 1 - timing.stableLagWords)).join(' '),
    unstable: timing.stableLagWords > 0,
  }));
  const lastWordAt = words.length * timing.msPerWord;
  if (timing.catchUpMs !== null) partials.push({ at: lastWordAt + timing.catchUpMs, stable: words.join(' '), unstable: false });
  const finalAt = lastWordAt + timing.speechTimeoutMs;

  let started = 0;
  const last = { words: '', at: 0 };
  for (const partial of partials) {
    if (partial.at >= finalAt || partial.unstable || partial.stable === last.words) continue;
    if (partial.stable.split(' ').filter(Boolean).length < minSpeculativeWords) continue;
    Object.assign(last, { words: partial.stable, at: partial.at });
    started += 1;
  }
  const hit = started > 0 && last.words === words.join(' ');
  return { started, hit, savedMs: hit ? Math.min(timing.modelFirstSentenceMs, finalAt - last.at) : 0 };
}

/** Totals over many turns: how often a speculative reply is used, what it saves, and what it costs in requests. */
export function speculationSummary(utterances: readonly string[], timing: PartialTiming) {
  const turns = utterances.map((u) => speculateTurn(u, timing));
  const hits = turns.filter((t) => t.hit);
  const requests = turns.reduce((total, t) => total + t.started + (t.hit ? 0 : 1), 0);
  const saved = hits.map((t) => t.savedMs).sort((a, b) => a - b);
  return {
    turns: turns.length,
    hitRate: hits.length / turns.length,
    meanSavedMs: turns.reduce((total, t) => total + t.savedMs, 0) / turns.length,
    medianSavedOnHitMs: saved.length ? saved[Math.floor(saved.length / 2)]! : 0,
    requestsPerTurn: requests / turns.length,
  };
}
