import type { WebhookParams } from './signature';
import type { XmlElement } from './twimlParser';

function inputs(gather: XmlElement): string[] {
  return (gather.attributes.input ?? 'dtmf').toLowerCase().split(/\s+/);
}

export function acceptsSpeech(gather: XmlElement): boolean {
  return inputs(gather).includes('speech');
}

export function acceptsDtmf(gather: XmlElement): boolean {
  return inputs(gather).includes('dtmf');
}

/** With actionOnEmptyResult="true" a Gather that heard nothing still requests its action; otherwise Twilio moves on to the next verb. */
export function postsEmptyResult(gather: XmlElement): boolean {
  return gather.attributes.actionOnEmptyResult === 'true';
}

/** The Digits Twilio reports for keys pressed: at most numDigits of them, without the finishOnKey key. */
export function digitsParams(gather: XmlElement, pressed: string): WebhookParams {
  const finishOnKey = gather.attributes.finishOnKey ?? '#';
  const finishAt = finishOnKey ? pressed.indexOf(finishOnKey) : -1;
  let digits = finishAt >= 0 ? pressed.slice(0, finishAt) : pressed;
  const numDigits = Number.parseInt(gather.attributes.numDigits ?? '', 10);
  if (numDigits > 0) digits = digits.slice(0, numDigits);
  return { Digits: digits };
}
