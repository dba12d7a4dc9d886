import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  it('doubles from the base and stops growing at the cap', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelayMs(attempt, { baseMs: 1000, maxMs: 30_000 }));
    expect(schedule).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });
});
