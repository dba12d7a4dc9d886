import { describe, expect, it } from 'vitest';
import { fakeCall, turn } from '../test/fakeApi';
import { addDetail, applyToLive, noLiveCalls } from './live';

const onTheLine = fakeCall(1, { endedAt: null });

describe('the calls on the line', () => {
  it('follows a call from its start, turn by turn, without doubles', () => {
    let live = applyToLive(noLiveCalls, { type: 'turn.added', callId: 'c1', turn: turn('too early') });
    live = applyToLive(live, { type: 'call.started', call: onTheLine });
    live = applyToLive(live, { type: 'turn.added', callId: 'c1', turn: turn('I need a roof quote') });
    live = applyToLive(live, { type: 'turn.added', callId: 'c1', turn: turn('I need a roof quote') });
    expect(live.turns.c1!.map((t) => t.text)).toEqual(['I need a roof quote']);
  });

  it('ignores updates to calls it never saw start, and keeps ended ones', () => {
    let live = applyToLive(noLiveCalls, { type: 'call.updated', call: fakeCall(2) });
    expect(live.calls).toEqual([]);
    live = applyToLive(live, { type: 'call.started', call: onTheLine });
    live = applyToLive(live, { type: 'call.ended', call: fakeCall(1) });
    expect(live.calls).toEqual([fakeCall(1)]);
  });

  it("merges a fetched transcript with turns events already brought, and leaves out the detail's extras", () => {
    const live = applyToLive(applyToLive(noLiveCalls, { type: 'call.started', call: onTheLine }), {
      type: 'turn.added',
      callId: 'c1',
      turn: turn('second', '2025-01-01T00:00:20.000Z'),
    });
    const followed = addDetail(live, {
      ...onTheLine,
      turns: [turn('first'), turn('second', '2025-01-01T00:00:20.000Z')],
      recordings: [],
      lead: null,
    });
    expect(followed.turns.c1!.map((t) => t.text)).toEqual(['first', 'second']);
    expect(followed.calls).toEqual([onTheLine]);
  });
});
