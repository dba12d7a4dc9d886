/** A caller asks a handful of questions; past this many, the rest are not questions for the owner. */
const maxQuestions = 12;
const maxQuestionChars = 200;

const key = (question: string) =>
  question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The call's open questions after a turn: the earlier ones, then this turn's new ones, each once
 * (however it was punctuated or capitalised), tidied to one line.
 */
export function addCallerQuestions(earlier: readonly string[], heard: readonly string[] | undefined): string[] {
  const questions = [...earlier];
  const seen = new Set(questions.map(key));
  for (const raw of heard ?? []) {
    const question = raw.replace(/\s+/g, ' ').trim().slice(0, maxQuestionChars).trim();
    const k = key(question);
    if (!k || seen.has(k) || questions.length >= maxQuestions) continue;
    seen.add(k);
    questions.push(question);
  }
  return questions;
}

/**
 * The questions kept for the owner: none once the call turns out to be a pitch or a misdial ("is this
 * front range heating and air ... i've got the wrong one"), which the owner is never asked to answer.
 */
export function questionsForOwner(callerKind: 'caller' | 'spam' | 'wrong_number', questions: string[]): string[] {
  return callerKind === 'caller' ? questions : [];
}
