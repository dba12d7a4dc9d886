import { anyOf, isNegatedAt, normalizeUtterance } from './utteranceText';

const callbackRequest = anyOf([
  'call (?:me|us)(?: back)?',
  'call ?back',
  'give (?:me|us) a (?:call|ring)',
  '(?:ring|phone|reach) me',
  'get back to me',
  '(?:have|get) (?:the )?\\w+ (?:to )?call',
  // A text back or any contact is still the business getting back to the caller.
  'text (?:me|us)',
  'contact (?:me|us)',
  'get in touch with (?:me|us)',
]);

/** "he said to call back", "you told me to call back": what the caller was told to do, not a request. */
const toldToCall = /\b(?:said|says|told (?:me|us)|asked (?:me|us)|wanted (?:me|us))\s+(?:i should |we should |to )$/;

/** Whether the caller asks to be called back ("can somebody call me back", "have Mike call"). */
export function detectCallbackRequest(utterance: string): boolean {
  const text = normalizeUtterance(utterance);
  const match = callbackRequest.exec(text);
  return match !== null && !isNegatedAt(text, match.index, 4) && !toldToCall.test(text.slice(0, match.index));
}
