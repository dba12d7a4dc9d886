import { describe, expect, it } from 'vitest';
import { detectConfirmation } from './detectConfirmation';

describe('detectConfirmation', () => {
  it.each([
    ['yes', 'yes'],
    ['Yeah, that works.', 'yes'],
    ["uh, that's right", 'yes'],
    ['yep that is my cell', 'yes'],
    ['correct', 'yes'],
    ['no', 'no'],
    ['nope, use my cell instead', 'no'],
    ["that's not right", 'no'],
    ['I need a roof quote', null],
    ['303 555 0199', null],
    ['', null],
  ] as const)('%j is %s', (utterance, answer) => {
    expect(detectConfirmation(utterance)).toBe(answer);
  });
});
