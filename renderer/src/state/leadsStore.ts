import { create } from 'zustand';
import type { LeadSummary, LeadUpdate } from '../../../electron/shared/apiModels';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';

interface LeadsState {
  leads: LeadSummary[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  /** Saves the owner's change; the row shows it at once and goes back if the save fails. */
  update(update: LeadUpdate): Promise<void>;
}

export const useLeads = create<LeadsState>((set, get) => ({
  leads: [],
  status: 'idle',
  error: null,

  async load() {
    if (get().status !== 'ready') set({ status: 'loading', error: null });
    try {
      set({ leads: await api.listLeads(), status: 'ready', error: null });
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) });
    }
  },

  async update(update) {
    const before = get().leads;
    const replace = (lead: LeadSummary) => set({ leads: get().leads.map((l) => (l.id === lead.id ? lead : l)) });
    const current = before.find((l) => l.id === update.id);
    if (current) replace({ ...current, ...update });
    try {
      replace(await api.updateLead(update));
    } catch (error) {
      if (current) replace(current);
      throw error;
    }
  },
}));
