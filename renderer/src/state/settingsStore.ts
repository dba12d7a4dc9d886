import { useCallback } from 'react';
import { create } from 'zustand';
import type { CoreStatus } from '../../../electron/shared/apiModels';
import type { Settings, SettingsPatch } from '../../../electron/shared/settings';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';
import { formatInZone } from '../lib/time';

interface SettingsState {
  settings: Settings | null;
  coreStatus: CoreStatus | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  load(): Promise<void>;
  /** Saves a patch and keeps the server's whole answer; a refusal is thrown for the form to show. */
  save(patch: SettingsPatch): Promise<Settings>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  coreStatus: null,
  status: 'loading',
  error: null,

  async load() {
    set({ status: 'loading', error: null });
    try {
      const [settings, coreStatus] = await Promise.all([api.getSettings(), api.getStatus()]);
      set({ settings, coreStatus, status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) });
    }
  },

  async save(patch) {
    const settings = await api.updateSettings(patch);
    set({ settings });
    return settings;
  },
}));

/** Formats instants in the business's time zone (the browser's until the settings are in). */
export function useFormatTime(): (iso: string, pattern: string) => string {
  const timeZone = useSettings((s) => s.settings?.timezone);
  return useCallback((iso, pattern) => formatInZone(iso, pattern, timeZone), [timeZone]);
}
