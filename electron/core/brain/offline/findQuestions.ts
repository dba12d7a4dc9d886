import { normalizeUtterance } from './utteranceText';

/** Where a question starts inside running speech: "... do you give a discount for biweekly". */
const questionStart =
  /\b(?:(?:do|does|did|are|is|was|can|could|will|would|should)\s+(?:you|your|i|it|that|this|the|we|they|there|my|a|he|she|y'all|somebody|someone)|(?:what|what's|whats|how|who|when|where|which|why)\b(?!\s+(?:to|i|we)\b)|(?:if|whether) (?:you|you're|your|y'all)|is it|cu[áa]nt[oa]s?|ustedes (?:dan|hacen|cobran|trabajan)|trabajan|hacen|tienen|¿)/g;
/** Clauses that look like questions but ask nothing: "how are you", "what a mess", "you know what". */
const notAQuestion =
  /^(?:how are you|how's it going|what a|how about|what about|is this (?:mike|the|a)|who is this|is (?:he|she|mike) (?:there|around|available|in)|(?:can|could|would|will) (?:you |somebody |someone |he |she )?(?:please )?(?:call|have|give|get|ring|put|transfer|connect)|can i (?:talk|speak))\b/;
/** Where a question ends: the next sentence or a new statement. */
const questionEnd = /[.!?]|\s(?:i need|i want|i'd like|i have|we have|we need|i'm|because|so i|so we|thanks|thank you)\b/;
const maxWords = 16;

/**
 * The questions in one caller turn, each from its first word to where it stops ("hi do you do
 * carpet cleaning we had a pet accident" -> ["do you do carpet cleaning"]). Run-ons are cut short.
 */
export function findQuestions(utterance: string): string[] {
  const text = normalizeUtterance(utterance).replace(/¿/g, ' ¿').slice(0, 2000);
  const starts: number[] = [];
  for (const match of text.matchAll(questionStart)) {
    const previous = starts[starts.length - 1];
    // "do you ... and are you" are two questions; "is it the same crew" inside one is not split.
    if (previous !== undefined && match.index - previous < 12) continue;
    if (/\b(?:you know|i know|don't know|not sure)\s*$/.test(text.slice(0, match.index))) continue;
    if (/^(?:if|whether)/.test(match[0]) && !/\b(?:wondering|know|asking|curious)\s*$/.test(text.slice(0, match.index))) continue;
    starts.push(match.index);
  }
  const questions: string[] = [];
  starts.forEach((start, index) => {
    const next = starts[index + 1] ?? text.length;
    let clause = text.slice(start, next).replace(/^¿/, '');
    const end = questionEnd.exec(clause.slice(3));
    if (end) clause = clause.slice(0, end.index + 3);
    clause = clause
      .replace(/\s+(?:and|or|y|also|too)\s*$/, '')
      .replace(/[?¿,;:\s]+$/, '')
      .trim();
    const words = clause.split(/\s+/);
    if (words.length < 2 || notAQuestion.test(clause)) return;
    questions.push(words.slice(0, maxWords).join(' '));
  });
  return questions;
}
