import { describe, expect, it } from 'vitest';
import { daysProblem, hoursNote, hoursProblem } from './hoursCheck';

describe('business hours in plain words', () => {
  it('refuses opening and closing at the same time', () => {
    expect(hoursProblem('09:00', '09:00')).toBe('Opening and closing times are the same. Set the time you close.');
    expect(hoursProblem('08:00', '17:00')).toBeNull();
  });

  it('explains hours that close before they open as overnight, and allows them', () => {
    expect(hoursProblem('17:00', '08:00')).toBeNull();
    expect(hoursNote('17:00', '08:00')).toBe('Open overnight: from 5:00 PM until 8:00 AM the next morning.');
    expect(hoursNote('00:30', '12:15')).toBeNull();
    expect(hoursNote('12:15', '00:30')).toBe('Open overnight: from 12:15 PM until 12:30 AM the next morning.');
  });

  it('refuses no business days at all', () => {
    expect(daysProblem([])).toMatch(/^Pick at least one business day/);
    expect(daysProblem([1])).toBeNull();
  });
});
