import { describe, expect, it } from 'vitest';
import { callerClocks, clockOfPhrase, onCallerClock } from './callerClocks';

describe('callerClocks', () => {
  it('names a caller clock beside their words, and reads it back', () => {
    const phrase = onCallerClock('after 2', callerClocks.central);
    expect(phrase).toBe('after 2 (Central time)');
    expect(clockOfPhrase(phrase)).toEqual(callerClocks.central);
  });

  it('reads no clock from words that name none', () => {
    expect(clockOfPhrase('after 2')).toBeNull();
    expect(clockOfPhrase('after 2 (your time)')).toBeNull();
    expect(clockOfPhrase(null)).toBeNull();
  });
});
