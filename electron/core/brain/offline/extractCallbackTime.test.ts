import { describe, expect, it } from 'vitest';
import { extractCallbackTime } from './extractCallbackTime';

const denver = { timeZone: 'America/Denver', businessHoursStart: '08:00' };
/** Monday 15 June 2026, noon in Denver (MDT, UTC-6). */
const mondayNoon = new Date('2026-06-15T18:00:00Z');

describe('extractCallbackTime', () => {
  it.each([
    ['after 5', 'after 5', '2026-06-15T23:00:00.000Z'],
    ['after 5pm', 'after 5pm', '2026-06-15T23:00:00.000Z'],
    ['can somebody call me back after 5 p.m.?', 'after 5 p.m.', '2026-06-15T23:00:00.000Z'],
    ['tomorrow morning', 'tomorrow morning', '2026-06-16T15:00:00.000Z'],
    ['this afternoon works', 'this afternoon', '2026-06-15T19:00:00.000Z'],
    ['tonight', 'tonight', '2026-06-16T00:00:00.000Z'],
    ['this evening is best', 'this evening', '2026-06-16T00:00:00.000Z'],
    ['Monday', 'Monday', '2026-06-22T15:00:00.000Z'],
    ['on Wednesday please', 'on Wednesday', '2026-06-17T15:00:00.000Z'],
    ['around 3:30', 'around 3:30', '2026-06-15T21:30:00.000Z'],
    ['tomorrow after 5', 'tomorrow after 5', '2026-06-16T23:00:00.000Z'],
    // The hour, then what the call is about (tune-aging-in-place-day.json).
    ['have him give me a call after 4 about when he can start', 'after 4', '2026-06-15T22:00:00.000Z'],
    // Spanish after the hour, once glossed: "después de las seis si se puede" (tune-es-quinta-semana.json).
    ['after 6 si se puede', 'after 6', '2026-06-16T00:00:00.000Z'],
    ['after 5 ando trabajando en la construcción', 'after 5', '2026-06-15T23:00:00.000Z'],
    // The hour, then what to bring or what the trouble is (tune-a-week-in-aurora.json, tune-may-i-speak.json).
    ['could you have him call me after 4 with the number', 'after 4', '2026-06-15T22:00:00.000Z'],
    ["have mike call me back after 4 there's a leak by the skylight", 'after 4', '2026-06-15T22:00:00.000Z'],
    // A bare hour followed by why or how (tune-all-in-one-go.json).
    ['call me after 6 to confirm a new day', 'after 6', '2026-06-16T00:00:00.000Z'],
    // "Though" closing the answer (tune-what-time-works-day.json).
    ['after 8 though please', 'after 8', '2026-06-16T02:00:00.000Z'],
    ['after 4 probably', 'after 4', '2026-06-15T22:00:00.000Z'],
    ["best time's after 5:30 during the week", 'after 5:30', '2026-06-15T23:30:00.000Z'],
    ['tomorrow morning around 7', 'tomorrow morning around 7', '2026-06-16T13:00:00.000Z'],
    ['first thing tomorrow', 'first thing tomorrow', '2026-06-16T14:00:00.000Z'],
    ['at 10', 'at 10', '2026-06-16T16:00:00.000Z'],
    ['Friday at 2', 'Friday at 2', '2026-06-19T20:00:00.000Z'],
    ['any time after 8 am', 'after 8 am', '2026-06-16T14:00:00.000Z'],
    ['after 5 any day', 'after 5', '2026-06-15T23:00:00.000Z'],
    ['after 6 weekdays', 'after 6', '2026-06-16T00:00:00.000Z'],
    // eval/corpus/tune-call-me.json, tune-callers.json.
    ['call me around 5 before i leave', 'around 5', '2026-06-15T23:00:00.000Z'],
    ["i'm free after 2 most days", 'after 2', '2026-06-15T20:00:00.000Z'],
    // A bare hour before a part of the day, "at", "are" or "call" (tune-second-language.json, tune-just-the-facts.json).
    ['call me at 2 afternoon is not busy', 'at 2 afternoon', '2026-06-15T20:00:00.000Z'],
    ['after 7 at night', 'after 7 night', '2026-06-16T01:00:00.000Z'],
    // A morning named beside an hour from 1 to 4 is not when to call: nobody asks for 3 AM (tune-callers.json).
    ['tomorrow after 3 oclock i am working in the morning', 'tomorrow after 3 oclock in the morning', '2026-06-16T21:00:00.000Z'],
    // "your time" is the business's clock.
    ['after 2 your time', 'after 2', '2026-06-15T20:00:00.000Z'],
    // The business's own clock named, a term of endearment (tune-reach-me.json, tune-one-more-thing.json).
    ['just call me after 5 mountain time', 'after 5', '2026-06-15T23:00:00.000Z'],
    ['call me after 3 dear', 'after 3', '2026-06-15T21:00:00.000Z'],
    // The city's clock, and the Spanish left after the gloss (tune-landlords-day.json, tune-es-sexta-semana.json).
    ['call me after 5 denver time', 'after 5', '2026-06-15T23:00:00.000Z'],
    ['after 4 me puede hablar', 'after 4', '2026-06-15T22:00:00.000Z'],
    ['tomorrow after 11 you can call', 'tomorrow after 11', '2026-06-16T17:00:00.000Z'],
    // Twelve beside a morning is noon (tune-busy-schedules.json).
    ['busy all morning my lunch break is at 12:15', 'morning at 12:15', '2026-06-15T18:15:00.000Z'],
  ])('pins %j to %j at %s', (utterance, phrase, time) => {
    expect(extractCallbackTime(utterance, { ...denver, now: mondayNoon })).toEqual({ phrase, time });
  });

  it.each([
    ['ASAP', 'ASAP'],
    ['as soon as possible', 'as soon as possible'],
    ['right away please', 'right away'],
    ['anytime is fine', 'anytime'],
    ['whenever', 'whenever'],
    ['today', 'today'],
  ])('reads %j as now', (utterance, phrase) => {
    expect(extractCallbackTime(utterance, { ...denver, now: mondayNoon })).toEqual({ phrase, time: mondayNoon.toISOString() });
  });

  it('moves a time already past today to tomorrow', () => {
    const evening = new Date('2026-06-16T00:30:00Z'); // 18:30 in Denver
    expect(extractCallbackTime('after 5', { ...denver, now: evening })?.time).toBe('2026-06-16T23:00:00.000Z');
    expect(extractCallbackTime('in the morning', { ...denver, now: evening })?.time).toBe('2026-06-16T15:00:00.000Z');
  });

  it('reads "after 8" said in the afternoon as eight tonight', () => {
    expect(extractCallbackTime('after 8', { ...denver, now: mondayNoon })?.time).toBe('2026-06-16T02:00:00.000Z');
    expect(extractCallbackTime('after 9:30', { ...denver, now: mondayNoon })?.time).toBe('2026-06-16T15:30:00.000Z');
  });

  it('reads an hour from 5 to 7 said before it in the early morning as this morning', () => {
    const early = new Date('2026-06-15T11:45:00Z'); // 5:45 in Denver
    expect(extractCallbackTime('after 7:30', { ...denver, now: early })?.time).toBe('2026-06-15T13:30:00.000Z');
    // Later in the day, or for tomorrow, a bare 7 is the evening.
    expect(extractCallbackTime('after 7', { ...denver, now: mondayNoon })?.time).toBe('2026-06-16T01:00:00.000Z');
    expect(extractCallbackTime('tomorrow after 7', { ...denver, now: early })?.time).toBe('2026-06-17T01:00:00.000Z');
  });

  it('reads a bare 7 said near bedtime as tomorrow morning (tune-after-hours.json, tune-call-times.json)', () => {
    const late = new Date('2026-06-16T04:00:00Z'); // 22:00 in Denver
    expect(extractCallbackTime('call me after 7', { ...denver, now: late })?.time).toBe('2026-06-16T13:00:00.000Z');
    expect(extractCallbackTime('tomorrow after 7:30', { ...denver, now: late })?.time).toBe('2026-06-16T13:30:00.000Z');
    // Earlier in the evening, and a bare 6 (after work), are still the evening.
    const evening = new Date('2026-06-16T03:15:00Z'); // 21:15 in Denver
    expect(extractCallbackTime('after 7 is fine', { ...denver, now: evening })?.time).toBe('2026-06-17T01:00:00.000Z');
    expect(extractCallbackTime('after 6 tomorrow', { ...denver, now: late })?.time).toBe('2026-06-17T00:00:00.000Z');
  });

  it('calls "tonight" and "this afternoon" now once they have started', () => {
    const evening = new Date('2026-06-16T01:00:00Z'); // 19:00 in Denver
    expect(extractCallbackTime('tonight', { ...denver, now: evening })?.time).toBe(evening.toISOString());
  });

  it('keeps a vague time as words only', () => {
    expect(extractCallbackTime('sometime next week', { ...denver, now: mondayNoon })).toEqual({
      phrase: 'sometime next week',
      time: null,
    });
  });

  it.each([
    'I need a roof quote',
    '12 Oak Street',
    'I have about 3 feet of gutter hanging off',
    'my roof is 15 years old',
    'call me at 303 555 0199',
    'talk to you later',
    "I'm at 12 Oak St",
  ])('finds no callback time in %j', (utterance) => {
    expect(extractCallbackTime(utterance, { ...denver, now: mondayNoon })).toBeNull();
  });

  describe('across daylight saving changes in Denver', () => {
    it('spring forward, 8 March 2026: 5 PM is MDT (UTC-6)', () => {
      const sundayMorning = new Date('2026-03-08T16:00:00Z'); // 10:00 MDT
      expect(extractCallbackTime('after 5', { ...denver, now: sundayMorning })?.time).toBe('2026-03-08T23:00:00.000Z');
    });

    it('spring forward: asked the evening before, in MST', () => {
      const saturdayNight = new Date('2026-03-08T04:00:00Z'); // 21:00 MST on 7 March
      const at = (utterance: string) => extractCallbackTime(utterance, { ...denver, now: saturdayNight })?.time;
      expect(at('tomorrow morning')).toBe('2026-03-08T15:00:00.000Z');
      expect(at('after 5')).toBe('2026-03-08T23:00:00.000Z');
      expect(at('Monday')).toBe('2026-03-09T15:00:00.000Z');
    });

    it('fall back, 1 November 2026: asked the evening before, in MDT', () => {
      const saturdayNight = new Date('2026-11-01T03:00:00Z'); // 21:00 MDT on 31 October
      const at = (utterance: string) => extractCallbackTime(utterance, { ...denver, now: saturdayNight })?.time;
      expect(at('tomorrow morning')).toBe('2026-11-01T16:00:00.000Z');
      expect(at('after 5')).toBe('2026-11-02T00:00:00.000Z');
    });

    it('fall back: "this afternoon" on the day itself is MST (UTC-7)', () => {
      const sundayMorning = new Date('2026-11-01T17:00:00Z'); // 10:00 MST
      expect(extractCallbackTime('this afternoon', { ...denver, now: sundayMorning })?.time).toBe('2026-11-01T20:00:00.000Z');
    });
  });

  it('reads a bare hour followed by Spanish words ("after 10 por favor")', () => {
    const time = extractCallbackTime('after 10 por favor', { ...denver, now: mondayNoon });
    expect(time?.phrase).toBe('after 10');
    // Why, or that it suits them, said in Spanish after the hour (tune-es-en-casa.json).
    for (const said of ['after 5 porque estoy en el trabajo', 'en las tardes after 3 es mejor', 'call me after 3 gracias'])
      expect(extractCallbackTime(said, { ...denver, now: mondayNoon })?.phrase, said).toMatch(/^after \d$/);
  });

  it('reads a bare hour followed by an accented Spanish word ("después de las cinco está bien")', () => {
    // As glossed from tune-hvac-all-summer.json, tune-es-otra-semana.json and tune-es-cuanto-y-cuando.json.
    for (const said of ['after 5 está bien', 'after 5 estaría bien', 'mike me llame hoy after 3 para aclarar esto'])
      expect(extractCallbackTime(said, { ...denver, now: mondayNoon })?.phrase, said).toMatch(/^after \d$/);
    // "en la tarde después de las seis": six in the evening, not the afternoon's start.
    expect(extractCallbackTime('in the afternoon after 6 está bien', { ...denver, now: mondayNoon })?.time).toBe(
      '2026-06-16T00:00:00.000Z',
    );
    // An accented word that merely starts like one of these is no reason to read a bare hour as a time.
    expect(extractCallbackTime('at 12 estación road', { ...denver, now: mondayNoon })).toBeNull();
  });

  it('reads a bare hour before "his aide" or "after that" as a time (tune-when-to-call-back-day.json, tune-ordinary-tuesday-day.json)', () => {
    // Monday noon in Denver: 11 AM has passed, so the next 11 AM is Tuesday's; 3 PM is still to come.
    expect(extractCallbackTime('after 11 his aide is there in the mornings', { ...denver, now: mondayNoon })?.time).toBe(
      '2026-06-16T17:00:00.000Z',
    );
    expect(extractCallbackTime("i'm after 3 after that", { ...denver, now: mondayNoon })?.time).toBe('2026-06-15T21:00:00.000Z');
  });

  it('reads "call me about this today" as today, not as a day called "this today" (tune-what-do-they-want-day.json)', () => {
    expect(extractCallbackTime('i just need somebody to call me about this today', { ...denver, now: mondayNoon })?.phrase).toBe(
      'today',
    );
    expect(extractCallbackTime('this friday after 3', { ...denver, now: mondayNoon })?.phrase).toBe('this friday after 3');
  });

  it('reads the day said nearest before the hour: "slammed today, can he call tomorrow after nine" (tune-best-time-to-reach.json)', () => {
    expect(extractCallbackTime("i'm slammed today can he call tomorrow after 9", { ...denver, now: mondayNoon })?.time).toBe(
      '2026-06-16T15:00:00.000Z',
    );
    expect(extractCallbackTime("tomorrow after 5 but today i'm busy", { ...denver, now: mondayNoon })?.time).toBe(
      '2026-06-16T23:00:00.000Z',
    );
  });
});
