import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PickupApi } from '../../../electron/shared/api';
import type { CallWithLead } from '../../../electron/shared/apiModels';
import type { AppEvent } from '../../../electron/shared/models';
import { mergeTurns } from '../lib/turns';
import { useApi } from './apiContext';
import { removeFromCallLists } from './calls';
import { keys } from './keys';

export const callDetailQuery = (api: PickupApi, id: string) => ({
  queryKey: keys.calls.detail(id),
  queryFn: () => api.getCall({ id }),
});

/**
 * A live event applied to a call's detail: its turns grow, its fields follow updates. Returns
 * whether the detail must be fetched again: a recording that arrived comes with the detail only.
 */
export function applyToCallDetail(detail: CallWithLead, event: AppEvent): { detail: CallWithLead; refetch: boolean } {
  if (event.type === 'turn.added') {
    if (event.callId !== detail.id) return { detail, refetch: false };
    return { detail: { ...detail, turns: mergeTurns(detail.turns, [event.turn]) }, refetch: false };
  }
  if (event.call.id !== detail.id) return { detail, refetch: false };
  return { detail: { ...detail, ...event.call }, refetch: event.call.hasRecording !== detail.hasRecording };
}

export function useCallDetail(id: string | null) {
  const api = useApi();
  return useQuery({ ...callDetailQuery(api, id ?? ''), enabled: id !== null });
}

/** Deletes a call: gone from every list once the core confirms (the page then leaves its detail). */
export function useDeleteCall() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.deleteCall({ id }),
    onSuccess: (_answer, id) => {
      removeFromCallLists(client, id);
      // The caller's lead counts its calls.
      void client.invalidateQueries({ queryKey: keys.leads });
    },
  });
}
