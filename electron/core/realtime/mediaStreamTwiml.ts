import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { socketUrlOn, webhookPaths, type UrlFor } from '../domain/webhookPaths';
import { callTokenParameter } from '../relay/callToken';
import { startCallRecording } from '../relay/recordCallTwiml';

/** The Media Streams WebSocket path on the public listener (contract §2). */
export const mediaPath = '/api/webhooks/twilio/media';

/** The WebSocket URL Twilio connects to (and signs) for this path. */
export function mediaSocketUrl(publicUrl: string): string {
  return socketUrlOn(publicUrl, mediaPath);
}

/**
 * Hands the call to a bidirectional Media Stream: Twilio streams the caller's audio to the media
 * socket and plays what comes back; when Pickup ends the stream, the `<Connect action>` route
 * decides what happens next (a transfer, a voicemail, the end, or Gather if speech to speech
 * failed). `callToken` (relay/callToken) binds the stream to this call.
 */
export function connectMediaStream(urlFor: UrlFor, args: { socketUrl: string; callToken: string; recordCall?: boolean }): string {
  const response = new VoiceResponse();
  if (args.recordCall) startCallRecording(response, urlFor);
  const connect = response.connect({ action: urlFor(webhookPaths.mediaComplete), method: 'POST' } as never);
  const stream = connect.stream({ url: args.socketUrl });
  stream.parameter({ name: callTokenParameter, value: args.callToken });
  return response.toString();
}
