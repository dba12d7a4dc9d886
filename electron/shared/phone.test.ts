import { describe, expect, it } from 'vitest';
import { isCallerNumber } from './phone';

describe('isCallerNumber', () => {
  it('takes a real number in E.164', () => {
    expect(isCallerNumber('+17205550188')).toBe(true);
    expect(isCallerNumber('+447700900123')).toBe(true);
  });

  it('refuses what Twilio sends for a withheld caller ID, as words or spelled on a keypad', () => {
    for (const from of ['anonymous', 'Anonymous', 'restricted', 'unknown', '', '266696687'])
      expect(isCallerNumber(from), from).toBe(false);
    for (const from of ['+266696687', '+7378742833', '+2562533', '+8656696', '+86282452253'])
      expect(isCallerNumber(from), from).toBe(false);
  });
});
