import { create } from 'zustand';
import type { KnowledgeUpdate } from '../../../electron/shared/apiModels';
import type { KnowledgeEntry, NewKnowledgeEntry } from '../../../electron/shared/models';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';

interface KnowledgeState {
  entries: KnowledgeEntry[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  add(entry: NewKnowledgeEntry): Promise<void>;
  update(entry: KnowledgeUpdate): Promise<void>;
  remove(id: string): Promise<void>;
}

const byCategory = (a: KnowledgeEntry, b: KnowledgeEntry) =>
  a.category.localeCompare(b.category) || a.createdAt.localeCompare(b.createdAt);

export const useKnowledge = create<KnowledgeState>((set, get) => ({
  entries: [],
  status: 'idle',
  error: null,

  async load() {
    if (get().status !== 'ready') set({ status: 'loading', error: null });
    try {
      set({ entries: await api.listKnowledge(), status: 'ready', error: null });
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) });
    }
  },

  async add(entry) {
    const added = await api.addKnowledge(entry);
    set({ entries: [...get().entries, added].sort(byCategory) });
  },

  async update(entry) {
    const updated = await api.updateKnowledge(entry);
    set({
      entries: get()
        .entries.map((e) => (e.id === updated.id ? updated : e))
        .sort(byCategory),
    });
  },

  async remove(id) {
    await api.deleteKnowledge({ id });
    set({ entries: get().entries.filter((e) => e.id !== id) });
  },
}));
