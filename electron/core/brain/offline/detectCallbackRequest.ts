import { isNegatedAt, normalizeUtterance } from './normalizeUtterance';

const callbackRequest =
  /\b(?:call (?:me|us)(?: back)?|call back|callback|give (?:me|us) a (?:call|ring)|ring me|phone me|reach me|get back to me|(?:have|get) (?:him|her|them|someone|somebody|the owner|\w+) (?:to )?call)\b/;

/** Whether the caller asks to be called back ("can somebody call me back", "have Mike give me a call"). */
export function detectCallbackRequest(utterance: string): boolean {
  const text = normalizeUtterance(utterance);
  const match = callbackRequest.exec(text);
  return match !== null && !isNegatedAt(text, match.index, 4);
}
