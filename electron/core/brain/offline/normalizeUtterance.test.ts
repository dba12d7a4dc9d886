import { describe, expect, it } from 'vitest';
import { isNegatedAt, normalizeUtterance } from './normalizeUtterance';

describe('normalizeUtterance', () => {
  it('lower-cases, straightens apostrophes and collapses spaces', () => {
    expect(normalizeUtterance('  I\u2019M   Dana\n')).toBe("i'm dana");
  });
});

describe('isNegatedAt', () => {
  it.each([
    ["i don't smell gas", 'smell', true],
    ['there is no smoke', 'smoke', true],
    ['i smell gas', 'smell', false],
    ['no, wait, actually i smell gas now', 'smell', false],
  ])('in %j, %j negated: %s', (text, word, negated) => {
    expect(isNegatedAt(text, text.indexOf(word))).toBe(negated);
  });
});
