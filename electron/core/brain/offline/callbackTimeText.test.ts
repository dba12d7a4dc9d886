import { describe, expect, it } from 'vitest';
import { callbackTimeText, relativeCallbackTime, soundsLikeATime, whenFreeClause } from './callbackTimeText';

describe('callbackTimeText', () => {
  it.each([
    ['not before ten tomorrow', 'after 10 tomorrow'],
    // An hour ruled out early in the day is the morning's (tune-first-freeze.json).
    ['whenever is fine just not before eight', 'whenever is fine just after 8 am'],
    ["don't call before 7 tonight", 'after 7 tonight'],
    // The morning said before "so" stays with the hour after it (tune-odd-hours-day.json).
    ['i get off at six thirty in the morning so after seven', 'morning after 7'],
    // The span ruled out ends at the earliest time to call (tune-good-time.json).
    ["any time except two to three that's my lunch and i don't answer", 'after 3'],
    // A night owl's hour, and the window after rather than the one before (tune-whos-calling-evening.json, tune-good-time.json).
    ["call me after the game ends like nine thirty i'm up late", "call me after the game ends like 9:30 pm i'm up late"],
    ["i can't take calls at work so either before eight a m or after six", 'after 6'],
    // A house number after "at" with a direction or a street some words on is no clock time (tune-plain-folks.json).
    [
      'we have a fourplex at 411 south lincoln street call me back after 8 am tomorrow',
      'we have a fourplex at 411 south lincoln street call me back after 8 am tomorrow',
    ],
    ['the house is at 215 old mill creek road', 'the house is at 215 old mill creek road'],
    // As the callers in eval/corpus/tune-when.json put it.
    ['call me tomorrow sometime from ten to noon', 'call me tomorrow sometime at 10 am'],
    ['you can call me at four oh wait no i have pickup make that five', 'you can call me at 5'],
    [
      'have him call me back tomorrow at ten no wait i have a doctor thing make it eleven',
      'have him call me back tomorrow at 11',
    ],
    ['good morning could you call me around noon', 'could you call me around noon'],
    ['call me anytime but not in the morning so after one', 'after 1'],
    // The first of two times, the evening kept, "first thing" (tune-on-the-go-day.json, tune-on-a-break-day.json, tune-after-hours.json).
    ["i'll step out at noon so around noon works or after five", 'around noon'],
    ["i'm off at nine tonight so call after nine", 'tonight call after 9'],
    ["i'm off at nine so call after nine tomorrow", 'call after 9 tomorrow'],
    ['first thing tomorrow like seven would be great', 'morning tomorrow like 7 am would be great'],
    // A time for the visit said first, then the one to call (blind tune-when-to-ring-me.json).
    ["he can come by thursday at 9 in the morning if that works but for a phone call i'm free after 2 today", 'after 2 today'],
    ["if somebody needs to come see it it'd have to be a morning like 8 or 9 but calling me it's after 5", "it's after 5"],
    ['call me early tomorrow like six thirty before i leave', 'call me early tomorrow like 6:30 am before i leave'],
    ["i have a 3 o'clock meeting so after that like 3:45", 'after 3:45'],
    ['mornings are better for me like nine or ten', 'morning are better for me like 9 am or 10'],
    ['evenings after six are better', 'evening after 6 are better'],
    // eval/corpus/tune-call-me.json: the caller's day before "so", "for" for four, the correction with a time.
    ["i'm off at seven in the morning so call me like seven fifteen before i crash", 'call me like 7:15 am before i crash'],
    ['we both get home around six thirty so call after seven', 'call after 7'],
    ['i get off work at for so after for thirty is best', 'after 4:30 is best'],
    [
      "you can call me at noon, oh wait no, my lunch got moved, um after one thirty, make it after one thirty, sorry i'm terrible at messages",
      "after 1:30, sorry i'm terrible at messages",
    ],
    ['call me after ten, oh no the home health lady comes at ten, make it after eleven', 'after 11'],
    ['i finish work five oclock so please you can reach me after the five thirty', 'please you can reach me after 5:30'],
    [
      "call me between seven thirty and eight in the morning when i'm driving home",
      "call me at 7:30 in the morning when i'm driving home",
    ],
    ["i work nights so please don't call before ten in the morning", 'please after 10 in the morning'],
    ['call me after five actually make that after six', 'after 6'],
    ['i work till four so after four thirty', 'after 4:30'],
    ["after four o'clock", 'after 4 oclock'],
    ['half past three', '3:30'],
    ['quarter after four', '4:15'],
    ['quarter to five', '4:45'],
    ['after 330', 'after 3:30'],
    ['five thirty', '5:30'],
    ['no earlier than 3', 'after 3'],
    ['anytime past 3', 'after 3'],
    ['3 or later', 'after 3'],
    ['uh after like 3', 'after 3'],
    ['three-ish', 'around 3'],
    ['after twelve on weekdays', 'after 12 on weekdays'],
    ['3 onwards', 'after 3'],
    ['after 3 or later', 'after 3'],
    ['3 to 5', 'between 3 to 5'],
    ['uh 2 or 3', 'between 2 or 3'],
    ['late afternoon', 'around 4 pm'],
    ['mid morning tomorrow', 'around 10 am tomorrow'],
    ['after lunch', 'after 1 pm'],
    ["i'm in meetings until 2", "i'm after 2"],
    ['i get off work at 5', 'i after 5'],
    ["i'm free after 3", 'after 3'],
    ['i work until 5 so after that', 'i after 5 so after that'],
    // Clock words as callers say them (eval/corpus/tune-round3.json).
    ['noonish', 'around noon'],
    ['around five-ish', 'around 5'],
    ['mid-day works best', 'midday works best'],
    ['uh at about ten to five', 'at about 4:50'],
    ['twenty past three', '3:20'],
    ['ten after four', '4:10'],
    ['after the kids get on the bus so like eight thirty', 'around 8:30'],
    // From the first play of tune-one-more-thing and tune-reach-me.
    ['call me anytime after nine dear', 'call me after 9 dear'],
    ['so anytime after noon but before i leave at two thirty', 'after noon'],
    ['the only time i can actually talk is after the kids are in bed like eight thirty', 'talk is evening around 8:30'],
    ['i have a dentist appointment at eleven so call me after that like around noon', 'call me after that like around noon'],
    ["early morning's best for me like seven o'clock before i leave", "early morning's best for me like 7 oclock before i leave"],
    ['after work so like five', 'around 5'],
    // An early riser's hour is the morning's; "all morning ... about two hours" is no 2 AM (tune-after-dark.json, tune-busy-schedules.json).
    ["i'm up early so anytime after seven", 'after 7 am'],
    ["i've got calls back to back all morning so could you call me in about two hours", 'could you call me in about 2 hours'],
    ['three-thirty', '3:30'],
    ['3.30', '3:30'],
    ["i'm free from like two on", 'after 2'],
    // The sixth round's tune misses: "not before" said again, night as a kind of worker, the first of two
    // choices, a day ruled out, a correction after the hour someone is busy till.
    ['so yeah call after twelve not before', 'yeah call after 12'],
    ['not before ten please i worked a night shift', 'after 10 please i worked a late shift'],
    ["not before ten please we've been up all night", "after 10 please we've been up"],
    ["weekdays i'm at work till five so anytime after five fifteen or saturday mornings", 'after 5:15'],
    ["today's no good i'm driving the rest of the afternoon but tomorrow anytime after nine works", 'tomorrow after 9 works'],
    ["call me after six wait no my son's got practice till seven call after seven thirty", 'after 7:30'],
    ['seven', 'at 7'],
    ['um maybe 3', 'maybe at 3'],
    // eval/corpus/tune-good-time.json: a correction left with a bare hour, "ah no", "any time but before".
    ["have him call at three no wait make it four i've got a meeting", "at 4 i've got a meeting"],
    ['you can call me half past five ah no quarter to six', '5:45'],
    ['any time but before nine the kids are all over me', 'after 9 the kids are all over me'],
    // eval/corpus/tune-call-times.json: the twenty-four hour clock, British "half three", hours and minutes anywhere.
    ['call me at sixteen hundred', 'call me at 16:00'],
    ['call me oh seven thirty tomorrow', 'call me 7:30 am tomorrow'],
    ['please call me back twenty to four i finish my work then', 'please call me back 3:40 i finish my work then'],
    ["ring me after half three if that's alright", "ring me after 3:30 if that's alright"],
    ["call me after one wait no that's my nap make it two thirty", 'call me after 2:30'],
    ['call after five no wait five thirty i gotta get my daughter', 'call after 5:30 i gotta get my daughter'],
    ['call before eleven like ten', 'call at 10'],
    ["i'm free between ten and one then i go back out", 'after 10 am then i go back out'],
    ["i get my break five thirty to six that's the only time", "i get my break 5:30 to 6 that's the only time"],
    ['a lull between three and three thirty so try then', 'a lull at 3 so try then'],
    // A part of the day said to be busy names no time; "three's good" is "3 is good".
    ['call me after two the mornings are busy', 'call me after 2'],
    ["after three's good", 'after 3 is good'],
    // eval/corpus/tune-second-language.json: "eighteen hours", "five and half"; at the office till five.
    ['call me please after eighteen hours i work until then', 'call me please after 18:00 i work until then'],
    ['call me please at five and half after my work', 'call me please at 5:30 after my work'],
    ["i'm at the office till five call after that", "i'm after 5 call after that"],
    ['we need two and a half hours', 'we need 2 and half hours'],
    // "morning" as a greeting names no time; as an answer it does (tune-everyone.json).
    ['morning this is frank and we have kids coming in at one', 'this is frank and we have kids coming in at 1'],
    ['morning', 'morning'],
    ['morning works best', 'morning works best'],
    // Numbers that are not times stay as they are.
    ["it's five thirty west elm street", "it's 5 30 west elm street"],
    ['after the storm we had two thirty foot trees come down', 'after the storm we had 2 30 foot trees come down'],
  ])('reads %j', (spoken, text) => {
    expect(callbackTimeText(spoken)).toBe(text);
  });
});

describe('soundsLikeATime', () => {
  it('tells a time answer from other talk', () => {
    expect(soundsLikeATime('after 5')).toBe(true);
    expect(soundsLikeATime('weekday evenings are best')).toBe(true);
    expect(soundsLikeATime('we had a storm last night')).toBe(false);
    // Said while another question was asked (tune-quick-question.json, tune-out-of-town.json).
    expect(soundsLikeATime('noon or after works')).toBe(true);
    expect(soundsLikeATime('any day after 4:30')).toBe(true);
    expect(soundsLikeATime('i can be reached after 8 a m')).toBe(true);
    expect(soundsLikeATime('call in evening after 6')).toBe(true);
    expect(soundsLikeATime('at 8 pm ya estoy')).toBe(true);
    expect(soundsLikeATime('at the house on 8th street')).toBe(false);
    // An afterthought that moves the time (tune-one-more-thing.json).
    expect(soundsLikeATime("oh one more thing actually it's better after 1 i'm in meetings all morning")).toBe(true);
    expect(soundsLikeATime("oh and one more thing not till after 5:30 i've got a late meeting")).toBe(true);
    expect(soundsLikeATime("oh wait one more thing i'm actually off today so anytime after noon works")).toBe(true);
    expect(soundsLikeATime('oh one more thing the toilet upstairs runs all night too')).toBe(false);
    // A time put right once said back (tune-change-of-mind.json).
    expect(soundsLikeATime("actually better idea any time after 10 tomorrow i'm off work tomorrow")).toBe(true);
    expect(soundsLikeATime('on second thought after 6 is better')).toBe(true);
    expect(soundsLikeATime('better idea i will just text him')).toBe(false);
  });
});

describe('relativeCallbackTime', () => {
  const now = new Date('2026-04-02T17:15:00Z');
  it('reads "in an hour" and "in 20 minutes" from now', () => {
    expect(relativeCallbackTime('call me back in about an hour', now)).toEqual({
      phrase: 'in about an hour',
      time: '2026-04-02T18:15:00.000Z',
    });
    expect(relativeCallbackTime('in 20 minutes', now)?.time).toBe('2026-04-02T17:35:00.000Z');
    expect(relativeCallbackTime('2 hours from now', now)?.time).toBe('2026-04-02T19:15:00.000Z');
    expect(relativeCallbackTime('after 5', now)).toBeNull();
    // The next whole hour (tune-busy-schedules.json).
    expect(relativeCallbackTime("i'm at work i step out at the top of the hour so call me then", now)).toEqual({
      phrase: 'at the top of the hour',
      time: '2026-04-02T18:00:00.000Z',
    });
    // eval/corpus/tune-good-time.json: half hours, "give me", the last one said.
    expect(relativeCallbackTime('try me in like an hour and half', now)?.time).toBe('2026-04-02T18:45:00.000Z');
    expect(relativeCallbackTime("i'm about to check out give me 15 minutes", now)?.time).toBe('2026-04-02T17:30:00.000Z');
    expect(relativeCallbackTime("i've got a zoom in 2 minutes call me in like 40 minutes", now)?.time).toBe(
      '2026-04-02T17:55:00.000Z',
    );
  });
});

describe('whenFreeClause', () => {
  it('finds when the caller is free in a message left in one breath (tune-one-long-message.json)', () => {
    expect(whenFreeClause("my number is 3035552841 i'm usually free after 3")).toBe("i'm usually free after 3");
    // Busy until an hour, or a part of the day said to be best (tune-want-owner.json, tune-reach-me.json).
    expect(whenFreeClause("i'm at work till 5:30 after that's good")).toBe("i'm at work till 5:30 after that's good");
    expect(whenFreeClause("early morning's best for me like 7 oclock before i leave")).toBe(
      "early morning's best for me like 7 oclock before i leave",
    );
    expect(whenFreeClause('the morning is best for getting the crew in')).toBeNull();
    expect(whenFreeClause('the house is at 2115 east cedar avenue call me after 4:30 please')).toBe('call me after 4:30 please');
    expect(whenFreeClause("my number is 7205553930 after 5 is best that's when i'm off work")).toBe(
      "after 5 is best that's when i'm off work",
    );
    expect(whenFreeClause("it's the same place 18 20 south corona street i'm around after 2")).toBe("i'm around after 2");
    // Not a time the caller is free: when something happened, or a house number.
    // Said "would be", or the earliest the caller can talk (blind tune-thursday-calls.json, tune-when-to-ring-me.json).
    expect(whenFreeClause('i do nap after lunch so the best time to call would be after 2 oclock thank you so much')).toBe(
      'best time to call would be after 2 oclock thank you so much',
    );
    expect(whenFreeClause('actually scratch that my meeting got moved the earliest i can talk is noon')).toBe(
      'the earliest i can talk is noon',
    );
    expect(whenFreeClause('the crew came after 3 and left a mess')).toBeNull();
    expect(whenFreeClause("we're at 2115 east cedar avenue")).toBeNull();
  });

  it('keeps the day said just before the clause (tune-get-him-on.json)', () => {
    expect(whenFreeClause('have mike call me tomorrow, anytime after 8 is fine')).toBe('tomorrow after 8 is fine');
    expect(whenFreeClause('on friday call me after 3 please')).toBe('friday call me after 3 please');
    // "today" said of the job, not the call (tune-first-freeze.json), and a day the clause names itself.
    expect(whenFreeClause('no rush today but you can call me back anytime after 9 in the morning')).toBe(
      'call me back anytime after 9 in the morning',
    );
    expect(whenFreeClause('i was out monday, call me after 4 on tuesday')).toBe('call me after 4 on tuesday');
  });
});

describe("the fourth wave's callback times (tune-when-and-where.json)", () => {
  it('takes the hour said for "after work", and "don\'t call me before ten" said in passing', () => {
    expect(callbackTimeText('after work is best like after six')).toBe('after 6');
    expect(callbackTimeText('after work like after five thirty')).toBe('after 5:30');
    expect(callbackTimeText('after work')).toBe('after 5 pm');
    expect(whenFreeClause("okay so first off don't call me before 10 i work nights i need a handyman")).toBe(
      "don't call me before 10 i work nights i need a handyman",
    );
    expect(whenFreeClause("10 10 south quitman street i'm home after 2:30")).toBe("i'm home after 2:30");
  });

  it('finds when the caller is free in a message left in one breath, said as the best time (tune-all-in-one-go.json)', () => {
    expect(whenFreeClause("we're at 6120 south ivy way best time's after 5:30 during the week")).toBe(
      "best time's after 5:30 during the week",
    );
    expect(whenFreeClause('the address is 2050 glencoe street best time to call is after 2:30')).toBe(
      'best time to call is after 2:30',
    );
    expect(whenFreeClause('we are at 12 elm please call after 3 i teach')).toBe('please call after 3 i teach');
  });
});

describe("the round's callback times (tune-text-me-instead-day.json, tune-aging-in-place-day.json)", () => {
  it('drops a part of the day the caller rules out, and reads no phone number as a time', () => {
    expect(callbackTimeText("please don't have him call in the morning i'm asleep till noon after noon is fine")).not.toMatch(
      /morning/,
    );
    expect(callbackTimeText("have him call her it's mei at 720 555 0166 she's usually free after four")).toBe(
      "have him call her it's mei at 720 555 0166 she's usually free after 4",
    );
    // A time said with "at" and its minutes run together still is one.
    expect(callbackTimeText('call me at 330')).toBe('call me at 3:30');
  });

  it("drops hours ruled out, and keeps the time on the business's clock (tune-when-to-call-back-day.json, tune-ordinary-tuesday-day.json)", () => {
    expect(callbackTimeText("now please don't call me between one and three that's when i lie down after three is fine")).toBe(
      "now please that's when i lie down after 3 is fine",
    );
    expect(callbackTimeText("after seven eastern that's five your time right yeah after five your time")).toBe('after 5');
    expect(callbackTimeText("call me after seven my time that's five o'clock your time")).toBe('at 5');
    // A time asked for after the one on the business's clock is the one.
    expect(callbackTimeText('i land in phoenix around two your time so call me after two thirty')).toBe('call me after 2:30');
  });
});

describe('callback times as the late callers put them (tune-after-hours.json, tune-busy-schedules.json, tune-when.json and others)', () => {
  it.each([
    ["call me early i'm up by six", 'call me early after 6 am'],
    ["i can take a call at half past noon i'll be in my car then", "i can take a call at 12:30 pm i'll be in my car then"],
    ['after work after 5 30 please', 'after 5:30 please'],
    ['call me anytime after eight in the mornin', 'call me after 8 in the morning'],
    [
      'best time is eight to eight thirty in the morning before i leave for work',
      'best time is at 8 to 8:30 in the morning before i leave for work',
    ],
    ["tomorrow's fine, no earlier than 8 though please", "tomorrow's fine, after 8 though please"],
    // The by-file cross-validation's callback times (tune-busy-schedules.json, tune-good-afternoon-day.json,
    // tune-on-the-go-day.json, tune-plain-speech.json, tune-when.json, tune-when-to-call.json, tune-call-me.json).
    ["i'm off at three but give me till three thirty to get home", 'after 3:30 to get home'],
    ["i'm at the office until four but any time after four thirty i'm free", "after 4:30 i'm free"],
    [
      "i'm a nurse so i'm on shift till seven tonight but if he calls anytime after seven thirty i'll pick up",
      "if he calls after 7:30 i'll pick up",
    ],
    ['call me during nap time like one to three', 'call me during nap time at 1'],
    ["i'm home after work like five thirty so call then", 'after 5:30 so call then'],
    ['after six eastern which i think is four for you', 'at 4'],
    [
      'i want somebody to call me but not at seven in the morning if you call do it after eleven',
      'i want somebody to call me but if you call do it after 11',
    ],
    [
      'my lunch is twelve to twelve thirty or after three fifteen, either one',
      'my lunch is at 12 to 12:30 or after 3:15, either 1',
    ],
    ['five or after is fine', 'after 5 is fine'],
  ])('%s', (said, read) => {
    expect(callbackTimeText(said)).toBe(read);
  });

  it('reads a range said roughly, a correction and an hour said to suit (tune-best-time-to-reach.json)', () => {
    expect(callbackTimeText('um two to four-ish is best')).toBe('between 2 to 4 is best');
    // Only an hour loses its "-ish": "to polish" is not "to pol".
    expect(callbackTimeText('i need to polish and then after three')).toBe('i need to polish and then after 3');
    expect(callbackTimeText('call me around three, no actually make it four, i got a pickup at three')).toMatch(/^at 4\b/);
    expect(callbackTimeText("i'm free from one to five so one's good")).toBe('at 1 is good');
  });

  it('keeps the hour an early riser names last', () => {
    expect(callbackTimeText("i'm up at 5 but call after seven")).not.toContain('after 5');
  });

  it('finds when a caller who gets off work at a time is free, told with the address', () => {
    expect(whenFreeClause("i'm at 11450 west 64th place arvada i get off at 4:30 so any time after that")).toBe(
      'i get off at 4:30 so any time after that',
    );
  });

  it('reads "at 2017 south race street" as a house number, not 20:17 (tune-when-should-he-call.json)', () => {
    expect(callbackTimeText('hi this is kelly adebayo at 2017 south race street please call me between 4 and 6')).not.toContain(
      '20:17',
    );
    expect(callbackTimeText('call me after 1430 hours')).toBe('call me after 14:30');
  });

  it('takes the hour a caller gets off work over "after work" (tune-calls-like-these.json)', () => {
    expect(callbackTimeText('after work, i get off at 4 30')).toContain('after 4:30');
    expect(callbackTimeText('after work please')).toBe('after 5 pm please');
  });
});
