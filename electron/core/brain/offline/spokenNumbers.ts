import { createRequire } from 'node:module';
import type { wordsToNumbers as WordsToNumbers } from 'words-to-numbers';

// Loaded on first use, not at start (it brings 80 core-js modules): `serve` warms it right after
// its ready line, so the first caller does not wait for it.
let library: typeof WordsToNumbers | null = null;
export const loadNumberWords = (): typeof WordsToNumbers =>
  (library ??= (createRequire(import.meta.url)('words-to-numbers') as { wordsToNumbers: typeof WordsToNumbers }).wordsToNumbers);

/** Words that take back what was just said: the value after the last one wins. */
const correctionWords =
  "sorry|i mean|no wait|wait no|sorry no|wait|actually|(?:ah|oh|uh|er) no(?= \\d)|make that|make it(?= (?:after |at |around |by |like )?\\d)|scratch that|correction|forgive me(?= (?:it's|it is|\\d))|perd[óo]n|digo|mejor dicho|esp[ée]r(?:e|a)(?:me)?|" +
  // "1460 ulster street no no 1640", "clark sun no clarkson clarkson street": a bare "no" before a house number or a street.
  'no(?: no)?(?= \\d{3,}| (?:[a-z]+ ){1,2}(?:street|avenue|way|drive|court|road|place|boulevard|circle|lane|parkway)\\b)';
export const correctionMarker = new RegExp(`\\b(?:${correctionWords})\\b`, 'gi');

/**
 * Numbers as people say them, as digits: "after five" -> "after 5", "one four two one elm" ->
 * "1421 elm", "seventeen oh four" -> "1704", "4 oh 6" -> "406", "after 5 30" -> "after 5:30".
 * A number said and then corrected keeps only the correction ("1412 sorry 1421" -> "1421").
 */
export function digitsInSpeech(text: string): string {
  // "no one" and "one more thing" are not numbers.
  const accented = new Map<string, string>();
  const guarded = daysOfTheMonth(streetOrdinals(hundredsSaidInPairs(spelledWords(doubledDigits(soundAlikeDigits(text))))))
    // "fifteen thirty and a half": the library reads "a half" as 1.
    .replace(/\band a half\b/gi, 'and_half')
    .replace(/\b(no|any|some|every) one\b/gi, '$1_one')
    // The library reads any "a" as 1 ("a two story house" -> "12 story house", "it's a brown ring"
    // -> "it's 1 brown ring", "a second" -> "1 2"): the article stays a word, but for "a hundred".
    .replace(/\ba (?!(?:hundred|thousand|million|dozen)\b)/gi, 'a_')
    .replace(/\bone (more|of|thing|day|time)\b/gi, 'one_$1')
    // "twelve forty twelve forty": a house number said twice; the library reads "forty twelve" as one
    // number, as it would a year.
    .replace(new RegExp(`\\b(${tensWords}) (?=(?:${teenWords})\\b)`, 'gi'), '$1 pairbreak ')
    // The library splits "sofía" at the accent and reads its last "a" as 1: such words are set aside.
    .replace(/[\p{L}'-]*[^\p{ASCII}\P{L}][\p{L}'-]*/gu, (word) => {
      const key = `accentedword${String.fromCharCode(97 + (accented.size % 26)).repeat(1 + Math.floor(accented.size / 26))}`;
      accented.set(key, word);
      return key;
    });
  let converted = guarded;
  try {
    const result = loadNumberWords()(guarded);
    if (result !== null && result !== '') converted = String(result);
  } catch {
    // The library throws on a few odd inputs; the words are then read as they are.
  }
  converted = converted
    .replace(/ pairbreak\b/g, '')
    .replace(/\ba_/gi, (article) => `${article[0]} `)
    .replace(/_/g, ' ')
    .replace(/accentedword[a-z]+/g, (key) => accented.get(key) ?? key);
  return dropCorrectedNumbers(joinDigitRuns(clockTimes(converted)));
}

const digitWord =
  '(?:\\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
const timeWords = 'after|at|around|by|till|until|before';
const aboutTime = `(?:${timeWords})`;
/** Where a number may start: the start of the turn, or after "at", "is", "about" ("it's ate twenty corona"). */
const saidFirst = `(?:^|(?<=\\b(?:is|it's|number|about|like|${timeWords})\\s+))`;

/**
 * Digits speech-to-text wrote as words that sound the same, on a bad line: "forty ate twenty zoo
 * knee street" (4820), "fifty six oh ate", "twenty to oh won clarkson" (2201), "after to is good",
 * "after for thirty please". Only beside another number or after a word that asks for a time:
 * "the dog ate it", "we won", "call me back for a price" stay words.
 */
function soundAlikeDigits(text: string): string {
  return text
    .replace(new RegExp(`${saidFirst}ate\\b(?=\\s+${digitWord}\\b)|(?<=\\b${digitWord}\\s+)ate\\b`, 'gi'), 'eight')
    .replace(new RegExp(`${saidFirst}won\\b(?=\\s+${digitWord}\\b)|(?<=\\b(?:${digitWord}|${aboutTime})\\s+)won\\b`, 'gi'), 'one')
    .replace(new RegExp(`(?<=\\b(?:oh|${aboutTime})\\s+)(?:to|too)\\b|\\b(?:to|too)\\b(?=\\s+oh\\b)`, 'gi'), 'two')
    .replace(
      new RegExp(`(?<=\\b${aboutTime}\\s+)for\\b(?=\\s+(?:${digitWord}|is|please|works|would|if|o'?clock)\\b|\\s*$)`, 'gi'),
      'four',
    );
}

/** "double seven four five" is 7745, "triple oh" 000, as digits are read out. */
function doubledDigits(text: string): string {
  return text.replace(
    /\b(double|triple) (zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)\b/gi,
    (_, times: string, digit: string) => Array.from({ length: times.toLowerCase() === 'double' ? 2 : 3 }, () => digit).join(' '),
  );
}

/**
 * A word spelled out letter by letter ("quitman q u i t m a n street") as the word, said once:
 * the library would read its "a" as 1.
 */
function spelledWords(text: string): string {
  return text.replace(
    /(^|\s+)((?:[a-z] ){2,}[a-z])(?![\p{L}\p{N}'])/giu,
    (spelled, space: string, letters: string, at: number) => {
      const word = letters.replace(/ /g, '');
      if (/^o+$/i.test(word)) return spelled;
      const previous = /(\S+)$/.exec(text.slice(0, at))?.[1]?.toLowerCase();
      return previous === word.toLowerCase() ? '' : `${space}${word}`;
    },
  );
}

const tensWords = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const unitWords = 'one|two|three|four|five|six|seven|eight|nine';
const teenWords = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

const ordinalValue: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};
const ordinalWords = Object.keys(ordinalValue).join('|');
const streetAfterOrdinal = 'street|st|avenue|ave|road|rd|place|pl|terrace|way|drive|dr|lane|ln|court|ct|boulevard|blvd|floor';

/** A number written as an ordinal: "23" -> "23rd", "112" -> "112th". */
export function withOrdinalSuffix(number: string): string {
  const value = Number(number);
  const lastTwo = value % 100;
  const last = value % 10;
  const ending = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${number}${ending}`;
}

/** An ordinal said in words, its tens apart: "twenty third", "thirtieth". */
const ordinalSaid = `(?:(${tensWords})[ -])?(${ordinalWords})`;

/** The ordinal said, written with its suffix: ("a", "twenty", "third") is "123rd". */
function writtenOrdinal(hundreds: string | undefined, tens: string | undefined, ordinal: string): string {
  return withOrdinalSuffix(
    String(
      (hundreds ? (unitValue[hundreds.toLowerCase()] ?? 1) * 100 : 0) +
        (tens ? tensValue[tens.toLowerCase()]! * 10 : 0) +
        ordinalValue[ordinal.toLowerCase()]!,
    ),
  );
}

/**
 * "nine oh two first avenue" is 902 1st Avenue, "twenty third street" 23rd Street and "one hundred
 * twelfth avenue" 112th Avenue: the library
 * reads an ordinal as a bare number ("9 oh 2 1"), which then joins the house number before it.
 */
function streetOrdinals(text: string): string {
  return text.replace(
    new RegExp(`\\b(?:(a|${unitWords}) hundred(?: and)? )?${ordinalSaid}(?=\\s+(?:${streetAfterOrdinal})\\b)`, 'gi'),
    (_, hundreds: string | undefined, tens: string | undefined, ordinal: string) => writtenOrdinal(hundreds, tens, ordinal),
  );
}
/**
 * "I paid on the thirtieth": a day of the month stays an ordinal ("the 30th"), where the library
 * would make it a bare 30 that reads as a house number.
 */
function daysOfTheMonth(text: string): string {
  return text.replace(
    new RegExp(`(?<=\\b(?:on|by|before|after|since|until|till) the )${ordinalSaid}\\b(?!\\s+(?:${streetAfterOrdinal})\\b)`, 'gi'),
    (_, tens: string | undefined, ordinal: string) => writtenOrdinal(undefined, tens, ordinal),
  );
}
const tensValue: Record<string, number> = {
  twenty: 2,
  thirty: 3,
  forty: 4,
  fifty: 5,
  sixty: 6,
  seventy: 7,
  eighty: 8,
  ninety: 9,
};
const unitValue: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/**
 * "sixty one hundred west colfax" is 6100 and "14 hundred pearl" is 1400, the way house numbers
 * are said; the library reads the first as 60 + 100 and leaves the second as "14 100".
 */
function hundredsSaidInPairs(text: string): string {
  return text
    .replace(
      new RegExp(`\\b(${tensWords})[ -](${unitWords}) hundred\\b(?! and)`, 'gi'),
      (_, tens: string, unit: string) => `${tensValue[tens.toLowerCase()]! * 10 + unitValue[unit.toLowerCase()]!}00`,
    )
    .replace(/\b([1-9]\d?) hundred\b(?! and)/gi, (_, hundreds: string) => `${hundreds}00`);
}

/** "after 5 30" and "2 30" after a time word are 5:30 and 2:30. */
function clockTimes(text: string): string {
  return text.replace(
    /\b(after|before|around|about|at|by|until|till|than|then|past|o)\s+([01]?\d|2[0-3])\s+(00|15|30|45|[0-5]\d)\b(?!\s*(?:[a-z]+\s+){0,2}(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place))/gi,
    (_, word: string, hour: string, minute: string) => `${word} ${hour}:${minute}`,
  );
}

/** Digits read one at a time ("1 4 2 1", "17 oh 4") are one number. */
function joinDigitRuns(text: string): string {
  // Not "4 o'clock".
  return text.replace(/\b\d{1,2}(?:\s+(?:\d|oh|o(?!'))\b)+(?:\s+\d{1,2}\b)?/gi, (run) => {
    const parts = run.split(/\s+/);
    const digits = parts.map((part) => (/^o(?:h)?$/i.test(part) ? '0' : part));
    // "4 bedrooms" or "2 and 3" never reach here; a lone "2 30" is a time handled above.
    if (digits.every((part) => /^\d$/.test(part)) || digits.some((part) => part === '0')) return digits.join('');
    return run;
  });
}

function dropCorrectedNumbers(text: string): string {
  return text.replace(new RegExp(`\\b\\d+\\s+(?:no\\s+)?(?:${correctionWords})\\s+(?=\\d)`, 'gi'), '');
}

/** "i always flip those": what the caller says of the mistake, not what replaces it. */
const asideOnTheMistake = String.raw`i (?:always|keep|tend to) \w+ (?:those|them|it|that)`;
/** "2840 south vallejo no wait it's 2814 sorry", "... es el 2840 perdón", "... 14575 sorry i always flip those". */
const closingApology = new RegExp(
  String.raw`[\s,]*\b(?:sorry|my bad|oops|perd[óo]n)\b(?:\s+${asideOnTheMistake}(?: up)?)?[\s.!]*$`,
  'i',
);
const onlyAnAside = new RegExp(String.raw`^${asideOnTheMistake}\b`, 'i');

/** What follows the caller's last self-correction ("after five actually make that after six" -> "after six"), or the whole text. */
export function afterLastCorrection(text: string): string {
  // A "sorry" closing the correction corrects nothing; "sorry i always flip those" replaces nothing.
  const rests = [...text.matchAll(correctionMarker)].map((match) => text.slice(match.index + match[0].length).trim());
  return (
    rests
      .map((rest) => rest.replace(closingApology, ''))
      .reverse()
      .find((rest) => /[a-z0-9]{2,}/i.test(rest) && !onlyAnAside.test(rest)) ?? text
  );
}
