import type { LeadSummary } from '../../../electron/shared/apiModels';
import { emergencyOf } from '../../../electron/shared/emergency';

export type Urgent = ReturnType<typeof emergencyOf>;
const routine: Urgent = { emergency: false, pinned: false };

/** Each lead's emergency state by id, for the screens that show calls (a call names its lead). */
export function urgencyByLead(leads: readonly LeadSummary[]): ReadonlyMap<string, Urgent> {
  return new Map(leads.map((lead) => [lead.id, emergencyOf(lead)]));
}

export const urgencyOfCall = (call: { leadId: string | null }, byLead: ReadonlyMap<string, Urgent>): Urgent =>
  (call.leadId && byLead.get(call.leadId)) || routine;

/** Pinned items first, each group in its own order (newest first stays newest first). */
export function pinnedFirst<T>(items: readonly T[], pinned: (item: T) => boolean): T[] {
  const top = items.filter(pinned);
  return top.length === 0 ? [...items] : [...top, ...items.filter((item) => !pinned(item))];
}
