import { describe, expect, it } from 'vitest';
import { phoneSearchTerms } from './phoneSearch';

describe('phoneSearchTerms', () => {
  it('splits a number typed as digits the way summaries write it', () => {
    expect(phoneSearchTerms('5550199')).toBe('555 0199');
    expect(phoneSearchTerms('3035550199')).toBe('303 555 0199');
    expect(phoneSearchTerms('+1 303-555-0199')).toBe('303 555 0199');
    expect(phoneSearchTerms('(303) 555-0199')).toBe('303 555 0199');
  });

  it('leaves words and partial numbers alone', () => {
    expect(phoneSearchTerms(' oak street ')).toBe('oak street');
    expect(phoneSearchTerms('0199')).toBe('0199');
    expect(phoneSearchTerms('12 Oak')).toBe('12 Oak');
  });
});
