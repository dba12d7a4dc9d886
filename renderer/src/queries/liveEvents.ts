import type { QueryClient } from '@tanstack/react-query';
import type { PickupApi } from '../../../electron/shared/api';
import type { CallWithLead } from '../../../electron/shared/apiModels';
import type { AppEvent } from '../../../electron/shared/models';
import type { CallFilters } from '../lib/callFilters';
import { isScreenedOut } from '../lib/screened';
import { applyToCallDetail } from './callDetail';
import { applyToCallPages, type CallPages } from './calls';
import { keys } from './keys';
import { refreshLeadOfCall } from './leads';
import { applyToLive, type LiveCalls } from './live';
import { refreshTestCallAfter } from './testCall';

/** Every live event, applied to each cache that shows calls; each takes what concerns it. */
export function applyEvent(client: QueryClient, event: AppEvent): void {
  client.setQueryData<LiveCalls>(keys.live, (live) => live && applyToLive(live, event));

  for (const [key, data] of client.getQueriesData<CallPages>({ queryKey: keys.calls.lists })) {
    const filters = key[2] as CallFilters;
    if (data) client.setQueryData(key, applyToCallPages(data, event, filters));
  }

  for (const [key, detail] of client.getQueriesData<CallWithLead>({ queryKey: keys.calls.details })) {
    if (!detail) continue;
    const next = applyToCallDetail(detail, event);
    client.setQueryData(key, next.detail);
    if (next.refetch) void client.invalidateQueries({ queryKey: key, exact: true });
  }

  refreshTestCallAfter(client, event);
  // A robocall or wrong number just ended counts in the day's one line about them.
  if (event.type !== 'turn.added' && isScreenedOut(event.call)) void client.invalidateQueries({ queryKey: keys.calls.screened });
  // The caller's lead has a new call, and maybe a name or a need.
  if (event.type === 'call.ended') void client.invalidateQueries({ queryKey: keys.leads });
}

/**
 * Keeps the cache current from the core's live events. After a gap in them (the link was
 * down), whatever happened meanwhile was missed: every query is invalidated, and those on
 * screen load again.
 */
export function followLiveEvents(client: QueryClient, api: PickupApi, onConnection?: (connected: boolean) => void): () => void {
  const stopEvents = api.onEvent((event) => {
    applyEvent(client, event);
    // The Live page's Emergency badge comes from the caller's lead, which a turn may just have changed.
    if (event.type === 'call.updated' && event.call.leadId && !event.call.endedAt)
      // A lead that failed to load is loaded whole when the call ends (the event above).
      refreshLeadOfCall(client, api, event.call.id).catch(() => undefined);
  });
  const stopConnection = api.onConnection((connected) => {
    onConnection?.(connected);
    if (connected) void client.invalidateQueries();
  });
  return () => {
    stopEvents();
    stopConnection();
  };
}
