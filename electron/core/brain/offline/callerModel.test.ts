import { describe, expect, it } from 'vitest';
import {
  barFor,
  callerFeatures,
  callerJudgements,
  TrainedCallerModel,
  committedCallerModel,
  judgeCaller,
  readyCallerModel,
  storeCallerModel,
  StoredCallerModel,
  sureOf,
  unstoreCallerModel,
  intentBar,
  intentCues,
} from './callerModel';
import { noSignals } from './classifyIntent';

function file(
  vocabulary: string[],
  emergency: number[],
  bias = 0,
  intents: Partial<TrainedCallerModel['heads']> = {},
): TrainedCallerModel {
  const silent = { bias: -50, weights: vocabulary.map(() => 0) };
  return {
    trainedOn: { part: 'tune', scripts: 1 },
    vocabulary,
    heads: {
      emergency: { bias, weights: emergency },
      askedForPerson: silent,
      spam: silent,
      wrongNumber: silent,
      quote: silent,
      schedule: silent,
      question: silent,
      complaint: silent,
      transfer: silent,
      other: silent,
      ...intents,
    },
  };
}

const ready = (...args: Parameters<typeof file>) => readyCallerModel(file(...args));

describe('callerFeatures', () => {
  it('takes each word, its stem and each pair of neighbouring words, in lower case with straight apostrophes', () => {
    expect([...callerFeatures(['My BASEMENT’s  flooding'])].sort()).toEqual(
      ['my', '~my', "my basement's", "basement's", '~basement', "basement's flooding", 'flooding', '~flood'].sort(),
    );
  });

  it('marks a word a negator just before it denies, within its clause, so "no smell" is not "smell"', () => {
    const features = callerFeatures(["no it's not hot and there's no smell, it's just annoying"]);
    expect(features.has('!hot')).toBe(true);
    expect(features.has('~!smell')).toBe(true);
    expect(features.has('hot')).toBe(false);
    expect(features.has('smell')).toBe(false);
    // The pairs stay as said, and a comma ends what the negator covers.
    expect(features.has('no smell')).toBe(true);
    expect(features.has('annoying')).toBe(true);
    // "but" ends it too: "nothing's wrong but the outlet is hot".
    expect(callerFeatures(["nothing's wrong but the outlet is hot"]).has('hot')).toBe(true);
  });

  it('gives every form of a word the same stem, so a form never trained on still counts', () => {
    const stems = (said: string) => [...callerFeatures([said])].filter((feature) => feature.startsWith('~'));
    expect(stems('leaking')).toEqual(stems('leaked'));
    expect(stems('pipes')).toEqual(['~pipe']);
  });

  it('never pairs the last word of one turn with the first of the next', () => {
    const features = callerFeatures(['no heat', 'grandma is here']);
    expect(features.has('heat grandma')).toBe(false);
    expect(features.has('no heat')).toBe(true);
    expect(features.has('grandma is')).toBe(true);
  });
});

describe('judgeCaller', () => {
  it('adds the weights of the known words to the bias and ignores words it never saw', () => {
    const odds = judgeCaller(ready(['flooding', 'water'], [2, 1], -1), ['water everywhere, flooding']);
    expect(odds.emergency).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(odds.spam).toBeLessThan(1e-20);
  });

  it('counts a word said twice once', () => {
    const once = judgeCaller(ready(['water'], [1]), ['water']).emergency;
    expect(judgeCaller(ready(['water'], [1]), ['water water', 'water']).emergency).toBe(once);
  });

  it('reads the likeliest intent from the words and the rules’ cues together, only when sure enough', () => {
    // "gazebo" leans to a quote, the rules' reading of a visit leans to a visit.
    const even = { bias: 0, weights: [0, 0] };
    const model = ready(['gazebo', 'rules:schedule'], [0, 0], 0, {
      quote: { bias: 0, weights: [3, 0] },
      schedule: { bias: 0, weights: [0, 2] },
      question: even,
      complaint: even,
      transfer: even,
      other: even,
    });
    expect(judgeCaller(model, ['a gazebo out back']).intentGiven([])).toBe('quote');
    expect(judgeCaller(model, ['a fence out back']).intentGiven(['rules:schedule'])).toBe('schedule');
    // Quote 3 against schedule 2 and four at 0: e^3 / (e^3 + e^2 + 4) is about 0.64, over the bar.
    expect(judgeCaller(model, ['a gazebo out back']).intentGiven(['rules:schedule'])).toBe('quote');
    // Nothing known: six intents equally likely, none sure enough.
    expect(judgeCaller(model, ['hello']).intentGiven(['rules:other'])).toBeNull();
    expect(1 / 6).toBeLessThan(intentBar);
  });

  it('gives the rules’ reading as cues: each signal heard and the intent they would give', () => {
    expect(intentCues({ ...noSignals, repair: true, gaveAddress: true }, 'schedule')).toEqual([
      'signal:repair',
      'signal:gaveAddress',
      'rules:schedule',
    ]);
    expect(intentCues(noSignals, 'other')).toEqual(['rules:other']);
  });

  it('acts only at or above each judgement’s bar', () => {
    const odds = { emergency: barFor.emergency, askedForPerson: barFor.askedForPerson - 0.01, spam: 0, wrongNumber: 1 };
    expect(sureOf(odds, 'emergency')).toBe(true);
    expect(sureOf(odds, 'askedForPerson')).toBe(false);
    expect(sureOf(odds, 'wrongNumber')).toBe(true);
  });
});

describe('CallerModel', () => {
  it('refuses a head without one weight per vocabulary entry', () => {
    const broken = file(['water', 'flooding'], [1]);
    expect(TrainedCallerModel.safeParse(broken).success).toBe(false);
    expect(TrainedCallerModel.safeParse(file(['water'], [1])).success).toBe(true);
  });

  it('refuses a vocabulary out of order, which the lookup could not search', () => {
    expect(TrainedCallerModel.safeParse(file(['water', 'flooding'], [1, 2])).success).toBe(false);
    expect(TrainedCallerModel.safeParse(file(['flooding', 'flooding'], [1, 2])).success).toBe(false);
  });

  it('finds every word of a model whatever its place in the vocabulary', () => {
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    for (const [index, word] of words.entries()) {
      const weights = words.map((_, position) => (position === index ? 5 : 0));
      expect(judgeCaller(ready(words, weights), [word]).emergency, word).toBeCloseTo(1 / (1 + Math.exp(-5)), 10);
    }
  });

  it('tells apart entries that begin alike once packed: a word, longer words, a pair', () => {
    const alike = ready(['flood', 'flood in', 'flooded', 'flooding'], [1, 2, 4, 8]);
    const sumFor = (said: string) => -Math.log(1 / judgeCaller(alike, [said]).emergency - 1);
    expect(sumFor('flooded')).toBeCloseTo(4, 5);
    expect(sumFor('flooding')).toBeCloseTo(8, 5);
    expect(sumFor('flood in')).toBeCloseTo(3, 5);
  });

  it('is stored in a form that reads back to the same judgements, and refuses a stored form cut short', () => {
    const weighing = (weights: number[]) => ({ bias: 0, weights });
    const trained = file(['flood', 'flood in', 'flooded', 'gas'], [1.25, -0.5, 4.25, -3.07], -2.5, {
      quote: weighing([0.5, 0, -1.5, 0]),
      schedule: weighing([0, 2.25, 0, -0.75]),
      question: weighing([0, 0, 0, 0]),
      complaint: weighing([0, 0, 3.01, 0]),
      transfer: weighing([0, 0, 0, 0]),
      other: weighing([0, 0, 0, 1.5]),
    });
    const stored = StoredCallerModel.parse(storeCallerModel(trained));
    const read = unstoreCallerModel(stored);
    expect(read.words).toBe(readyCallerModel(trained).words);
    expect([...read.starts]).toEqual([...readyCallerModel(trained).starts]);
    for (const said of [['flood in the hall'], ['it flooded'], ['gas'], ['nothing known']]) {
      const [fromStore, fromTraining] = [judgeCaller(read, said), judgeCaller(readyCallerModel(trained), said)];
      for (const judgement of callerJudgements) expect(fromStore[judgement]).toBe(fromTraining[judgement]);
      expect(fromStore.intentGiven([])).toBe(fromTraining.intentGiven([]));
    }
    expect(judgeCaller(read, ['it flooded']).intentGiven([])).toBe('complaint');
    const cut = { ...stored, heads: { ...stored.heads, spam: { bias: 0, weights: 'AAAA' } } };
    expect(StoredCallerModel.safeParse(cut).success).toBe(false);
    // As long as a valid one, so only the characters are wrong.
    const garbled = {
      ...stored,
      heads: { ...stored.heads, spam: { bias: 0, weights: `!${stored.heads.spam.weights.slice(1)}` } },
    };
    expect(StoredCallerModel.safeParse(garbled).success).toBe(false);
    expect(StoredCallerModel.safeParse({ ...stored, words: 'flood' }).success).toBe(false);
  });

  it('ships a model trained on the tune part that knows the words of real calls', () => {
    const committed = committedCallerModel();
    expect(committed.trainedOn.part).toBe('tune');
    const vocabulary = committed.words.split('\n').slice(0, -1);
    expect(vocabulary.length).toBeGreaterThan(1000);
    expect(vocabulary.length).toBe(committed.starts.length - 1);
    expect(vocabulary).toContain('~flood');
  });
});
