import type { KnowledgeEntry } from '../../shared/models';
import type { Settings } from '../../shared/settings';
import { callFacts, receptionistInstructions, splitKnowledge } from '../brain/openai/receptionistPrompt';
import type { BrainContext } from '../brain/types';
import { realtimeTools } from './realtimeTools';

/** How long a pause ends the caller's turn with server VAD: a phone caller thinks mid-sentence. */
const silenceDurationMs = 500;

/**
 * The speech-to-speech receptionist's instructions: the chat brain's (the same business, hours,
 * knowledge and rules), where "set action to ..." means calling the matching tool, then this
 * call's facts (time, caller ID, what is known about a returning caller).
 */
export function realtimeInstructions(context: BrainContext, knowledge: readonly KnowledgeEntry[]): string {
  const { inPrefix } = splitKnowledge(knowledge);
  return `${receptionistInstructions(context.settings, inPrefix)}

On this call you hear the caller and speak to them yourself
- Where these instructions say to set a field, call save_caller_details with what you heard, as soon as you hear it.
- Set action to transfer: say one short line, then call transfer_to_owner. Voicemail: call take_voicemail. End: say goodbye, then call end_call.
- Speak naturally and briefly; stop talking as soon as the caller talks.

This call
${callFacts(context)}`;
}

/** The `session.update` that sets a call up: `audio/pcmu` both ways (Twilio's own), turn detection, tools. */
export function sessionUpdate(settings: Settings, instructions: string) {
  const turnDetection =
    settings.realtimeTurnDetection === 'semantic_vad'
      ? { type: 'semantic_vad', eagerness: 'auto', create_response: true, interrupt_response: true }
      : { type: 'server_vad', silence_duration_ms: silenceDurationMs, create_response: true, interrupt_response: true };
  return {
    type: 'session.update',
    session: {
      type: 'realtime',
      instructions,
      output_modalities: ['audio'],
      audio: {
        input: {
          format: { type: 'audio/pcmu' },
          transcription: { model: 'gpt-4o-mini-transcribe' },
          turn_detection: turnDetection,
        },
        output: { format: { type: 'audio/pcmu' }, voice: 'marin' },
      },
      tools: realtimeTools,
      tool_choice: 'auto',
    },
  };
}

/** Asks for the greeting, word for word (it is already stored as the call's first turn). */
export function greetingRequest(greeting: string) {
  return {
    type: 'response.create',
    response: { instructions: `Greet the caller with exactly these words and nothing else: "${greeting.replace(/"/g, "'")}"` },
  };
}
