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

/** A time given on the caller's own clock: "after two my time", "noon eastern time". */
const ownClock = /\b(?:my time|(?:eastern|central|pacific|mountain|arizona) time|(?:our|their|her|his) time)\b/;

/**
 * The time zone of the times in `turn`, when the caller gives them on their own clock ("i'm in
 * chicago so after two my time") and has said, in this turn or an earlier one, where they are;
 * null when the times are the business's ("after two your time") or nothing says otherwise.
 */
export function callerTimeZone(earlierTurns: readonly string[], turn: string): CallerClock | null {
  const now = normalizeUtterance(turn);
  if (!ownClock.test(now)) return null;
  // "at three my time wait you're an hour ahead so four your time": put on the business's clock last.
  if (now.lastIndexOf('your time') > now.search(ownClock)) return null;
  for (const said of [now, ...[...earlierTurns].reverse().map(normalizeUtterance)]) {
    const named = zones.filter(({ place }) => place.test(said));
    if (named.length === 1) return named[0]!.zone;
  }
  return null;
}
