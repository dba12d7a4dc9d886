import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Call } from '../../../electron/shared/models';

const listCalls = vi.fn();
vi.mock('../api/client', () => ({ api: { listCalls: (...args: unknown[]) => listCalls(...args) } }));
const { pageSize, useCalls } = await import('./callsStore');
const { noFilters } = await import('../lib/callFilters');

function call(n: number, extra: Partial<Call> = {}): Call {
  return {
    id: `c${n}`,
    leadId: null,
    leadName: null,
    twilioCallSid: `CA${n}`,
    from: '+13035550142',
    to: '+13035550100',
    direction: 'inbound',
    status: 'completed',
    duration: 60,
    transcript: null,
    aiSummary: null,
    callerIntent: 'quote',
    callerSentiment: null,
    outcome: 'qualified',
    callbackRequested: false,
    callbackTime: null,
    callbackNumber: null,
    transferredTo: null,
    recordingUrl: null,
    recordingSid: null,
    hasRecording: false,
    handledBy: 'ai',
    isTest: false,
    startedAt: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
    endedAt: new Date(Date.UTC(2025, 0, 1, 0, n, 30)).toISOString(),
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
    ...extra,
  };
}
const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => call(from - i));

beforeEach(() => {
  listCalls.mockReset();
  useCalls.setState({ filters: noFilters, items: [], status: 'loading', error: null, hasMore: false, loadingMore: false });
});

describe('the calls store', () => {
  it('loads the first page, then the next one from the last call it has', async () => {
    listCalls.mockResolvedValueOnce(page(500, pageSize)).mockResolvedValueOnce(page(400, 10));
    await useCalls.getState().load();
    expect(useCalls.getState()).toMatchObject({ status: 'ready', hasMore: true });

    await useCalls.getState().loadMore();
    expect(listCalls).toHaveBeenLastCalledWith(expect.objectContaining({ before: call(401).startedAt, limit: pageSize }));
    expect(useCalls.getState().items).toHaveLength(pageSize + 10);
    expect(useCalls.getState().hasMore).toBe(false);
  });

  it('drops the answer to a search the owner has already typed past', async () => {
    let answerFirst: (calls: Call[]) => void = () => {};
    listCalls.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve))).mockResolvedValueOnce([call(2)]);
    useCalls.getState().setFilters({ search: 'ro' });
    useCalls.getState().setFilters({ search: 'roof' });
    await vi.waitFor(() => expect(useCalls.getState().items).toEqual([call(2)]));
    answerFirst([call(1)]);
    await Promise.resolve();
    expect(useCalls.getState().items).toEqual([call(2)]);
  });

  it('puts a live call in the list only when it matches the filters, and updates one it shows', async () => {
    listCalls.mockResolvedValueOnce([call(1)]);
    useCalls.getState().setFilters({ intent: 'quote' });
    await vi.waitFor(() => expect(useCalls.getState().status).toBe('ready'));

    useCalls.getState().apply({ type: 'call.started', call: call(5, { callerIntent: 'complaint' }) });
    useCalls.getState().apply({ type: 'call.started', call: call(6) });
    useCalls.getState().apply({ type: 'call.updated', call: call(1, { aiSummary: 'Dana wants a quote' }) });
    expect(useCalls.getState().items.map((c) => [c.id, c.aiSummary])).toEqual([
      ['c6', null],
      ['c1', 'Dana wants a quote'],
    ]);
  });

  it('keeps what it shows when a load fails, and says why', async () => {
    listCalls.mockRejectedValueOnce(new Error('HTTP 500'));
    await useCalls.getState().load();
    expect(useCalls.getState()).toMatchObject({ status: 'error', error: 'HTTP 500' });
  });
});
