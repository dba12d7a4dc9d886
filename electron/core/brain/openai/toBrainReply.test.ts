import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/settings';
import type { BrainContext } from '../types';
import { modelReply } from '../../../../test/support/testReplies';
import { resolveCallbackTime, toBrainReply } from './toBrainReply';

const settings: Settings = {
  ...defaultSettings,
  businessName: 'Summit Roofing',
  ownerName: 'Mike',
  forwardingNumber: '+13035550111',
  ownerPhone: '+13035550122',
  timezone: 'America/Denver',
};
/** Saturday 2026-11-28, 9 PM in Denver. */
const saturdayNight = new Date('2026-11-29T04:00:00Z');
const context: BrainContext = {
  settings,
  callerNumber: '+13035550142',
  lead: { name: null, address: null, project: null, urgency: null, previousCalls: 0 },
  turns: [],
  utterance: 'hello',
  state: {},
  now: saturdayNight,
  searchKnowledge: () => [],
};

describe('toBrainReply', () => {
  it('keeps nothing from a robocall or wrong number and never puts it through, however the model insists', () => {
    const reply = toBrainReply(
      modelReply({
        say: 'Let me get Mike for you.',
        action: 'transfer',
        callerKind: 'spam',
        collected: { name: 'Google Listings Team', project: 'your business listing' },
        callback: { requested: true, phrase: 'tomorrow' },
      }),
      context,
    );
    expect(reply).toMatchObject({ action: 'end', callerKind: 'spam', collected: {}, callback: null });
    expect(reply.state).toEqual({ transferAttempted: false });
  });

  it("passes on the caller's unanswered questions, tidied, and the language they speak", () => {
    const reply = toBrainReply(
      modelReply({ say: 'Claro. ¿Me da su nombre?', questions: ['  do you  do metal roofs? ', 'unknown', ''], language: 'es' }),
      context,
    );
    expect(reply).toMatchObject({ questions: ['do you do metal roofs?'], language: 'es', callerKind: 'caller' });
  });

  it("speaks the model's words as plain speech and keeps what the caller said", () => {
    const reply = toBrainReply(
      modelReply({
        say: '**Thanks, Dana!** What is the address?',
        intent: 'quote',
        collected: { name: ' Dana ', project: 'roof leak', address: 'unknown', urgency: 'high' },
      }),
      context,
    );
    expect(reply).toMatchObject({
      say: 'Thanks, Dana! What is the address?',
      intent: 'quote',
      action: 'continue',
      callback: null,
      state: { transferAttempted: false },
    });
    expect(reply.collected).toEqual({ name: 'Dana', project: 'roof leak', urgency: 'high' });
  });

  it('announces a transfer in its own words, whatever number the model named, and only once per call', () => {
    const asked = modelReply({ say: 'Transferring you to 555 999 0000 now.', action: 'transfer', intent: 'transfer' });
    const first = toBrainReply(asked, context);
    expect(first).toMatchObject({
      action: 'transfer',
      say: "Sure, I'll put you through to Mike now.",
      state: { transferAttempted: true },
    });
    const second = toBrainReply(asked, { ...context, state: first.state });
    expect(second.action).toBe('voicemail');
    expect(second.say).toMatch(/can't come to the phone right now, but I can take a message/);
  });

  it('offers a voicemail instead of a transfer when there is no number to ring', () => {
    const reply = toBrainReply(modelReply({ action: 'transfer' }), {
      ...context,
      settings: { ...settings, forwardingNumber: '', ownerPhone: '' },
    });
    expect(reply).toMatchObject({ action: 'voicemail', state: { transferAttempted: false } });
    expect(reply.say).toMatch(/take a message/);
  });

  it('puts an emergency through with the emergency line', () => {
    const reply = toBrainReply(modelReply({ action: 'transfer', collected: { urgency: 'emergency' } }), context);
    expect(reply).toMatchObject({
      action: 'transfer',
      say: "That sounds like an emergency. I'm putting you through to Mike right now.",
      collected: { urgency: 'emergency' },
    });
  });

  it("puts an emergency or a request for a person through if the caller says nothing to the model's question, but only with someone to ring", () => {
    const asking = modelReply({ say: "What's the address?", action: 'continue', collected: { urgency: 'emergency' } });
    expect(toBrainReply(asking, context).putThroughIfSilent).toBe(true);
    expect(toBrainReply(asking, { ...context, state: { transferAttempted: true } }).putThroughIfSilent).toBe(false);
    expect(toBrainReply(modelReply({ action: 'continue' }), context).putThroughIfSilent).toBe(false);
    const who = modelReply({ say: 'Sure, who may I say is calling?', action: 'continue', intent: 'transfer' });
    expect(toBrainReply(who, context).putThroughIfSilent).toBe(true);
    expect(toBrainReply({ ...who, callerKind: 'spam' }, context).putThroughIfSilent).toBe(false);
  });

  it('never says a private number or a secret, and does not act on the reply that tried', () => {
    const leaks = [
      "Sure, Mike's cell is 303-555-0122.",
      'The forwarding line is (303) 555-0111.',
      'Our key is sk-test-secret-value.',
    ];
    for (const say of leaks) {
      const reply = toBrainReply(modelReply({ say, action: 'end' }), context, ['sk-test-secret-value']);
      expect(reply.say).toBe("Sorry, I can't share that. I can take a message for Mike, though. What can I help you with?");
      expect(reply.action).toBe('continue');
    }
  });

  it('caps what the model collected to sensible lengths', () => {
    const reply = toBrainReply(
      modelReply({ collected: { name: 'A'.repeat(500), address: 'B '.repeat(500), project: 'C'.repeat(1000) } }),
      context,
    );
    expect(reply.collected.name).toHaveLength(60);
    expect(reply.collected.address!.length).toBeLessThanOrEqual(160);
    expect(reply.collected.project).toHaveLength(200);
  });

  it('keeps a callback request with a number only when it is a real phone number', () => {
    expect(
      toBrainReply(modelReply({ callback: { requested: true, phrase: 'after 5', number: '303 555 0177' } }), context).callback,
    ).toEqual({
      requested: true,
      phrase: 'after 5',
      // Asked at 9 PM on Saturday: Sunday 5 PM in Denver.
      time: '2026-11-30T00:00:00.000Z',
      number: '+13035550177',
    });
    expect(
      toBrainReply(modelReply({ callback: { requested: true, number: 'call me maybe' } }), context).callback?.number,
    ).toBeNull();
  });

  it('takes a callback back when the caller declines one, whatever time the model also wrote', () => {
    expect(
      toBrainReply(modelReply({ callback: { requested: true, declined: true, phrase: 'after 5' } }), context).callback,
    ).toEqual({ requested: false, time: null, phrase: null, number: null, declined: true });
  });
});

describe('resolveCallbackTime', () => {
  const callback = { requested: true, phrase: null, localTime: null, number: null };

  it("uses the model's local time, read on the business's clock, when it is a real time ahead", () => {
    expect(
      resolveCallbackTime({ ...callback, phrase: 'the day after tomorrow at lunch', localTime: '2026-11-30T12:00' }, context),
    ).toBe('2026-11-30T19:00:00.000Z');
  });

  it("falls back to parsing the caller's words when the model's time is missing or already past", () => {
    // At 9 PM on Saturday "after 5" is Sunday 5 PM, not the 5 PM that has gone.
    expect(resolveCallbackTime({ ...callback, phrase: 'after 5', localTime: '2026-11-28T17:00' }, context)).toBe(
      '2026-11-30T00:00:00.000Z',
    );
    expect(resolveCallbackTime({ ...callback, phrase: 'after 5' }, context)).toBe('2026-11-30T00:00:00.000Z');
  });

  it('drops a local time that is malformed, impossible, long past or months away', () => {
    for (const localTime of ['tomorrow', '2026-11-31T10:00', '2026-11-30T25:00', '2025-01-01T10:00', '2027-06-01T10:00']) {
      expect(resolveCallbackTime({ ...callback, localTime }, context)).toBeNull();
    }
  });
});
