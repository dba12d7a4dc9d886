import { describe, expect, it } from 'vitest';
import { ownerNamePattern } from './ownerNames';

describe('ownerNamePattern', () => {
  const whole = (ownerName: string) => new RegExp(`^${ownerNamePattern(ownerName)}$`);

  it('takes the first name, its other forms and the surname after either', () => {
    // "mic": how speech-to-text spells him ("can i get mic on the line").
    for (const said of ['mike', 'michael', 'mikey', 'mic', 'mike jensen', 'michael jensen']) {
      expect(whole('Mike Jensen').test(said)).toBe(true);
    }
    expect(whole('Mike Jensen').test('jensen')).toBe(false);
    expect(whole('Mike').test('mike jensen')).toBe(false);
  });

  it('is null when settings name no owner', () => {
    expect(ownerNamePattern('')).toBeNull();
    expect(ownerNamePattern('  ')).toBeNull();
  });

  it('takes the name the crew calls him by, "big mike", as the owner', () => {
    const whole = (name: string) => new RegExp(`^${ownerNamePattern(name)}$`);
    expect(whole('Mike').test('big mike')).toBe(true);
    expect(whole('Mike').test('big')).toBe(false);
  });
});
