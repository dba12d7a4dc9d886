import { describe, expect, it } from 'vitest';
import { afterLastCorrection, digitsInSpeech } from './spokenNumbers';

describe('digitsInSpeech', () => {
  it.each([
    ["it's one four one two sorry one four two one elm street", "it's 1421 elm street"],
    ['seventeen oh four hawthorne street', '1704 hawthorne street'],
    // A street spelled out, its "a" no number (eval/corpus/tune-places.json).
    ['thirty three fifty quitman q u i t m a n street', '33 50 quitman street'],
    ['fifteen thirty and a half grape street', '15 30 and half grape street'],
    ["it's double seven four five west jewell avenue", "it's 7745 west jewell avenue"],
    // A day of the month is no house number (eval/corpus/tune-why-they-call.json).
    ['i paid the balance on the thirtieth by check', 'i paid the balance on the 30th by check'],
    ['he came by on the twenty first', 'he came by on the 21st'],
    // "a" is 1 only before "hundred" and the like (eval/corpus/tune-urgent-more.json).
    ["it's a brown ring and it's getting wider", "it's a brown ring and it's getting wider"],
    ['a hundred and twelve elm', '112 elm'],
    // Two letters apart, or the "s" of "it's", are no spelling.
    ["it's r r three box one one eight", "it's r r 3 box 118"],
    ['ninety sycamore lane', '90 sycamore lane'],
    ['4 oh 6 Maple Avenue', '406 Maple Avenue'],
    ['2 0 2 6 Quebec Street', '2026 Quebec Street'],
    ['after five', 'after 5'],
    ['after two thirty', 'after 2:30'],
    ['after 5 30', 'after 5:30'],
    ['no one is home', 'no one is home'],
    ['one more thing', 'one more thing'],
    ['', ''],
  ])('reads %j', (spoken, digits) => {
    expect(digitsInSpeech(spoken)).toBe(digits);
  });
});

describe('digitsInSpeech with house numbers said in hundreds', () => {
  it.each([
    ['sixty one hundred west colfax avenue', '6100 west colfax avenue'],
    ["it's at 14 hundred pearl", "it's at 1400 pearl"],
    ['nine hundred and five tejon street', '905 tejon street'],
    ["it's a hundred and four out", "it's 104 out"],
  ])('reads %j', (said, digits) => {
    expect(digitsInSpeech(said)).toBe(digits);
  });
});

describe('digitsInSpeech with ordinal streets, articles and hours', () => {
  it.each([
    ['nine oh two first avenue', '902 1st avenue'],
    ['twenty five oh one thirtieth street', '2501 30th street'],
    ['one oh five second street', '105 2nd street'],
    ['twenty third street', '23rd street'],
    ['six oh one west one hundred twelfth avenue', '601 west 112th avenue'],
    ['a hundred and first street', '101st street'],
    ["it's on the eleventh floor", "it's on the 11th floor"],
    ['a two story house', 'a two story house'],
    ['a 2 story house', 'a 2 story house'],
    ['call me back in a second', 'call me back in a second'],
    ["it's a hundred and four out", "it's 104 out"],
    ['at forty four ten elm', 'at 44 10 elm'],
    ['at 5 30 please', 'at 5:30 please'],
  ])('reads %j', (said, digits) => {
    expect(digitsInSpeech(said)).toBe(digits);
  });
});

describe('digitsInSpeech with accented names', () => {
  it.each([
    ['sofía peña', 'sofía peña'],
    ['me llamo maría josé y vivo en el one four two one', 'me llamo maría josé y vivo en el 1421'],
  ])('leaves the letters of %j alone', (said, digits) => {
    expect(digitsInSpeech(said)).toBe(digits);
  });
});

describe('afterLastCorrection', () => {
  it('keeps what the caller said last', () => {
    expect(afterLastCorrection('call me after five actually make that after six')).toBe('after six');
    expect(afterLastCorrection('after five')).toBe('after five');
    expect(afterLastCorrection('sorry')).toBe('sorry');
  });

  it('passes over a "sorry" that closes the correction (tune-odd-little-jobs.json)', () => {
    expect(afterLastCorrection("2840 south vallejo street no wait it's 2814 sorry")).toBe("it's 2814");
  });
});

describe('digits that sound like words, on a bad line (tune-bad-line.json)', () => {
  it('reads "ate", "won", "to" and "for" as digits beside a number or after a word asking a time', () => {
    expect(digitsInSpeech('forty ate twenty zoo knee street')).toBe('48 20 zoo knee street');
    expect(digitsInSpeech('ate twenty south corona street')).toBe('8 20 south corona street');
    expect(digitsInSpeech('fifty six oh ate east colfax avenue')).toBe('5608 east colfax avenue');
    expect(digitsInSpeech('twenty to oh won clarkson street')).toBe('2201 clarkson street');
    expect(digitsInSpeech('um any time after to is good')).toBe('um any time after 2 is good');
    expect(digitsInSpeech("after for thirty please i'm at work")).toBe("after 4:30 please i'm at work");
    expect(digitsInSpeech('after won is good')).toBe('after 1 is good');
  });

  it('leaves them words elsewhere', () => {
    expect(digitsInSpeech('the dog ate twenty dollars worth')).toBe('the dog ate 20 dollars worth');
    expect(digitsInSpeech('we won two games')).toBe('we won 2 games');
    expect(digitsInSpeech('i need it for two rooms')).toBe('i need it for 2 rooms');
    expect(digitsInSpeech('call me back for a price')).toBe('call me back for a price');
  });

  it('reads a house number said twice in pairs as the number twice, not a year (tune-the-job-is-at.json)', () => {
    expect(digitsInSpeech('twelve forty twelve forty south gaylord')).toBe('12 40 12 40 south gaylord');
    expect(digitsInSpeech('nineteen twelve')).toBe('19 12');
  });

  it("keeps o'clock a word and a house number before a two-word street a number (tune-where-i-live.json, tune-all-in-one-go.json)", () => {
    expect(digitsInSpeech("please call after four o'clock")).toBe("please call after 4 o'clock");
    expect(digitsInSpeech("we're at twenty two thirty south clayton street")).toBe("we're at 22 30 south clayton street");
    expect(digitsInSpeech('call me after five thirty')).toBe('call me after 5:30');
  });
});
