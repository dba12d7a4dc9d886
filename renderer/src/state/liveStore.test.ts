import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Call, Turn } from '../../../electron/shared/models';

vi.mock('../api/client', () => ({ api: {} }));
const { isLive, useLive } = await import('./liveStore');

const now = Date.parse('2025-06-02T15:00:00.000Z');
const call = (extra: Partial<Call> = {}) =>
  ({ id: 'c1', startedAt: new Date(now - 60_000).toISOString(), endedAt: null, ...extra }) as Call;
const turn = (text: string): Turn => ({ speaker: 'caller', text, at: new Date(now).toISOString(), kind: 'speech' });

beforeEach(() => useLive.setState({ calls: [], turns: {} }));

describe('the live store', () => {
  it('follows a call from its start, turn by turn, without doubles', () => {
    const live = useLive.getState();
    live.apply({ type: 'turn.added', callId: 'c1', turn: turn('too early') });
    live.apply({ type: 'call.started', call: call() });
    live.apply({ type: 'turn.added', callId: 'c1', turn: turn('I need a roof quote') });
    live.apply({ type: 'turn.added', callId: 'c1', turn: turn('I need a roof quote') });
    expect(useLive.getState().turns.c1!.map((t) => t.text)).toEqual(['I need a roof quote']);
  });

  it('ignores updates to calls it never saw start, and keeps ended ones until dismissed', () => {
    useLive.getState().apply({ type: 'call.updated', call: call({ id: 'other' }) });
    expect(useLive.getState().calls).toEqual([]);
    useLive.getState().apply({ type: 'call.started', call: call() });
    useLive.getState().apply({ type: 'call.ended', call: call({ endedAt: new Date(now).toISOString() }) });
    expect(useLive.getState().calls).toHaveLength(1);
    useLive.getState().dismiss('c1');
    expect(useLive.getState().calls).toEqual([]);
  });

  it('counts a call with no end as live only while it could still be going', () => {
    expect(isLive(call(), now)).toBe(true);
    expect(isLive(call({ endedAt: new Date(now).toISOString() }), now)).toBe(false);
    expect(isLive(call({ startedAt: '2025-06-01T00:00:00.000Z' }), now)).toBe(false);
  });
});
