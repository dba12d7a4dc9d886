// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeCall, fakeLead, turn } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { useCallDetail } from './callDetail';
import { useLeads } from './leads';
import { useLiveCalls } from './live';
import { followLiveEvents } from './liveEvents';

afterEach(cleanup);

describe('live events', () => {
  it("grow the open call's transcript, and fetch it again when its recording arrives", async () => {
    const { fake, client, renderHook } = setUpServerState();
    fake.state.calls = [fakeCall(1, { endedAt: null })];
    const stop = followLiveEvents(client, fake.api);
    const { result } = renderHook(() => useCallDetail('c1'));
    await waitFor(() => expect(result.current.data?.id).toBe('c1'));

    act(() => fake.emit({ type: 'turn.added', callId: 'c1', turn: turn('I need a roof quote') }));
    await waitFor(() => expect(result.current.data?.turns.map((t) => t.text)).toEqual(['I need a roof quote']));
    expect(fake.count('getCall')).toBe(1);

    act(() => fake.emit({ type: 'call.updated', call: fakeCall(1, { hasRecording: true }) }));
    await waitFor(() => expect(fake.count('getCall')).toBe(2));
    stop();
  });

  it('mark the leads stale when a call ends, and the leads on screen load again', async () => {
    const { fake, client, renderHook } = setUpServerState();
    fake.state.leads = [fakeLead(1)];
    const stop = followLiveEvents(client, fake.api);
    const { result } = renderHook(() => useLeads());
    await waitFor(() => expect(result.current.data).toHaveLength(1));

    fake.state.leads.push(fakeLead(2));
    act(() => fake.emit({ type: 'call.ended', call: fakeCall(3) }));
    await waitFor(() => expect(result.current.data).toHaveLength(2));
    stop();
  });

  it('after a gap, load again everything on screen, and report the link as it goes and comes', async () => {
    const { fake, client, renderHook } = setUpServerState();
    const links: boolean[] = [];
    const stop = followLiveEvents(client, fake.api, (connected) => links.push(connected));
    const { result } = renderHook(() => useLiveCalls());
    await waitFor(() => expect(result.current.data).toEqual({ calls: [], turns: {} }));

    act(() => fake.setConnected(false));
    fake.state.calls = [fakeCall(4, { endedAt: null, startedAt: new Date().toISOString() })];
    act(() => fake.setConnected(true));
    await waitFor(() => expect(result.current.data?.calls.map((c) => c.id)).toEqual(['c4']));
    expect(links).toEqual([false, true]);

    stop();
    act(() => fake.emit({ type: 'call.started', call: fakeCall(5) }));
    expect(client.getQueryData<{ calls: unknown[] }>(['live'])?.calls).toHaveLength(1);
  });
});
