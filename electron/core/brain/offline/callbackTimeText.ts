import * as chrono from 'chrono-node/en';
import { weekdayNames } from './calendarWords';
import { correctionMarker, digitsInSpeech } from './spokenNumbers';

const streetWord =
  '(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place|pl|circle|cir|parkway|pkwy|trail|terrace|highway|hwy)\\b';
/** Not a house number: "at 411 south lincoln street", "after 330 main st". */
const streetAhead = `(?!\\s*(?:[\\w']+\\s+){0,3}?${streetWord})(?!\\s+(?:north|south|east|west)\\b)`;
/** What follows a number that is a direction, an amount or a measure, not the minutes of a time. */
const notMinutesAhead =
  "(?:north|south|east|west|n|s|e|w|years?|feet|foot|ft|inch(?:es)?|gallons?|dollars?|bucks|minutes?|mins?|hours?|percent|degrees?|amps?|square|sq|pounds?|lbs|miles?|days?|weeks?|months?|times|x|by|'s)\\b";

/** "from 10 to 1", "from 11 till 2": an end before the start on the clock is past noon, so the start is morning. */
function crossesNoon(start: string, end: string): boolean {
  if (/[ap]m$/i.test(start)) return false;
  const from = Number.parseInt(start, 10);
  const to = /^(?:noon|midday)$/i.test(end) ? 12 : Number.parseInt(end, 10);
  return from >= 8 && from <= 11 && (to < from || to === 12);
}
/** "fiveish", "noon-ish": an hour or the middle of the day said roughly; the hour is captured. */
const roughHour = String.raw`(noon|midday|lunch(?:time)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})-?ish\b`;
/** Words that rule out the time after them: "not", "don't call me", "no calls". */
const rulesOut = "(?:not|don't call(?: me)?|do not call(?: me)?|no calls?|nothing)";
/** Ways of saying "not earlier than", all read as "after". */
const notBefore = new RegExp(
  `\\b(?:${rulesOut}|any ?time (?:but|except)(?: not)?) before\\b|\\b(?:no|not) earlier than\\b|\\blater than\\b|\\b(?:any ?time |anything )?past\\b(?=\\s+\\d)`,
  'gi',
);
/** "whenever is fine just not before eight": an hour ruled out early in the day is the morning's. */
const notBeforeMorningHour = new RegExp(
  `\\b${rulesOut} before ([6-9](?::\\d\\d)?)\\b(?!\\s*(?::\\d|[ap]\\.?\\s?m\\b|oclock|tonight|in the (?:evening|afternoon)|at night))`,
  'gi',
);
/** The hour someone is busy until, or gets free at, is the earliest time to call. */
const busyUntil =
  /\b(?:(?:work|working|busy|in (?:a )?meetings?|in class|on (?:a |my )?shift|at work|at my job|on the job|at the office|in the office|at school|driving|out|away|tied up)\b[^.!?]{0,20}?\b(?:till|until|til)|get(?:ting)? off(?: work)?(?: at| around)?|(?:i'm|i am|i'll be) (?:off|free|home|back|done)(?: work)?(?: at| by| around| after)?)\s+(?=\d)/gi;

/** A clock time, then "or" a day: "after 5:15 or saturday mornings". */
const timeOrDay = new RegExp(
  String.raw`(\d(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?)\s+or\s+(?:on\s+|this\s+|next\s+)?(?:today|tomorrow|${weekdayNames}|weekend)s?\b.*$`,
  'i',
);

/**
 * The caller's words about a time, ready for extractCallbackTime: numbers as digits, clock words
 * as clock times ("half past 3" -> "3:30", "after 330" -> "after 3:30"), every way of saying "not
 * earlier than" as "after", and only the last of several times when they corrected themselves.
 */
export function callbackTimeText(utterance: string): string {
  const spoken = utterance
    // "after eight in the mornin'": the part of the day with its last letter dropped, as said.
    .replace(/\b(morn|even)in'?(?=\s|$|[.,!?])/gi, '$1ing')
    // words-to-numbers reads the "o" of "four o'clock" as a zero.
    .replace(/\bo'? ?clock\b/gi, 'oclock')
    // "two to four-ish": the range's end said roughly is still the end of a range (not "to polish").
    .replace(new RegExp(`\\b(to|till|until|and) ${roughHour}`, 'gi'), '$1 $2')
    // "noonish", "fiveish": the hour or the part of the day, roughly.
    .replace(new RegExp(`\\b${roughHour}`, 'gi'), 'around $1')
    .replace(/\b(?:around|about) around\b/gi, 'around')
    .replace(/\bmid[- ]day\b/gi, 'midday')
    // "first thing tomorrow like seven": the morning, not "1 thing".
    .replace(/\bfirst thing\b/gi, 'morning')
    // A greeting names no time ("good morning ... around noon").
    .replace(/\bgood (?:morning|afternoon|evening|night)\b/gi, '')
    // "morning this is frank": the greeting, short.
    .replace(
      /^(?:(?:hi|hello|hey|yeah|um|uh|oh)[\s,]+)*(?:morning|afternoon|evening)\b(?=\s*(?:,|(?:this is|it's|i'm|i am|my name|um|uh|hi|hello|yeah|so|i|we|the|our|sorry|sir|ma'am)\b))/i,
      '',
    )
    // "anytime but not in the morning so after one", "please don't have him call in the morning i'm
    // asleep till noon": the part of the day ruled out is no time to call.
    .replace(
      /\b(?:(?:but )?not|(?:don't|do not|never) (?:have (?:him|her|them|[a-z]+) )?(?:call|ring|phone)(?: me)?) (?:in )?(?:the )?(?:mornings?|afternoons?|evenings?)\b/gi,
      '',
    )
    // "call me after two the mornings are busy": a part of the day said to be taken is no time to call.
    .replace(
      /\b(?:the )?(?:mornings?|afternoons?|evenings?) (?:are|is) (?:busy|bad|no good|tough|hard|hectic|crazy|out|full)\b/gi,
      '',
    )
    // "he can come by thursday at 9 ... but for a phone call i'm free after 2", "a morning like 8 or 9
    // but calling me it's after 5": the time for a visit said first, then the one to call.
    .replace(
      /^.*?\b(?:for a (?:phone )?call|(?:but )?calling me|phone ?wise)\b(?=[^.!?]*\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b)/i,
      '',
    )
    // "after three's good": the hour, then "is".
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})'s\b/gi, '$1 is')
    // "evenings after six are better" reads as "evening after six".
    .replace(/\b(morning|afternoon|evening)s\b/gi, '$1')
    .replace(/\b(?:um+|uh+)\b\s*/gi, '')
    // Speech-to-text writes "four" as "for" beside a time: "after for thirty", "till for fifteen".
    .replace(/\b(after|at|till|until|by|around|before|off at) for\b/gi, '$1 four')
    .replace(/\bfor (thirty|fifteen|forty five|forty|o'? ?clock)\b/gi, 'four $1')
    // "reach me after the five thirty": the article names no other time.
    .replace(
      /\b(after|before|around|about|by|at) the (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)\b)/gi,
      '$1 ',
    )
    // "please don't call me between one and three that's when i lie down after three is fine": the
    // hours ruled out are no time to call.
    .replace(
      /\b(?:don't|do not|never) (?:call|ring|phone)(?: me| him| her)? (?:between|from) (?:\w+ ){1,3}?(?:and|to|till|until) \w+\b/gi,
      '',
    )
    // "between seven thirty and eight": said as a range before words-to-numbers reads "thirty and eight" as 38.
    .replace(/\bbetween ((?:\w+ ){0,2}?\w+) and (?=\w)/gi, 'from $1 to ');
  const text = clockWords(digitsInSpeech(spoken))
    // "call after twelve not before": the "not before" only says the same hour again.
    .replace(/\s+(?:and |but )?not (?:before|earlier)\s*[.!?]*$/i, '')
    .replace(notBeforeMorningHour, 'after $1 am')
    .replace(notBefore, 'after')
    .replace(/\b(?:around|about|at|after)\s+(?:like|maybe|say|roughly)\s+(?=\d)/gi, 'after ')
    .replace(
      /\b(\d{1,2}(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?)\s+(?:or (?:later|after)|and (?:later|after)|onwards?)\b(?!\s+\d)/gi,
      'after $1',
    )
    .replace(/(?<!\b(?:after|around|about|at|by)\s+)\b(\d{1,2}(?::\d\d)?)\s*-?ish\b/gi, 'around $1')
    .replace(
      // Only without a clock time after it: "early morning's best like 7 o'clock" is 7.
      /\b(early|mid|late)[- ]?(morning|afternoon|evening)\b(?![^.!?]*\d)/gi,
      (_, when: string, part: string) => `around ${partsOfDay[`${when} ${part}`.toLowerCase()] ?? ''}`,
    )
    // "any time except two to three that's my lunch": the span ruled out ends at the earliest time to call.
    .replace(
      /\b(?:any ?time|whenever)(?: is fine)? (?:except|but(?: not)?) (?:from |between )?\d{1,2}(?::\d\d)? (?:to|till|until|and|-) (\d{1,2}(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?)\b.*$/i,
      'after $1',
    )
    // "anytime after nine": after nine, not "whenever".
    .replace(/\bany ?time (?=(?:after|before|between|from|past)\b)/gi, '')
    // "after the kids are in bed like 8:30": the evening.
    .replace(
      /\b(?:after|once|when) (?:the )?(?:kids|children|baby|little ones)(?: are| is|'re|'s)? (?:in bed|asleep|down|to bed)\b/gi,
      'evening',
    )
    // "after work so like 5": "like" before an hour closing the answer says about then.
    .replace(/\blike (?=\d{1,2}(?::\d\d)?\s*(?:$|[.,!?]|or\b|(?:would|works|is)\b))/gi, 'around ')
    // "i'm up early so anytime after seven": the hour of an early riser's morning.
    .replace(
      /\b(?:up|awake) (?:early|at (?:[4-6]|four|five|six))\b([^.!?]*?\b(?:after|around|at|like)\s+)(\d{1,2}(?::\d\d)?)\b(?!\s*(?::\d|[ap]\.?\s?m\b|oclock|hours?|minutes?))/gi,
      (_, between: string, hour: string) => `${between}${hour} am`,
    )
    // "call me during nap time like one to three": a range said roughly starts at its first hour.
    .replace(
      new RegExp(
        `\\b(?:like|around|about|say|maybe) (\\d{1,2}(?::\\d\\d)?) (?:to|-|till|until) \\d{1,2}(?::\\d\\d)?\\b(?!\\s+${notMinutesAhead})`,
        'gi',
      ),
      'at $1',
    )
    // "not at seven in the morning ... do it after eleven": the hour ruled out is no time to call.
    .replace(/\bnot at \d{1,2}(?::\d\d)?(?:\s*(?:in the (?:morning|evening)|at night|[ap]\.?\s?m\b\.?|oclock))?/gi, '')
    // "after six eastern which i think is four for you": the time on the business's clock.
    .replace(/\b(\d{1,2}(?::\d\d)?) for (?:you|y'all|you guys)\b/gi, '$1 your time')
    // "call me early i'm up by six": when an early riser is up, with no other hour said after it.
    .replace(
      /\b(?:i'm|i am|we're|we are) (?:usually |always )?up (?:by|at|around|from) ([4-7])\b(?![:\d]|\s*[ap]\.?\s?m\b)(?![^.!?]*\d)/gi,
      'after $1 am',
    )
    // "call me after the game like nine thirty i'm up late": a night owl's hour is the evening's.
    .replace(
      /\b([6-9]|1[01])(:\d\d)?\b(?!\s*(?:[ap]\.?\s?m\b|oclock|in the morning|tomorrow morning))(?=[^.!?]*\b(?:i'm|i am|we're|we are|i stay|we stay) (?:usually |always )?up late\b)/gi,
      '$1$2 pm',
    )
    // "either before 8 am or after 6": of a window before and one after, the one to call after.
    .replace(/\b(?:either )?before \d{1,2}(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)? or after (?=\d)/gi, 'after ')
    // "best time is 8 to 8:30 in the morning": the range said as the best time starts at its first hour.
    .replace(
      /\b(?:best|good|better) time(?:'s| is| would be) (?=\d{1,2}(?::\d\d)? (?:to|-|or|till|until) \d)/gi,
      'best time is at ',
    )
    // "my lunch is twelve to twelve thirty": a span said to be free starts at its first hour.
    .replace(
      new RegExp(
        `\\b(lunch|break|free|home|off|available)( is| are|'s) (?=\\d{1,2}(?::\\d\\d)? (?:to|-|till|until) \\d{1,2}(?::\\d\\d)?\\b(?!\\s+${notMinutesAhead}))`,
        'gi',
      ),
      '$1$2 at ',
    )
    .replace(/\bafter (?:lunch|lunchtime)\b/gi, 'after 1 pm')
    // "after work is best like after six": the hour said for it, not 5 pm.
    .replace(
      /\bafter work\b(?:,? is (?:best|good|better))?,?\s+(?:so |like |say |probably |maybe )*(?=(?:after|around|at) \d)/gi,
      '',
    )
    // "i'm home after work like five thirty": the hour said for it.
    .replace(/\bafter work,?\s+(?:so |say |probably |maybe )*(?:like|around|about) (?=\d)/gi, 'after ')
    // "after work, i get off at 4 30": the hour they are off.
    .replace(/\bafter work,?\s+(?=(?:i|we)(?: get| am|'m| are|'re) (?:off|done|home|out) (?:at|around|by) \d)/gi, '')
    .replace(/\bafter work\b/gi, 'after 5 pm')
    // "i worked a night shift", "i'm a night owl": a kind of worker, not a time to call.
    .replace(/\bnight(?= (?:shifts?|owl|person|job|crew)\b)/gi, 'late')
    // "we've been up all night": the night gone, not a time to call.
    .replace(/\ball night\b/gi, '')
    // "today's no good i'm driving the rest of the afternoon but tomorrow after nine": what is ruled out,
    // then the time.
    .replace(/^.*\b(?:no good|not good|bad|won't work|doesn't work|is out)\b(?=.*\bbut\b.*\d)[^]*?\bbut\b/i, '')
    // "after 5:15 or saturday mornings": the first of two choices is the time to call.
    .replace(timeOrDay, '$1')
    // "around noon works or after 5": of two times offered, the first.
    .replace(
      /\b(noon|\d(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?)\s+(?:works?\s+|is (?:good|fine|best)\s+|would work\s+)?or\s+(?:after|around|at|about|like)\s+\d.*$/i,
      '$1',
    );
  // "I work till 4 so after 4:30": the hour they are busy until is not the time to call.
  const last = onBusinessClock(correctedTime(text))
    // "i have a 3 o'clock meeting so after that like 3:45": the time after "after that" is the one.
    .replace(/^.*\b(?:so|and|then) (?:after|once) that,? (?:like |say |maybe |around |about )?(?=\d|noon\b)/i, 'after ')
    // "i'm off at 7 in the morning so call me like 7:15", "we get home around 6:30 so call after 7": the
    // time said after the last "so" is when to call; the ones before are the caller's day.
    // "i'm off at 9 tonight so call after 9", "i get off at 6:30 in the morning so after 7": the part of
    // the day said before it stays with the time.
    .replace(/^.*\bso\b(?=(?:(?!\bso\b).)*(?:\d|\bnoon\b))/i, (cut: string, at: number, whole: string) => {
      if (/\b(?:tonight|tomorrow|morning|evening|afternoon|[ap]m|[ap] m)\b/i.test(whole.slice(cut.length))) return '';
      if (/\btonight\b/i.test(cut)) return 'tonight ';
      return /\b(?:in the|this) morning\b/i.test(cut) ? 'morning ' : '';
    })
    .replace(
      /^.*\b(?:till|until|til)\s+\d{1,2}(?::\d\d)?\s+(?:(?:tonight|today|this (?:afternoon|evening))\s+)?(?:so|and|then|call|but)\s+(?=\D*\d)/i,
      '',
    )
    // "i'm off at three but give me till three thirty to get home": the later hour is the one.
    .replace(/^.*\bbut (?:give me|make it) (?:till|until|til) (?=\d)/i, 'after ');
  return (
    last
      // "make it 4 i've got a meeting", "make it 1 actually": the hour a correction left on its own is the time.
      // "free from one to five so one's good": the hour said to suit, on its own.
      .replace(
        /^\s*(\d{1,2}(?::\d\d)?)(?=,?\s+(?:i've|i'm|i|because|cause|since|that's|we|we've|my|actually|instead|then|is (?:good|best|fine|better|great|perfect)|works?|would work)\b)/i,
        'at $1',
      )
      .replace(busyUntil, 'after ')
      // "anytime after noon but before i leave at 2:30": the earliest time is the one asked for.
      .replace(/(\bafter\b.*?)\s+(?:but|and)\s+(?:not\s+)?(?:before|by)\b.*$/i, '$1')
      .replace(/\bafter\s+after\b/gi, 'after')
      .replace(/\s{2,}/g, ' ')
      .trim()
  );
}

/**
 * "after seven eastern that's five your time": of the times said, the one on the business's clock
 * ("your time") is the one to call at.
 */
function onBusinessClock(text: string): string {
  const said = [
    ...text.matchAll(
      /(?:\b(after|at|around|about|by|before)\s+)?\b(\d{1,2}(?::\d\d)?(?:\s*[ap]\.?\s?m\b\.?)?)(?:\s*oclock)?\s+your time\b/gi,
    ),
  ].at(-1);
  // "i land around two your time so call me after two thirty": a time said after it is the one asked for.
  if (!said || /\d/.test(text.slice(said.index + said[0].length))) return text;
  return `${said[1] ?? 'at'} ${said[2]}`;
}

/**
 * The time after the caller's last correction; when the correction gives only the new hour ("at
 * 10 no wait ... make it 11"), the hour is put in place of the first one, so "tomorrow at" stays.
 */
function correctedTime(text: string): string {
  // "after one thirty, make it after one thirty, sorry i'm terrible at messages": the last correction
  // followed by a time.
  const end = [...text.matchAll(correctionMarker)]
    .map((match) => match.index + match[0].length)
    .reverse()
    .find((at) => /\d/.test(text.slice(at)));
  if (end === undefined) return text;
  const last = text.slice(end).trim();
  const head = text.slice(0, end);
  const hour =
    /^(?:(?!\b(?:at|after|around|about|by|before|tomorrow|today|tonight|morning|afternoon|evening|[ap]m)\b).)*?\b(\d{1,2}(?::\d\d)?)\s*$/i.exec(
      last,
    );
  const earlier = /^(.*\b(?:at|after|around|about|by|before)\s+)\d{1,2}(?::\d\d)?\b/i.exec(head);
  return hour && earlier ? `${earlier[1]}${hour[1]}` : last;
}

/** Where people put "mid morning" or "late afternoon" on the clock. */
const partsOfDay: Record<string, string> = {
  'early morning': '8 am',
  'mid morning': '10 am',
  'late morning': '11 am',
  'early afternoon': '1 pm',
  'mid afternoon': '3 pm',
  'late afternoon': '4 pm',
  'early evening': '5 pm',
  'mid evening': '7 pm',
  'late evening': '8 pm',
};

/** "half past 3", "quarter after 4", "quarter to 5", "at 330", a bare "5 30" as clock times. */
function clockWords(text: string): string {
  return (
    text
      // "oh seven thirty", "oh five hundred": the twenty-four hour clock of the morning.
      .replace(
        new RegExp(`(?<!\\d\\s?)\\b(?:oh|o|0) ?([1-9]) ?(00|15|30|45|[0-5]\\d)\\b(?:\\s+hours\\b)?${streetAhead}`, 'gi'),
        '$1:$2 am',
      )
      // "at sixteen hundred", "after 1430 hours": the afternoon and evening of the same clock; not "at 2017
      // south race street", a house number.
      .replace(
        new RegExp(
          `\\b(at|after|around|about|by|before|till|until|me) (1[3-9]|2[0-3])([0-5]\\d)\\b(?:\\s+hours\\b)?${streetAhead}`,
          'gi',
        ),
        '$1 $2:$3',
      )
      // "make it 2 30", "my break is 5 30 to 6": an hour and its minutes, but not a house number or an amount.
      .replace(
        new RegExp(
          `(?<![\\d:]\\s?)\\b([1-9]|1[0-2]) (00|05|10|15|20|25|30|35|40|45|50|55)\\b(?!\\s*(?:[\\w']+\\s+){0,3}?${streetWord})(?!\\s+${notMinutesAhead})`,
          'gi',
        ),
        '$1:$2',
      )
      // "after eighteen hours", "nineteen o'clock": the twenty-four hour clock said with its hour alone.
      .replace(/\b(1[3-9]|2[0-3])\s*(?:hundred\s+)?(?:hours|oclock)\b/gi, '$1:00')
      // "at five and half": half past.
      .replace(
        /\b([1-9]|1[0-2]) and (?:a )?half\b(?!\s+(?:hours?|years?|feet|foot|inch(?:es)?|miles?|dollars?|bucks|weeks?|months?|days?))/gi,
        '$1:30',
      )
      // "after half three" as the British say it: half past.
      .replace(
        /\b(after|at|around|about|by|before|till|until|from|say|like) half ([1-9]|1[0-2])\b(?!\s+(?:hours?|an?|of|the|dozen|inch|way|miles?|past|after))/gi,
        '$1 $2:30',
      )
      // "call before eleven, like ten": the hour named last is the one.
      .replace(/\bbefore \d{1,2}(?::\d\d)? (?:like|say|maybe|so|or) (\d{1,2}(?::\d\d)?)\b/gi, 'at $1')
      // "3-30" and "3.30", as speech-to-text writes "three thirty".
      .replace(new RegExp(`\\b([1-9]|1[0-2])[-.]([0-5]\\d)\\b${streetAhead}`, 'g'), '$1:$2')
      // "from like 2 on", "starting at 2": the hour from which to call.
      .replace(/\b(?:from|starting(?: at)?) (?:like |about |around )?(\d{1,2}(?::\d\d)?) on(?:wards?)?\b/gi, 'after $1')
      .replace(/\bhalf (?:past|after) (\d{1,2})\b/gi, '$1:30')
      .replace(/\bhalf (?:past|after) (?:noon|midday)\b/gi, '12:30 pm')
      .replace(/\b(?:a )?quarter (?:past|after) (\d{1,2})\b/gi, '$1:15')
      .replace(/\b(?:a )?quarter (?:to|till|til|of) (\d{1,2})\b/gi, (_, hour: string) => `${((Number(hour) + 10) % 12) + 1}:45`)
      // "twenty past three", "ten after four"; "at about ten to five" (after a time word, not a range).
      .replace(
        /\b(5|10|20|25) (?:past|after) ([1-9]|1[0-2])\b(?!:)/gi,
        (_, minute: string, hour: string) => `${hour}:${minute.padStart(2, '0')}`,
      )
      .replace(
        /\b(at|about|around|say|like|by|before|till|until|back|me|it|so|then|or)\s+(5|10|20|25) (?:to|till|til|of|before) ([1-9]|1[0-2])\b(?!:)/gi,
        (_, word: string, minute: string, hour: string) =>
          `${word} ${((Number(hour) + 10) % 12) + 1}:${String(60 - Number(minute)).padStart(2, '0')}`,
      )
      // "so like 8 30", "maybe 4 45": an hour and its minutes after a hedge.
      .replace(
        new RegExp(`\\b(like|say|maybe|probably|so|or|just|from)\\s+([1-9]|1[0-2])\\s+([0-5]\\d)\\b${streetAhead}`, 'gi'),
        '$1 $2:$3',
      )
      .replace(
        // Not the area code of a number said after it: "it's mei at 720 555 0166".
        new RegExp(
          `\\b(after|before|around|about|at|by|until|till|past)\\s+([1-9]|1[0-2])([0-5]\\d)\\b(?![\\s-]*\\d{3})${streetAhead}`,
          'gi',
        ),
        '$1 $2:$3',
      )
      .replace(new RegExp(`^((?:[a-z]+\\s+){0,2})([1-9]|1[0-2])\\s+(00|15|30|45)\\b${streetAhead}`, 'i'), '$1$2:$3')
      // "from 10 to noon", "from 2 till 4": a range starts at its first hour.
      // "between ten and one": a range that crosses noon starts in the morning.
      .replace(
        /\bfrom (?:like |about |around )?(\d{1,2}(?::\d\d)?(?:\s*[ap]m)?) (?:to|till|until|til|and|-) (\d{1,2}(?::\d\d)?|noon|midday)\b/gi,
        (_, start: string, end: string) => `at ${start}${crossesNoon(start, end) ? ' am' : ''}`,
      )
      // "mornings are better like 9 or 10", "early tomorrow like 6:30": the hour in that part of the day.
      .replace(
        /\b(morning|early)\b([^.!?]{0,30}?\b(?:like|say|around|about|maybe|at)\s+)([1-9]|1[01])(:\d\d)?\b(?!\s*(?::|[ap]\.?m\b|oclock|hours?|minutes?|mins?))/gi,
        '$1$2$3$4 am',
      )
      // A bare hour answering "when?" ("seven", "um maybe 3") is the time.
      .replace(
        /^((?:(?:um+|uh+|maybe|probably|like|say|oh|well|so)\s+)*)(\d{1,2})(?=\s*(?:please|works|is (?:good|fine|best))?\s*$|\s+(?:i've|i'm|i|because|cause|since|that's|we|we've|my)\b)/i,
        '$1at $2',
      )
      // A bare range answering "when?" ("3 to 5", "2 or 3") starts at its first hour.
      .replace(
        /^((?:[a-z]+\s+){0,2})(?=\d{1,2}(?::\d\d)?\s*(?:to|or|-)\s*\d{1,2}\b(?!\s*(?:\d|[a-z]+\s+(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln))))/i,
        '$1between ',
      )
  );
}

/**
 * "... my number is 3035552841 i'm usually free after 3", "call me after 6 if you can": when the
 * caller is free, told anywhere in a message left in one breath.
 */
const whenFree =
  /\b(?:(?:i'm|i am|we're|we are) (?:usually |normally |generally |mostly |always |only )?(?:free|around|available|home|off(?: work)?|reachable|back)|(?:call|reach|try) (?:me|us)(?: back)?(?: any ?time)?|please call|best time(?:'s| is| to (?:call|reach)(?: me| us)?(?: is| would be| will be)?)) (?:after|around|any ?time after|from) \d|\b(?:i|we) get off(?: work)? (?:at|around) \d{1,2}(?::\d\d)? so (?:any ?time |anything )?after that\b|\b(?:don't|do not|please don't) call(?: me| us| this number| this phone)? (?:before|till|until|til) \d|\b(?:after|around) \d{1,2}(?::\d\d)? (?:is|would be|works) (?:best|better|good|great|fine)\b|\b(?:i'm|i am|we're|we are) (?:at work|working|at the office|on shift|in meetings|busy) (?:till|until|til) \d|\b(?:early |late )?(?:mornings?|afternoons?|evenings?)(?:'s| is| are) (?:best|better|good)(?: for (?:me|us))?\b(?=[^.!?]*\d)|\b(?:the )?earliest (?:i|we) can (?:talk|take (?:a|the|your) call|get a call|be reached|answer)(?: is| would be)? (?:at |around |about )?(?:\d|noon)/i;

const dayWord = new RegExp(String.raw`\b(?:tomorrow|${weekdayNames})\b`, 'i');
const everyDayWord = new RegExp(dayWord.source, 'gi');

/** From where a message left in one breath says when the caller is free, or null. */
export function whenFreeClause(text: string): string | null {
  const said = whenFree.exec(text);
  if (!said) return null;
  const clause = text.slice(said.index);
  // "have mike call me tomorrow, anytime after 8 is fine": the day said just before is the clause's day
  // ("no rush today but call me after 9" names no day for the call).
  const day = [...text.slice(Math.max(0, said.index - 40), said.index).matchAll(everyDayWord)].at(-1)?.[0];
  return day && !dayWord.test(clause) ? `${day} ${clause}` : clause;
}

// "actually better idea any time after ten tomorrow": a time put right after it was said back.
// "oh one more thing actually it's better after one", "i'm actually off today so anytime after noon",
// "noon or after works", "i can be reached any time after eight a m", "any day after 4:30".
const answerAboutTime = new RegExp(
  String.raw`^(?:(?:um+|uh+|oh|ok|okay|yeah|well|so|please|just|and|maybe|probably|wait|actually|also|one more thing|another thing|by the way|(?:a )?better idea|(?:or )?better yet|on second thought|come to think of it|scratch that|(?:it's|it is|it'd be|it would be) (?:better|best|easier)|(?:i'm|i am) (?:actually )?(?:off|free|home|available|around|back|done)(?: \w+)?(?: so)?|i can be reached|(?:you can )?reach me|call(?: me)? in)\s+)*(?:noon|midday|at(?= \d)|any ?(?:time|day|weekday|morning|afternoon|evening)|after|before|around|by|between|not before|not (?:till|until)|tomorrow|today|tonight|this|next|weekdays?|weekends?|mornings?|afternoons?|evenings?|in (?:about |like )?(?:an?|\d+|a couple)|${weekdayNames}|whenever|as soon as|asap|right (?:now|away)|now|call me|give me a call)\b`,
  'i',
);

/** Whether the turn reads as an answer about when to call ("after 5", "tomorrow morning", "weekday evenings"). */
export function soundsLikeATime(text: string): boolean {
  return answerAboutTime.test(text.trim());
}

const amount = '(?:an?|\\d+|a couple(?: of)?|a few|half an?)';
const unit = '(?:hours?|minutes?|mins?)(?: and (?:a )?half)?';
const relative = new RegExp(
  [
    `\\bin (?:about |like |around |maybe )?${amount} ${unit}`,
    `\\b(?:about |like |around |maybe )?${amount} ${unit} from now`,
    // "give me fifteen minutes": the caller will be free then.
    `\\bgive me (?:about |like |around |maybe )?${amount} ${unit}`,
  ].join('|'),
  'gi',
);
const topOfTheHourSaid = /\b(?:(?:at|on) )?the top of the (?:next )?hour\b/i;

/**
 * "i step out at the top of the hour so call me then": the next whole hour. On UTC's hours, which are
 * the business's in every US time zone.
 */
function topOfTheHour(text: string, now: Date): { phrase: string; time: string } | null {
  const said = topOfTheHourSaid.exec(text);
  if (!said) return null;
  const next = new Date(now);
  next.setUTCMinutes(60, 0, 0);
  return { phrase: said[0], time: next.toISOString() };
}

/**
 * "in an hour", "in about 20 minutes", "two hours from now", "give me fifteen minutes": a time
 * relative to now, read by chrono-node; the last one said ("i've got a zoom in two minutes, call
 * me in like forty minutes"); null otherwise.
 */
export function relativeCallbackTime(text: string, now: Date): { phrase: string; time: string } | null {
  const match = [...text.matchAll(relative)].at(-1);
  if (!match) return topOfTheHour(text, now);
  const phrase = match[0]
    .replace(/\b(?:about|like|around|maybe) /i, '')
    .replace(/\bfrom now\b/i, '')
    .replace(/^give me /i, '')
    .replace(/^(?!in )/i, 'in ')
    .replace(/a couple(?: of)?/i, '2')
    .replace(/a few/i, '3')
    .replace(
      /\b(an?|\d+) hours? and (?:a )?half\b/i,
      (_, hours: string) => `${(/^an?$/i.test(hours) ? 1 : Number(hours)) * 60 + 30} minutes`,
    )
    .replace(/\b(\d+) minutes? and (?:a )?half\b/i, '$1 minutes');
  const parsed = chrono.parseDate(phrase.replace(/\bhalf an? hour\b/i, '30 minutes'), now, { forwardDate: true });
  return parsed ? { phrase: match[0].trim(), time: parsed.toISOString() } : null;
}
