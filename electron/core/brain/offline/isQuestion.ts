import { normalizeUtterance } from './utteranceText';

const leadingFillers =
  /^(?:(?:yeah|yes|ok|okay|um+|uh+|so|well|hi|hello|hey|oh|and|also|quick question|one more thing)\b[\s,.!-]*)+/;
const interrogative =
  /^(?:what|when|where|why|how|who|which|whose|do|does|did|are|is|am|can|could|would|will|should|have|has|may|might|any chance|got any)\b/;
const embedded =
  /\b(?:wondering (?:if|whether|what|how|when)|(?:want|wanted|need|needed) to know|curious (?:if|whether|about)|i'd like to know|can you tell me|could you tell me)\b/;
/** Openings shaped like questions that are really proposals or exclamations. */
const notAQuestion = /^(?:how about|what about|what a|how nice|how great)\b/;

/** Whether the utterance asks something, by its punctuation or by how it opens. */
export function isQuestion(utterance: string): boolean {
  const text = normalizeUtterance(utterance).replace(leadingFillers, '');
  if (text === '' || notAQuestion.test(text)) return false;
  return text.endsWith('?') || interrogative.test(text) || embedded.test(text);
}
