import { describe, expect, it } from 'vitest';
import { callFixture } from '../../test/support/callFixture';
import { createCallTracker } from './callTracker';

const ended = (id: string) => callFixture({ id, endedAt: '2026-11-25T17:05:00.000Z', status: 'completed' });

describe('the call tracker', () => {
  it('puts a starting call on the line and moves it to the last calls when it ends', () => {
    const tracker = createCallTracker([]);
    expect(tracker.apply({ type: 'call.started', call: callFixture({ id: 'a' }) })).toBe(true);
    expect(tracker.live().map((c) => c.id)).toEqual(['a']);
    tracker.apply({ type: 'call.ended', call: ended('a') });
    expect(tracker.live()).toEqual([]);
    expect(tracker.recent().map((c) => c.id)).toEqual(['a']);
  });

  it('keeps a lead name learned during the call', () => {
    const tracker = createCallTracker([]);
    tracker.apply({ type: 'call.started', call: callFixture({ id: 'a' }) });
    tracker.apply({ type: 'call.updated', call: callFixture({ id: 'a', leadName: 'Dana' }) });
    expect(tracker.live()[0]?.leadName).toBe('Dana');
  });

  it('picks up a call that was under way before Pickup started, at its next update', () => {
    const tracker = createCallTracker([]);
    expect(tracker.apply({ type: 'call.updated', call: callFixture({ id: 'old' }) })).toBe(true);
    expect(tracker.live().map((c) => c.id)).toEqual(['old']);
  });

  it("keeps the newest few ended calls, newest first, starting from the store's", () => {
    const tracker = createCallTracker([ended('c'), ended('b'), callFixture({ id: 'unfinished' })], 3);
    expect(tracker.recent().map((c) => c.id)).toEqual(['c', 'b']);
    tracker.apply({ type: 'call.ended', call: ended('d') });
    tracker.apply({ type: 'call.ended', call: ended('e') });
    expect(tracker.recent().map((c) => c.id)).toEqual(['e', 'd', 'c']);
  });

  it('ignores turns, which change nothing in the tray', () => {
    const tracker = createCallTracker([]);
    expect(
      tracker.apply({
        type: 'turn.added',
        callId: 'a',
        turn: { speaker: 'caller', text: 'hi', at: '2026-11-25T17:00:01.000Z', kind: 'speech' },
      }),
    ).toBe(false);
  });
});
