import type { Settings } from '../../shared/settings';
import type { BrainReply } from '../brain/types';
import { fixedReply } from './fixedReply';

/** The key a caller presses for a person, as on any business's phone line. */
export const personKey = '0';

/**
 * The receptionist's answer to a key the caller pressed: 0 puts them through to a person (the
 * transfer then rings the forwarding number, or the owner, or takes a voicemail); any other key
 * is answered with how to go on. The call's brain state is kept as it was: a key is not words.
 */
export function replyToKeypress(key: string, settings: Settings, state: BrainReply['state']): BrainReply {
  if (key === personKey) {
    const person = settings.ownerName || `someone from ${settings.businessName || 'the team'}`;
    return fixedReply(`Sure, let me get ${person} on the line.`, 'transfer', state);
  }
  return fixedReply(`I'm listening. Just tell me what you need, or press ${personKey} to reach a person.`, 'continue', state);
}
