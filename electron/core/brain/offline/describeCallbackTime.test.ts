import { describe, expect, it } from 'vitest';
import { describeCallbackTime } from './describeCallbackTime';

const denver = { timeZone: 'America/Denver', now: new Date('2026-06-15T18:00:00Z') }; // Monday noon

describe('describeCallbackTime', () => {
  it.each([
    ['after 5', '2026-06-15T23:00:00.000Z', 'after 5 PM'],
    ['around 3:30', '2026-06-15T21:30:00.000Z', 'around 3:30 PM'],
    ['after 5', '2026-06-16T23:00:00.000Z', 'tomorrow after 5 PM'],
    ['Friday at 2', '2026-06-19T20:00:00.000Z', 'Friday at 2 PM'],
    ['10', '2026-06-16T16:00:00.000Z', 'tomorrow at 10 AM'],
    ['after 5', '2026-06-25T23:00:00.000Z', 'on June 25 after 5 PM'],
    ['tomorrow morning', '2026-06-16T15:00:00.000Z', 'tomorrow morning'],
    ['Tonight', '2026-06-16T00:00:00.000Z', 'tonight'],
    ['on monday', '2026-06-22T15:00:00.000Z', 'on Monday'],
    ['noon', '2026-06-16T18:00:00.000Z', 'at noon'],
    ['ASAP', '2026-06-15T18:00:00.000Z', 'as soon as possible'],
    ['whenever', '2026-06-15T18:00:00.000Z', 'as soon as possible'],
    ['sometime next week', null, 'sometime next week'],
  ])('says %j (%s) as %j', (phrase, time, spoken) => {
    expect(describeCallbackTime({ phrase, time }, denver)).toBe(spoken);
  });
});
