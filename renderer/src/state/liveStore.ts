import { create } from 'zustand';
import type { AppEvent, Call, Turn } from '../../../electron/shared/models';
import { api } from '../api/client';
import { mergeTurns } from '../lib/turns';

interface LiveState {
  /** Calls in progress, and those that ended while the dashboard watched them. */
  calls: Call[];
  turns: Record<string, Turn[]>;
  load(): Promise<void>;
  /** Starts following a call (e.g. the test call) with its transcript so far. */
  track(id: string): Promise<void>;
  dismiss(id: string): void;
  apply(event: AppEvent): void;
}

/** A call with no end is live unless it is older than any call could be (its end was lost). */
const staleAfterMs = 2 * 60 * 60 * 1000;
/** One empty transcript for every call without turns: selectors must return stable values. */
export const noTurns: Turn[] = [];

export const isLive = (call: Call, now = Date.now()) => !call.endedAt && now - Date.parse(call.startedAt) < staleAfterMs;

function upsert(calls: Call[], call: Call): Call[] {
  const index = calls.findIndex((c) => c.id === call.id);
  if (index < 0) return [call, ...calls];
  const next = [...calls];
  next[index] = call;
  return next;
}

export const useLive = create<LiveState>((set, get) => ({
  calls: [],
  turns: {},

  async load() {
    const recent = await api.listCalls({ limit: 20 });
    await Promise.all(recent.filter((c) => isLive(c)).map((c) => get().track(c.id)));
  },

  async track(id) {
    const detail = await api.getCall({ id });
    const { turns: _turns, recordings: _recordings, lead: _lead, ...call } = detail;
    set((state) => ({
      calls: upsert(state.calls, call),
      turns: { ...state.turns, [id]: mergeTurns(detail.turns, state.turns[id] ?? []) },
    }));
  },

  dismiss(id) {
    set((state) => ({ calls: state.calls.filter((c) => c.id !== id) }));
  },

  apply(event) {
    if (event.type === 'turn.added') {
      if (!get().calls.some((c) => c.id === event.callId)) return;
      set((state) => ({ turns: { ...state.turns, [event.callId]: mergeTurns(state.turns[event.callId] ?? [], [event.turn]) } }));
      return;
    }
    const known = get().calls.some((c) => c.id === event.call.id);
    if (event.type === 'call.started' || known) {
      set((state) => ({
        calls: upsert(state.calls, event.call),
        turns: state.turns[event.call.id] ? state.turns : { ...state.turns, [event.call.id]: [] },
      }));
    }
  },
}));
