import { detectEmergency } from './detectEmergency';
import { extractName } from './extractName';
import { failureWords } from './failureWords';
import { afterLastCorrection } from './spokenNumbers';
import { anyWord, normalizeUtterance } from './utteranceText';
import { mentionsWork } from './workThings';

/** Words that describe a job: something wrong, or work wanted (English and Spanish). */
const jobWords = anyWord([
  ...failureWords,
  // Looser signs of trouble, enough to take the turn as the job's description.
  'blew',
  "won't",
  "doesn't",
  "isn't",
  'stopped',
  'blowing',
  'repairs?',
  'is out',
  // Work wanted.
  'need(?:s|ed)?',
  'want',
  "i'd like",
  "we'd like",
  'looking (?:for|to)',
  'quot(?:e|ed)',
  'estimate',
  'bids?',
  'price',
  'install',
  'put in',
  'replace',
  'repair',
  'fix',
  '(?:re)?paint(?:ed|ing)?',
  'clean(?:ing)?',
  'mow(?:s|ed|ing)?',
  'invoice',
  // "we're building a new house ... you're doing the heating and cooling".
  'building a new',
  'trim(?:med)?',
  'stain(?:ing)?',
  'how much',
  'charge',
  'do you (?:guys )?(?:do|clean|paint|install|fix|repair|replace|handle|service|work on)',
  'can you (?:paint|clean|fix|install|come|grind|put)',
  // Work asked of anyone: "can somebody hang three shelves", "could someone come replace the opener".
  "(?:can|could|would) (?:you|you guys|y'all|somebody|someone|anybody|anyone) (?:please )?(?:come (?:out )?(?:and )?)?(?:paint|clean|fix|install|grind|put|hang|mount|replace|repair|look at|check|build|remove|haul|trim|cut|mow|patch|seal|pour|wire|move|unclog|snake|service|inspect|tune|assemble|caulk|re\\w+)",
  // A job the caller already talked over with the business: "i talked to mike about the gutters".
  '(?:talked|spoke|spoken|talking|speaking|met) (?:to|with) \\w+ (?:\\w+ ){0,3}?about (?:the|my|our|a|an|some|his|that) \\w+',
  'necesito',
  'quiero',
  'se (?:me |nos )?fue',
  'goteando',
  'gotea',
  'goteras?',
  'no cierra',
  'no tenemos',
  'olor',
  'cu[áa]nto cobran',
  'pintar',
  'limpieza',
  'saliendo',
  'hay',
]);
/** Questions about the business itself, not a job: "are you insured", "do you offer financing". */
const businessQuestion =
  '(?:are you (?:guys )?(?:licensed|insured|bonded|open|in the)|do you (?:guys )?(?:offer (?:a )?(?:warranty|financing)|work with insurance|help pick|bring your own|have)|do i have to be|will the same|who will|is it the same|what kind of warranty)';
const aboutTheBusiness = new RegExp(`^(?:hi |hello |yeah |um |so )*${businessQuestion}\\b`);
/** The question about the business up to where the caller moves on to the job. */
const aboutTheBusinessClause = new RegExp(
  `^(?:hi |hello |yeah |um |so )*${businessQuestion}\\b.*?(?:\\s+and\\s+|\\s+(?=my |our |we |i ))`,
);
/**
 * "this is karen liu at 742 ...", "me llamo maría lópez y necesito ...": a self-introduction no
 * name was recognised in (lower case speech, or Spanish), with the "and" that joins it to the job.
 */
const introduction =
  /^(?:this is|my name is|it's|i'm|me llamo|mi nombre es|soy)\s+(?:\S+\s+){1,3}?(?:(?:and|y)\s+)?(?=at \d|from |i'd |i need |i want |we |necesito |quiero |tengo |hay )/;
/** "this is Karen at 742 Oakmont Drive I'd like...": the address said with the name is not the job. */
const leadingAddress =
  /^(?:at|from|on|over on)\s+\d+\s+(?:\S+\s+){0,3}?(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place|circle|terrace|parkway)\b\s*/;
const leadingFillers =
  /^(?:(?:hi|hello|hey|yeah|yes|ok|okay|um+|uh+|so|well|and|there(?!'s|\s+(?:is|are|was|were)\b)|hi there|just|hola|buenas (?:tardes|noches)|buenos d[íi]as|buenas|bueno|s[íi]|mira|good (?:morning|afternoon|evening))\b[\s,.!-]*)+/;
/** "I need", "I'd like a" and the like say nothing about the job itself. */
const askingFor =
  /^(?:(?:i|we) (?:need|want|would like)|(?:i'd|we'd) like|(?:i'm|we're|i am) looking (?:for|to get)|looking for|(?:i'm )?calling about)\s+(?:to (?:get|have)\s+)?(?:(?:a|an|some|my|the|our)\s+)?/;
/** Where the job description stops and the caller's details begin. */
const needEnd = /[.;!?]|,?\s+(?:at \d+|call (?:me|us)|please call|my (?:name|number|address) is)\b/;
const maxWords = 30;
/** Words kept from what a long story finally asks for. */
const storyTail = 12;
/** Where a long story gets to what the caller wants done: "... so we want to take the tub out". */
const requestClause =
  /\b(?:(?:i|we) (?:just |really )?(?:want|need|would like)|(?:i'd|we'd) (?:really )?like|(?:i'm|we're) (?:looking (?:for|to)|hoping|thinking)|(?:i|we) (?:was|were) hoping)\b/g;

/**
 * The caller's own description of the job, as said (fillers, a self-introduction and anything
 * taken back removed, at most 30 words, and what a longer story asks for where it finally says so),
 * or null when the turn describes no job.
 */
export function describeNeed(utterance: string): string | null {
  let text = afterLastCorrection(normalizeUtterance(utterance)).replace(leadingFillers, '');
  // "are you insured and do you do fence repair": the question about the business is not the job.
  text = text.replace(aboutTheBusinessClause, '');
  // Something to work on, or an emergency, is a job description in any words.
  // An emergency is its own job description ("water is pouring through my ceiling"), in any words.
  if (text === '' || aboutTheBusiness.test(text) || !saysAJob(text)) return null;
  const name = extractName(utterance, { expectingName: false })?.toLowerCase();
  if (name) {
    const at = text.indexOf(name);
    if (at >= 0 && at < 25) text = text.slice(at + name.length).replace(/^[\s,]*(?:here|speaking)?[\s,]*/, '');
  }
  text = pastPreamble(text.replace(leadingFillers, '').replace(introduction, '').replace(leadingAddress, ''))
    .replace(askingFor, '')
    .trim();
  const end = needEnd.exec(text);
  if (end) text = text.slice(0, end.index);
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > maxWords) {
    // A story longer than the summary, which says what they want done only past where it is cut:
    // how it starts, then what they want.
    const asked = [...text.matchAll(requestClause)].at(-1);
    const before = asked ? text.slice(0, asked.index).split(/\s+/).filter(Boolean).length : 0;
    const wanted = asked ? text.slice(asked.index).split(/\s+/).filter(Boolean) : [];
    if (asked && before > maxWords - 6 && wanted.length >= 3)
      return before >= maxWords
        ? `${words.slice(0, maxWords).join(' ')} ... ${wanted.slice(0, storyTail).join(' ')}`
        : words.slice(0, before + storyTail).join(' ');
  }
  return words.length >= 2 ? words.slice(0, maxWords).join(' ') : null;
}

function saysAJob(text: string): boolean {
  return jobWords.test(text) || mentionsWork(text) || detectEmergency(text);
}

/**
 * Where the caller lives, said before the job, though it names a place: "i rent the top floor", "we
 * live". (Pieces that name nothing of a job, "i hope i have the right number", are passed too.)
 */
const beforeTheJob = /^(?:i|we) (?:rent|own|live|manage|lease|just (?:bought|moved into))\b(?:\s+\S+){0,4}$/;

/** Where the next piece of what was said starts: a stop, a comma, or an address said in passing. */
const pieceEnd = /\s*[.,;!?]\s*|\s+(?=at \d)/;

/**
 * Past what the caller says before the job, when the job comes later in the turn: "i hope i have
 * the right number, my name is evelyn marsh, that's m a r s h, and ... a puddle by the water heater",
 * "i rent the top floor at 512 east 13th avenue, the toilet up there runs all night".
 */
function pastPreamble(text: string): string {
  let rest = text;
  for (let end = pieceEnd.exec(rest); end; end = pieceEnd.exec(rest)) {
    const piece = rest.slice(0, end.index);
    if (saysAJob(piece) && !beforeTheJob.test(piece)) return rest;
    const next = rest
      .slice(end.index + end[0].length)
      .replace(leadingAddress, '')
      .replace(/^[\s,.;!?]+/, '')
      .replace(leadingFillers, '');
    if (!saysAJob(next)) return rest;
    rest = next;
  }
  return rest;
}

/** "it's about the estimate he dropped off": what a caller asking for someone says the call is about. */
const aboutClause = /\babout\s+(?:the |my |our |a |an |some |that |this )?(.+)/;

/**
 * What a caller who asks for a person says the call is about ("talk to him about the paver patio
 * he quoted me"), at most 12 words, or null when they do not say.
 */
export function needAbout(utterance: string): string | null {
  const clause = aboutClause.exec(afterLastCorrection(normalizeUtterance(utterance)))?.[1];
  if (!clause) return null;
  const end = needEnd.exec(clause);
  const words = (end ? clause.slice(0, end.index) : clause).split(/\s+/).filter(Boolean);
  if (words.length === 0 || /^(?:it|that|this|him|her|them|anything|something)$/.test(words.join(' '))) return null;
  return words.slice(0, 12).join(' ');
}
