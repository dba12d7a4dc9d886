// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeCall } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { useLiveCalls } from './live';
import { followLiveEvents } from './liveEvents';
import { useTestCall } from './testCall';

afterEach(cleanup);

describe('the test call', () => {
  it('starts, follows its transcript on the live cache, and says what it waits for', async () => {
    const { fake, renderHook } = setUpServerState();
    const { result } = renderHook(() => ({ test: useTestCall(), live: useLiveCalls() }));
    await waitFor(() => expect(result.current.test.busy).toBeNull());

    act(() => result.current.test.start('(303) 555-0199'));
    await waitFor(() => expect(result.current.test.session?.state).toBe('listening'));
    const callId = result.current.test.session!.callId!;
    await waitFor(() => expect(result.current.live.data?.turns[callId]?.map((t) => t.text)).toEqual(['Thanks for calling!']));

    const answer = fake.hold('sayInTestCall');
    act(() => void result.current.test.say('I need a roof quote'));
    await waitFor(() => expect(result.current.test.busy).toBe('speaking'));
    answer.release();
    await waitFor(() =>
      expect(result.current.live.data?.turns[callId]?.map((t) => t.text)).toEqual(['Thanks for calling!', 'I need a roof quote']),
    );
    expect(result.current.test.busy).toBeNull();
  });

  it('fetches the session again when the call ends without the dashboard asking', async () => {
    const { fake, client, renderHook } = setUpServerState();
    const stop = followLiveEvents(client, fake.api);
    const { result } = renderHook(() => useTestCall());
    act(() => result.current.start());
    await waitFor(() => expect(result.current.session?.state).toBe('listening'));
    const callId = result.current.session!.callId!;

    fake.state.testCall = { ...fake.state.testCall!, state: 'ended' };
    act(() => fake.emit({ type: 'call.updated', call: fakeCall(9) }));
    act(() => fake.emit({ type: 'call.ended', call: { ...fake.state.calls[0]!, id: callId } }));
    await waitFor(() => expect(result.current.session?.state).toBe('ended'));
    expect(fake.count('getTestCall')).toBe(2);
    stop();
  });
});
