import { describe, expect, it } from 'vitest';
import { formatAiCost } from './aiCost';

describe('formatAiCost', () => {
  it('says cents under a dollar and dollars from one up, rounded to the cent', () => {
    expect(formatAiCost(0.04)).toBe('4¢');
    expect(formatAiCost(0.1249)).toBe('12¢');
    expect(formatAiCost(0.994)).toBe('99¢');
    expect(formatAiCost(0.996)).toBe('$1.00');
    expect(formatAiCost(1.2)).toBe('$1.20');
  });

  it('says "under 1¢" for a call that cost a fraction of a cent', () => {
    expect(formatAiCost(0.0031)).toBe('under 1¢');
  });

  it('shows nothing for a missing cost or the built-in receptionist, which costs 0', () => {
    expect(formatAiCost(undefined)).toBeNull();
    expect(formatAiCost(null)).toBeNull();
    expect(formatAiCost(0)).toBeNull();
  });
});
