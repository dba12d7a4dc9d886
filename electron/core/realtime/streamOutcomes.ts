import type { Params } from '../domain/webhookParams';
import type { Handoff, RelayOutcome } from '../relay/handoff';

const hungUp = new Set(['completed', 'busy', 'no-answer', 'canceled', 'failed']);
/** An outcome waits this long for its `<Connect action>` request; then the call is long gone. */
const keepMs = 10 * 60_000;

/**
 * Where each call's media stream ended up, for its `<Connect action>` request: Media Streams has
 * no HandoffData, so the session leaves its handoff (or why speech to speech gave up) here,
 * keyed by CallSid, before it ends the stream.
 */
export function createStreamOutcomes(now: () => number = Date.now) {
  const outcomes = new Map<string, { at: number; outcome: { handoff: Handoff } | { fallback: string } }>();
  const prune = () => {
    for (const [sid, entry] of outcomes) if (now() - entry.at > keepMs) outcomes.delete(sid);
  };
  return {
    handOff(callSid: string, handoff: Handoff): void {
      prune();
      outcomes.set(callSid, { at: now(), outcome: { handoff } });
    },
    fallBack(callSid: string, reason: string): void {
      prune();
      outcomes.set(callSid, { at: now(), outcome: { fallback: reason } });
    },
    /** The `<Connect action>` request's outcome, taken once: a replay carries on over Gather. */
    take(params: Params): RelayOutcome {
      const entry = params.CallSid ? outcomes.get(params.CallSid) : undefined;
      if (params.CallSid) outcomes.delete(params.CallSid);
      if (params.CallStatus && hungUp.has(params.CallStatus)) return { kind: 'hung-up' };
      const outcome = entry?.outcome;
      if (outcome && 'handoff' in outcome) return { kind: 'handoff', handoff: outcome.handoff };
      const reason = outcome ? outcome.fallback : 'the media stream ended without a handoff';
      return { kind: 'gather-fallback', reason: `speech to speech: ${reason}` };
    },
  };
}
export type StreamOutcomes = ReturnType<typeof createStreamOutcomes>;
