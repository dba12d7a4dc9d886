import { create } from 'zustand';
import type { Call, CallDetail } from '../../../electron/shared/models';
import type { AppEvent } from '../../../electron/shared/models';
import { api } from '../api/client';

interface CallsState {
  calls: Call[];
  loading: boolean;
  error: string | null;
  search: string;
  selected: CallDetail | null;
  load(search?: string): Promise<void>;
  select(id: string | null): Promise<void>;
  apply(event: AppEvent): void;
}

const upsert = (calls: Call[], call: Call) => {
  const rest = calls.filter((c) => c.id !== call.id);
  return [call, ...rest].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
};

export const useCalls = create<CallsState>((set, get) => ({
  calls: [],
  loading: true,
  error: null,
  search: '',
  selected: null,
  async load(search = get().search) {
    set({ loading: true, search });
    try {
      const calls = await api.listCalls({ search: search || undefined, limit: 100 });
      set({ calls, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  },
  async select(id) {
    if (!id) return set({ selected: null });
    try {
      set({ selected: await api.getCall({ id }) });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  apply(event) {
    const { selected, search } = get();
    if (event.type === 'turn.added') {
      if (selected?.id === event.callId) set({ selected: { ...selected, turns: [...selected.turns, event.turn] } });
      return;
    }
    if (!search) set({ calls: upsert(get().calls, event.call) });
    if (selected?.id === event.call.id) set({ selected: { ...selected, ...event.call } });
  },
}));
