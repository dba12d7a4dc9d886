import { useMutation, useQueryClient } from '@tanstack/react-query';
import { withBlocked, withoutBlocked } from '../lib/blockedNumbers';
import { useApi } from './apiContext';
import { keys } from './keys';
import { useSettings } from './settings';

/**
 * Whether a number is blocked, and blocking or unblocking it. Each change starts from the
 * settings as the core has them now, so a number blocked elsewhere meanwhile is never dropped.
 */
export function useBlocking(number: string) {
  const api = useApi();
  const client = useQueryClient();
  const blocked = useSettings().data?.blockedNumbers.includes(number) ?? false;
  const change = useMutation({
    mutationFn: async (block: boolean) => {
      const { blockedNumbers } = await api.getSettings();
      return api.updateSettings({
        blockedNumbers: block ? withBlocked(blockedNumbers, number) : withoutBlocked(blockedNumbers, number),
      });
    },
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  });
  return {
    blocked,
    busy: change.isPending,
    block: () => change.mutateAsync(true),
    unblock: () => change.mutateAsync(false),
  };
}
