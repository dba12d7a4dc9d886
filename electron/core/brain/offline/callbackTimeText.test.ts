import { describe, expect, it } from 'vitest';
import { callbackTimeText, relativeCallbackTime, soundsLikeATime } from './callbackTimeText';

describe('callbackTimeText', () => {
  it.each([
    ['not before ten tomorrow', 'after 10 tomorrow'],
    ["i work nights so please don't call before ten in the morning", 'i work nights so please after 10 in the morning'],
    ['call me after five actually make that after six', 'after 6'],
    ['i work till four so after four thirty', 'after 4:30'],
  ])('reads %j', (spoken, text) => {
    expect(callbackTimeText(spoken)).toBe(text);
  });
});

describe('soundsLikeATime', () => {
  it('tells a time answer from other talk', () => {
    expect(soundsLikeATime('after 5')).toBe(true);
    expect(soundsLikeATime('weekday evenings are best')).toBe(true);
    expect(soundsLikeATime('we had a storm last night')).toBe(false);
  });
});

describe('relativeCallbackTime', () => {
  const now = new Date('2026-04-02T17:15:00Z');
  it('reads "in an hour" and "in 20 minutes" from now', () => {
    expect(relativeCallbackTime('call me back in about an hour', now)).toEqual({
      phrase: 'in about an hour',
      time: '2026-04-02T18:15:00.000Z',
    });
    expect(relativeCallbackTime('in 20 minutes', now)?.time).toBe('2026-04-02T17:35:00.000Z');
    expect(relativeCallbackTime('after 5', now)).toBeNull();
  });
});
