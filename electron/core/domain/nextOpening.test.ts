import { describe, expect, it } from 'vitest';
import { callbackWhen, nextOpening, whenPhrase } from './nextOpening';

const denver = {
  businessHoursStart: '08:00',
  businessHoursEnd: '17:00',
  businessDays: [1, 2, 3, 4, 5],
  timezone: 'America/Denver',
};

describe('nextOpening', () => {
  it('is now while the business is open', () => {
    const now = new Date('2026-03-04T17:00:00Z'); // Wednesday 10:00 in Denver
    expect(nextOpening(denver, now)).toBe(now);
  });

  it('is the next morning after closing, on the business clock, not the computer clock', () => {
    // Wednesday 18:30 in Denver is already Thursday 01:30 UTC.
    expect(nextOpening(denver, new Date('2026-03-05T01:30:00Z'))?.toISOString()).toBe('2026-03-05T15:00:00.000Z');
  });

  it('is today at opening time before the doors open', () => {
    expect(nextOpening(denver, new Date('2026-03-04T12:00:00Z'))?.toISOString()).toBe('2026-03-04T15:00:00.000Z');
  });

  it('skips the weekend to Monday', () => {
    // Friday 18:00 in Denver.
    expect(nextOpening(denver, new Date('2026-03-07T01:00:00Z'))?.toISOString()).toBe('2026-03-09T14:00:00.000Z');
  });

  it('follows a daylight-saving change (Denver springs forward on 8 March 2026)', () => {
    // Saturday noon MST opens Monday 08:00 MDT, which is 14:00 UTC (not 15:00).
    expect(nextOpening(denver, new Date('2026-03-07T19:00:00Z'))?.toISOString()).toBe('2026-03-09T14:00:00.000Z');
  });

  it('is null with no business days', () => {
    expect(nextOpening({ ...denver, businessDays: [] }, new Date('2026-03-04T17:00:00Z'))).toBeNull();
  });
});

describe('whenPhrase and callbackWhen', () => {
  const friday6pm = new Date('2026-03-07T01:00:00Z');

  it('says the day as the caller would, in English and Spanish', () => {
    expect(whenPhrase(new Date('2026-03-09T14:00:00Z'), friday6pm, 'America/Denver', 'en')).toBe('Monday at 8:00 AM');
    expect(whenPhrase(new Date('2026-03-09T14:00:00Z'), friday6pm, 'America/Denver', 'es')).toBe('el lunes a las 8:00');
    expect(whenPhrase(new Date('2026-03-07T15:00:00Z'), friday6pm, 'America/Denver', 'en')).toBe('tomorrow at 8:00 AM');
  });

  it('prefers the time the caller asked for, then their words, then the next opening', () => {
    const base = { settings: denver, now: friday6pm, language: 'en' as const };
    expect(callbackWhen({ ...base, callbackTime: '2026-03-07T17:30:00Z', callbackPhrase: 'tomorrow morning' })).toBe(
      'tomorrow at 10:30 AM',
    );
    expect(callbackWhen({ ...base, callbackTime: null, callbackPhrase: 'after 5' })).toBe('after 5');
    // Asked on the caller's own clock (10:30 AM in Denver is 11:30 AM in Chicago): told back on it.
    expect(callbackWhen({ ...base, callbackTime: '2026-03-07T17:30:00Z', callbackPhrase: 'after 11:30 (Central time)' })).toBe(
      'tomorrow at 11:30 AM Central time',
    );
    expect(callbackWhen({ ...base, callbackTime: null, callbackPhrase: null })).toBe('Monday at 8:00 AM');
    expect(callbackWhen({ ...base, now: new Date('2026-03-04T17:00:00Z'), callbackTime: null, callbackPhrase: null })).toBe(
      'today',
    );
  });
});
