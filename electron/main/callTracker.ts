import type { AppEvent, Call } from '../shared/models';

export interface CallTracker {
  /** Applies one live event; true when the calls on the line or the last calls changed. */
  apply(event: AppEvent): boolean;
  live(): Call[];
  recent(): Call[];
}

/**
 * The calls on the line now and the last few that ended, kept from the core's live events for
 * the tray. A call already under way when Pickup started shows up at its next update.
 */
export function createCallTracker(ended: Call[], keep = 5): CallTracker {
  let live: Call[] = [];
  let recent = ended.filter((c) => c.endedAt).slice(0, keep);
  const without = (calls: Call[], id: string) => calls.filter((c) => c.id !== id);

  return {
    apply(event) {
      switch (event.type) {
        case 'turn.added':
          return false;
        case 'call.started':
          live = [...without(live, event.call.id), event.call];
          return true;
        case 'call.updated': {
          const { call } = event;
          if (!call.endedAt) {
            live = live.some((c) => c.id === call.id) ? live.map((c) => (c.id === call.id ? call : c)) : [...live, call];
            return true;
          }
          const wasLive = live.some((c) => c.id === call.id);
          live = without(live, call.id);
          if (recent.some((c) => c.id === call.id)) recent = recent.map((c) => (c.id === call.id ? call : c));
          return wasLive || recent.some((c) => c.id === call.id);
        }
        case 'call.ended':
          live = without(live, event.call.id);
          recent = [event.call, ...without(recent, event.call.id)].slice(0, keep);
          return true;
      }
    },
    live: () => live,
    recent: () => recent,
  };
}
