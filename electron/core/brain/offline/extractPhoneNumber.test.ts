import { describe, expect, it } from 'vitest';
import { extractPhoneNumber } from './extractPhoneNumber';

describe('extractPhoneNumber', () => {
  it.each([
    ['303 555 0199', '+13035550199'],
    ['303-555-0199', '+13035550199'],
    ['(303) 555-0199', '+13035550199'],
    ['my number is 303.555.0199', '+13035550199'],
    ['+1 303 555 0199', '+13035550199'],
    ['1 303 555 0199', '+13035550199'],
    ['three oh three five five five zero one nine nine', '+13035550199'],
    ['three zero three, five five five, zero one nine nine', '+13035550199'],
    ['seven two zero, five five five, double one two three', '+17205551123'],
    ['call me at 720 555 0142 after 5', '+17205550142'],
    ['I live at 12 Oak St, call me at 303 555 0199', '+13035550199'],
  ])('reads %j as %s', (utterance, e164) => {
    expect(extractPhoneNumber(utterance)).toBe(e164);
  });

  it.each([
    'after 5',
    '12 Oak Street',
    'oh yeah, one more thing',
    '303 555',
    // 555 is not a real area code, so toE164 refuses it; a caller cannot be called back on it.
    'five five five one two three four five six seven',
    '555-123-4567',
    '',
  ])('finds no number in %j', (utterance) => {
    expect(extractPhoneNumber(utterance)).toBeNull();
  });
});
