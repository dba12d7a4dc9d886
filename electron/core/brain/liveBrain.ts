import { streamReply } from './streamReply';
import type { Brain, CallAnalyst } from './types';

/** What answers turns when an AI is connected: its brain, and its analyst for the end of a call. */
export interface AiBrain {
  brain: Brain;
  analyst: CallAnalyst;
}

/**
 * The brain that answers calls, switchable while Pickup runs: the owner connects (or disconnects)
 * OpenAI in the app, and the next turn is answered by the new one. Each turn reads the current
 * choice once, so a turn in flight finishes on the brain it started with.
 */
export function createLiveBrain(offline: Brain) {
  let ai: AiBrain | null = null;
  const current = () => ai?.brain ?? offline;
  const brain: Brain = {
    get name() {
      return current().name;
    },
    reply: (context, signal) => current().reply(context, signal),
    stream: (context, signal) => streamReply(current(), context, signal),
  };
  return {
    brain,
    /** The AI's analyst while one is connected: without one, the composed summary is used. */
    analyst: (): CallAnalyst | null => ai?.analyst ?? null,
    use(next: AiBrain | null): void {
      ai = next;
    },
  };
}
