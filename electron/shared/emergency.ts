import type { Lead } from './models';

/**
 * Whether a caller's problem is an emergency, and whether it still needs the owner.
 *
 * A call carries no urgency of its own: the core records it on the caller's lead (the offline
 * brain and the model both set `urgency`), so every screen asks this one function about the lead
 * a call belongs to. An emergency stays pinned above other calls while its lead is new, i.e.
 * until the owner marks it contacted, won or lost.
 */
export function emergencyOf(lead: Pick<Lead, 'urgency' | 'status'> | null | undefined): { emergency: boolean; pinned: boolean } {
  const emergency = lead?.urgency === 'emergency';
  return { emergency, pinned: emergency && lead?.status === 'new' };
}
