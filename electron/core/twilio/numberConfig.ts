import type { NumberVoiceConfig } from '../../shared/phoneLine';
import { webhookPaths } from '../calls/webhookPaths';

const xmlEscape = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const echoTwimlet = (twiml: string) => `https://twimlets.com/echo?Twiml=${encodeURIComponent(twiml)}`;

/**
 * The number's voice fallback: TwiML hosted by Twilio itself (the Echo Twimlet), so a caller
 * still leaves a voicemail when this computer is off or asleep and the tunnel answers nothing.
 * The recording (and Twilio's transcription of it) stays on Twilio until Pickup's missed-call
 * sync brings it home.
 */
export function offlineVoicemailUrl(businessName: string): string {
  const hangUp = echoTwimlet('<Response><Hangup/></Response>');
  return echoTwimlet(
    `<Response><Say>Thanks for calling ${xmlEscape(businessName)}. Nobody can come to the phone right now. ` +
      `Please leave your name, number and what you need after the tone.</Say>` +
      `<Record maxLength="120" playBeep="true" transcribe="true" action="${xmlEscape(hangUp)}"/></Response>`,
  );
}

/** What Pickup needs on the number for calls to reach `publicUrl`. */
export function desiredNumberConfig(publicUrl: string, businessName: string): NumberVoiceConfig {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    voiceUrl: `${base}${webhookPaths.voice}`,
    voiceMethod: 'POST',
    voiceFallbackUrl: offlineVoicemailUrl(businessName),
    voiceFallbackMethod: 'GET',
    // A number's status callback fires when the call completes: the one event the engine waits for.
    statusCallback: `${base}${webhookPaths.status}`,
    statusCallbackMethod: 'POST',
    // Either of these makes Twilio ignore the voice URLs, so they are cleared.
    voiceApplicationSid: '',
    trunkSid: '',
  };
}

const configKeys = [
  'voiceUrl',
  'voiceMethod',
  'voiceFallbackUrl',
  'voiceFallbackMethod',
  'statusCallback',
  'statusCallbackMethod',
  'voiceApplicationSid',
  'trunkSid',
] as const satisfies readonly (keyof NumberVoiceConfig)[];

/**
 * The fields of `current` that differ from `target`, as the SDK's update parameters; empty when
 * nothing needs changing (so Twilio is not written to for nothing).
 */
export function numberConfigChanges(current: NumberVoiceConfig, target: NumberVoiceConfig): Partial<NumberVoiceConfig> {
  const changes: Partial<NumberVoiceConfig> = {};
  for (const key of configKeys) {
    if ((current[key] ?? '') !== target[key]) changes[key] = target[key];
  }
  return changes;
}

/** Whether the number sends its calls to this Pickup. */
export function pointsAt(config: NumberVoiceConfig, publicUrl: string): boolean {
  return (
    !config.voiceApplicationSid && !config.trunkSid && config.voiceUrl === `${publicUrl.replace(/\/+$/, '')}${webhookPaths.voice}`
  );
}
