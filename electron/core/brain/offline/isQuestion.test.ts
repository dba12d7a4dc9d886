import { describe, expect, it } from 'vitest';
import { isQuestion } from './isQuestion';

describe('isQuestion', () => {
  it.each([
    'do you do gutters?',
    'do you do gutters',
    'what are your hours',
    'how much for a new roof',
    'Are you licensed',
    'um, quick question, do you work on weekends',
    "I was wondering if you're insured",
    'you guys do metal roofs?',
  ])('%j is a question', (utterance) => {
    expect(isQuestion(utterance)).toBe(true);
  });

  it.each(['I need a roof quote', 'this is Dana', '12 Oak Street', 'how about Tuesday?', 'what a mess', 'yes', ''])(
    '%j is not a question',
    (utterance) => {
      expect(isQuestion(utterance)).toBe(false);
    },
  );
});
