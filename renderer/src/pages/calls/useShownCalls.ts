import { useMemo } from 'react';
import { pinnedFirst, urgencyOfCall } from '../../lib/urgency';
import { useCallList } from '../../queries/calls';
import { useUrgencyByLead } from '../../queries/leads';
import { useCallFilters } from '../../state/callFilters';

/**
 * The calls the list shows: the server's pages for the filters, new emergencies pinned on top
 * until the owner has dealt with them, and only emergencies when that filter is on.
 */
export function useShownCalls() {
  const filters = useCallFilters((s) => s.filters);
  const emergencyOnly = useCallFilters((s) => s.emergencyOnly);
  const byLead = useUrgencyByLead();
  const list = useCallList(filters);
  const loaded = list.items;
  const items = useMemo(() => {
    const shown = emergencyOnly ? loaded.filter((call) => urgencyOfCall(call, byLead).emergency) : loaded;
    return pinnedFirst(shown, (call) => urgencyOfCall(call, byLead).pinned);
  }, [loaded, byLead, emergencyOnly]);
  return { ...list, items, filters, emergencyOnly, byLead };
}
