import type { BrainContext, BrainReply } from './types';
import { mentionsPrivate } from './openai/plainText';

/** The owner's own numbers and the blocked ones: never read out to a caller. */
export const privateNumbers = (settings: BrainContext['settings']): string[] =>
  [settings.forwardingNumber, settings.ownerPhone, ...settings.blockedNumbers].filter(Boolean);

/**
 * A reply, whatever brain wrote it (a model, or a knowledge-base entry read out by the offline
 * brain), with words that name a private number replaced by a refusal; the call goes on.
 */
export function keepPrivate(reply: BrainReply, settings: BrainContext['settings']): BrainReply {
  if (!mentionsPrivate(reply.say, { numbers: privateNumbers(settings), secrets: [] })) return reply;
  return {
    ...reply,
    say: `Sorry, I can't share that. I can take a message for ${settings.ownerName.trim() || 'the owner'}, though. What can I help you with?`,
    action: 'continue',
  };
}
