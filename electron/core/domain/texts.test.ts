import { describe, expect, it } from 'vitest';
import { advancesTo, readTextStatus, recipientMark, textBackRefusal } from './texts';

describe('text statuses', () => {
  it('only ever move forward, and a final status stays final', () => {
    expect(advancesTo('queued', 'sent')).toBe(true);
    expect(advancesTo('sent', 'delivered')).toBe(true);
    expect(advancesTo('delivered', 'sent')).toBe(false);
    expect(advancesTo('sent', 'sent')).toBe(false);
    expect(advancesTo('delivered', 'undelivered')).toBe(false);
    expect(advancesTo('failed', 'delivered')).toBe(false);
  });

  it("reads Twilio's spellings", () => {
    expect(readTextStatus('accepted')).toBe('queued');
    expect(readTextStatus('undelivered')).toBe('undelivered');
    expect(readTextStatus('receiving')).toBeNull();
    expect(readTextStatus(undefined)).toBeNull();
  });

  it('marks opted-out and text-less numbers', () => {
    expect(recipientMark(21610)).toBe('opted_out');
    expect(recipientMark(21614)).toBe('cannot_receive');
    expect(recipientMark(30006)).toBe('cannot_receive');
    expect(recipientMark(30034)).toBeNull();
  });
});

describe('textBackRefusal', () => {
  const enquiry = {
    enabled: true,
    outcome: 'qualified' as const,
    callerKind: 'caller' as const,
    isTest: false,
    from: '+13035550142',
    blockedNumbers: [],
    recipient: null,
    textedInLastDay: false,
  };

  it('texts a real enquiry', () => {
    expect(textBackRefusal(enquiry)).toBeNull();
    expect(textBackRefusal({ ...enquiry, outcome: 'voicemail' })).toBeNull();
  });

  it.each([
    [{ enabled: false }, 'turned off'],
    [{ callerKind: 'spam' as const, outcome: 'spam' as const }, 'not an enquiry'],
    [{ callerKind: 'wrong_number' as const }, 'not an enquiry'],
    [{ outcome: 'transferred' as const }, 'not an enquiry'],
    [{ outcome: 'dropped' as const }, 'not an enquiry'],
    [{ isTest: true }, 'test call'],
    [{ from: 'anonymous' }, 'withheld number'],
    [{ from: '+266696687' }, 'withheld number'],
    [{ blockedNumbers: ['+13035550142'] }, 'blocked number'],
    [{ recipient: 'opted_out' as const }, 'opted out'],
    [{ recipient: 'cannot_receive' as const }, 'cannot receive texts'],
    [{ textedInLastDay: true }, 'already texted today'],
  ])('refuses %o: %s', (change, reason) => {
    expect(textBackRefusal({ ...enquiry, ...change })).toBe(reason);
  });
});
