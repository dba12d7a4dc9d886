import { describe, expect, it } from 'vitest';
import { newId } from './newId';

describe('newId', () => {
  it('is a version 7, variant 1 UUID', () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts by creation time, and is unique', () => {
    const earlier = newId(Date.parse('2026-01-01T00:00:00Z'));
    const later = newId(Date.parse('2026-01-01T00:00:00.001Z'));
    expect(earlier < later).toBe(true);
    expect(earlier.slice(0, 13)).toBe('019b76da-a800');
    expect(new Set(Array.from({ length: 1000 }, () => newId())).size).toBe(1000);
  });
});
