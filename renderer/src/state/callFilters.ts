import { create } from 'zustand';
import { noFilters, type CallFilters } from '../lib/callFilters';

interface CallFiltersState {
  filters: CallFilters;
  setFilters(patch: Partial<CallFilters>): void;
  /** Emergencies only: told apart here, from the leads, since the core has no such filter. */
  emergencyOnly: boolean;
  setEmergencyOnly(on: boolean): void;
}

/** The Calls page's filters: kept while the owner visits other pages, as a mail client keeps its search. */
export const useCallFilters = create<CallFiltersState>((set, get) => ({
  filters: noFilters,
  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
  emergencyOnly: false,
  setEmergencyOnly: (on) => set({ emergencyOnly: on }),
}));
