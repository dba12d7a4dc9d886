import { describe, expect, it } from 'vitest';
import { anyOf, isFillerOnly, isNegatedAt, normalizeUtterance, tidyUtterance } from './utteranceText';

describe('tidyUtterance', () => {
  it('straightens apostrophes and collapses spaces but keeps case', () => {
    expect(tidyUtterance(' It\u2019s   Dana ')).toBe("It's Dana");
  });

  it('puts back the apostrophe speech-to-text left out of a contraction (tune-a-week-in-the-springs.json)', () => {
    expect(tidyUtterance('im greg lindahl')).toBe("i'm greg lindahl");
    expect(tidyUtterance('Im here and it DONT work, whats wrong theyre saying shes fine')).toBe(
      "I'm here and it DON'T work, what's wrong they're saying she's fine",
    );
  });

  it('puts it before the ending the contraction shortens, "n\'t" included', () => {
    expect(tidyUtterance('couldnt shouldnt wouldnt youve Weve')).toBe("couldn't shouldn't wouldn't you've We've");
  });

  it('leaves words that are words without one: its, ill, were, lets, well', () => {
    expect(tidyUtterance('its filter is dirty and she is ill we were told it lets air in well')).toBe(
      'its filter is dirty and she is ill we were told it lets air in well',
    );
  });

  it('puts back the g a caller dropped from a verb about the job, and leaves words that end in "in" (tune-regional-voices.json)', () => {
    expect(tidyUtterance("it's comin up in the tub and it's a-leakin' bad")).toBe(
      "it's coming up in the tub and it's a-leaking bad",
    );
    expect(tidyUtterance('the breaker box is hummin and the outlet is smokin')).toBe(
      'the breaker box is humming and the outlet is smoking',
    );
    expect(tidyUtterance('Martin at the cabin says the basin drain is fine within reason')).toBe(
      'Martin at the cabin says the basin drain is fine within reason',
    );
  });
});

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
    ["it's probably nothing but the furnace keeps clicking", 'furnace', false],
    ['not the furnace but the water heater', 'water', false],
    ['no sparks but no smoke', 'smoke', true],
  ])('in %j, %j negated: %s', (text, word, negated) => {
    expect(isNegatedAt(text, text.indexOf(word))).toBe(negated);
  });
});

describe('isFillerOnly', () => {
  it.each([
    ['', true],
    ['um...', true],
    ['Hmm, uh', true],
    ['um, no', false],
    ['gutters', false],
  ])('%j -> %s', (utterance, filler) => {
    expect(isFillerOnly(utterance)).toBe(filler);
  });
});

describe('anyOf', () => {
  it('matches whole words and phrases only', () => {
    const pattern = anyOf(['leak', 'no heat', 'frustrat\\w*']);
    expect(pattern.test('there is a leak')).toBe(true);
    expect(pattern.test('we have no heat')).toBe(true);
    expect(pattern.test("i'm frustrated")).toBe(true);
    expect(pattern.test('leaking')).toBe(false);
  });
});
