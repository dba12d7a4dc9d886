import { describe, expect, it } from 'vitest';
import { unsaidWords } from './unsaidWords';

describe('unsaidWords', () => {
  it('adds nothing when the checked reply is what was streamed, tidied', () => {
    expect(unsaidWords('Sure, **we** can help!', 'Sure, we can help!')).toBe('');
  });

  it('adds nothing when the checked reply was cut shorter than what was streamed', () => {
    expect(unsaidWords('One. Two. Three.', 'One. Two.')).toBe('');
  });

  it('adds the rest when the stream stopped early', () => {
    expect(unsaidWords('You can reach Mike at', 'You can reach Mike at the office tomorrow.')).toBe('the office tomorrow.');
  });

  it('says the whole reply when it replaced the model words', () => {
    expect(unsaidWords('Sure thing.', "I'll put you through to Mike now.")).toBe("I'll put you through to Mike now.");
  });
});
