import { describe, expect, it } from 'vitest';
import { speakDigits } from './speakDigits';

describe('speakDigits', () => {
  it.each([
    ['+15551234567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['+13035550199', '3 0 3, 5 5 5, 0 1 9 9'],
    ['+442071838750', '4 4 2 0 7 1 8 3 8 7 5 0'],
  ])('reads %s as %j', (e164, spoken) => {
    expect(speakDigits(e164)).toBe(spoken);
  });
});
