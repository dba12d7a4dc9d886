import type { ConversationTransport } from '../../shared/settings';

/**
 * Whether this call is spoken speech to speech (OpenAI Realtime over Media Streams). Set
 * explicitly, only an OpenAI key is needed (without one the call has no model to hear it). `auto`
 * picks it only where Twilio can reach the stream (a real account, an https public URL) and the
 * owner chose the most natural voice, since it costs several times a streamed text turn.
 */
export function usesRealtime(
  setting: ConversationTransport,
  where: { publicUrl: string; localSigning: boolean; openAiKey: boolean; realtimePreferred: boolean },
): boolean {
  if (!where.openAiKey) return false;
  if (setting === 'realtime') return true;
  if (setting !== 'auto') return false;
  return where.realtimePreferred && !where.localSigning && where.publicUrl.startsWith('https://');
}
