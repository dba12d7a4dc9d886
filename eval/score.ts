import type { Script, Truth } from './corpusSchema';
import { spokenDigits } from '../electron/core/domain/spokenDigits';

/** What Pickup stored and did for one scripted call, read back through the app API. */
export interface Observed {
  intent: string | null;
  /** The lead's name. */
  name: string | null;
  /** The lead's project (the stored need). */
  need: string | null;
  address: string | null;
  callbackWanted: boolean;
  /** The callback time as local HH:MM in the business's time zone, or null. */
  callbackTime: string | null;
  /** The call was transferred to the owner (a <Dial> was placed or transferredTo recorded). */
  putThrough: boolean;
  outcome: string | null;
  hasLead: boolean;
  /** callerQuestions on the call, when Pickup stores them. */
  questions: string[];
  /** The call's language when Pickup records one; null means it assumed its configured language. */
  language: string | null;
}

export const fields = [
  'intent',
  'name',
  'need',
  'address',
  'callbackWanted',
  'callbackTime',
  'emergencyPutThrough',
  'personPutThrough',
  'spamKeptFromOwner',
  'questions',
  'language',
] as const;
export type Field = (typeof fields)[number];

/** true: right, false: wrong, null: the script gives this field nothing to check. */
export type FieldScores = Record<Field, boolean | null>;

export interface ScriptScore {
  id: string;
  part: Script['part'];
  fields: FieldScores;
  emergencyMissed: boolean;
  spamLeaked: boolean;
  needlessTransfer: boolean;
  /** Among the callerQuestions shown to the owner is one the caller never asked ("when the heater kicked on"). */
  questionNotAsked: boolean;
  /** The receptionist put the call through: what the caller said after that went to the owner live. */
  putThrough: boolean;
}

const streetSuffixes = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'drive',
  'dr',
  'lane',
  'ln',
  'court',
  'ct',
  'boulevard',
  'blvd',
  'way',
  'place',
  'pl',
  'circle',
  'cir',
  'terrace',
  'parkway',
  'pkwy',
  'trail',
]);
const directions = new Set([
  ...['n', 's', 'e', 'w', 'north', 'south', 'east', 'west'],
  ...['ne', 'nw', 'se', 'sw', 'northeast', 'northwest', 'southeast', 'southwest'],
]);
/** Words that only join a place's names ("the corner of elm and 5th"). */
const placeJoiners = new Set(['the', 'of', 'at', 'on', 'and', 'by', 'near', 'off', 'corner', 'a', 'y', 'esquina']);
/** "el 2840 de la calle quivira" is 2840 Quivira: Spanish street words identify no street. */
const spanishStreetWords = new Set(['de', 'la', 'del', 'el', 'calle', 'avenida', 'av']);

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9áéíóúñü\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);

/**
 * An address reduced to what identifies it on a callback: the house number's digits and the
 * street name's first word ("1421 Elm Street" and "1421 elm st." both give "1421 elm"). Spoken
 * single digits ("one four two one") are joined into the number. A place with no house number (a
 * corner, a road by a landmark) is its names in any order ("corner of Elm and 5th" gives "5th elm").
 * Null when nothing is left.
 */
export function normalizeAddress(address: string): string | null {
  const tokens = words(address).map((word) => spokenDigits[word] ?? word);
  let digits = '';
  let index = 0;
  while (index < tokens.length && !/^\d+$/.test(tokens[index]!)) index++;
  while (index < tokens.length && /^\d+$/.test(tokens[index]!)) digits += tokens[index++];
  if (!digits) {
    const names = tokens.filter((word) => !placeJoiners.has(word) && !streetSuffixes.has(word) && !directions.has(word));
    return names.length > 0 ? names.sort().join(' ') : null;
  }
  const rest = tokens.slice(index).filter((word) => !directions.has(word) && !spanishStreetWords.has(word));
  const street = rest.find((word) => !streetSuffixes.has(word)) ?? rest[0];
  return street ? `${digits} ${street}` : digits;
}

export function addressMatches(expected: string | null, got: string | null): boolean {
  if (expected === null) return got === null;
  if (got === null) return false;
  const want = normalizeAddress(expected);
  return want !== null && want === normalizeAddress(got);
}

/** Courtesy titles, which name nobody: "Mrs. Kimball" and "Kimball" are the same caller. */
const courtesyTitles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'pastor', 'reverend', 'officer']);
const nameWords = (name: string) => words(name).filter((word, index) => index > 0 || !courtesyTitles.has(word));

/**
 * A name matches when the first names agree and, if both sides have a last name, the last names
 * agree too: "Bob" for "Bob Jenkins" is right, "Bob Jensen" is not, "Uh Bob" is not. A title
 * before the name is not part of it, whichever side has it.
 */
export function nameMatches(expected: string | null, got: string | null): boolean {
  if (expected === null) return got === null;
  if (got === null) return false;
  const want = nameWords(expected);
  const have = nameWords(got);
  if (want[0] !== have[0]) return false;
  if (want.length > 1 && have.length > 1) return want[want.length - 1] === have[have.length - 1];
  return true;
}

/** Every keyword group ("heater|boiler") must occur in the stored need, as a whole-word prefix match. */
export function needMatches(groups: string[], got: string | null): boolean {
  if (got === null) return false;
  const text = ` ${words(got).join(' ')} `;
  return groups.every((group) => group.split('|').some((keyword) => text.includes(` ${words(keyword).join(' ')}`)));
}

/** A caller's question is captured when a stored question shares at least half its content words. */
export function questionCaptured(asked: string, stored: string[]): boolean {
  const stop = new Set(['do', 'you', 'the', 'a', 'an', 'is', 'are', 'can', 'what', 'how', 'i', 'it', 'to', 'your', 'on', 'of']);
  const content = words(asked).filter((word) => !stop.has(word));
  if (content.length === 0) return stored.length > 0;
  return stored.some((question) => {
    const have = new Set(words(question));
    return content.filter((word) => have.has(word)).length * 2 >= content.length;
  });
}

/** A stored question is one the caller asked when either holds at least half the other's content words. */
function askedAnyOf(stored: string, asked: string[]): boolean {
  return asked.some((question) => questionCaptured(question, [stored]) || questionCaptured(stored, [question]));
}

/**
 * Questions about the business's hours, days or time zone. The receptionist answers them from
 * Settings, and callerQuestions holds only what it could not answer (the contract), so they are not
 * looked for there.
 */
const answeredFromSettings =
  /\b(?:(?:are|is) (?:you|y'all|it|the office)\b[^?]{0,12}\bopen|open (?:on|today|tomorrow|late|weekends?|saturdays?|sundays?)|hours|what time do you|when do you (?:open|close)|time zone|work (?:on )?(?:weekends?|saturdays?|sundays?)|trabajan (?:los )?(?:s[áa]bados|domingos|fines)|horario)\b/i;

/** The questions a script's callerQuestions must hold: those the receptionist cannot answer from Settings. */
export function questionsToCapture(asked: string[]): string[] {
  return asked.filter((question) => !answeredFromSettings.test(question));
}

export function scoreScript(script: Pick<Script, 'id' | 'part'>, truth: Truth, got: Observed): ScriptScore {
  const notAJob = truth.spam || truth.wrongNumber;
  // Put through as it should be, the owner talks to the caller live: no callback to score.
  const handedOver = got.putThrough && (truth.emergency || truth.askedForPerson);
  const keptFromOwner = !got.putThrough && !got.hasLead && got.outcome === (truth.spam ? 'spam' : 'wrong_number');
  const toCapture = questionsToCapture(truth.questions);
  return {
    id: script.id,
    part: script.part,
    fields: {
      intent: notAJob ? null : got.intent === truth.intent,
      // A pitch or a misdial leaves no lead, so no name to keep.
      name: notAJob ? null : nameMatches(truth.name, got.name),
      need: truth.needKeywords.length === 0 ? null : needMatches(truth.needKeywords, got.need),
      address: addressMatches(truth.address, got.address),
      callbackWanted: handedOver ? null : got.callbackWanted === truth.callbackWanted,
      callbackTime: truth.callbackAfter && !handedOver ? got.callbackTime === truth.callbackAfter : null,
      emergencyPutThrough: truth.emergency ? got.putThrough : null,
      // A seller asking for the owner is scored by spamKeptFromOwner: never put through.
      personPutThrough: truth.askedForPerson && !notAJob ? got.putThrough : null,
      spamKeptFromOwner: notAJob ? keptFromOwner : null,
      // Nor a seller's questions ("who handles your website?") to keep for the owner.
      questions: notAJob || toCapture.length === 0 ? null : toCapture.every((asked) => questionCaptured(asked, got.questions)),
      language: (got.language ?? 'en') === truth.language,
    },
    emergencyMissed: truth.emergency && !got.putThrough,
    spamLeaked: notAJob && (got.putThrough || got.hasLead),
    needlessTransfer: got.putThrough && !truth.emergency && !truth.askedForPerson,
    questionNotAsked: got.questions.some((stored) => !askedAnyOf(stored, truth.questions)),
    putThrough: got.putThrough,
  };
}

export interface FieldSummary {
  right: number;
  checked: number;
}

export interface PartSummary {
  scripts: number;
  fields: Record<Field, FieldSummary>;
  emergenciesNotPutThrough: number;
  spamPutThroughOrStored: number;
  needlessTransfers: number;
  questionsNotAsked: number;
  /**
   * The name and the address on the calls the receptionist kept to the end. A script is written
   * without its replies, so a caller put through often says their name or address after the
   * handover, to the owner; these rows tell that apart from a name or an address misheard.
   */
  keptToTheEnd: Record<'name' | 'address', FieldSummary>;
}

export function summarize(scores: ScriptScore[]): PartSummary {
  const summary: PartSummary = {
    scripts: scores.length,
    fields: Object.fromEntries(fields.map((field) => [field, { right: 0, checked: 0 }])) as Record<Field, FieldSummary>,
    emergenciesNotPutThrough: 0,
    spamPutThroughOrStored: 0,
    needlessTransfers: 0,
    questionsNotAsked: 0,
    keptToTheEnd: { name: { right: 0, checked: 0 }, address: { right: 0, checked: 0 } },
  };
  const count = (into: FieldSummary, result: boolean | null) => {
    if (result === null) return;
    into.checked++;
    if (result) into.right++;
  };
  for (const score of scores) {
    for (const field of fields) count(summary.fields[field], score.fields[field]);
    if (!score.putThrough) {
      count(summary.keptToTheEnd.name, score.fields.name);
      count(summary.keptToTheEnd.address, score.fields.address);
    }
    if (score.emergencyMissed) summary.emergenciesNotPutThrough++;
    if (score.spamLeaked) summary.spamPutThroughOrStored++;
    if (score.needlessTransfer) summary.needlessTransfers++;
    if (score.questionNotAsked) summary.questionsNotAsked++;
  }
  return summary;
}

const cell = ({ right, checked }: FieldSummary) =>
  checked === 0 ? 'n/a' : `${Math.round((100 * right) / checked)}% (${right}/${checked})`;

/** The Markdown table: one row per field and count, one column per part. */
export function markdownTable(parts: { name: string; summary: PartSummary }[]): string {
  const header = `| field | ${parts.map((part) => part.name).join(' | ')} |`;
  const rule = `|---|${parts.map(() => '---').join('|')}|`;
  const rows = fields.map((field) => `| ${field} | ${parts.map((part) => cell(part.summary.fields[field])).join(' | ')} |`);
  const keptRows = (['name', 'address'] as const).map(
    (field) => `| ${field}, calls not put through | ${parts.map((part) => cell(part.summary.keptToTheEnd[field])).join(' | ')} |`,
  );
  const counts = [
    ['scripts', (s: PartSummary) => s.scripts],
    ['emergencies not put through', (s: PartSummary) => s.emergenciesNotPutThrough],
    ['spam/wrong number put through or stored as lead', (s: PartSummary) => s.spamPutThroughOrStored],
    ['needless transfers', (s: PartSummary) => s.needlessTransfers],
    ['calls with a question the caller did not ask', (s: PartSummary) => s.questionsNotAsked],
  ] as const;
  const countRows = counts.map(([label, read]) => `| ${label} | ${parts.map((part) => read(part.summary)).join(' | ')} |`);
  return [header, rule, ...rows, ...keptRows, ...countRows].join('\n');
}
