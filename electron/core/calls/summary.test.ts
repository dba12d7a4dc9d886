import { describe, expect, it } from 'vitest';
import type { Turn } from '../../shared/models';
import { composeOwnerSms, composeSummary, composeTranscript, deriveOutcome, ownerSmsBudget, questionsSentence } from './summary';

const turn = (speaker: Turn['speaker'], text: string, kind: Turn['kind'] = 'speech'): Turn => ({
  speaker,
  text,
  kind,
  at: '2026-11-28T05:00:00Z',
});
const call = {
  from: '+13035550142',
  callerIntent: 'quote' as const,
  callbackRequested: true,
  callbackTime: '2026-11-29T00:00:00.000Z',
  callbackNumber: '+13035550142',
  transferredTo: null,
  outcome: null,
  callerQuestions: [] as string[],
};

describe('composeSummary', () => {
  it('says who called, for what, where, and when to call back, in the business time zone', () => {
    const summary = composeSummary({
      call,
      callbackPhrase: 'after 5',
      lead: { name: 'Dana', address: '12 Oak Street', project: 'a roof quote', urgency: 'normal' },
      turns: [turn('caller', 'I need a roof quote')],
      timezone: 'America/Denver',
    });
    expect(summary).toBe(
      'Dana, (303) 555-0142, called about a roof quote at 12 Oak Street. Wants a callback after 5 (Sat Nov 28, 5:00 PM) at (303) 555-0142.',
    );
  });

  it("quotes the caller's own sentence when that is all it has of the job", () => {
    const compose = (project: string) =>
      composeSummary({
        call: { ...call, callbackRequested: false },
        callbackPhrase: null,
        lead: { name: null, address: null, project, urgency: 'normal' },
        turns: [turn('caller', project)],
        timezone: 'UTC',
      });
    expect(compose('my gutter is hanging off')).toBe('(303) 555-0142 said "my gutter is hanging off".');
    expect(compose("the furnace won't start")).toBe('(303) 555-0142 said "the furnace won\'t start".');
    expect(compose('a leaking skylight')).toBe('(303) 555-0142 called about a leaking skylight.');
  });

  it('says what the caller wanted when no need was collected', () => {
    const summary = composeSummary({
      call: { ...call, callbackRequested: false },
      callbackPhrase: null,
      lead: null,
      turns: [turn('caller', 'how much')],
      timezone: 'UTC',
    });
    expect(summary).toBe('(303) 555-0142 wants a quote.');
  });

  it('quotes a voicemail, and notes a caller who hung up without a word', () => {
    const voicemail = composeSummary({
      call: { ...call, callbackRequested: false, callerIntent: null },
      callbackPhrase: null,
      lead: null,
      turns: [turn('caller', 'Call me about my fence', 'voicemail')],
      timezone: 'UTC',
    });
    expect(voicemail).toContain('Voicemail: "Call me about my fence"');
    const silent = composeSummary({
      call: { ...call, callbackRequested: false, callerIntent: null },
      callbackPhrase: null,
      lead: null,
      turns: [turn('ai', 'Hi!')],
      timezone: 'UTC',
    });
    expect(silent).toContain('Hung up before saying anything.');
  });
});

describe('deriveOutcome', () => {
  const base = {
    current: null,
    callerKind: 'caller' as const,
    hasVoicemail: false,
    callbackRequested: false,
    lead: null,
    callerTurns: 0,
  };
  it('keeps an outcome a handoff already set', () =>
    expect(deriveOutcome({ ...base, current: 'transferred', hasVoicemail: true })).toBe('transferred'));
  it('voicemail, then scheduled, then qualified, else dropped', () => {
    expect(deriveOutcome({ ...base, hasVoicemail: true, callbackRequested: true })).toBe('voicemail');
    expect(deriveOutcome({ ...base, callbackRequested: true })).toBe('scheduled');
    expect(deriveOutcome({ ...base, callerTurns: 2 })).toBe('qualified');
    expect(deriveOutcome(base)).toBe('dropped');
  });
  it('a robocall or wrong number is that, whatever it said', () => {
    const talked = { ...base, callerTurns: 2, callbackRequested: true, lead: { name: 'Dana', project: 'roof' } };
    expect(deriveOutcome({ ...talked, callerKind: 'spam' })).toBe('spam');
    expect(deriveOutcome({ ...talked, callerKind: 'wrong_number' })).toBe('wrong_number');
  });
});

describe("the caller's open questions", () => {
  it('are in the summary, each quoted once as a question', () => {
    const summary = composeSummary({
      call: { ...call, callbackRequested: false, callerQuestions: ['do you do metal roofs', 'Is there a warranty?'] },
      callbackPhrase: null,
      lead: { name: 'Dana', address: null, project: 'a roof quote', urgency: 'normal' },
      turns: [turn('caller', 'do you do metal roofs')],
      timezone: 'America/Denver',
    });
    expect(summary).toBe(
      'Dana, (303) 555-0142, called about a roof quote. Asked for you to answer: "do you do metal roofs?" "Is there a warranty?"',
    );
  });

  it('a robocall or a wrong number is summed up in one line', () => {
    const summarize = (outcome: 'spam' | 'wrong_number') =>
      composeSummary({ call: { ...call, outcome }, callbackPhrase: null, lead: null, turns: [], timezone: 'America/Denver' });
    expect(summarize('spam')).toBe('(303) 555-0142: a robocall or sales pitch, ended politely and not put through.');
    expect(summarize('wrong_number')).toBe('(303) 555-0142 had the wrong number; the call was ended politely.');
  });
});

describe('composeOwnerSms', () => {
  const lead = { name: 'Dana', address: '12 Oak St', project: 'water through the ceiling', urgency: 'emergency' as const };
  const owner = {
    call: {
      from: '+13035550142',
      callbackNumber: null as string | null,
      callbackRequested: false,
      callbackTime: null,
      callerQuestions: [] as string[],
      isTest: false,
    },
    callbackPhrase: null,
    lead,
    summary: 'Dana, (303) 555-0142, said water is coming through the ceiling.',
    timezone: 'America/Denver',
  };

  it('leads with an emergency as one line to act on', () => {
    expect(composeOwnerSms(owner).split('\n')).toEqual([
      'URGENT: water through the ceiling at 12 Oak St, Dana, call back now',
      'New call from Dana, (303) 555-0142',
      'Dana, (303) 555-0142, said water is coming through the ceiling.',
    ]);
  });

  it("puts the caller's questions and the callback time before the summary, said once", () => {
    const questions = ['Do you do metal roofs'];
    const text = composeOwnerSms({
      ...owner,
      lead: { ...lead, urgency: 'normal' },
      call: { ...owner.call, callbackRequested: true, callbackTime: '2026-11-29T00:00:00.000Z', callerQuestions: questions },
      callbackPhrase: 'after 5',
      summary: `Dana wants a roof quote. ${questionsSentence(questions)}`,
    });
    expect(text).toBe(
      'New call from Dana, (303) 555-0142\nAsked: "Do you do metal roofs?"\nCall back: after 5 (Sat Nov 28, 5:00 PM)\nDana wants a roof quote.',
    );
  });

  it('keeps a long summary within two SMS segments, with no emoji', () => {
    const text = composeOwnerSms({ ...owner, summary: 'The caller described the damage at length. '.repeat(30) });
    expect(text.length).toBeLessThanOrEqual(ownerSmsBudget);
    expect(text).toMatch(/\.\.\.$/);
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('names the number a caller with a withheld caller ID gave, never the keypad spelling Twilio sent', () => {
    const withheld = { ...owner.call, from: '+266696687', callbackNumber: '+17205550188' };
    expect(composeOwnerSms({ ...owner, lead: { ...lead, urgency: 'normal' }, call: withheld }).split('\n')[0]).toBe(
      'New call from Dana, (720) 555-0188',
    );
    const noNumber = { ...withheld, callbackNumber: null };
    expect(composeOwnerSms({ ...owner, lead: null, call: noNumber }).split('\n')[0]).toBe(
      'New call from a caller with no caller ID',
    );
    const summaryInput = {
      callbackPhrase: null,
      lead: null,
      turns: [turn('caller', 'I need a roof quote')],
      timezone: 'America/Denver',
    };
    expect(composeSummary({ ...summaryInput, call: { ...call, from: 'anonymous', callbackNumber: null } })).toMatch(
      /^A caller with no caller ID /,
    );
  });

  it('says so when the call was a test call', () => {
    const text = composeOwnerSms({ ...owner, lead: null, call: { ...owner.call, isTest: true } });
    expect(text.split('\n')[0]).toBe('Test call from (303) 555-0142');
  });
});

describe('composeTranscript', () => {
  it('writes one line per turn, caller and AI labelled, in order', () => {
    expect(
      composeTranscript([turn('ai', 'Hi!'), turn('caller', 'I need a roof quote'), turn('caller', 'call me back', 'voicemail')]),
    ).toBe('AI: Hi!\nCaller: I need a roof quote\nCaller: call me back');
  });
});
