import type { LeadSummary } from '../../../electron/shared/apiModels';
import { emergencyOf } from '../../../electron/shared/emergency';
import type { Call } from '../../../electron/shared/models';
import { isScreenedOut } from './screened';

export type Urgent = ReturnType<typeof emergencyOf>;
const routine: Urgent = { emergency: false, pinned: false };

/** Each lead's emergency state by id, for the screens that show calls (a call names its lead). */
export function urgencyByLead(leads: readonly LeadSummary[]): ReadonlyMap<string, Urgent> {
  return new Map(leads.map((lead) => [lead.id, emergencyOf(lead)]));
}

/** A robocall or wrong number is never urgent, whatever the number's lead was before: it is never red, never pinned. */
export const urgencyOfCall = (call: Pick<Call, 'leadId' | 'outcome'>, byLead: ReadonlyMap<string, Urgent>): Urgent =>
  (!isScreenedOut(call) && call.leadId && byLead.get(call.leadId)) || routine;

/** Pinned items first, each group in its own order (newest first stays newest first). */
export function pinnedFirst<T>(items: readonly T[], pinned: (item: T) => boolean): T[] {
  const top = items.filter(pinned);
  return top.length === 0 ? [...items] : [...top, ...items.filter((item) => !pinned(item))];
}
