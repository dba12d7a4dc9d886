import { describe, expect, it } from 'vitest';
import { addCallerQuestions, questionsForOwner } from './callerQuestions';

describe('addCallerQuestions', () => {
  it('keeps earlier questions first and adds each new one once, however it is punctuated', () => {
    expect(
      addCallerQuestions(
        ['do you do metal roofs'],
        ['Do you do metal roofs?', 'are you  licensed', '', '  ', 'Are you licensed?'],
      ),
    ).toEqual(['do you do metal roofs', 'are you licensed']);
  });

  it('keeps each question to one line and a dozen at most, with nothing heard meaning no change', () => {
    const many = Array.from({ length: 20 }, (_, i) => `question number ${i}`);
    expect(addCallerQuestions([], many)).toHaveLength(12);
    expect(addCallerQuestions(['a?'], undefined)).toEqual(['a?']);
    expect(addCallerQuestions([], ['x'.repeat(500)])[0]).toHaveLength(200);
  });
});

describe('questionsForOwner', () => {
  it("keeps a caller's questions and none of a pitch's or a misdial's", () => {
    expect(questionsForOwner('caller', ['do you do metal roofs'])).toEqual(['do you do metal roofs']);
    expect(questionsForOwner('wrong_number', ['is this front range heating and air'])).toEqual([]);
    expect(questionsForOwner('spam', ['can i speak to the business owner'])).toEqual([]);
  });
});
