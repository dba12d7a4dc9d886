import { describe, expect, it } from 'vitest';
import { callerTimeZone } from './callerTimeZone';

describe('callerTimeZone', () => {
  it.each([
    // As callers from elsewhere put it (eval/corpus/tune-good-time.json).
    [[], "i'm in chicago so after two my time works", 'America/Chicago'],
    [["i'm handling it because i'm back east"], "i'm in new york so any time after seven my time", 'America/New_York'],
    [[], "i'm on eastern time so anytime after noon my time", 'America/New_York'],
    [[], "i'm in omaha so central time after five my time", 'America/Chicago'],
    [["i'm still in san diego till the move"], 'call me after nine my time so pacific', 'America/Los_Angeles'],
    [["i'm in phoenix so i'm handling it from here"], 'call me after four my time', 'America/Phoenix'],
  ])('reads the clock of %j then %j as %s', (earlier, turn, timeZone) => {
    expect(callerTimeZone(earlier, turn)?.timeZone).toBe(timeZone);
  });

  it('keeps the business clock unless the caller says the time is theirs, and knows no zone from an air conditioner', () => {
    expect(callerTimeZone(["i'm in phoenix"], 'after two your time')).toBeNull();
    expect(callerTimeZone(["i'm in chicago"], 'after two')).toBeNull();
    expect(callerTimeZone(['the central air quit', 'it is a federal pacific panel'], 'after two my time')).toBeNull();
  });

  it('takes the clock named beside the first time over the one a gloss names after it (tune-call-me-when-day.json)', () => {
    const ohio = ["i live in ohio so i'm calling for her"];
    expect(callerTimeZone(ohio, "call me after 4 pm mountain that's six my time i'm at work till then")?.timeZone).toBe(
      'America/Denver',
    );
    expect(callerTimeZone(ohio, "call me at six my time that's four mountain")?.timeZone).toBe('America/New_York');
    expect(callerTimeZone([], 'after two central works')?.timeZone).toBe('America/Chicago');
    expect(callerTimeZone([], 'we have two central air units and one quit after 5')).toBeNull();
    // ... unless a time on the business's clock follows (tune-when-to-call.json).
    expect(callerTimeZone([], "after seven eastern that's five your time right")).toBeNull();
    expect(callerTimeZone([], 'after six eastern which i think is four for you')).toBeNull();
  });

  it('names the zone for the owner', () => {
    expect(callerTimeZone([], 'i live in dallas so after three my time')?.label).toBe('Central time');
  });

  it("gives the business's clock once the caller puts the time on it", () => {
    expect(
      callerTimeZone(["i'm in san diego"], "call me at three my time wait you're an hour ahead right so four your time"),
    ).toBeNull();
    expect(callerTimeZone(["i'm in san diego"], 'call me at three my time')?.timeZone).toBe('America/Los_Angeles');
  });
});
