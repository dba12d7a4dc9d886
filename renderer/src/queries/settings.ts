import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SettingsPatch } from '../../../electron/shared/settings';
import { formatInZone } from '../lib/time';
import { useApi } from './apiContext';
import { keys } from './keys';

export function useSettings(options: { refetchOnMount?: 'always' } = {}) {
  const api = useApi();
  return useQuery({ queryKey: keys.settings, queryFn: () => api.getSettings(), ...options });
}

export function useCoreStatus(options: { refetchOnMount?: 'always' } = {}) {
  const api = useApi();
  return useQuery({ queryKey: keys.status, queryFn: () => api.getStatus(), ...options });
}

/** Saves a patch and keeps the server's whole answer; a refusal is thrown for the form to show. */
export function useUpdateSettings() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => api.updateSettings(patch),
    onSuccess: (settings) => {
      client.setQueryData(keys.settings, settings);
      // The status tells which brain answers, and that follows the AI settings.
      void client.invalidateQueries({ queryKey: keys.status });
    },
  });
}

/** Formats instants in the business's time zone (the browser's until the settings are in). */
export function useFormatTime(): (iso: string, pattern: string) => string {
  const timeZone = useSettings().data?.timezone;
  return useCallback((iso, pattern) => formatInZone(iso, pattern, timeZone), [timeZone]);
}
