import { createRealtimeCall, type RealtimeCall, type RealtimeCallDeps } from './realtimeCall';

/** A bridge opened for a call whose stream never came is closed after this (Twilio connects within seconds). */
const unclaimedMs = 30_000;

/**
 * The speech-to-speech bridges of live calls: each is opened with the voice webhook (so OpenAI is
 * connected and the greeting under way while Twilio fetches the TwiML and opens the stream) and
 * claimed by the stream's `start`. A stream for a call without one (Pickup restarted) gets a new
 * bridge that listens first.
 */
export function createRealtimeCalls(deps: RealtimeCallDeps) {
  const waiting = new Map<string, { bridge: RealtimeCall; timer: NodeJS.Timeout }>();
  return {
    open(callSid: string, greeting: string): void {
      waiting
        .get(callSid)
        ?.bridge.close()
        .catch(() => undefined);
      const bridge = createRealtimeCall(callSid, greeting, deps);
      const timer = setTimeout(() => {
        waiting.delete(callSid);
        void bridge.close();
      }, unclaimedMs);
      timer.unref();
      waiting.set(callSid, { bridge, timer });
    },
    claim(callSid: string): RealtimeCall {
      const entry = waiting.get(callSid);
      if (!entry) return createRealtimeCall(callSid, null, deps);
      waiting.delete(callSid);
      clearTimeout(entry.timer);
      return entry.bridge;
    },
    async close(): Promise<void> {
      const entries = [...waiting.values()];
      waiting.clear();
      for (const entry of entries) clearTimeout(entry.timer);
      await Promise.allSettled(entries.map((entry) => entry.bridge.close()));
    },
  };
}
export type RealtimeCalls = ReturnType<typeof createRealtimeCalls>;
