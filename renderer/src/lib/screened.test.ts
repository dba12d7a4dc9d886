import { describe, expect, it } from 'vitest';
import { fakeCall } from '../test/fakeApi';
import { countScreenedToday, isScreenedOut, screenedTodayLine } from './screened';

describe('screened calls', () => {
  it('are robocalls and wrong numbers only', () => {
    expect(isScreenedOut({ outcome: 'spam' })).toBe(true);
    expect(isScreenedOut({ outcome: 'wrong_number' })).toBe(true);
    expect(isScreenedOut({ outcome: 'voicemail' })).toBe(false);
    expect(isScreenedOut({ outcome: null })).toBe(false);
  });

  it('are told in one line of plain words, or not at all', () => {
    expect(screenedTodayLine({ spam: 3, wrongNumber: 1 })).toBe('3 robocalls and 1 wrong number today were ended for you');
    expect(screenedTodayLine({ spam: 1, wrongNumber: 0 })).toBe('1 robocall today was ended for you');
    expect(screenedTodayLine({ spam: 0, wrongNumber: 2 })).toBe('2 wrong numbers today were ended for you');
    expect(screenedTodayLine({ spam: 0, wrongNumber: 0 })).toBeNull();
  });

  it("counts the business's today in its own time zone", () => {
    // 05:30 UTC on Jan 2 is still Jan 1 in Denver (UTC-7).
    const now = new Date('2025-01-02T05:30:00.000Z');
    const calls = [
      fakeCall(1, { outcome: 'spam', startedAt: '2025-01-01T20:00:00.000Z' }),
      fakeCall(2, { outcome: 'spam', startedAt: '2025-01-02T01:00:00.000Z' }),
      fakeCall(3, { outcome: 'wrong_number', startedAt: '2025-01-02T05:00:00.000Z' }),
      fakeCall(4, { outcome: 'qualified', startedAt: '2025-01-02T05:00:00.000Z' }),
      fakeCall(5, { outcome: 'spam', startedAt: '2024-12-31T20:00:00.000Z' }),
    ];
    expect(countScreenedToday(calls, now, 'America/Denver')).toEqual({ spam: 2, wrongNumber: 1 });
    expect(countScreenedToday(calls, now, 'UTC')).toEqual({ spam: 1, wrongNumber: 1 });
  });
});
