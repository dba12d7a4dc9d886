import { describe, expect, it } from 'vitest';
import { planLeadDetails } from './leadDetails';

const base = { leadId: null, held: {}, collected: {}, callbackNumber: null, callerKind: 'caller' as const };

describe('planLeadDetails', () => {
  it("adds a turn's details to the caller's lead", () => {
    expect(planLeadDetails({ ...base, leadId: 'lead-1', collected: { name: 'Priya' } })).toEqual({
      kind: 'merge',
      leadId: 'lead-1',
      details: { name: 'Priya' },
    });
  });

  it('keeps what a caller with a withheld number says until they give a number', () => {
    expect(planLeadDetails({ ...base, held: { project: 'sprinkler zone' }, collected: { name: 'Priya', address: '' } })).toEqual({
      kind: 'hold',
      details: { project: 'sprinkler zone', name: 'Priya' },
    });
    expect(planLeadDetails({ ...base, held: { project: 'sprinkler zone' } })).toEqual({ kind: 'none' });
  });

  it('makes the number they give their lead, with everything said before it; the last word wins', () => {
    expect(
      planLeadDetails({
        ...base,
        held: { name: 'Priya', address: '57 Cottonwood Circle' },
        collected: { address: '75 Cottonwood Circle' },
        callbackNumber: '+17205550188',
      }),
    ).toEqual({ kind: 'create', phone: '+17205550188', details: { name: 'Priya', address: '75 Cottonwood Circle' } });
  });

  it('never makes a lead of a withheld spelling, a robocall or a wrong number', () => {
    expect(planLeadDetails({ ...base, collected: { name: 'Priya' }, callbackNumber: '+266696687' }).kind).toBe('hold');
    for (const callerKind of ['spam', 'wrong_number'] as const) {
      expect(planLeadDetails({ ...base, callerKind, collected: { name: 'Sam' }, callbackNumber: '+17205550188' })).toEqual({
        kind: 'none',
      });
      expect(planLeadDetails({ ...base, callerKind, leadId: 'lead-1', collected: { name: 'Sam' } })).toEqual({ kind: 'none' });
    }
  });
});
