import { describe, expect, it } from 'vitest';
import { speculateTurn, speculationSummary, type PartialTiming } from './speculation';

const timing: PartialTiming = {
  msPerWord: 400,
  partialDelayMs: 300,
  stableLagWords: 1,
  catchUpMs: 600,
  speechTimeoutMs: 2000,
  modelFirstSentenceMs: 430,
};

describe('speculative replies on partial results, simulated', () => {
  it('starts one reply, once every word is stable, uses it, and saves up to the model time', () => {
    expect(speculateTurn('I need a roof quote.', timing)).toEqual({ started: 1, hit: true, savedMs: 430 });
  });

  it('misses when the stable words never catch up before the final, and one-word turns start nothing', () => {
    expect(speculateTurn('I need a roof quote', { ...timing, catchUpMs: null })).toEqual({ started: 0, hit: false, savedMs: 0 });
    expect(speculateTurn('yes', timing)).toEqual({ started: 0, hit: false, savedMs: 0 });
    expect(speculationSummary(['yes', 'I need a roof quote'], timing)).toMatchObject({ hitRate: 0.5, requestsPerTurn: 1 });
  });
});
