import { describe, expect, it } from 'vitest';
import { filler, fillerAfterMs, maxFillersPerTurn } from '../conversation/fillers';
import { completeSentences, gatherStep } from './gatherStep';

const state = { done: false, words: '', said: 0, waitedMs: 0, fillers: 0 };

describe('what a Gather turn says while the reply is written', () => {
  it('says complete sentences as soon as they are there, never half of one', () => {
    expect(completeSentences('Sure, we can help. Can I get')).toBe('Sure, we can help.');
    expect(completeSentences('It is 3.5 miles')).toBe('');
    expect(gatherStep({ ...state, words: 'Sure, we can help. Can I get' })).toEqual({
      kind: 'words',
      text: 'Sure, we can help.',
      upTo: 18,
    });
    expect(gatherStep({ ...state, words: 'Sure, we can help. Can I get your name? And', said: 18 })).toEqual({
      kind: 'words',
      text: 'Can I get your name?',
      upTo: 39,
    });
  });

  it('waits for a sentence, says a filler after the wait, and no filler once the reply has started', () => {
    expect(gatherStep({ ...state, words: 'Sure, we can' })).toEqual({ kind: 'wait', ms: fillerAfterMs });
    expect(gatherStep({ ...state, waitedMs: fillerAfterMs })).toEqual({ kind: 'filler' });
    expect(gatherStep({ ...state, waitedMs: fillerAfterMs, fillers: maxFillersPerTurn }).kind).toBe('wait');
    expect(gatherStep({ ...state, words: 'Sure. Let me', said: 5, waitedMs: 5000 }).kind).toBe('wait');
    expect(gatherStep({ ...state, done: true, words: 'Sure. Let me' })).toEqual({ kind: 'final' });
  });

  it('fillers vary, and follow the call into Spanish', () => {
    expect(new Set([0, 1, 2, 3].map((n) => filler('en', n))).size).toBe(4);
    expect(filler('es', 0)).not.toBe(filler('en', 0));
    expect(filler('en', 7)).toBe(filler('en', 7));
  });
});
