import { extractName } from './extractName';
import { isQuestion } from './isQuestion';
import { normalizeUtterance } from './utteranceText';

export interface ExtractProjectOptions {
  /** True when the caller is answering "how can we help?", so their own words are the project. */
  expectingProject: boolean;
}

const needPatterns = [
  /\b(?:need|want|like)\s+(?:someone|somebody)\s+to\s+(.+)/,
  /\b(?:(?:i|we)\s+(?:need|want|would like)|(?:i'd|we'd)\s+like)\s+(?:to get\s+|to have\s+|to schedule\s+|to book\s+|to set up\s+)?(.+)/,
  /\blooking (?:for|to get)\s+(.+)/,
  /\bcalling (?:about|for|regarding|because of)\s+(.+)/,
  /\binterested in\s+(.+)/,
  /\bdo you (?:guys |all |folks )?(?:do|handle|offer|install|fix|repair|replace|work on|service)\s+(.+)/,
  /\bhow much (?:for|is|are|to|does|do|would|will)\s+(.+)/,
];
/** Where the caller's description of the job stops and the next thing they say begins. */
const clauseEnd =
  /[.,;!?]|\s(?:at \d|(?:and|but|because|so|if|please|call (?:me|us)|my (?:name|number|address)|cost|costs|run|be)\b)/;
const leadingWords = /^(?:(?:to|a|an|some|my|the|our)\s+)+/;
/** "I need to know..." introduces a question, not a job. */
const notAJob = /^to (?:know|ask|talk|speak|find out|check|see)\b/;
const fillerClause =
  /^(?:hi|hello|hey|yeah|yes|no|ok|okay|um+|uh+|so|well|good (?:morning|afternoon|evening)|how are you(?: doing)?|thanks|thank you|i'm calling|i was calling|i'm just calling|calling)$/;
const leadingFillers =
  /^(?:(?:hi|hello|hey|yeah|yes|ok|okay|um+|uh+|so|well|and|i'm calling because|i was calling because|i'm calling since)\b\s*)+/;

/** The job the caller describes ("I need a roof quote" -> "roof quote"), or null. */
export function extractProject(utterance: string, { expectingProject }: ExtractProjectOptions): string | null {
  const text = normalizeUtterance(utterance);
  for (const pattern of needPatterns) {
    const match = pattern.exec(text);
    if (!match?.[1] || notAJob.test(match[1])) continue;
    const need = firstClause(match[1]).replace(leadingWords, '');
    if (need !== '' && !/\d{3}/.test(need)) return need;
  }
  return expectingProject ? ownWords(utterance) : null;
}

/** The first clause that says something other than a greeting, a name, an address, a time or a number. */
function ownWords(utterance: string): string | null {
  for (const clause of utterance.split(/[.,;!?]+/)) {
    const words = withoutIntroduction(clause).replace(leadingFillers, '').trim();
    if (words === '' || fillerClause.test(words) || /\d/.test(words) || isQuestion(words) || onlyAName(words)) continue;
    if (/\b(?:call (?:me|us)|call back|callback)\b/.test(words)) continue;
    return words.split(' ').slice(0, 12).join(' ');
  }
  return null;
}

/**
 * "this is tom baker", "it's dan", or a full name on its own: in lower case speech no name is found
 * by withoutIntroduction, and the caller's name is not the job.
 */
function onlyAName(words: string): boolean {
  const rest = /^(?:this is|my name is|it's|i'm|me llamo|soy)\s+(.+)$/.exec(words)?.[1] ?? words;
  const name = extractName(rest, { expectingName: true })?.toLowerCase();
  if (!name || name !== rest) return false;
  return rest !== words || name.split(' ').length >= 2;
}

/** The clause after "this is Dana (from Oak Street)", or the whole clause when it introduces no one. */
function withoutIntroduction(clause: string): string {
  const words = normalizeUtterance(clause);
  const name = extractName(clause, { expectingName: false })?.toLowerCase();
  const at = name ? words.indexOf(name) : -1;
  if (!name || at < 0) return words;
  return words.slice(at + name.length).replace(/^\s*(?:from|over on|on|at)\b.*$/, '');
}

function firstClause(text: string): string {
  const end = clauseEnd.exec(text);
  return (end ? text.slice(0, end.index) : text).trim().split(' ').slice(0, 8).join(' ');
}
