import type { Settings } from '../../shared/settings';
import type { BrainReply, CallLanguage } from '../brain/types';
import { fixedReply } from './fixedReply';

/**
 * Silence after "who may I say is calling?" or "what's the address?", asked of a caller who wants a
 * person or has an emergency: the question was a courtesy, not a gate, so they are put through (the
 * transfer then rings the forwarding number, or the owner, or takes a voicemail). Silence is not
 * words: nothing is learned from it.
 */
export function replyToSilence(settings: Settings, state: BrainReply['state'], language: CallLanguage): BrainReply {
  const person = settings.ownerName || null;
  const say =
    language === 'es'
      ? `Le comunico ahora${person ? ` con ${person}` : ''}.`
      : `I'll put you through${person ? ` to ${person}` : ''} now.`;
  return fixedReply(say, 'transfer', state);
}
