import { describe, expect, it } from 'vitest';
import { plainTruth } from '../test/support/evalScript';
import type { Truth } from './corpusSchema';
import {
  addressMatches,
  markdownTable,
  nameMatches,
  needMatches,
  normalizeAddress,
  questionCaptured,
  questionsToCapture,
  scoreScript,
  summarize,
  type Observed,
} from './score';

const truth = (overrides: Partial<Truth> = {}): Truth =>
  plainTruth({
    intent: 'schedule',
    name: 'Bob Jenkins',
    needKeywords: ['water heater'],
    address: '1421 Elm Street',
    callbackWanted: true,
    callbackAfter: '17:00',
    ...overrides,
  });

const observed = (overrides: Partial<Observed> = {}): Observed => ({
  intent: 'schedule',
  name: 'Bob Jenkins',
  need: 'Water heater leaking',
  address: '1421 Elm St',
  callbackWanted: true,
  callbackTime: '17:00',
  putThrough: false,
  outcome: 'qualified',
  hasLead: true,
  questions: [],
  language: null,
  ...overrides,
});

const script = { id: 'plumbing-001', part: 'tune' as const };

describe('normalizeAddress', () => {
  it('keeps the house number and the street name, dropping suffix and direction', () => {
    expect(normalizeAddress('1421 Elm Street')).toBe('1421 elm');
    expect(normalizeAddress('1421 elm st.')).toBe('1421 elm');
    expect(normalizeAddress('2210 West 32nd Avenue')).toBe('2210 32nd');
  });
  it('joins digits read one by one', () => {
    expect(normalizeAddress('1 0 4 5 Logan street')).toBe('1045 logan');
    expect(normalizeAddress('four oh six Maple Avenue')).toBe('406 maple');
  });
  it('reads a Spanish address by its street name, not "de la calle"', () => {
    expect(normalizeAddress('vivo en el 2840 de la calle quivira')).toBe('2840 quivira');
    expect(normalizeAddress('6021 Calle del Norte')).toBe('6021 norte');
    expect(normalizeAddress('62 calle centre street')).toBe('62 centre');
  });
  it('drops every direction, the two-letter ones too', () => {
    expect(normalizeAddress('4410 NE Elm Street')).toBe('4410 elm');
    expect(normalizeAddress('4410 elm street southwest')).toBe('4410 elm');
  });
  it('reads a place without a house number by its names, in any order', () => {
    expect(normalizeAddress('the corner of Elm Street and 5th Avenue')).toBe('5th elm');
    expect(normalizeAddress('corner of 5th and elm')).toBe('5th elm');
    expect(addressMatches('Corner of Elm and 5th', 'the corner of 5th avenue and elm street')).toBe(true);
    expect(addressMatches('Corner of Elm and 5th', 'corner of elm and 6th')).toBe(false);
    expect(normalizeAddress('the corner of the')).toBeNull();
  });
});

describe('addressMatches', () => {
  it('rejects the self-corrected number the caller took back', () => {
    expect(addressMatches('1421 Oak Street', '1412 Sorry 1421 Oak Street')).toBe(false);
  });
  it('wants nothing stored when the caller gave no address', () => {
    expect(addressMatches(null, null)).toBe(true);
    expect(addressMatches(null, '12 Oak Street')).toBe(false);
  });
});

describe('nameMatches', () => {
  it('accepts the first name alone and rejects another last name or filler', () => {
    expect(nameMatches('Bob Jenkins', 'Bob')).toBe(true);
    expect(nameMatches('Bob Jenkins', 'bob jenkins')).toBe(true);
    expect(nameMatches('Bob Jenkins', 'Bob Jensen')).toBe(false);
    expect(nameMatches('Bob Jenkins', 'Uh Bob')).toBe(false);
    expect(nameMatches('Mrs. Kimball', 'Kimball')).toBe(true);
    expect(nameMatches('Okafor', 'Mr. Okafor')).toBe(true);
    expect(nameMatches('Pastor Pruitt', 'Pastor Dale')).toBe(false);
    expect(nameMatches('Bob', null)).toBe(false);
  });
});

describe('needMatches', () => {
  it('needs every group, any word of a group, at a word start', () => {
    expect(needMatches(['water heater', 'leak|drip'], 'Water heater leaking')).toBe(true);
    expect(needMatches(['water heater', 'toilet'], 'Water heater leaking')).toBe(false);
    expect(needMatches(['ac'], 'back door')).toBe(false);
    expect(needMatches(['sink'], null)).toBe(false);
  });
});

describe('questionCaptured', () => {
  it('matches on half the content words', () => {
    expect(questionCaptured('are you open saturday', ['Open on Saturday?'])).toBe(true);
    expect(questionCaptured('are you open saturday', ['Do you do gutters?'])).toBe(false);
  });
});

describe('questionsToCapture', () => {
  it('leaves out hours, days and time zone, which Settings answer and callerQuestions does not hold', () => {
    expect(
      questionsToCapture([
        'are you open on saturdays',
        'do you work weekends',
        'what are your hours',
        'do you do free estimates',
        '¿trabajan los sábados?',
        'are you insured',
      ]),
    ).toEqual(['do you do free estimates', 'are you insured']);
  });
});

describe('scoreScript', () => {
  it('scores a fully right call right on every field it checks', () => {
    const score = scoreScript(script, truth(), observed());
    expect(Object.values(score.fields).filter((v) => v === false)).toEqual([]);
    expect(score.fields.emergencyPutThrough).toBeNull();
    expect(score.needlessTransfer).toBe(false);
  });

  it('counts an emergency left unput-through, and skips the callback when it was put through', () => {
    const missed = scoreScript(script, truth({ emergency: true }), observed());
    expect(missed.fields.emergencyPutThrough).toBe(false);
    expect(missed.emergencyMissed).toBe(true);
    const handed = scoreScript(script, truth({ emergency: true }), observed({ putThrough: true, callbackWanted: false }));
    expect(handed.fields.emergencyPutThrough).toBe(true);
    expect(handed.fields.callbackWanted).toBeNull();
    expect(handed.fields.callbackTime).toBeNull();
  });

  it('counts a transfer nobody needed', () => {
    expect(scoreScript(script, truth(), observed({ putThrough: true })).needlessTransfer).toBe(true);
  });

  it('counts a call whose stored questions hold one the caller never asked', () => {
    const asked = truth({ questions: ['do you do drywall patching'] });
    const theirs = observed({ questions: ['do you guys do drywall patching there is a hole in the hallway'] });
    expect(scoreScript(script, asked, theirs).questionNotAsked).toBe(false);
    const invented = observed({ questions: ['do you do drywall patching', 'where the door handle went through the wall'] });
    expect(scoreScript(script, asked, invented).questionNotAsked).toBe(true);
    expect(scoreScript(script, truth(), observed({ questions: ['when the heater kicked on'] })).questionNotAsked).toBe(true);
    const summary = summarize([scoreScript(script, asked, invented)]);
    expect(markdownTable([{ name: 'all', summary }])).toContain('| calls with a question the caller did not ask | 1 |');
  });

  it('keeps spam from the owner only with outcome spam, no lead and no transfer', () => {
    const spam = truth({ spam: true, name: null, needKeywords: [], address: null, callbackWanted: false, callbackAfter: null });
    const stored = scoreScript(
      script,
      spam,
      observed({ name: null, need: null, address: null, callbackWanted: false, callbackTime: null }),
    );
    expect(stored.fields.spamKeptFromOwner).toBe(false);
    expect(stored.spamLeaked).toBe(true);
    expect(stored.fields.intent).toBeNull();
    const kept = scoreScript(
      script,
      spam,
      observed({
        name: null,
        need: null,
        address: null,
        callbackWanted: false,
        callbackTime: null,
        hasLead: false,
        outcome: 'spam',
      }),
    );
    expect(kept.fields.spamKeptFromOwner).toBe(true);
    // The salesperson's name and questions are nothing to store: no lead is made.
    expect(scoreScript(script, { ...spam, name: 'Brent' }, observed({ name: null, hasLead: false })).fields.name).toBeNull();
    const pitched = { ...spam, questions: ['who handles your website'] };
    expect(scoreScript(script, pitched, observed({ hasLead: false, outcome: 'spam' })).fields.questions).toBeNull();
    expect(scoreScript(script, truth({ questions: ['do you do drywall'] }), observed()).fields.questions).toBe(false);
    expect(kept.spamLeaked).toBe(false);
    // A seller who asks for the owner is not a request for a person to put through.
    expect(
      scoreScript(script, { ...spam, askedForPerson: true }, observed({ hasLead: false, outcome: 'spam' })).fields
        .personPutThrough,
    ).toBeNull();
  });

  it('scores a Spanish caller wrong when Pickup records no language', () => {
    expect(scoreScript(script, truth({ language: 'es' }), observed()).fields.language).toBe(false);
  });
});

describe('summarize and markdownTable', () => {
  it('counts only checked fields and prints one column per part', () => {
    const scores = [
      scoreScript(script, truth(), observed()),
      scoreScript({ id: 'plumbing-002', part: 'holdout' }, truth({ emergency: true }), observed({ name: null })),
    ];
    const all = summarize(scores);
    expect(all.fields.name).toEqual({ right: 1, checked: 2 });
    expect(all.fields.emergencyPutThrough).toEqual({ right: 0, checked: 1 });
    expect(all.emergenciesNotPutThrough).toBe(1);
    const table = markdownTable([{ name: 'all', summary: all }]);
    expect(table).toContain('| name | 50% (1/2) |');
    expect(table).toContain('| personPutThrough | n/a |');
  });

  it('tells the names and addresses of calls kept to the end apart from those put through', () => {
    const handedOver = observed({ putThrough: true, name: null, address: null });
    const scores = [
      scoreScript(script, truth(), observed()),
      scoreScript({ id: 'plumbing-002', part: 'holdout' }, truth({ emergency: true }), handedOver),
      scoreScript({ id: 'plumbing-003', part: 'holdout' }, truth(), observed({ name: 'Someone Else' })),
    ];
    const all = summarize(scores);
    expect(all.fields.name).toEqual({ right: 1, checked: 3 });
    expect(all.keptToTheEnd.name).toEqual({ right: 1, checked: 2 });
    expect(all.keptToTheEnd.address).toEqual({ right: 2, checked: 2 });
    const table = markdownTable([{ name: 'all', summary: all }]);
    expect(table).toContain('| name, calls not put through | 50% (1/2) |');
    expect(table).toContain('| address, calls not put through | 100% (2/2) |');
  });
});
