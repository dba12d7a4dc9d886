import type { BrainAction, BrainReply } from '../brain/types';

/**
 * A reply given without asking the brain (to a key, to silence, to words cut off): it learns
 * nothing, and the brain's state is kept as it was.
 */
export function fixedReply(say: string, action: BrainAction, state: BrainReply['state']): BrainReply {
  return { say, intent: null, sentiment: null, action, collected: {}, callback: null, state };
}
