import { create } from 'zustand';
import type { TestCall } from '../../../electron/shared/apiModels';
import type { AppEvent } from '../../../electron/shared/models';
import { api } from '../api/client';
import { errorMessage } from '../lib/errors';
import { useLive } from './liveStore';

interface TestCallState {
  session: TestCall | null;
  /** What the dashboard is waiting for the call to do. */
  busy: 'starting' | 'speaking' | 'hanging-up' | null;
  error: string | null;
  load(): Promise<void>;
  start(from?: string): Promise<void>;
  say(text: string): Promise<void>;
  hangUp(): Promise<void>;
  apply(event: AppEvent): void;
}

export const useTestCall = create<TestCallState>((set, get) => {
  const step = async (busy: NonNullable<TestCallState['busy']>, run: () => Promise<TestCall | null>) => {
    set({ busy, error: null });
    try {
      const session = await run();
      set({ session, busy: null });
      if (session?.callId) await useLive.getState().track(session.callId);
    } catch (error) {
      set({ busy: null, error: errorMessage(error) });
    }
  };
  return {
    session: null,
    busy: null,
    error: null,
    load: () => step('starting', () => api.getTestCall()),
    start: (from) => step('starting', () => api.startTestCall({ from })),
    say: (text) => step('speaking', () => api.sayInTestCall({ text })),
    hangUp: () => step('hanging-up', () => api.hangUpTestCall()),
    apply(event) {
      const { session, busy } = get();
      if (!session || busy || event.type === 'turn.added' || event.call.id !== session.callId) return;
      // Taken over from the Live page, or ended by the receptionist: the session has moved on.
      if (event.type === 'call.ended' || event.call.outcome === 'transferred') {
        void api.getTestCall().then((latest) => set({ session: latest }));
      }
    },
  };
});
