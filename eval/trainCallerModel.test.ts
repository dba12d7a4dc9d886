import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barFor, judgeCaller, readyCallerModel, storeCallerModel } from '../electron/core/brain/offline/callerModel';
import { loadCorpus, type Script, type Truth } from './corpusSchema';
import { evalScript, plainTruth } from '../test/support/evalScript';
import { crossValidate, noBrainCounts } from './crossValidate';
import { labelCall, type LabelledCall } from './cueTurns';
import { storedCallerModel } from '../electron/core/brain/offline/callerModelWeights';
import { trainCallerModel, trainingScripts } from './trainCallerModel';

function script(callerTurns: string[], truth: Partial<Truth>, part: Script['part'] = 'tune'): Script {
  return evalScript(callerTurns, { part, truth: plainTruth({ intent: 'schedule', ...truth }) });
}

function call(turns: string[], cue: Partial<LabelledCall['cue']> = {}, intent: LabelledCall['intent'] = null): LabelledCall {
  return {
    id: turns.join('/'),
    turns,
    cue: { emergency: null, askedForPerson: null, spam: null, wrongNumber: null, ...cue },
    intent,
  };
}

describe('labelCall', () => {
  it('marks the turn where the rules first took the call for what it is', async () => {
    const labelled = await labelCall(
      script(['hi there', 'my name is dana', 'the basement is flooding and the water is up to the outlets'], { emergency: true }),
    );
    expect(labelled.cue).toEqual({ emergency: 2, askedForPerson: null, spam: null, wrongNumber: null });
  });

  it('marks a call of a kind the rules missed as a whole, with no turn', async () => {
    const labelled = await labelCall(script(['hi there', 'my name is dana'], { askedForPerson: true }));
    expect(labelled.cue.askedForPerson).toBe('whole');
  });

  it('teaches the person head nothing from a seller or a misdial asking for someone', async () => {
    const seller = await labelCall(
      script(["hi is the owner in it's about your google listing"], { askedForPerson: true, spam: true, intent: 'other' }),
    );
    expect(seller.cue.askedForPerson).toBeNull();
    const misdial = await labelCall(
      script(["yo marcus it's dre you coming saturday", 'oh wrong number'], {
        askedForPerson: true,
        wrongNumber: true,
        intent: 'other',
      }),
    );
    expect(misdial.cue.askedForPerson).toBeNull();
    expect(misdial.cue.wrongNumber).toBe(1);
  });

  it('gives of a call with an intent the turns heard and the rules’ reading of them, and of a pitch nothing', async () => {
    const fence = await labelCall(script(['can someone fix my fence', 'dana', '12 elm street', 'bye'], { intent: 'schedule' }));
    expect(fence.intent).toMatchObject({
      truth: 'schedule',
      heard: ['can someone fix my fence', 'dana', '12 elm street', 'bye'],
    });
    expect(fence.intent?.cues).toContain('signal:repair');
    expect(fence.intent?.cues).toContain('rules:schedule');
    // The call ends at the put-through: what came after was never heard.
    const said = ['can i talk to mike please', 'dana', 'it is about my fence', '12 elm street', 'after five', 'bye'];
    const person = await labelCall(script(said, { intent: 'transfer', askedForPerson: true }));
    expect(person.intent?.heard.length).toBeLessThan(said.length);
    const seller = await labelCall(script(["hi it's about your google listing"], { spam: true, intent: 'other' }));
    expect(seller.intent).toBeNull();
  });

  it('refuses a script outside the tune part', async () => {
    await expect(labelCall(script(['hi'], {}, 'holdout'))).rejects.toThrow(/tune part only/);
  });
});

describe('trainCallerModel', () => {
  const calls = [
    ...['attic', 'garage', 'kitchen', 'hallway'].map((room) => call(['hello', `my ${room} is flooding`], { emergency: 1 })),
    ...['attic', 'garage', 'kitchen', 'hallway'].map((room) => call(['hello', `please paint my ${room}`])),
  ];

  it('learns the words of the calls of a kind, from the turn that gave them away', () => {
    const model = readyCallerModel(trainCallerModel(calls));
    expect(judgeCaller(model, ['hi', 'the basement is flooding']).emergency).toBeGreaterThan(0.8);
    expect(judgeCaller(model, ['hi', 'please paint the basement']).emergency).toBeLessThan(0.2);
    // "hello" began calls of both kinds: before the cue, no call was an emergency yet.
    expect(judgeCaller(model, ['hello']).emergency).toBeLessThan(0.2);
  });

  it('learns nothing from the last answer of a call whose giveaway turn is unknown', () => {
    // Were "anytime" taken as the turn that made these calls emergencies, it would weigh for one.
    const unknown = ['attic', 'garage', 'kitchen'].map((room) =>
      call([`my ${room} is flooding`, 'anytime'], { emergency: 'whole' }),
    );
    const plain = ['attic', 'garage', 'kitchen'].map((room) => call([`please paint my ${room}`, 'anytime']));
    const model = readyCallerModel(trainCallerModel([...unknown, ...plain]));
    expect(judgeCaller(model, ['please paint the hall', 'anytime']).emergency).toBeLessThan(0.2);
    expect(judgeCaller(model, ['my hall is flooding', 'anytime']).emergency).toBeGreaterThan(0.5);
  });

  it('learns the intent from the words and the rules’ cues of whole calls, and nothing from a pitch', () => {
    const jobs = [
      ...['deck', 'patio', 'fence', 'shed'].map((thing) =>
        call(
          [`thinking about a new ${thing}`, 'dana'],
          {},
          { truth: 'quote', heard: [`thinking about a new ${thing}`, 'dana'], cues: ['rules:quote'] },
        ),
      ),
      ...['deck', 'patio', 'fence', 'shed'].map((thing) =>
        call(
          [`my ${thing} needs fixing`, 'dana'],
          {},
          { truth: 'schedule', heard: [`my ${thing} needs fixing`, 'dana'], cues: ['rules:quote'] },
        ),
      ),
    ];
    const pitches = ['today', 'tonight', 'again'].map((when) => call([`just thinking of you ${when}`]));
    const model = readyCallerModel(trainCallerModel([...jobs, ...pitches]));
    expect(judgeCaller(model, ['thinking about a new porch']).intentGiven(['rules:quote'])).toBe('quote');
    // The rules read every one of these calls as a quote; the heads learned "fixing" overrules them.
    expect(judgeCaller(model, ['my porch needs fixing']).intentGiven(['rules:quote'])).toBe('schedule');
    expect(judgeCaller(model, ['thinking about a new porch']).emergency).toBeLessThan(0.2);
  });

  it('gives the same model for the same calls', () => {
    expect(trainCallerModel(calls)).toEqual(trainCallerModel(calls));
  });

  it('is what the committed model was trained from: the tune part as it is now', async () => {
    const scripts = trainingScripts(loadCorpus(join(import.meta.dirname, 'corpus')));
    expect(scripts.every((each) => each.part === 'tune')).toBe(true);
    const labelled: LabelledCall[] = [];
    for (const each of scripts) labelled.push(await labelCall(each));
    // If this fails after the corpus or the brain changed, run `npm run train`.
    expect(storedCallerModel).toEqual(storeCallerModel(trainCallerModel(labelled)));
    // Labelling and training 9,300 calls takes over three minutes on two cores beside the other tests.
  }, 600_000);
});

describe('crossValidate', () => {
  it("holds a corpus file's calls out together, so no fold model has read their author", async () => {
    const calls = ['a', 'b', 'c'].flatMap((file) =>
      [1, 2, 3].map((n) => ({ ...call([`paint room ${n}`]), id: `tune-${file}-00${n}` })),
    );
    const heldTogether: string[][] = [];
    await crossValidate(calls, 2, async (_model, held) => {
      heldTogether.push(held.map(({ id }) => id));
      return noBrainCounts();
    });
    expect(heldTogether).toEqual([
      ['tune-a-001', 'tune-a-002', 'tune-a-003', 'tune-c-001', 'tune-c-002', 'tune-c-003'],
      ['tune-b-001', 'tune-b-002', 'tune-b-003'],
    ]);
  });

  it('holds every call out once and counts what the fold models found and raised', async () => {
    const calls = Array.from({ length: 10 }, (_, index) =>
      index % 2 === 0 ? call([`my room ${index} is flooding`], { emergency: 0 }) : call([`paint room ${index}`]),
    );
    const heldOut: string[] = [];
    const report = await crossValidate(calls, 5, async (_model, held) => {
      heldOut.push(...held.map(({ id }) => id));
      return {
        emergenciesNotPutThrough: 0,
        spamPutThroughOrStored: 0,
        needlessTransfers: held.length,
        intentScored: 2,
        intentRight: 1,
        personScored: 1,
        personPutThrough: 1,
      };
    });
    expect(heldOut.sort()).toEqual(calls.map(({ id }) => id).sort());
    expect(report.model.emergency).toMatchObject({ calls: 5, falseAlarms: 0 });
    expect(report.model.emergency.found).toBeGreaterThan(0);
    expect(report.model.spam).toEqual({ calls: 0, found: 0, falseAlarms: 0 });
    expect(report.brain.needlessTransfers).toBe(10);
    expect(report.brain).toMatchObject({ intentScored: 10, intentRight: 5, personScored: 5, personPutThrough: 5 });
    // At each bar, no more found than at a lower one, and the bar barFor uses counts as the model table does.
    const found = report.byBar.emergency.map((row) => row.found);
    expect(found).toEqual([...found].sort((a, b) => b - a));
    const atEmergencyBar = report.byBar.emergency.find((row) => row.bar === barFor.emergency);
    expect(atEmergencyBar?.found).toBe(report.model.emergency.found);
    expect(report.byBar.spam.every((row) => row.found === 0 && row.falseAlarms === 0)).toBe(true);
  });
});
