import type { Settings } from '../../shared/settings';
import { isWithinBusinessHours } from '../domain/businessHours';
import { ownerLine } from '../domain/ownerLine';

export type RouteDecision =
  /** A blocked number: rejected before anything else happens. */
  | { kind: 'reject' }
  /** Voice AI off: ring the forwarding number, as the seed did; voicemail if nobody answers. */
  | { kind: 'forward'; number: string }
  /** Ring the owner first (overflow, or business hours in after-hours mode); AI on no answer. */
  | { kind: 'ring-owner'; number: string }
  /** The AI receptionist answers. */
  | { kind: 'ai' }
  /** Voice AI off and no number to ring: take a message. */
  | { kind: 'voicemail' };

/** Who answers an incoming call: a pure function of the settings, the caller and the time. */
export function routeIncomingCall(settings: Settings, from: string, now: Date): RouteDecision {
  if (settings.blockedNumbers.includes(from)) return { kind: 'reject' };
  const owner = ownerLine(settings);

  if (!settings.voiceEnabled) return owner ? { kind: 'forward', number: owner } : { kind: 'voicemail' };

  const ringOwnerFirst =
    settings.voiceMode === 'overflow' || (settings.voiceMode === 'after_hours' && isWithinBusinessHours(settings, now));
  if (ringOwnerFirst && owner) return { kind: 'ring-owner', number: owner };
  return { kind: 'ai' };
}
