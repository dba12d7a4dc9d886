import type { CollectedLead } from '../domain/collectedLead';
import { isCallerNumber } from '../../shared/phone';
import type { CallerKind } from '../store/callsRepo';

/**
 * Where what a turn learned about the caller goes: their lead; a lead under the number they just
 * gave, when their caller ID was withheld, with everything they said before it; or kept with the
 * call until they give one, so a caller with no caller ID is not lost.
 */
export type LeadDetailsPlan =
  | { kind: 'none' }
  | { kind: 'merge'; leadId: string; details: CollectedLead }
  | { kind: 'create'; phone: string; details: CollectedLead }
  | { kind: 'hold'; details: CollectedLead };

/** The fields said, without the empty ones, so a later turn that says nothing keeps earlier words. */
const said = (details: CollectedLead): CollectedLead =>
  Object.fromEntries(Object.entries(details).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));

export function planLeadDetails(input: {
  leadId: string | null;
  held: CollectedLead;
  collected: CollectedLead;
  callbackNumber: string | null;
  callerKind: CallerKind;
}): LeadDetailsPlan {
  // A robocall's or wrong number's words are no lead's details.
  if (input.callerKind !== 'caller') return { kind: 'none' };
  if (input.leadId) return { kind: 'merge', leadId: input.leadId, details: input.collected };
  const heard = said(input.collected);
  const details = { ...said(input.held), ...heard };
  if (input.callbackNumber && isCallerNumber(input.callbackNumber))
    return { kind: 'create', phone: input.callbackNumber, details };
  return Object.keys(heard).length > 0 ? { kind: 'hold', details } : { kind: 'none' };
}
