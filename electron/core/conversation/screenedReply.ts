import type { Settings } from '../../shared/settings';
import type { BrainReply } from '../brain/types';

/** The goodbye for a call that is no lead, in the caller's language. */
export function notALeadGoodbye(
  kind: 'spam' | 'wrong_number',
  language: BrainReply['language'],
  settings: Pick<Settings, 'businessName'>,
): string {
  const business = settings.businessName;
  if (language === 'es')
    return kind === 'spam'
      ? `Gracias, pero no nos interesa. Adiós.`
      : `Creo que tiene el número equivocado. Esto es ${business}. ¡Adiós!`;
  return kind === 'spam'
    ? `Thanks, but we're not interested. Goodbye.`
    : `I think you have the wrong number. This is ${business}. Goodbye!`;
}

/**
 * A robocall, sales pitch or wrong number is never put through to the owner nor left a voicemail
 * for them, whatever the brain proposed: it is ended, politely. Other replies pass unchanged.
 */
export function screenedReply(reply: BrainReply, settings: Pick<Settings, 'businessName'>): BrainReply {
  const kind = reply.callerKind;
  if (kind !== 'spam' && kind !== 'wrong_number') return reply;
  if (reply.action !== 'transfer' && reply.action !== 'voicemail') return reply;
  return { ...reply, action: 'end', say: notALeadGoodbye(kind, reply.language, settings) };
}
