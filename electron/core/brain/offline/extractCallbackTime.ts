import { TZDate } from '@date-fns/tz';
import { weekdayNames, weekdaysFromSunday } from './calendarWords';
import { tidyUtterance } from './utteranceText';

export interface CallbackTimeOptions {
  now: Date;
  /** The business's IANA time zone; "after 5" means 5 PM there. */
  timeZone: string;
  /** HH:MM, used for "first thing". */
  businessHoursStart: string;
}

export interface CallbackTime {
  /** The caller's own words ("after 5", "tomorrow morning"). */
  phrase: string;
  /** ISO 8601 instant, or null when the words name no time that can be pinned down ("later"). */
  time: string | null;
}

interface Piece {
  index: number;
  text: string;
}

type Part = 'morning' | 'afternoon' | 'evening' | 'noon' | 'firstThing' | 'endOfDay';

const asapPattern =
  /\b(?:asap|a\.s\.a\.p\b\.?|as soon as (?:possible|you can|he can|she can|they can|someone can)|right away|right now|immediately|any ?time|whenever)\b/i;
// "this" only before a day it can pick out: not "call me about this today".
const dayPattern = new RegExp(
  `\\b(?:(?:next|on)\\s+|this\\s+(?!today|tomorrow))?(today|tomorrow|${weekdayNames}|weekend)s?\\b`,
  'i',
);
const everyDay = new RegExp(dayPattern.source, 'gi');
const partPattern =
  /\b(?:(this|in the|the)\s+)?(morning|afternoon|evening|night|tonight|noon|midday|lunchtime|lunch|first thing|end of (?:the )?day)\b/i;
const clockPattern =
  /\b(?:(after|around|about|at|by|before|between|from|until|till|say)\s+)?(\d{1,2})(?::([0-5]\d))?(?:\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'?clock))?(?:\s*(?:-|to|and|or)\s*\d{1,2}(?::[0-5]\d)?(?:\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?))?)?(?:\s*-?ish)?(?![\d:])/gi;
/**
 * What may follow a bare hour for it to be a time, so "about 3 feet" and "at 12 Oak Street" are not
 * ("after 4 about when he can start" is).
 */
const afterBareHour = new RegExp(
  `^(?:$|[.,!?;]|\\s+(?:today|tomorrow|tonight|this|in|on|or|and|then|would|will|works?|is|please|though|probably|maybe|if|thanks|thank|so|but|because|since|when|before|while|most|usually|normally|i|i'm|i've|that|that's|my|your|should|at|are|call|afternoons?|mornings?|evenings?|night|the|we|we're|he|she|they|it's|our|once|till|until|cause|any|every|except|weekdays?|weekends?|mountain|central|eastern|pacific|local|denver|me|dear|honey|hon|you|you're|can|por|y|o|porque|pero|mejor|es|no|gracias|que|cuando|ya|hoy|para|porfa|s[íi]|ando|se|pues|nom[áa]s|est[áa]|estar[íi]a|estoy|during|anyway|just|his|her|their|actually|after(?=\\s+that\\b)|to(?!\\s+\\d)|about(?!\\s+\\d)|regarding|there's|with(?=\\s+(?:the|a|an|my|his|her|that|this|those|some|any)\\b)|${weekdayNames})(?![\\p{L}\\d]))`,
  // "u", so that "está" ends where its accented letter does: "después de las cinco está bien".
  'iu',
);
const vaguePattern =
  /\b(?:(?<!(?:talk to you|see you|catch you)\s)later(?: today| on)?|sometime (?:this|next) week|this week|next week)\b/i;

/** Whether the caller's words for a time mean "call me whenever you can". */
export function isAsapPhrase(phrase: string): boolean {
  return asapPattern.test(phrase);
}

/** When the caller wants to be called back, pinned to an instant in the business's time zone, or null. */
export function extractCallbackTime(utterance: string, options: CallbackTimeOptions): CallbackTime | null {
  const text = tidyUtterance(utterance);
  const part = partPattern.exec(text);
  const clock = findClock(text);
  const day = dayOf(text, clock?.match.index);
  const pieces: Piece[] = [day, part, clock?.match]
    .filter((m): m is RegExpExecArray => m !== null && m !== undefined)
    .map(toPiece);

  if (pieces.length > 0) {
    const phrase = pieces
      .sort((a, b) => a.index - b.index)
      .map((piece) => piece.text)
      .join(' ');
    const time = resolve(
      { day: day?.[1]?.toLowerCase() ?? null, thisDay: isThisDay(day, part), part: part ? toPart(part[2]!) : null, clock },
      options,
    );
    return { phrase, time };
  }
  const asap = asapPattern.exec(text);
  if (asap) return { phrase: asap[0], time: options.now.toISOString() };
  const vague = vaguePattern.exec(text);
  return vague ? { phrase: vague[0], time: null } : null;
}

interface Clock {
  match: RegExpExecArray;
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
}

/**
 * The day the time is for: of several ("i'm slammed today, can he call tomorrow after nine"), the last
 * one said before the hour; with no hour, the first.
 */
function dayOf(text: string, clockAt: number | undefined): RegExpExecArray | null {
  const days = [...text.matchAll(everyDay)];
  const beforeClock = clockAt === undefined ? [] : days.filter((day) => day.index < clockAt);
  return beforeClock.at(-1) ?? days[0] ?? null;
}

function findClock(text: string): Clock | undefined {
  for (const match of text.matchAll(clockPattern)) {
    const [, preposition, hourText, minuteText, meridiemText, rangeMeridiemText] = match;
    const hour = Number(hourText);
    const minute = minuteText ? Number(minuteText) : 0;
    const meridiem = toMeridiem(meridiemText ?? rangeMeridiemText);
    const rest = text.slice(match.index + match[0].length);
    const bare = !minuteText && !meridiemText;
    if (bare && (!preposition || !afterBareHour.test(rest))) continue;
    if (hour < 1 || hour > (minuteText && !meridiem ? 23 : 12)) continue;
    return { match, hour, minute, meridiem };
  }
  return undefined;
}

function toMeridiem(text: string | undefined): 'am' | 'pm' | null {
  if (!text) return null;
  const letter = text.toLowerCase()[0];
  return letter === 'a' ? 'am' : letter === 'p' ? 'pm' : null;
}

function toPart(word: string): Part {
  const lower = word.toLowerCase();
  if (lower === 'morning') return 'morning';
  if (lower === 'afternoon') return 'afternoon';
  if (lower === 'first thing') return 'firstThing';
  if (lower.startsWith('end of')) return 'endOfDay';
  if (['noon', 'midday', 'lunchtime', 'lunch'].includes(lower)) return 'noon';
  return 'evening';
}

/** "today", "tonight" and "this afternoon" mean today even when that time has passed. */
function isThisDay(day: RegExpExecArray | null, part: RegExpExecArray | null): boolean {
  if (day?.[1]?.toLowerCase() === 'today') return true;
  return part !== null && (part[1]?.toLowerCase() === 'this' || part[2]?.toLowerCase() === 'tonight');
}

function toPiece(match: RegExpExecArray): Piece {
  return { index: match.index, text: match[0].trim() };
}

interface Wanted {
  day: string | null;
  thisDay: boolean;
  part: Part | null;
  clock: Clock | undefined;
}

function resolve({ day, thisDay, part, clock }: Wanted, { now, timeZone, businessHoursStart }: CallbackTimeOptions): string {
  if (day === 'today' && !part && !clock) return now.toISOString();
  const local = new TZDate(now.getTime(), timeZone);
  const offset = dayOffset(day, local.getDay());
  const [hour, minute] = clock ? [hourOnTheClock(clock, part, day, local), clock.minute] : partStart(part, businessHoursStart);
  const at = (days: number) =>
    new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, hour, minute, timeZone).getTime());
  const target = at(offset);
  if (offset > 0 || target > now) return target.toISOString();
  return thisDay ? now.toISOString() : at(1).toISOString();
}

function dayOffset(day: string | null, today: number): number {
  if (day === null || day === 'today') return 0;
  if (day === 'tomorrow') return 1;
  if (day === 'weekend') return today === 6 || today === 0 ? 0 : 6 - today;
  const target = weekdaysFromSunday.indexOf(day);
  return ((target - today + 6) % 7) + 1;
}

function to24Hour({ hour, meridiem }: Clock, part: Part | null): number {
  if (hour > 12) return hour;
  if (meridiem === 'am') return hour % 12;
  if (meridiem === 'pm') return (hour % 12) + 12;
  // "after three o'clock, i'm working in the morning": the morning named is not when to call at 3 AM.
  // Twelve beside a morning is noon, the morning's end: "all morning ... my lunch break is at 12:15".
  if (part === 'morning' || part === 'firstThing') return hour <= 4 || hour === 12 ? (hour % 12) + 12 : hour;
  if (part === 'afternoon' || part === 'evening' || part === 'endOfDay') return hour < 12 ? hour + 12 : 12;
  // Nobody asks for a callback at 3 AM: bare 1 to 7 are afternoon and evening hours.
  return hour <= 7 ? hour + 12 : hour;
}

/**
 * The hour on a 24-hour clock, read against when it was said if no AM, PM or part of the day was:
 * "after seven thirty" said at a quarter to six in the morning is this morning's 7:30, "after
 * eight" said after noon is eight tonight, while each is still to come, and "after seven" said late
 * at night is tomorrow morning's.
 */
function hourOnTheClock(clock: Clock, part: Part | null, day: string | null, local: TZDate): number {
  if (clock.meridiem || part) return to24Hour(clock, part);
  const minutesNow = local.getHours() * 60 + local.getMinutes();
  const stillToCome = (hour: number) => minutesNow < hour * 60 + clock.minute;
  const earlyMorning = minutesNow >= 4 * 60 && clock.hour >= 5 && clock.hour <= 7;
  if (earlyMorning && (day === null || day === 'today') && stillToCome(clock.hour)) return clock.hour;
  // "call me after seven" near bedtime: tonight's seven has long gone and tomorrow evening is a day
  // away, so the caller means the morning, as with "tomorrow after seven". Earlier in the evening,
  // and for six (after work), the corpus's callers mostly meant the evening.
  const lateNight = (minutesNow >= 21 * 60 + 30 || minutesNow < 4 * 60) && clock.hour === 7;
  if (lateNight && (day === null || day === 'tomorrow')) return clock.hour;
  const afterNoon = minutesNow >= 12 * 60 && clock.hour === 8;
  if (afterNoon && day === null && stillToCome(20)) return 20;
  return to24Hour(clock, part);
}

function partStart(part: Part | null, businessHoursStart: string): [number, number] {
  switch (part) {
    case 'afternoon':
      return [13, 0];
    case 'evening':
      return [18, 0];
    case 'noon':
      return [12, 0];
    case 'endOfDay':
      return [17, 0];
    case 'firstThing': {
      const [hour = 8, minute = 0] = businessHoursStart.split(':').map(Number);
      return [hour, minute];
    }
    default:
      return [9, 0];
  }
}
