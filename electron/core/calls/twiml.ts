// The TwiML builder alone: the SDK's index loads every REST resource, half a second of start-up.
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type { Settings } from '../../shared/settings';
import { webhookPaths, type UrlFor } from '../domain/webhookPaths';
import { startCallRecording } from '../relay/recordCallTwiml';

type Response = VoiceResponse;

export type { UrlFor };

export function urlBuilder(publicUrl: string): UrlFor {
  const base = publicUrl.replace(/\/+$/, '');
  return (path, query) => {
    const qs = query ? `?${new URLSearchParams(query).toString()}` : '';
    return `${base}${path}${qs}`;
  };
}

/**
 * The settings a call is spoken and heard in: the owner's, or Spanish (US Spanish recognition and
 * a Spanish voice) once the caller spoke Spanish.
 */
export function inLanguage(settings: Settings, language: 'en' | 'es'): Settings {
  if (language === 'en' || settings.speechLanguage.startsWith('es')) return settings;
  return { ...settings, speechLanguage: 'es-US', voiceVoiceId: 'Polly.Lupe' };
}

type SayVoice = NonNullable<Parameters<Response['say']>[0]>['voice'];
const sayAttributes = (settings: Settings) => ({
  voice: (settings.voiceVoiceId || 'Polly.Matthew') as SayVoice,
  language: settings.speechLanguage as never,
});

/**
 * Text as XML 1.0 can carry it: without the control characters, non-characters and unpaired
 * surrogates it forbids (a model's reply may hold any of them), which make the builder throw and
 * drop the caller to the fallback voicemail.
 */
export function xmlText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Every `<Say>` of Pickup's TwiML: the one place spoken text enters the XML. */
function say(parent: { say: Response['say'] }, settings: Settings, text: string): void {
  parent.say(sayAttributes(settings), xmlText(text));
}

/**
 * Say something, then listen (starting the call's recording first when asked: the greeting that
 * follows carries the notice). `actionOnEmptyResult` makes Twilio come back even on silence, so
 * the engine (not Twilio) decides what happens; the explicit `speechTimeout` of 2 s lets a caller
 * pause mid-sentence without being cut off, where `auto` often ends the turn too early. One key
 * also ends the turn: callers press 0 for a person out of habit. `turn` numbers the Gather.
 */
export function sayAndListen(
  settings: Settings,
  urlFor: UrlFor,
  text: string,
  options: { recordCall?: boolean; turn?: number } = {},
): string {
  const response = new VoiceResponse();
  if (options.recordCall) startCallRecording(response, urlFor);
  const gather = response.gather({
    input: ['speech', 'dtmf'],
    numDigits: 1,
    // The turn number lets a replayed Gather (Twilio's retry, a captured request) be told apart.
    action: urlFor(webhookPaths.gather, options.turn ? { turn: String(options.turn) } : undefined),
    method: 'POST',
    // The caller's words so far, while they talk, so the reply can be started before they finish.
    ...(options.turn
      ? {
          partialResultCallback: urlFor(webhookPaths.gatherPartial, { turn: String(options.turn) }),
          partialResultCallbackMethod: 'POST',
        }
      : {}),
    actionOnEmptyResult: true,
    speechTimeout: '2',
    timeout: 6,
    language: settings.speechLanguage as never,
    speechModel: 'phone_call',
    enhanced: true,
    ...(settings.tradeTerms.length > 0 ? { hints: xmlText(settings.tradeTerms.join(', ')) } : {}),
  });
  say(gather, settings, text);
  return response.toString();
}

export function sayAndHangUp(settings: Settings, text: string): string {
  const response = new VoiceResponse();
  say(response, settings, text);
  response.hangup();
  return response.toString();
}

export function sayAndRedirect(settings: Settings, text: string, url: string): string {
  const response = new VoiceResponse();
  if (text) say(response, settings, text);
  response.redirect({ method: 'POST' }, url);
  return response.toString();
}

/** A voicemail: a beep, up to two minutes, transcribed, each part reported to its own route. */
export function takeVoicemail(settings: Settings, urlFor: UrlFor, text: string): string {
  const response = new VoiceResponse();
  say(response, settings, text);
  response.record({
    maxLength: 120,
    playBeep: true,
    timeout: 5,
    finishOnKey: '#',
    action: urlFor(webhookPaths.recording, { source: 'voicemail' }),
    method: 'POST',
    transcribe: true,
    transcribeCallback: urlFor(webhookPaths.transcription),
  });
  say(response, settings, "I didn't get a message. Goodbye.");
  response.hangup();
  return response.toString();
}

export type DialPurpose = 'owner-first' | 'transfer' | 'forward';

/**
 * Rings one of the owner's numbers. The owner's leg is screened (`<Number url>`): only a person
 * pressing 1 takes the call, so the owner's own voicemail picking up counts as a missed call.
 */
export function dialOwner(
  settings: Settings,
  urlFor: UrlFor,
  args: { number: string; callerId: string; parentCallSid: string; purpose: DialPurpose; attempt: number; say?: string },
): string {
  const response = new VoiceResponse();
  if (args.say) say(response, settings, args.say);
  const dial = response.dial({
    timeout: 20,
    answerOnBridge: true,
    action: urlFor(webhookPaths.dialComplete, { purpose: args.purpose, attempt: String(args.attempt) }),
    method: 'POST',
    ...(args.callerId ? { callerId: args.callerId } : {}),
  });
  dial.number(
    { url: urlFor(webhookPaths.screen, { parent: args.parentCallSid, purpose: args.purpose }), method: 'POST' },
    args.number,
  );
  return response.toString();
}

/** The owner's side of a screened dial: press 1 to take the call. */
export function screenOwner(settings: Settings, urlFor: UrlFor, announcement: string, query: Record<string, string>): string {
  const response = new VoiceResponse();
  const gather = response.gather({
    input: ['dtmf'],
    numDigits: 1,
    timeout: 8,
    action: urlFor(webhookPaths.screen, { ...query, step: 'answer' }),
    method: 'POST',
  });
  say(gather, settings, `${announcement} Press 1 to take this call.`);
  response.hangup();
  return response.toString();
}

/** Bridges the screened owner to the caller: an empty response ends the whisper. */
export function emptyResponse(): string {
  return new VoiceResponse().toString();
}

export function hangUp(): string {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
}

export function reject(): string {
  const response = new VoiceResponse();
  response.reject({ reason: 'rejected' });
  return response.toString();
}
