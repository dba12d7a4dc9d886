import { create } from 'zustand';
import type { AppEvent, Call } from '../../../electron/shared/models';
import { api } from '../api/client';
import { matchesFilters, noFilters, toQuery, type CallFilters } from '../lib/callFilters';
import { errorMessage } from '../lib/errors';

/** Calls per request; the list asks for the next page as the owner scrolls near its end. */
export const pageSize = 100;

interface CallsState {
  filters: CallFilters;
  items: Call[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  setFilters(patch: Partial<CallFilters>): void;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  apply(event: AppEvent): void;
  remove(id: string): void;
}

/** Newest first, as the server orders them. */
const byStartDesc = (a: Call, b: Call) => b.startedAt.localeCompare(a.startedAt);

export const useCalls = create<CallsState>((set, get) => {
  // Each load gets a number; an answer to an older load (the owner kept typing) is dropped.
  let generation = 0;
  return {
    filters: noFilters,
    items: [],
    status: 'loading',
    error: null,
    hasMore: false,
    loadingMore: false,

    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } });
      void get().load();
    },

    async load() {
      const mine = ++generation;
      set({ status: 'loading', error: null });
      try {
        const items = await api.listCalls(toQuery(get().filters, undefined, pageSize));
        if (mine === generation) set({ items, status: 'ready', hasMore: items.length === pageSize, loadingMore: false });
      } catch (error) {
        if (mine === generation) set({ status: 'error', error: errorMessage(error) });
      }
    },

    async loadMore() {
      const { items, hasMore, loadingMore, status, filters } = get();
      if (!hasMore || loadingMore || status !== 'ready') return;
      const mine = generation;
      set({ loadingMore: true });
      try {
        const page = await api.listCalls(toQuery(filters, items.at(-1)?.startedAt, pageSize));
        if (mine !== generation) return;
        const known = new Set(items.map((c) => c.id));
        set({
          items: [...items, ...page.filter((c) => !known.has(c.id))],
          hasMore: page.length === pageSize,
          loadingMore: false,
        });
      } catch (error) {
        if (mine === generation) set({ loadingMore: false, error: errorMessage(error) });
      }
    },

    apply(event) {
      if (event.type === 'turn.added') return;
      const { items, filters } = get();
      const index = items.findIndex((c) => c.id === event.call.id);
      if (index >= 0) {
        const next = [...items];
        next[index] = event.call;
        set({ items: next });
      } else if (matchesFilters(event.call, filters)) {
        set({ items: [event.call, ...items].sort(byStartDesc) });
      }
    },

    remove(id) {
      set({ items: get().items.filter((c) => c.id !== id) });
    },
  };
});
