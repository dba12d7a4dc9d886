import { describe, expect, it } from 'vitest';
import { detectGoodbye, isFarewell, saysThatsAll } from './detectGoodbye';

describe('detectGoodbye', () => {
  it.each([
    "that's all",
    "no that's it thanks",
    'bye',
    'nothing else',
    'Okay, goodbye!',
    "I'm all set, thank you",
    'That\u2019s everything.',
  ])('hears %j as goodbye at any point', (utterance) => {
    expect(detectGoodbye(utterance, { afterAnythingElse: false })).toBe(true);
  });

  it.each(['no', 'nope', 'no thanks', "I'm good", 'thank you'])(
    'hears %j as goodbye only after "anything else?"',
    (utterance) => {
      expect(detectGoodbye(utterance, { afterAnythingElse: true })).toBe(true);
      expect(detectGoodbye(utterance, { afterAnythingElse: false })).toBe(false);
    },
  );

  it.each([
    "that's it, the leak is right over the kitchen",
    'no, my name is Dana',
    'nothing else, but when will he call?',
    'I need a roof quote',
    '',
  ])('does not hear %j as goodbye', (utterance) => {
    expect(detectGoodbye(utterance, { afterAnythingElse: true })).toBe(false);
  });
});

describe('isFarewell', () => {
  it.each([
    ['bye', true],
    ['talk to you later', true],
    ['have a good night', true],
    ["that's all", false],
    ['no', false],
    ['okay thanks take care', true],
    // eval/corpus/tune-is-it-urgent.json: the call was ended on the caller's first words.
    ["i'm sorry to call so early i take care of my mother she's eighty five", false],
    ['we take care of the yard ourselves', false],
    ['see you guys do gutters too', false],
  ])('%j -> %s', (utterance, farewell) => {
    expect(isFarewell(utterance)).toBe(farewell);
  });
});

describe('saysThatsAll', () => {
  it('hears a turn that only says that was all, not one that goes on', () => {
    expect(saysThatsAll("okay that's all for now thanks")).toBe(true);
    expect(saysThatsAll("that's it thank you so much")).toBe(true);
    expect(saysThatsAll("that's all i needed good to know")).toBe(true);
    expect(saysThatsAll("that's all but can he call after four")).toBe(false);
    expect(saysThatsAll('no thanks bye')).toBe(false);
  });
});
