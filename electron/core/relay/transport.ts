import type { ConversationTransport } from '../../shared/settings';

/**
 * Whether this call streams over ConversationRelay. `auto` streams only where Twilio can reach
 * it: the account is real (webhooks signed with a locally generated token come from the
 * simulator, which plays Gather) and the public URL is https (ConversationRelay connects only to
 * wss://). The brain does not matter: the offline brain's replies stream too.
 */
export function usesRelay(setting: ConversationTransport, where: { publicUrl: string; localSigning: boolean }): boolean {
  if (setting !== 'auto') return setting === 'relay';
  return !where.localSigning && where.publicUrl.startsWith('https://');
}
