import type { Brain, BrainContext, BrainStreamPart } from './types';

/**
 * A turn from any brain as a stream: its own when it streams, else its whole reply as one piece.
 * A whole reply that leaves the conversation (transfer, voicemail, end) is not streamed: its
 * words are said by the TwiML that follows, where ending the stream cannot cut them off.
 */
export async function* streamReply(brain: Brain, context: BrainContext, signal?: AbortSignal): AsyncIterable<BrainStreamPart> {
  if (brain.stream) {
    yield* brain.stream(context, signal);
    return;
  }
  const reply = await brain.reply(context, signal);
  if (reply.action === 'continue')
    yield { type: 'text', text: reply.say, ...(reply.language ? { language: reply.language } : {}) };
  yield { type: 'reply', reply };
}
