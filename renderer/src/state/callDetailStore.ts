import { create } from 'zustand';
import type { CallWithLead } from '../../../electron/shared/apiModels';
import type { AppEvent } from '../../../electron/shared/models';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';
import { mergeTurns } from '../lib/turns';

interface CallDetailState {
  id: string | null;
  call: CallWithLead | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  show(id: string | null): Promise<void>;
  apply(event: AppEvent): void;
}

export const useCallDetail = create<CallDetailState>((set, get) => ({
  id: null,
  call: null,
  status: 'idle',
  error: null,

  async show(id) {
    if (!id) return set({ id: null, call: null, status: 'idle', error: null });
    set({ id, status: 'loading', error: null, call: get().call?.id === id ? get().call : null });
    try {
      const call = await api.getCall({ id });
      if (get().id === id) set({ call, status: 'ready' });
    } catch (error) {
      if (get().id === id) set({ status: 'error', error: errorMessage(error) });
    }
  },

  apply(event) {
    const { call } = get();
    if (!call) return;
    if (event.type === 'turn.added') {
      if (event.callId === call.id) set({ call: { ...call, turns: mergeTurns(call.turns, [event.turn]) } });
      return;
    }
    if (event.call.id !== call.id) return;
    set({ call: { ...call, ...event.call } });
    // A recording may have arrived with the update; the list of recordings comes with the detail.
    if (event.call.hasRecording !== call.hasRecording) void get().show(call.id);
  },
}));
