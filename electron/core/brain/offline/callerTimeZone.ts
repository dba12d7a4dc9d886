import { callerClocks, type CallerClock } from '../../domain/callerClocks';
import { normalizeUtterance } from './utteranceText';

/**
 * Where a caller says they are, and the clock it means. Only names that cannot be something
 * else in a contractor's call: "central air" and a "federal pacific" panel are no time zones.
 */
const zones: readonly { place: RegExp; zone: CallerClock }[] = [
  {
    place:
      /\b(?:eastern (?:time|standard)|east coast|back east|new york|boston|atlanta|florida|miami|philadelphia|new jersey|connecticut|the carolinas|north carolina|south carolina|virginia|ohio|michigan|detroit)\b/,
    zone: callerClocks.eastern,
  },
  {
    place:
      /\b(?:central (?:time|standard)|chicago|texas|dallas|houston|austin|omaha|nebraska|kansas city|minneapolis|minnesota|iowa|missouri|st louis|wisconsin|illinois|oklahoma|nashville|tennessee)\b/,
    zone: callerClocks.central,
  },
  {
    place:
      /\b(?:pacific (?:time|standard)|west coast|california|san diego|los angeles|san francisco|seattle|portland oregon|oregon|nevada|las vegas)\b/,
    zone: callerClocks.pacific,
  },
  // Arizona keeps standard time all year: an hour behind Denver in summer, the same in winter.
  { place: /\b(?:arizona|phoenix|tucson|scottsdale)\b/, zone: callerClocks.arizona },
  { place: /\bmountain (?:time|standard)\b/, zone: callerClocks.mountain },
];

/** The clocks by the names callers give them beside a time: "eastern", "mountain". */
const clockName = `(?:${Object.keys(callerClocks).join('|')})`;

/** A time given on the caller's own clock: "after two my time", "noon eastern time". */
const ownClock = new RegExp(`\\b(?:my time|${clockName} time|(?:our|their|her|his) time)\\b`);

/** An hour said in digits or in words. */
const hour = String.raw`(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)`;

/** A time with its clock named beside it: "after 4 pm mountain", "noon eastern"; not "two central air units". */
const timeThenZone = new RegExp(
  String.raw`(?:\b${hour}|\b(?:thirty|fifteen|forty five)|\b[ap]\.?\s?m\b\.?|\bo'?clock)\s+(${clockName})\b(?!\s+(?:air|panel|heat\w*|gas|power|electric\w*|vac\w*)\b)`,
);

/** A time put on the business's clock: "five your time", "which i think is four for you". */
const businessClockGloss = new RegExp(String.raw`\byour time\b|\b${hour} for (?:you|y'all|you guys)\b`, 'g');

/**
 * The time zone of the times in `turn`, when the caller gives them on their own clock ("i'm in
 * chicago so after two my time") and has said, in this turn or an earlier one, where they are;
 * null when the times are the business's ("after two your time") or nothing says otherwise.
 */
export function callerTimeZone(earlierTurns: readonly string[], turn: string): CallerClock | null {
  const now = normalizeUtterance(turn);
  const named = timeThenZone.exec(now);
  const own = now.search(ownClock);
  if (!named && own < 0) return null;
  // "at three my time wait you're an hour ahead so four your time": put on the business's clock last.
  const onYours = [...now.matchAll(businessClockGloss)].at(-1)?.index ?? -1;
  const firstClock = Math.min(named?.index ?? Infinity, own < 0 ? Infinity : own);
  if (onYours > firstClock) return null;
  // "after 4 pm mountain that's six my time": the clock named with the first time is the one it is on.
  if (named && (own < 0 || named.index < own)) return callerClocks[named[1] as keyof typeof callerClocks];
  for (const said of [now, ...[...earlierTurns].reverse().map(normalizeUtterance)]) {
    const named = zones.filter(({ place }) => place.test(said));
    if (named.length === 1) return named[0]!.zone;
  }
  return null;
}
