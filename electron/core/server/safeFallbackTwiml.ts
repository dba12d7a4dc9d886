import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { urlBuilder } from '../calls/twiml';
import { webhookPaths } from '../calls/webhookPaths';

/**
 * What a caller hears when something behind a webhook failed: an apology and a voicemail, so
 * the caller is never dropped with "an application error has occurred".
 */
export function safeFallbackTwiml(publicUrl: string): string {
  const urlFor = urlBuilder(publicUrl);
  const response = new VoiceResponse();
  response.say(
    { voice: 'Polly.Matthew' },
    "Sorry, we're having trouble on our end. Please leave your name, number and what you need after the tone, and we'll call you back.",
  );
  response.record({
    maxLength: 120,
    playBeep: true,
    action: urlFor(webhookPaths.recording, { source: 'voicemail' }),
    transcribe: true,
    transcribeCallback: urlFor(webhookPaths.transcription),
  });
  response.hangup();
  return response.toString();
}
