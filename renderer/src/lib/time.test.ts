import { describe, expect, it } from 'vitest';
import { callbackWhen } from './format';
import { formatInZone } from './time';

describe('formatInZone', () => {
  it("shows an instant on the business's clock", () => {
    expect(formatInZone('2025-06-03T00:00:00.000Z', 'EEE, MMM d · h:mm a', 'America/Denver')).toBe('Mon, Jun 2 · 6:00 PM');
    expect(formatInZone('2025-06-03T00:00:00.000Z', 'HH:mm', 'Asia/Kolkata')).toBe('05:30');
  });
});

describe('callbackWhen', () => {
  const asked = { callbackRequested: true, callbackTime: '2025-06-03T00:00:00.000Z' };
  it("gives the pinned-down time on the business clock, else the caller's words", () => {
    expect(callbackWhen(asked, 'after 5', 'America/Denver')).toBe('Mon, Jun 2 · 6:00 PM');
    expect(callbackWhen({ ...asked, callbackTime: null }, 'after 5', 'America/Denver')).toBe('Yes: “after 5”');
    expect(callbackWhen({ ...asked, callbackTime: null }, null, undefined)).toBe('Yes, any time');
    expect(callbackWhen({ callbackRequested: false, callbackTime: null }, null, undefined)).toBe('Not asked for');
  });
});
