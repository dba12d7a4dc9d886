// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { noFilters, type CallFilters } from '../lib/callFilters';
import { fakeCall } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { pageSize, useCallList } from './calls';
import { applyEvent } from './liveEvents';

afterEach(cleanup);

const calls = (from: number, count: number) => Array.from({ length: count }, (_, i) => fakeCall(from - i));

describe('the call history', () => {
  it('loads the first page, then the next one from the last call it has', async () => {
    const { fake, renderHook } = setUpServerState();
    fake.state.calls = calls(500, pageSize + 10);
    const { result } = renderHook(() => useCallList(noFilters));
    await waitFor(() => expect(result.current.items).toHaveLength(pageSize));
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    expect(fake.requests.at(-1)?.input).toMatchObject({ before: fakeCall(401).startedAt, limit: pageSize });
    // The next page lands in a render after the fetch settles.
    await waitFor(() => expect(result.current.items).toHaveLength(pageSize + 10));
    expect(result.current.hasNextPage).toBe(false);
  });

  it('drops the answer to a search the owner has already typed past', async () => {
    const { fake, renderHook } = setUpServerState();
    fake.state.calls = [fakeCall(1, { aiSummary: 'a roof quote' }), fakeCall(2, { aiSummary: 'a roofer called' })];
    const late = fake.hold('listCalls');
    let filters: CallFilters = { ...noFilters, search: 'ro' };
    const { result, rerender } = renderHook(() => useCallList(filters));
    filters = { ...noFilters, search: 'roofer' };
    rerender();
    await waitFor(() => expect(result.current.items.map((c) => c.id)).toEqual(['c2']));
    late.release();
    await waitFor(() => expect(fake.count('listCalls')).toBe(2));
    await act(() => Promise.resolve());
    expect(result.current.items.map((c) => c.id)).toEqual(['c2']);
  });

  it('puts a live call in the list only when it matches the filters, and updates one it shows', async () => {
    const { fake, client, renderHook } = setUpServerState();
    fake.state.calls = [fakeCall(1)];
    const { result } = renderHook(() => useCallList({ ...noFilters, intent: 'quote' }));
    await waitFor(() => expect(result.current.items).toHaveLength(1));

    act(() => {
      applyEvent(client, { type: 'call.started', call: fakeCall(5, { callerIntent: 'complaint' }) });
      applyEvent(client, { type: 'call.started', call: fakeCall(6) });
      applyEvent(client, { type: 'call.updated', call: fakeCall(1, { aiSummary: 'Dana wants a quote' }) });
    });
    await waitFor(() =>
      expect(result.current.items.map((c) => [c.id, c.aiSummary])).toEqual([
        ['c6', null],
        ['c1', 'Dana wants a quote'],
      ]),
    );
  });

  it('says why a load failed', async () => {
    const { fake, renderHook } = setUpServerState();
    fake.refuse('listCalls', new Error('HTTP 500'));
    const { result } = renderHook(() => useCallList(noFilters));
    await waitFor(() => expect(result.current.error?.message).toBe('HTTP 500'));
    expect(result.current.items).toEqual([]);
  });
});
