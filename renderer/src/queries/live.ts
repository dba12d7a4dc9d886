import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { PickupApi } from '../../../electron/shared/api';
import type { CallWithLead } from '../../../electron/shared/apiModels';
import type { AppEvent, Call, Turn } from '../../../electron/shared/models';
import { isLive } from '../lib/liveCall';
import { mergeTurns } from '../lib/turns';
import { useApi } from './apiContext';
import { keys } from './keys';

export interface LiveCalls {
  /** Calls in progress, and those that ended while the dashboard watched them. */
  calls: Call[];
  turns: Record<string, Turn[]>;
}

export const noLiveCalls: LiveCalls = { calls: [], turns: {} };
/** One empty transcript for every call without turns: selectors must return stable values. */
export const noTurns: Turn[] = [];

function upsert(calls: Call[], call: Call): Call[] {
  const index = calls.findIndex((c) => c.id === call.id);
  if (index < 0) return [call, ...calls];
  const next = [...calls];
  next[index] = call;
  return next;
}

/** Follows a call from its detail: the call, and its transcript so far merged with what events brought. */
export function addDetail(live: LiveCalls, detail: CallWithLead): LiveCalls {
  const { turns, recordings: _recordings, lead: _lead, brainNotes: _notes, ...call } = detail;
  return {
    calls: upsert(live.calls, call),
    turns: { ...live.turns, [call.id]: mergeTurns(turns, live.turns[call.id] ?? []) },
  };
}

/** A live event: a call that starts is followed; turns and updates count only for calls followed. */
export function applyToLive(live: LiveCalls, event: AppEvent): LiveCalls {
  if (event.type === 'turn.added') {
    if (!live.calls.some((c) => c.id === event.callId)) return live;
    return { ...live, turns: { ...live.turns, [event.callId]: mergeTurns(live.turns[event.callId] ?? [], [event.turn]) } };
  }
  const known = live.calls.some((c) => c.id === event.call.id);
  if (event.type !== 'call.started' && !known) return live;
  return {
    calls: upsert(live.calls, event.call),
    turns: live.turns[event.call.id] ? live.turns : { ...live.turns, [event.call.id]: [] },
  };
}

/**
 * The calls on the line: the recent ones still live, with their transcripts. Ended calls the
 * owner has not dismissed stay when it loads again (after a gap in events).
 */
export const liveQuery = (api: PickupApi, client: QueryClient) => ({
  queryKey: keys.live,
  queryFn: async () => {
    const recent = await api.listCalls({ limit: 20 });
    const details = await Promise.all(recent.filter((c) => isLive(c)).map((c) => api.getCall({ id: c.id })));
    return details.reduce(addDetail, client.getQueryData<LiveCalls>(keys.live) ?? noLiveCalls);
  },
});

export function useLiveCalls() {
  const api = useApi();
  const client = useQueryClient();
  return useQuery(liveQuery(api, client));
}

/** Starts following a call (the test call) with its transcript so far. */
export async function trackLiveCall(client: QueryClient, api: PickupApi, id: string): Promise<void> {
  const detail = await api.getCall({ id });
  client.setQueryData<LiveCalls>(keys.live, (live) => addDetail(live ?? noLiveCalls, detail));
}

export function dismissLiveCall(client: QueryClient, id: string): void {
  client.setQueryData<LiveCalls>(keys.live, (live) => live && { ...live, calls: live.calls.filter((c) => c.id !== id) });
}

/**
 * Puts the caller through to the owner. The call's new state (handled by the owner, or the
 * transfer failing) arrives as live events, so there is nothing to invalidate here.
 */
export function useTakeOver() {
  const api = useApi();
  return useMutation({ mutationFn: (id: string) => api.takeOverCall({ id }) });
}
