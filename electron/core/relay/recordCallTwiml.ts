import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { webhookPaths, type UrlFor } from '../domain/webhookPaths';

/**
 * Starts recording the whole call (`<Start><Recording>`) with its status sent to the recordings
 * route, `absent` included so a call with nothing recorded is known. Every transport's first TwiML
 * opens with it: Gather, ConversationRelay and speech to speech record the same way.
 */
export function startCallRecording(response: VoiceResponse, urlFor: UrlFor): void {
  response.start().recording({
    recordingStatusCallback: urlFor(webhookPaths.recording, { source: 'call' }),
    recordingStatusCallbackEvent: ['completed', 'absent'],
    recordingStatusCallbackMethod: 'POST',
  } as never);
}
