import type { Speaker } from '../../shared/models';

/** What a new Realtime session is told about the one that dropped, so it carries on rather than starting over. */
const droppedNote =
  'The phone line to you dropped for a moment and is back. Carry on from where the conversation was: if the caller was in the middle of telling you something you did not hear, say briefly that the line cut out and ask them to say it again. Do not greet them again.';

/**
 * The `conversation.item.create` events that give a new Realtime session the call so far: each
 * stored turn as a text message (a session cannot be given assistant audio), in order.
 */
export function resumeItems(turns: readonly { speaker: Speaker; text: string }[]) {
  return turns
    .filter((turn) => turn.text.trim() !== '')
    .map((turn) => ({
      type: 'conversation.item.create',
      item:
        turn.speaker === 'caller'
          ? { type: 'message', role: 'user', content: [{ type: 'input_text', text: turn.text }] }
          : { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: turn.text }] },
    }));
}

/** The note that tells the new session the line dropped (followed by `response.create` when the caller was waiting). */
export function droppedLineNote() {
  return {
    type: 'conversation.item.create',
    item: { type: 'message', role: 'system', content: [{ type: 'input_text', text: droppedNote }] },
  };
}
