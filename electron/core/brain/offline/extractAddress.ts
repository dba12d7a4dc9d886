import { tidyUtterance } from './utteranceText';

export interface ExtractAddressOptions {
  /** True when the receptionist just asked for the address, so any answer starting with a house number counts. */
  expectingAddress: boolean;
}

const suffix =
  'street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place|pl|circle|cir|terrace|ter|parkway|pkwy|highway|hwy|trail|trl|loop|square|sq|alley|pike|crossing|point';
const direction = '(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\\.?';
const unit = '(?:,?\\s+(?:apt|apartment|unit|suite|ste|#)\\.?\\s*#?[a-z0-9-]+)?';
const streetAddress = new RegExp(
  `\\b\\d{1,6}[a-z]?\\s+(?:${direction}\\s+)?(?:(?!(?:${suffix})\\b)[a-z0-9][a-z0-9'.-]*\\s+){1,3}(?:${suffix})\\b\\.?${unit}`,
  'gi',
);
/** A town after the street, capitalised by speech-to-text and ending the clause: ", Boulder". */
const town = /^,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=$|[.,!?]|\s+(?:and|but)\b)/;

/** A number followed by one of these is a quantity or a time ("2 car garage", "5 on Monday"), not a house number. */
const notHouseNumber =
  /^\d+[a-z]?\s+(?:car|story|stories|foot|feet|ft|inch|inches|year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|dollar|dollars|percent|times?|of|pm|am|on|at|in|or|and|to|the|a|an|is|o'clock)\b/i;

const answerLead =
  /^(?:(?:yeah|yes|sure|ok|okay|oh|alright|hi|hello|um+|uh+|so|well|it's at|it is at|it's|its|it is|we're at|i'm at|i am at|(?:we're|i'm) on|(?:i|we) live (?:at|on)|(?:we're|i'm|it's) over at|(?:the )?house is at|my address is|the address is|address is|that's|that would be|at)\b[\s,.:-]*)+/i;

/** A street address ("123 Oak Street", "4410 N. Elm Ave, Boulder") from the utterance, or null. */
export function extractAddress(utterance: string, { expectingAddress }: ExtractAddressOptions): string | null {
  const text = joinHouseNumberPairs(tidyUtterance(utterance));
  const pattern = new RegExp(streetAddress.source, 'gi');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // "unit 12 at 1400 Pearl Street": look again from the next number, not after the whole match.
    if (notHouseNumber.test(match[0]) || /^\d+[a-z]?\s+(?:sorry|no|i mean)\b/i.test(match[0])) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const end = match.index + match[0].length;
    return capitaliseWords(match[0] + (town.exec(text.slice(end))?.[0] ?? ''));
  }
  const spanish = spanishAddress.exec(text);
  if (spanish) return capitaliseWords(`${spanish[1]} ${spanish[2]!.replace(spanishTail, '')}`);
  const streetFirst = spanishStreetFirst.exec(text);
  if (streetFirst) return capitaliseWords(`${streetFirst[2]} ${streetFirst[1]}`);
  return expectingAddress ? houseNumberAnswer(text) : null;
}

/** "el 2840 de la calle quivira", "6021 calle del norte": a Spanish street name after the number. */
const spanishAddress =
  /\b(\d{1,6})\s+(?:de\s+la\s+|del\s+)?((?:calle|avenida|av\.?|camino|carretera)\s+[\p{L}\d'.-]+(?:\s+[\p{L}\d'.-]+){0,3})/iu;
/** "calle olive número 330", "calle quivira 2840": the street said before its number, as in Spanish. */
const spanishStreetFirst =
  /\b((?:calle|avenida|av\.?|camino)\s+[\p{L}'.-]+(?:\s+(?!n[úu]mero\b)[\p{L}'.-]+){0,2}?)\s+(?:n[úu]mero\s+|#\s*)?(\d{1,6})\b/iu;
/** Where a Spanish address stops: the next words are about something else. */
const spanishTail = /\s+(?:apartamento|apto|por|y|en|a|ahorita|gracias|después|mañana)\b.*$/iu;

/** An answer to "what's the address?" that starts with a house number, up to the end of its first clause. */
function houseNumberAnswer(text: string): string | null {
  const answer = text.replace(answerLead, '');
  if (!/^\d{1,6}[a-z]?\s+[a-z]/i.test(answer) || notHouseNumber.test(answer)) return null;
  const clause = answer.split(/[,!?;]|(?<!\b[nsew])\.(?=\s|$)/i)[0] ?? '';
  return capitaliseWords(clause.replace(/\s+(?:thanks|thank you|please)$/i, ''));
}

/**
 * A house number said in pairs ("twenty one fifteen pearl", "three forty two maple") reaches here
 * as "21 15 pearl" or "3 42 maple": one number when a word, not a number, follows.
 */
function joinHouseNumberPairs(text: string): string {
  return text.replace(/\b(\d{1,2}) ([1-9]\d)\b(?=\s+[a-z])/gi, '$1$2');
}

function capitaliseWords(address: string): string {
  return address.trim().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}
