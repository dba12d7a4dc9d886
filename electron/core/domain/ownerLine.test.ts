import { describe, expect, it } from 'vitest';
import { ownerLine, transferLine } from './ownerLine';

describe('ownerLine', () => {
  it('is the forwarding number, else the owner cell, else none', () => {
    expect(ownerLine({ forwardingNumber: '+13035550111', ownerPhone: '+13035550122' })).toBe('+13035550111');
    expect(ownerLine({ forwardingNumber: '', ownerPhone: '+13035550122' })).toBe('+13035550122');
    expect(ownerLine({ forwardingNumber: '', ownerPhone: '' })).toBeNull();
  });
});

describe('transferLine', () => {
  it('rings the owner line for a call that has not been put through yet, and nowhere after its one transfer', () => {
    const numbers = { forwardingNumber: '+13035550111', ownerPhone: '+13035550122' };
    expect(transferLine(numbers, { transferAttempts: 0 })).toBe('+13035550111');
    expect(transferLine(numbers, { transferAttempts: 1 })).toBeNull();
    expect(transferLine({ forwardingNumber: '', ownerPhone: '' }, { transferAttempts: 0 })).toBeNull();
  });
});
