import { distance } from 'fastest-levenshtein';
import { afterLastCorrection, withOrdinalSuffix } from './spokenNumbers';
import { tidyUtterance } from './utteranceText';
import { weekdayNames } from './calendarWords';

export interface ExtractAddressOptions {
  /** True when the receptionist just asked for the address, so any answer starting with a house number counts. */
  expectingAddress: boolean;
}

const suffix =
  'street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place|pl|circle|cir|terrace|ter|parkway|pkwy|highway|hwy|trail|trl|loop|square|sq|alley|pike|crossing|point|crescent|cres';
/** Compass directions as said or written in an address, longest first. */
export const directionWords = 'northeast|northwest|southeast|southwest|north|south|east|west|ne|nw|se|sw|n|s|e|w';
const direction = `(?:${directionWords})\\.?`;
/** Publication 28's secondary unit designators callers use, "number" or "#" said for them, and their Spanish. */
const designator =
  'apartment|apt|unit|suite|ste|number|#|lot|space|spc|trailer|trlr|building|bldg|room|rm|floor|fl|apartamento|apto|departamento|depto|unidad|lote|espacio|edificio|número|numero';
/** "4b", "12", "5a-1204", "4 b" (a letter said apart); "a" and "i" apart only at the end, as they are also words. */
const unitId = `#?\\s*(?:\\d+[a-z]?(?:-?\\d+)?(?:\\s(?:[b-hj-z]|[ai](?=$|[,.!?]|\\s+as in\\b))(?![a-z']))?|[a-z](?![a-z']))`;
const unit = `(?:${designator})\\.?\\s*(?:number\\s+|no\\.?\\s+)?${unitId}`;
/**
 * A house number, or a Queens one: the cross street, a hyphen, the house ("37-69"). A letter said
 * apart after it ("fourteen twenty b south lincoln") is a half of the house, not a word of the street;
 * not a compass letter, nor "i" ("733 i think").
 */
const houseNumber = '(?:\\d{1,3}-\\d{1,4}|\\d{1,6}[a-z]?(?: 1/2| (?<half>[a-df-hj-mo-rt-vx-z])(?= ))?)';
/** Words that join a sentence, not a street's name: "3 houses on our street" is no address. */
const sentenceWord =
  "like|on|in|at|to|into|onto|of|off|over|near|from|with|for|by|our|my|your|his|her|their|this|that|these|those|is|are|was|were|it's|and|or|but|the|a|an|who|which|we|i|you|they|he|she|it|me|us|them|have|has|had|can|will|do|does|did|not|so|just|also|very|really|too|all|some|any|more|about|either|neither|other|every|each|same";
/**
 * A word of a street's name: any word with a letter ("pearl", "23rd") but a sentence's joining words,
 * a street type right before another ("court street", "circle drive"), or a bare number right before
 * the street type ("23 street", as "twenty third street" reaches here). Another bare number is a
 * second house number, so "apartment 12 1600 grant street" and "on oak and 3 it's 300 oak street"
 * start their address at the later one.
 */
const nameWord = `(?:(?!(?:${suffix}|${sentenceWord})(?![a-z0-9'.-]))[a-z0-9'.-]*[a-z][a-z0-9'.-]*|(?:${suffix})(?=\\s+(?:${suffix})\\b)|\\d{1,4}(?=\\s+(?:${suffix})\\b))`;
/** Numbered roads: "county road 12", "state route 9", "us highway 421", "fm 1960", "route 6". */
const numberedRoad =
  '(?:(?:us|state|county|farm to market|old)\\s+)?(?:highway|hwy|route|rte|road|rd|fm|sr|cr)\\s+\\d{1,4}[a-z]?(?![\\d:])';
/** A Salt Lake City grid address: "842 east 1700 south". */
const gridStreet = `\\d{1,5}\\s+${direction}(?![a-z])`;
/**
 * Street types of Publication 28 that are also everyday words ("fox run", "aspen grove", "pine
 * ridge"): a street's end only where the clause ends, never a word of its name.
 */
const clauseEndingSuffix =
  'run|ridge|grove|hollow|glen|view|vista|pass|path|row|bend|cove|crest|heights|commons|meadow|garden|park|hill|creek|ranch|knoll|landing|walk|village|estates|expressway|freeway|turnpike|plaza|mews|isle|trace|pointe';
const clauseEnd = `(?=\\s*$|\\s*[,.!?;]|\\s+(?:and|but|in|near|by|off|across|next|behind|thanks|thank|please|so|because|it's|its|we|we're|i|i'm|my|our|the|${designator}|${direction})(?![a-z']))`;
/** Streets known by a name alone, said without a type: "twenty two forty south broadway". */
const typelessStreet = 'broadway';
const namedStreet = `(?:(?:${nameWord}\\s+){1,3}(?:(?:${suffix})\\b\\.?|(?:${clauseEndingSuffix})${clauseEnd})|(?:${typelessStreet})\\b)`;
/**
 * "we're over at 4410 south pearl in englewood", "1290 south federal the salon next to the pho
 * place": a house number of three digits or more, a direction and one word of a street's name, its
 * type left out, then where it is (alone, "4410 south pine" may be a correction of another street).
 */
const directedStreet = `(?<=\\b\\d{3,6}(?: 1/2)?\\s+${direction}\\s+)${nameWord}(?=\\s+(?:in|the|near|by|off|behind|next to|across from)\\s)`;
const streetAddress = new RegExp(
  `\\b${houseNumber}\\s+(?:${direction}\\s+)?(?:${numberedRoad}|${namedStreet}|(?<=${direction}\\s+)${gridStreet}|${directedStreet})(?:\\s+${direction}(?![a-z]))?(?:,?\\s+${unit}){0,2}`,
  'gi',
);
/** A unit said before the house number ("apartment 12 1600 grant street", "lot 42 at 5100 ..."). */
const unitBefore = new RegExp(`(?:^|\\s)((?:${unit}\\s+){1,2})(?:at\\s+|in\\s+)?$`, 'i');
/** A town after the street, capitalised by speech-to-text and ending the clause: ", Boulder". */
const town = /^,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=$|[.,!?]|\s+(?:and|but)\b)/;
/** Rural and highway contract routes, written as Publication 28 writes them: "RR 2 Box 45", "HC 64 Box 2210". */
const routeAndBox =
  /\b(?:(rural route|r ?r|r ?f ?d)|(highway contract(?: route)?|h ?c|star route))\s*#?\s*(\d{1,4})\s*,?\s+box\s+#?\s*(\d{1,6})\b/i;

/** A number followed by one of these is a quantity or a time ("2 car garage", "5 on Monday"), not a house number. */
const notHouseNumber =
  /^\d+[a-z]?\s+(?:car|story|stories|rooms?|bags?|boxes|pallets?|sheets?|pieces?|rolls?|yards?|loads?|bundles?|bucks|grand|square|sq|sqft|gallons?|gal|pounds?|lbs|degrees|amps?|volts?|watts?|tons?|psi|btus?|bedroom|bedrooms|bathroom|bathrooms|bed|bath|people|persons|kids|children|adults|guests|folks|acre|acres|mile|miles|foot|feet|ft|inch|inches|year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|dollar|dollars|percent|times?|of|pm|am|on|at|in|or|and|to|the|a|an|is|o'clock|ish|tomorrow|today|tonight|morning|afternoon|evening|please|thanks|thank|instead|if|when|then|works|would|will|with|not|out|outside|inside|below|above)\b/i;

/** Where a sentence about people takes over from a street's name. */
const sentenceGoesOn =
  /\s+(?:(?:and|but|so|because|cause)\s+)?(?:he|she|i|we|they|you|he's|she's|i'm|we're|they're|it's|there's|he'll|she'll|call me|if|the house)\b.*$/i;

const answerLead =
  /^(?:(?:yeah|yes|sure|ok|okay|oh|alright|hi|hello|um+|uh+|so|well|it's at|it is at|it's|its|it is|we're at|i'm at|i am at|(?:we're|i'm) on|(?:i|we) live (?:at|on)|(?:we're|i'm|it's) over at|(?:the )?house is at|my address is|the address is|address is|that's|that would be|at)\b[\s,.:-]*)+/i;

const filler = '(?:um+|uh+|er+m?|ah+|hmm+)';

/** A street address ("123 Oak Street", "4410 N. Elm Ave, Boulder") from the utterance, or null. */
export function extractAddress(utterance: string, { expectingAddress }: ExtractAddressOptions): string | null {
  const text = spokenAddressForms(tidyUtterance(utterance));
  // "1412 maple street sorry 1421 maple street": the address after the correction wins.
  // "sorry not 1420 it's 1240": the number taken back is named before the right one.
  const corrected = afterLastCorrection(text)
    .replace(/^not\s+\d{1,6}(?:\s+\d{2})?\s+(?:it's|it is|its)\s+/i, '')
    // "no clarkson clarkson street": the right name said twice over a bad line.
    .replace(/\b([a-z]{3,}) \1\b/gi, '$1');
  const address = (corrected !== text ? findAddress(corrected, expectingAddress) : null) ?? findAddress(text, expectingAddress);
  if (address === null) return lotInPark(text, expectingAddress);
  // "4410 elm street no sorry elm court": the street is taken back, the house number stands.
  const street = corrected !== text ? streetOnly.exec(corrected)?.[0] : undefined;
  const number = /^(?:\d{1,3}-\d{1,4}|\d{1,6}[a-z]?)\s/i.exec(address)?.[0];
  // "630 south dahlia street no wait 603 south dahlia": the house number is taken back, the street stands.
  const newNumber = corrected !== text ? (numberAlone(corrected) ?? numberForStreet(corrected, address)) : null;
  if (newNumber) return writtenForm(address.replace(/^\S+/, newNumber));
  // "3270 julian street wait no 3720 i flip those": only the number was said again; the street stands.
  const before = corrected !== text ? findAddress(text, expectingAddress) : null;
  const typed = new RegExp(`\\b(?:${suffix})\\b`, 'i');
  if (before && number && before !== address && typed.test(before) && !typed.test(address))
    return writtenForm(before.replace(/^\S+\s/, number));
  return writtenForm(street && number ? `${number}${street}` : address);
}

/**
 * "i'm in lot 19 in pine haven that's the park off of sheridan", "lot 33 at meadowlark mobile home
 * park": a home in a mobile home park, found by its lot and the park's name. Asked for, or said
 * with the word "park".
 */
const lotAndPark =
  /\blot (?:number |#\s?)?(\d{1,4}),? (?:in|at|over at|out at) (?:the )?([a-z][a-z']*(?: (?!(?:that's|that|off|on|in|near|by|across|behind|it's|which|and|so|but|just)\b)[a-z][a-z']*){0,4})/i;
function lotInPark(text: string, expectingAddress: boolean): string | null {
  const match = lotAndPark.exec(text);
  if (!match || !(expectingAddress || /\bpark\b/i.test(match[2]!))) return null;
  return writtenForm(`lot ${match[1]}, ${match[2]}`);
}

/** "1540 west dartmouth avenue sorry 14 50": a correction that is a house number and nothing else. */
function numberAlone(corrected: string): string | null {
  // "3720 i flip those": what the caller adds about it is no part of the number.
  const said =
    /^(?:(?:no|wait|sorry|it's|it is|es el|es la|es)[\s,]+)*(?:(\d{1,2}) ([1-9]\d)|(\d{1,6}))[\s.,!]*(?:sorry|thanks)?[\s.,!]*$/i.exec(
      corrected.trim().replace(sentenceGoesOn, '').replace(oldNumberTold, ''),
    );
  return said ? (said[3] ?? `${said[1]}${said[2]}`) : null;
}

/** "it's 2841 2814 is my neighbor", "it's 2841 not 2814": what is said of the number taken back. */
const oldNumberTold = /\s+(?:not\s+\d{1,6}\b|\d{1,6}\s+(?:is|was)\b).*$/i;

/** The house number said again for the same street after a correction, or null. */
function numberForStreet(corrected: string, address: string): string | null {
  const said = new RegExp(`^(?:it's |it is )?(\\d{1,6}[a-z]?)\\s+(?:${direction}\\s+)?([a-z]+)`, 'i').exec(corrected);
  if (!said || said[1] === address.split(' ')[0]) return null;
  return new RegExp(`\\b${said[2]}\\b`, 'i').test(address) ? said[1]! : null;
}

/** A street said without its house number: "elm court", "north elm street". */
const streetOnly = new RegExp(`^(?:${direction}\\s+)?(?:${namedStreet}|${numberedRoad})`, 'i');

function findAddress(text: string, expectingAddress: boolean): string | null {
  const pattern = new RegExp(streetAddress.source, 'gi');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // "1420 b south lincoln street": the letter is written as the unit it names, after the street.
    const half = match.groups?.['half'];
    const address = half ? `${match[0].replace(` ${half} `, ' ')} unit ${half}` : match[0];
    // "unit 12 at 1400 Pearl Street": look again from the next number, not after the whole match.
    if (notHouseNumber.test(address) || /^\d+[a-z]?\s+(?:sorry|no|i mean)\b/i.test(address)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const end = match.index + match[0].length;
    // "our office is 7600 east orchard road ... but the unit is 2475 south dahlia street": the job's
    // address is the one set against the caller's own.
    const jobsAddress = ownAddressLead.test(text.slice(0, match.index))
      ? butJobsAddress(text.slice(end), expectingAddress)
      : null;
    if (jobsAddress) return jobsAddress;
    const before = unitBefore.exec(text.slice(0, match.index))?.[1]?.trim();
    return address + (town.exec(text.slice(end))?.[0] ?? '') + (before ? ` ${before}` : '');
  }
  const route = routeAndBox.exec(text);
  if (route) return `${route[1] ? 'RR' : 'HC'} ${route[3]} Box ${route[4]}`;
  const spanish = spanishAddress.exec(text);
  if (spanish) {
    // "el 1520 de la calle federal apartamento 3": the street ends where the unit starts, the unit is kept.
    const unitAfter = new RegExp(`^\\s+(?:${unit})`, 'i').exec(spanishTail.exec(spanish[2]!)?.[0] ?? '')?.[0] ?? '';
    return `${spanish[1]} ${spanish[2]!.replace(spanishTail, '')}${unitAfter}`;
  }
  const streetFirst = spanishStreetFirst.exec(text);
  if (streetFirst) return `${streetFirst[2]} ${streetFirst[1]}`;
  const numberAfter = numberAfterStreet.exec(text);
  if (numberAfter) {
    const { street, number, unit: unitAfter } = numberAfter.groups!;
    return `${number} ${street}${unitAfter ?? ''}`;
  }
  // "there's no real house number out there it's off highway 93 right at mile marker 6".
  const marker = mileMarker.exec(text) ?? markerFirst.exec(text);
  if (marker) return `${marker.groups!['road']} mile marker ${marker.groups!['marker']}`;
  // "i don't know her house number it's the corner of sheridan and 64th": the corner finds the house.
  const corner = streetCorner.exec(text);
  if (corner && !seenThere.test(text.slice(0, corner.index)))
    return `corner of ${ordinalStreet(corner[1]!)} and ${ordinalStreet(corner[2]!)}`;
  // "3315 yates", "8125 east iliff", said on their own: an address whatever was asked.
  if (!expectingAddress) return addressAlone.test(text) ? houseNumberAnswer(text) : null;
  const typeless = typelessStreetFirst.exec(text);
  return typeless ? `${typeless[2]!.replace(' ', '')} ${typeless[1]}${typeless[3] ?? ''}` : houseNumberAnswer(text);
}

/**
 * The street said first and its number after, as callers do ("we're on south kipling parkway 4550",
 * "south federal boulevard 3509 apartment b", "on vine street twenty two fifteen vine", the street's
 * name said again): the street must carry its type.
 */
const numberAfterStreet = new RegExp(
  `\\b(?<street>(?:${direction}\\s+)?(?<named>${nameWord})(?:\\s+${nameWord}){0,2}\\s+(?:${suffix})\\b\\.?)\\s+(?:number\\s+)?(?<number>\\d{2,6})(?![\\d:])(?<unit>\\s+(?:${unit}))?(?=\\s*$|\\s*[,.!?;]|\\s+\\k<named>\\b|\\s+(?:and|but|so|please|thanks|thank|call|after|before|i|we|it's|that's|thats|in|if|my|our|yes)\\b)`,
  'i',
);

/** A place on a numbered road by its mile marker, said road first or marker first ("mile marker 6 on highway 93"). */
const markerNumber = '(?<marker>\\d{1,3}(?:\\.\\d)?)(?![\\d:])';
const mileMarker = new RegExp(
  `\\b(?<road>${numberedRoad})(?:\\s+[a-z']+){0,4}?\\s+mile\\s+marker\\s+(?:number\\s+)?${markerNumber}`,
  'i',
);
const markerFirst = new RegExp(
  `\\bmile\\s+marker\\s+(?:number\\s+)?${markerNumber}\\s+(?:on|of|off|along)\\s+(?<road>${numberedRoad})`,
  'i',
);

/** Words that give the caller's own address or the office's, not the job's: "my address is", "our office is at". */
const ownAddressLead =
  /\b(?:(?:my|our) (?:own |home |mailing |billing )?address is|(?:my|our) (?:office|home|house) is(?: at)?|(?:i|we) live at)\s*$/i;

/** The address after a "but" that sets it against the one before it ("... but the job's at her condo 2101 ..."). */
function butJobsAddress(rest: string, expectingAddress: boolean): string | null {
  const contrast = /\bbut\b/i.exec(rest);
  return contrast ? findAddress(rest.slice(contrast.index), expectingAddress) : null;
}

/** A street of a corner: a name or a numbered street, maybe with its direction and type. */
const cornerStreet = (words: string) =>
  `(?:${direction}\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)?|${nameWord}${words})(?:\\s+(?:${suffix})\\b)?`;
/** "44", as "forty fourth" reaches here, is 44th at a corner: no house number is said there. */
const ordinalStreet = (street: string) => street.replace(/\b\d{1,3}(?=$|\s)/, withOrdinalSuffix);
/** "i saw your sign on the corner of holly and evans": a corner where something was seen is not the caller's. */
const seenThere = /\b(?:saw|seen|see|noticed|passed|drove by|sign|truck|van|billboard)\b[^,.!?]*$/i;
/**
 * "the corner of sheridan and 64th", "the corner house garfield and twenty third": a house known by
 * its corner. The second street may take two words only with its type, as what follows it is the
 * sentence going on ("72nd right behind the king soopers").
 */
const streetCorner = new RegExp(
  `\\bcorner(?:\\s+(?:house|lot))?\\s+(?:of\\s+|at\\s+|on\\s+)?(${cornerStreet(`(?:\\s+${nameWord})?`)})\\s+and\\s+(${cornerStreet(`(?:\\s+${nameWord}(?=\\s+(?:${suffix})\\b))?`)})(?![a-z0-9'])`,
  'i',
);

/**
 * A house number of three digits or more and one or two words of a street (not "707 yes"), maybe a
 * numbered one ("4409 west 38th") and a unit ("1020 corona apt 5"), and nothing else.
 */
const addressAlone = new RegExp(
  `^\\d{3,6}[a-z]?\\s+(?:${direction}\\s+)?(?!(?:yes|yeah|yep|no|nope|ok|okay|right|correct|sir|ma'am|please|thanks|thank|sorry|again)\\b)(?:[a-z]+|\\d{1,3}(?:st|nd|rd|th))(?:\\s+[a-z]+)?(?:\\s+${unit})?[\\s.!]*$`,
  'i',
);

/**
 * Asked for the address, "on south dexter twenty one fourteen", "on west colfax 1500 apartment
 * 2": a street with its direction but no type, then the number (said in pairs or not), maybe a
 * unit, and nothing after it.
 */
const typelessStreetFirst = new RegExp(
  `(?:^|\\bon\\s+)(${direction}\\s+${nameWord}(?:\\s+${nameWord})?),?\\s+(?:number\\s+)?(\\d{2,6}|\\d{1,2} [1-9]\\d)(\\s+(?:${unit}))?[\\s.!]*$`,
  'i',
);

/** "el 2840 de la calle quivira", "6021 calle del norte": a Spanish street name after the number. */
const spanishAddress =
  /\b(\d{1,6})\s+(?:de\s+la\s+|del\s+)?((?:calle|avenida|av\.?|camino|carretera)\s+[\p{L}\d'.-]+(?:\s+[\p{L}\d'.-]+){0,3})/iu;
/** "calle olive número 330", "calle quivira 2840", "calle 8 número 1420": the street said before its number, as in Spanish. */
const spanishStreetFirst =
  /\b((?:calle|avenida|av\.?|camino)\s+[\p{L}\d'.-]+(?:\s+(?!n[úu]mero\b)[\p{L}'.-]+){0,2}?)\s+(?:n[úu]mero\s+|#\s*)?(\d{1,6})\b/iu;
/** Where a Spanish address stops: the next words are about something else. */
const spanishTail = /\s+(?:apartamento|apto|por|y|en|a|ahorita|gracias|después|mañana)\b.*$/iu;

/**
 * The words that lead into the address in an answer to "what's the address?": "we're located at",
 * "the property is", "you can send him to", "it's gonna be", or any few words before a number of
 * two digits or more ("dana 4410 elm", "it's my mom's place 88 aspen").
 */
const leadIn = /^(?:[a-z',]+\s+){0,8}?(?:(?:at|is|be|to|on)\s+(?=\d)|(?=\d{2}))/i;

/** An answer to "what's the address?" that starts with a house number, up to the end of its first clause. */
function houseNumberAnswer(text: string): string | null {
  const led = text.replace(answerLead, '');
  const answer = /^\d/.test(led) ? led : led.replace(leadIn, '');
  if (!/^\d{1,6}[a-z]?\s+[a-z]/i.test(answer) || notHouseNumber.test(answer)) return null;
  // "he's eighty one he's got the oven door open": the street ends where someone starts doing something.
  const clause = (answer.split(/[,!?;]|(?<!\b[nsew])\.(?=\s|$)/i)[0] ?? '').replace(sentenceGoesOn, '');
  if (!/^\d{1,6}[a-z]?\s+[a-z]/i.test(clause)) return null;
  // "93 up by mile marker 12 the house sits back off the road ...": a sentence, not a street.
  if (clause.split(/\s+/).length > 9) return null;
  return clause.replace(/\s+(?:thanks|thank you|please)$/i, '');
}

/** Words that follow a time on the clock, not a house number: "at 4:30 tomorrow", "at 5:15 sharp". */
const notAStreetAfterClock = `(?:am|pm|a|p|oclock|o'clock|ish|sharp|today|tomorrow|tonight|please|thanks|okay|ok|works|then|${directionWords
  .split('|')
  .filter((word) => word.length > 2)
  .join('|')}|${weekdayNames}|weekdays?|mornings?|afternoons?|evenings?|nights?|time|mountain|central|eastern|pacific)\\b`;

/**
 * Speech as it reaches here, put the way an address is written: hesitations dropped ("730 um 730
 * dexter" is 730 Dexter), "37 dash 69" as 37-69, a "time" no clock shows as a number, directionals
 * spelled out letter by letter ("n e") as one, and house numbers said in pairs joined.
 */
function spokenAddressForms(text: string): string {
  const spoken = text
    .replace(new RegExp(`\\b(\\d+)\\s+${filler}\\s+\\1\\b`, 'gi'), '$1')
    // A house number said twice ("603 603 south dahlia") is said once; "12 12" is 1212, said in pairs.
    .replace(/\b(\d{3,6})\s+\1\b/g, '$1')
    // "28 14 28 14 south lafayette": a house number said in pairs, twice.
    .replace(/\b(\d{1,2} [1-9]\d)\s+\1\b/g, '$1')
    .replace(new RegExp(`\\s*\\b${filler}\\b[,.]?`, 'gi'), '')
    .replace(/\b(\d{1,3})\s+(?:dash|hyphen)\s+(\d{1,4})\b/gi, '$1-$2')
    // "at seventeen fifty five elm" reaches here as "at 17:55 elm": a caller says a time as a 12-hour clock.
    .replace(/\b(1[3-9]|[2-9]\d):(\d\d)\b/g, '$1$2')
    // "at twelve twenty six clermont", "four eleven east maple avenue", "at eleven forty east seventh
    // avenue": a house number read as a clock, told by the street after it (a direction, a street
    // with its type, or one word closing the answer).
    .replace(
      new RegExp(
        `\\b(1[0-2]|[1-9]):(\\d\\d)(?=\\s+(?:${direction}\\s+(?:[a-z]|\\d{1,3}(?:st|nd|rd|th)\\b)|(?:[a-z]+\\s+){1,3}(?:${suffix})\\b|(?!${notAStreetAfterClock})[a-z]+\\s*(?:$|,|\\.)))`,
        'gi',
      ),
      '$1$2',
    )
    // "thirty two oh eight and a half tejon street".
    .replace(/(?<!\b\d{1,2} )\b(\d{3,5}) and (?:a )?half\b(?=\s+[a-z])/gi, '$1 1/2')
    .replace(/(\d\s+)([ns])\.?\s([ew])\b\.?/gi, '$1$2$3')
    // "2607 south st paul street", "st vrain road": a saint's street, not a street ending at "st".
    .replace(new RegExp(`\\bst\\.?\\s+(?=[a-z]{3,}\\s+(?:${suffix})\\b)`, 'gi'), 'saint ');
  return joinHouseNumberPairs(spoken.trim());
}

/**
 * A house number said in pairs ("twenty one fifteen pearl", "three forty two maple") reaches here
 * as "21 15 pearl" or "3 42 maple": one number when a word, not a number, follows. Before a numbered
 * street ("17 55 42nd street", from "seventeen fifty five forty second street") the last number is the
 * street's; after a designator ("box 22 10", "suite 2 10") the pair is the box or unit number.
 */
function joinHouseNumberPairs(text: string): string {
  return (
    text
      // "four four oh nine west 38th", "forty two oh five west 29th avenue": digit by digit, or a pair
      // whose second half starts with "oh", before a direction.
      .replace(new RegExp(`\\b\\d(?: \\d){2,4}\\b(?=\\s+(?:${directionWords})\\b)`, 'gi'), (digits) => digits.replace(/ /g, ''))
      .replace(new RegExp(`\\b([1-9]\\d?) (0[1-9])\\b(?=\\s+(?:${directionWords})\\b)`, 'gi'), '$1$2')
      .replace(
        new RegExp(`\\b(\\d{1,2}) ([1-9]\\d) (\\d{1,3}(?:st|nd|rd|th)?)(?=\\s+(?:${direction}\\s+)?(?:${suffix})\\b)`, 'gi'),
        '$1$2 $3',
      )
      .replace(/\b(\d{1,2}) ([1-9]\d|[1-9]0)(?: and)? half\b/gi, '$1$2 1/2')
      // Five-figure rural numbers: "fifty four one hundred" (54 100), "eighteen nine fifty" (18 9 50).
      // Not a unit's number before the house's: "apartment 12 400 south xenia street".
      .replace(new RegExp(`(?<!\\b(?:${designator})\\.?\\s*)\\b([1-9]\\d?) ([1-9]00)\\b(?=\\s+[a-z])`, 'gi'), '$1$2')
      .replace(/\b([1-9]\d?) ([1-9]) ([1-9]\d|[1-9]0)\b(?=\s+[a-z])/gi, '$1$2$3')
      // "east one sixty eighth avenue": a numbered street past 100.
      .replace(new RegExp(`(\\b(?:${direction})\\s+)([1-9]) ([1-9]\\d(?:st|nd|rd|th))(?=\\s+(?:${suffix})\\b)`, 'gi'), '$1$2$3')
      .replace(/\b(\d{1,2}) ([1-9]\d)\b(?=\s+[a-z])/gi, '$1$2')
      // "south main street 11 20": the pair after the street is its number.
      .replace(new RegExp(`(\\b(?:${suffix})\\s+)(\\d{1,2}) ([1-9]\\d)\\b(?!\\s*\\d)`, 'gi'), '$1$2$3')
      .replace(new RegExp(`\\b((?:box|${designator})\\s+)(\\d{1,2}) ([1-9]\\d)\\b(?!\\s*\\d)`, 'gi'), '$1$2$3')
  );
}

/**
 * The address as a receptionist writes it: capitalised words, numbered streets as ordinals ("23
 * street" is 23rd Street), a unit's letter said apart joined to its number ("unit 3 c" is Unit 3C),
 * NE and US in capitals.
 */
function writtenForm(address: string): string {
  return address
    .trim()
    .replace(new RegExp(`(?<=\\s)(\\d{1,3})(?=\\s+(?:${suffix})\\b)`, 'gi'), withOrdinalSuffix)
    .replace(new RegExp(`(?<=\\b(?:${designator})\\.?\\s*#?\\s*\\d+)\\s(?=[a-z]\\b)`, 'gi'), '')
    .replace(/(?<![\p{L}\p{N}'])(?!(?:of|and)\b)\p{Ll}|(?<=\d)[a-z](?![\p{L}])/gu, (letter) => letter.toUpperCase())
    .replace(/\b(?:ne|nw|se|sw|us|fm|sr|cr)\b/gi, (word) => word.toUpperCase());
}

/**
 * A street's name misheard by speech-to-text and put right on a later turn, spelled or said again
 * ("2340 Yo Semi Tea Street" ... "no yosemite y o s e m i t e", "3855 Tea Hon Street" ... "sorry te
 * jon t e j o n"): the address with the name as now said, when its letters come close to the name
 * heard (any other word is no correction of it); else null. `said` has its spelling joined up
 * already (digitsInSpeech), `spelled` tells whether the caller spelled it.
 */
export function streetSaidAgain(address: string, said: string, { spelled }: { spelled: boolean }): string | null {
  const parts = new RegExp(`^(\\S+\\s+(?:${direction}\\s+)?)(.+?)(\\s+(?:${suffix})\\.?)?$`, 'i').exec(address);
  const told = said
    .toLowerCase()
    .replace(new RegExp(`\\s+(?:${suffix})\\b.*$|[\\s,.!]+$`, 'i'), '')
    .trim();
  const word = /(?:^|\s)([a-z]{3,})$/.exec(told)?.[1];
  const correcting = /^(?:(?:oh|um+|uh+|or)\s+)*(?:no|sorry|i mean|actually|wait|it's|its|that's)\b/.test(told);
  if (!parts || !word || !(spelled || correcting)) return null;
  const heard = parts[2]!.toLowerCase().replace(/[\s'-]/g, '');
  // "yo semite" ... "yosemite y o s e m i t e": heard right, but as two words.
  const joined = heard === word && /\s/.test(parts[2]!.trim());
  // "xenon x as in x ray e n o n": a spelling cut short is of the name heard right.
  if ((heard.endsWith(word) && !joined) || /\d/.test(heard)) return null;
  const far = distance(heard, word) / Math.max(heard.length, word.length);
  return far <= 0.5 ? writtenForm(`${parts[1]}${word}${parts[3] ?? ''}`) : null;
}
