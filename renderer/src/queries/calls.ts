import { keepPreviousData, useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PickupApi } from '../../../electron/shared/api';
import type { AppEvent, Call } from '../../../electron/shared/models';
import { matchesFilters, toQuery, type CallFilters } from '../lib/callFilters';
import { useApi } from './apiContext';
import { keys } from './keys';

/** Calls per request; the list asks for the next page as the owner scrolls near its end. */
export const pageSize = 100;

export type CallPages = InfiniteData<Call[], string | undefined>;

/** A full page means there may be more, starting before the last call it holds. */
export const nextCursor = (lastPage: Call[]) => (lastPage.length === pageSize ? lastPage.at(-1)?.startedAt : undefined);

export const callListQuery = (api: PickupApi, filters: CallFilters) => ({
  queryKey: keys.calls.list(filters),
  queryFn: ({ pageParam }: { pageParam: string | undefined }) => api.listCalls(toQuery(filters, pageParam, pageSize)),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: nextCursor,
});

/** The pages as one list; a call that moved between pages while they loaded shows once. */
export function flattenPages(pages: Call[][]): Call[] {
  const seen = new Set<string>();
  return pages.flat().filter((call) => !seen.has(call.id) && seen.add(call.id));
}

/** Newest first, as the server orders them. */
const byStartDesc = (a: Call, b: Call) => b.startedAt.localeCompare(a.startedAt);

/**
 * A live event applied to one filtered list: a call it shows is replaced, a new one goes in
 * only when it surely matches the filters (a text search needs the server, so it waits).
 */
export function applyToCallPages(data: CallPages, event: AppEvent, filters: CallFilters): CallPages {
  if (event.type === 'turn.added') return data;
  const { call } = event;
  if (data.pages.some((page) => page.some((c) => c.id === call.id))) {
    return { ...data, pages: data.pages.map((page) => page.map((c) => (c.id === call.id ? call : c))) };
  }
  if (!matchesFilters(call, filters)) return data;
  const [first = [], ...rest] = data.pages;
  return { ...data, pages: [[call, ...first].sort(byStartDesc), ...rest] };
}

export function removeFromCallLists(client: QueryClient, id: string): void {
  client.setQueriesData<CallPages>(
    { queryKey: keys.calls.lists },
    (data) => data && { ...data, pages: data.pages.map((page) => page.filter((c) => c.id !== id)) },
  );
}

/**
 * The call history for the filters, page by page; the Calls page reloads it when opened. While
 * new filters load, the last list stays on screen (marked busy) instead of a blank.
 */
export function useCallList(filters: CallFilters) {
  const api = useApi();
  const query = useInfiniteQuery({ ...callListQuery(api, filters), refetchOnMount: 'always', placeholderData: keepPreviousData });
  const items = useMemo(() => flattenPages(query.data?.pages ?? []), [query.data]);
  return { ...query, items };
}
