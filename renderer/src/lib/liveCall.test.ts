import { describe, expect, it } from 'vitest';
import type { Call } from '../../../electron/shared/models';
import { isLive } from './liveCall';

const now = Date.parse('2025-06-02T15:00:00.000Z');
const call = (extra: Partial<Call> = {}) =>
  ({ startedAt: new Date(now - 60_000).toISOString(), endedAt: null, ...extra }) as Call;

describe('isLive', () => {
  it('counts a call with no end as live only while it could still be going', () => {
    expect(isLive(call(), now)).toBe(true);
    expect(isLive(call({ endedAt: new Date(now).toISOString() }), now)).toBe(false);
    expect(isLive(call({ startedAt: '2025-06-01T00:00:00.000Z' }), now)).toBe(false);
  });
});
