import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings';
import { createOfflineBrain } from './offline/offlineBrain';
import { mentionsPrivate } from './openai/plainText';
import type { BrainContext } from './types';

const settings: Settings = {
  ...defaultSettings,
  businessName: 'Summit Roofing',
  ownerName: 'Mike',
  ownerPhone: '+13035550122',
  forwardingNumber: '+13035550111',
};

describe('the private-number filter on every reply', () => {
  it('keeps the offline brain from reading the owner’s cell out of a knowledge-base entry', async () => {
    const context: BrainContext = {
      settings,
      callerNumber: '+13035550142',
      lead: { name: null, address: null, project: null, urgency: null, previousCalls: 0 },
      turns: [],
      utterance: "what is Mike's cell number?",
      state: {},
      now: new Date('2026-06-15T18:00:00Z'),
      searchKnowledge: () => [
        {
          id: 'contact',
          category: 'contact',
          content: "Mike's cell is 303.555.0122, call it any time.",
          createdAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
        },
      ],
    };
    const reply = await createOfflineBrain().reply(context);
    expect(reply.say).not.toMatch(/0122/);
    expect(reply.say).toMatch(/can't share that/);
    expect(reply.action).toBe('continue');
  });
});

describe('mentionsPrivate, however the number is written', () => {
  const privateValues = { numbers: ['+13035550122'], secrets: ['sk-live-abcdef123456'] };
  const forms = {
    commas: 'his cell is 303,555,0122',
    dots: 'try 303.555.0122',
    slashes: 'dial 303/555/0122',
    spaces: 'it is 3 0 3 5 5 5 0 1 2 2',
    dashes: 'Call 303-555-0122.',
    parentheses: 'his cell is (303) 555 0122',
    words: 'three oh three five five five zero one two two',
    wordsAndDigits: 'three oh three, 555, oh one two two',
    fullWidth: 'call ３０３-５５５-０１２２',
    countryCode: 'try +1 303 555 0122',
  };
  for (const [form, text] of Object.entries(forms)) {
    it(`finds it written with ${form}`, () => expect(mentionsPrivate(text, privateValues)).toBe(true));
  }

  it('finds the key with a space in it', () => {
    expect(mentionsPrivate('the key is sk-live-abcdef 123456', privateValues)).toBe(true);
  });

  it('leaves the caller’s own number, prices and times alone', () => {
    for (const text of [
      'Is 303 555 0142 the best number to reach you?',
      'Repairs start at 350 dollars.',
      'We open at eight, one of us will call at five.',
      'Roofs run 9,000 to 15,000 dollars.',
    ]) {
      expect(mentionsPrivate(text, privateValues)).toBe(false);
    }
  });
});
