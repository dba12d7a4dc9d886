import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type { Settings } from '../../shared/settings';
import { socketUrlOn, webhookPaths, type UrlFor } from '../domain/webhookPaths';
import { callTokenParameter } from './callToken';
import { startCallRecording } from './recordCallTwiml';

/** The language a session switches to for a caller who speaks Spanish. */
export const spanishRelayLanguage = 'es-US';

/** The relay's WebSocket path on the public listener (contract §2). */
export const relayPath = '/api/webhooks/twilio/relay';

/** The WebSocket URL Twilio connects to (and signs) for this path. */
export function relaySocketUrl(publicUrl: string): string {
  return socketUrlOn(publicUrl, relayPath);
}

/**
 * Hands the call to ConversationRelay: Twilio speaks the greeting, transcribes the caller and
 * streams each turn to the relay socket; when the session ends, the `<Connect action>` route
 * decides what happens next (a transfer, a voicemail, the end, or Gather if the socket dropped).
 * `callToken` (see callToken.ts) binds the session to this call.
 */
export function connectRelay(
  settings: Settings,
  urlFor: UrlFor,
  args: { socketUrl: string; greeting: string; recordCall?: boolean; callToken?: string },
): string {
  const response = new VoiceResponse();
  if (args.recordCall) startCallRecording(response, urlFor);
  const connect = response.connect({ action: urlFor(webhookPaths.relayComplete), method: 'POST' } as never);
  const relay = connect.conversationRelay({
    url: args.socketUrl,
    welcomeGreeting: args.greeting,
    welcomeGreetingInterruptible: 'speech',
    language: settings.speechLanguage,
    ttsProvider: settings.relayTtsProvider,
    ...(settings.relayVoice ? { voice: settings.relayVoice } : {}),
    transcriptionProvider: settings.relayTranscriptionProvider,
    ...(settings.tradeTerms.length > 0 ? { hints: settings.tradeTerms.join(', ') } : {}),
    interruptible: settings.relayInterruptible,
    interruptSensitivity: settings.relayInterruptSensitivity,
    dtmfDetection: true,
  });
  // Spanish is declared, so the session can switch to it once a caller speaks it (see relaySession).
  if (!settings.speechLanguage.startsWith('es'))
    relay.language({
      code: spanishRelayLanguage,
      ttsProvider: settings.relayTtsProvider,
      transcriptionProvider: settings.relayTranscriptionProvider,
    } as never);
  // Twilio sends it back in `setup`: the socket admits only the session of this call.
  if (args.callToken) relay.parameter({ name: callTokenParameter, value: args.callToken });
  return response.toString();
}
