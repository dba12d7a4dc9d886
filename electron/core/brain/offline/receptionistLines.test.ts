import { describe, expect, it } from 'vitest';
import { ask, offerMessage, transfer, wrapUp } from './receptionistLines';

const withOwner = { businessName: 'Summit Roofing', ownerName: 'Mike' };
const noOwner = { businessName: 'Summit Roofing', ownerName: '' };

describe('ask', () => {
  it('words the second attempt at a question differently', () => {
    expect(ask('name', { business: withOwner, misses: 0 })).toBe('Can I get your name, please?');
    expect(ask('name', { business: withOwner, misses: 1 })).toBe("Sorry, I didn't catch your name. What should I call you?");
  });

  it('names who will call back', () => {
    expect(ask('callbackTime', { business: withOwner, misses: 0 })).toBe("When's a good time for Mike to call you back?");
    expect(ask('callbackTime', { business: noOwner, misses: 0 })).toBe(
      "When's a good time for someone from Summit Roofing to call you back?",
    );
  });

  it('reads a number back digit by digit', () => {
    const number = { business: withOwner, misses: 0, numberToConfirm: '+13035550199' };
    expect(ask('callbackNumber', number)).toBe('Is 3 0 3, 5 5 5, 0 1 9 9 the best number to reach you?');
    expect(ask('callbackNumber', { ...number, numberJustSaid: true })).toBe(
      'Let me read that back: 3 0 3, 5 5 5, 0 1 9 9. Is that right?',
    );
    expect(ask('callbackNumber', { business: withOwner, misses: 0 })).toBe("What's the best number to reach you?");
  });
});

describe('transfer lines', () => {
  it('fall back to "the owner" without an owner name', () => {
    expect(transfer(noOwner)).toBe("Sure, I'll put you through to the owner now.");
    expect(offerMessage(noOwner)).toBe(
      "The owner can't come to the phone right now, but I can take a message. Please leave it after the tone.",
    );
  });
});

describe('wrapUp', () => {
  it('confirms who calls back, when and on which number', () => {
    expect(
      wrapUp({ business: withOwner, name: 'Dana Reyes', nothingToFollowUp: false, when: 'after 5 PM', number: '+13035550199' }),
    ).toBe('Thanks Dana, Mike will call you back after 5 PM at 3 0 3, 5 5 5, 0 1 9 9. Have a good one.');
  });

  it('works without a name, time or number', () => {
    expect(wrapUp({ business: noOwner, name: null, nothingToFollowUp: false, when: null, number: null })).toBe(
      'Thanks for calling. Someone from Summit Roofing will call you back. Have a good one.',
    );
  });

  it('promises nothing when there is nothing to follow up', () => {
    expect(wrapUp({ business: withOwner, name: null, nothingToFollowUp: true, when: null, number: null })).toBe(
      'Thanks for calling Summit Roofing. Goodbye.',
    );
  });
});
