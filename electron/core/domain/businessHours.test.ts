import { describe, expect, it } from 'vitest';
import { isWithinBusinessHours } from './businessHours';

const weekdays = {
  businessHoursStart: '08:00',
  businessHoursEnd: '17:00',
  businessDays: [1, 2, 3, 4, 5],
  timezone: 'America/Denver',
};
const at = (iso: string) => new Date(iso);

describe('isWithinBusinessHours', () => {
  it.each([
    ['Wednesday 08:00 Denver (opening minute)', '2026-11-25T15:00:00Z', true],
    ['Wednesday 07:59 Denver', '2026-11-25T14:59:00Z', false],
    ['Wednesday 16:59 Denver', '2026-11-25T23:59:00Z', true],
    ['Wednesday 17:00 Denver (closing minute)', '2026-11-26T00:00:00Z', false],
    ['Saturday noon Denver', '2026-11-28T19:00:00Z', false],
    // 01:00 UTC Thursday is still Wednesday 18:00 in Denver: the business's clock decides, not UTC's.
    ['Wednesday evening in Denver, Thursday in UTC', '2026-11-26T01:00:00Z', false],
  ])('%s', (_name, iso, open) => {
    expect(isWithinBusinessHours(weekdays, at(iso))).toBe(open);
  });

  it('follows daylight saving time: 08:30 local is open on both sides of the spring change', () => {
    // 2026-03-06 (Fri) is MST (UTC-7); 2026-03-09 (Mon) is MDT (UTC-6).
    expect(isWithinBusinessHours(weekdays, at('2026-03-06T15:30:00Z'))).toBe(true);
    expect(isWithinBusinessHours(weekdays, at('2026-03-09T14:30:00Z'))).toBe(true);
    expect(isWithinBusinessHours(weekdays, at('2026-03-09T13:30:00Z'))).toBe(false);
  });

  it('follows the autumn change: 16:30 on Monday 2026-11-02 is MST', () => {
    expect(isWithinBusinessHours(weekdays, at('2026-11-02T23:30:00Z'))).toBe(true);
    expect(isWithinBusinessHours(weekdays, at('2026-11-03T00:30:00Z'))).toBe(false);
  });

  it("on a DST change day itself, uses that day's offset", () => {
    const everyDay = { ...weekdays, businessDays: [0, 1, 2, 3, 4, 5, 6] };
    // Sunday 2026-03-08: 09:00 MDT = 15:00Z; the same instant a day earlier would be 08:00 MST.
    expect(isWithinBusinessHours(everyDay, at('2026-03-08T14:30:00Z'))).toBe(true);
    expect(isWithinBusinessHours(everyDay, at('2026-03-08T13:30:00Z'))).toBe(false);
    // Sunday 2026-11-01: clocks fall back at 02:00; 07:30 MST = 14:30Z is closed, 08:30 MST open.
    expect(isWithinBusinessHours(everyDay, at('2026-11-01T14:30:00Z'))).toBe(false);
    expect(isWithinBusinessHours(everyDay, at('2026-11-01T15:30:00Z'))).toBe(true);
  });

  describe('hours that cross midnight (22:00-06:00, Mon-Fri nights)', () => {
    const nights = { ...weekdays, businessHoursStart: '22:00', businessHoursEnd: '06:00', timezone: 'America/New_York' };
    it.each([
      ['Friday 23:00', '2026-11-28T04:00:00Z', true],
      ['Saturday 03:00 (Friday night shift)', '2026-11-28T08:00:00Z', true],
      ['Saturday 06:00', '2026-11-28T11:00:00Z', false],
      ['Saturday 23:00 (not a business day)', '2026-11-29T04:00:00Z', false],
      ['Monday 03:00 (Sunday night: not a business day)', '2026-11-30T08:00:00Z', false],
      ['Monday 21:59', '2026-12-01T02:59:00Z', false],
    ])('%s', (_name, iso, open) => {
      expect(isWithinBusinessHours(nights, at(iso))).toBe(open);
    });
  });

  it('treats equal start and end as open all day on business days', () => {
    const allDay = { ...weekdays, businessHoursStart: '00:00', businessHoursEnd: '00:00' };
    expect(isWithinBusinessHours(allDay, at('2026-11-25T09:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(allDay, at('2026-11-28T09:00:00Z'))).toBe(false);
  });
});
