import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PhoneLine } from '../../../electron/shared/phoneLine';
import { useApi } from './apiContext';
import { keys } from './keys';

/** The tunnel and the number change outside the dashboard, so the card reloads them when shown. */
export function usePhoneLine() {
  const api = useApi();
  return useQuery({ queryKey: keys.phoneLine, queryFn: () => api.getPhoneLine(), refetchOnMount: 'always' });
}

/** The account's numbers, once there is an account to list them from. */
export function useTwilioNumbers(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: keys.twilioNumbers, queryFn: () => api.listTwilioNumbers(), enabled, refetchOnMount: 'always' });
}

/** Pointing a number at Pickup, or restoring it: the answer is the new line; which number rings Pickup changed. */
export function usePhoneLineChange() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { configure: string } | 'restore'): Promise<PhoneLine> =>
      change === 'restore' ? api.restoreTwilioNumber() : api.configureTwilioNumber({ sid: change.configure }),
    onSuccess: (line) => {
      client.setQueryData(keys.phoneLine, line);
      void client.invalidateQueries({ queryKey: keys.twilioNumbers });
    },
  });
}

export function useSetupCheck() {
  const api = useApi();
  return useMutation({ mutationFn: () => api.checkSetup() });
}
