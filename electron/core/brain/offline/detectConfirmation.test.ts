import { describe, expect, it } from 'vitest';
import { detectConfirmation } from './detectConfirmation';

describe('detectConfirmation', () => {
  it.each([
    ['yes', 'yes'],
    ['Yeah, that works.', 'yes'],
    ["uh, that's right", 'yes'],
    ['yep that is my cell', 'yes'],
    ['correct', 'yes'],
    ['that is the right number', 'yes'],
    ["this number's fine", 'yes'],
    ['same number', 'yes'],
    ['good', 'yes'],
    ['no', 'no'],
    ['nope, use my cell instead', 'no'],
    ["that's not right", 'no'],
    ['no problem', null],
    ["no that's it", 'no'],
    // tune-what-time-works-day.json: a greeting before the job, not a yes.
    ["good morning i'm calling because i turned the heat on for the first time this fall", null],
    ['I need a roof quote', null],
    ['303 555 0199', null],
    ['', null],
  ] as const)('%j is %s', (utterance, answer) => {
    expect(detectConfirmation(utterance)).toBe(answer);
  });
});

describe('detectConfirmation after a read-back', () => {
  it.each([
    // Answered to "is this the best number?": the caller half heard "anything else?".
    ["no that's it", 'yes'],
    ["nope, that's the one", 'yes'],
    ['no that is fine thanks', 'yes'],
    ['yes', 'yes'],
    ["no that's my work phone", 'no'],
    ["no that's fine but use my cell instead", 'no'],
    ["no that's not it", 'no'],
    ['no', 'no'],
  ] as const)('%j is %s', (utterance, answer) => {
    expect(detectConfirmation(utterance, { readBack: true })).toBe(answer);
  });
});
