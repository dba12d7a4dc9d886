import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { urgencyByLead } from '../lib/urgency';
import type { PickupApi } from '../../../electron/shared/api';
import type { LeadSummary, LeadUpdate } from '../../../electron/shared/apiModels';
import { useApi } from './apiContext';
import { keys } from './keys';

/** The leads; the Leads page reloads them when opened, and a call that ends marks them stale. */
export function useLeads() {
  const api = useApi();
  return useQuery({ queryKey: keys.leads, queryFn: () => api.listLeads(), refetchOnMount: 'always' });
}

const replaceLead = (leads: LeadSummary[] | undefined, lead: LeadSummary) => leads?.map((l) => (l.id === lead.id ? lead : l));

/**
 * The leads with one lead as the core has it now: in its place, or first when it is new (the list
 * is newest first). An older copy (an answer overtaken by a later one) changes nothing.
 */
export function withLead(leads: LeadSummary[], lead: LeadSummary): LeadSummary[] {
  const index = leads.findIndex((l) => l.id === lead.id);
  if (index < 0) return [lead, ...leads];
  if (leads[index]!.updatedAt > lead.updatedAt) return leads;
  return leads.map((l, i) => (i === index ? lead : l));
}

/**
 * A turn stores what it learned (an emergency too) on the caller's lead in the same commit as
 * the call's update, and no event carries the lead: this fetches that one lead with its call, not
 * the whole list (2,000 leads are ~900 kB and ~100 ms of the core's time, on every turn).
 */
export async function refreshLeadOfCall(client: QueryClient, api: PickupApi, callId: string): Promise<void> {
  if (!client.getQueryData(keys.leads)) return;
  const { lead } = await api.getCall({ id: callId });
  if (lead) client.setQueryData<LeadSummary[]>(keys.leads, (leads) => leads && withLead(leads, lead));
}

/** Saves the owner's change; the row shows it at once and goes back if the save fails. */
export function useUpdateLead() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: LeadUpdate) => api.updateLead(update),
    onMutate: async (update) => {
      await client.cancelQueries({ queryKey: keys.leads });
      const before = client.getQueryData<LeadSummary[]>(keys.leads);
      const current = before?.find((l) => l.id === update.id);
      if (current) client.setQueryData(keys.leads, replaceLead(before, { ...current, ...update }));
      return { current };
    },
    onError: (_error, _update, context) => {
      const current = context?.current;
      if (current) client.setQueryData<LeadSummary[]>(keys.leads, (leads) => replaceLead(leads, current));
    },
    onSuccess: (lead) => {
      client.setQueryData<LeadSummary[]>(keys.leads, (leads) => replaceLead(leads, lead));
      // A call's detail shows its caller's lead.
      void client.invalidateQueries({ queryKey: keys.calls.details });
    },
  });
}

/** Which calls are emergencies, from their leads; shared by Live, Calls and the call page. */
export function useUrgencyByLead() {
  const api = useApi();
  const { data } = useQuery({ queryKey: keys.leads, queryFn: () => api.listLeads() });
  return useMemo(() => urgencyByLead(data ?? []), [data]);
}
