import { describe, expect, it } from 'vitest';
import { fakeCall, fakeLead } from '../test/fakeApi';
import { pinnedFirst, urgencyByLead, urgencyOfCall } from './urgency';

describe('urgent first', () => {
  const byLead = urgencyByLead([
    fakeLead(1, { urgency: 'emergency', status: 'new' }),
    fakeLead(2, { urgency: 'emergency', status: 'contacted' }),
    fakeLead(3, { urgency: 'normal' }),
  ]);

  it("marks a call by its lead's urgency", () => {
    expect(urgencyOfCall(fakeCall(1, { leadId: 'l1' }), byLead)).toEqual({ emergency: true, pinned: true });
    expect(urgencyOfCall(fakeCall(2, { leadId: 'l2' }), byLead)).toEqual({ emergency: true, pinned: false });
    expect(urgencyOfCall(fakeCall(3, { leadId: 'l3' }), byLead)).toEqual({ emergency: false, pinned: false });
    expect(urgencyOfCall(fakeCall(4), byLead)).toEqual({ emergency: false, pinned: false });
  });

  it('never marks a robocall or wrong number urgent, even from an emergency lead', () => {
    for (const outcome of ['spam', 'wrong_number'] as const)
      expect(urgencyOfCall(fakeCall(1, { leadId: 'l1', outcome }), byLead)).toEqual({ emergency: false, pinned: false });
  });

  it('pins new emergencies above the rest, keeping each group in order', () => {
    const calls = [
      fakeCall(9, { leadId: 'l3' }),
      fakeCall(8, { leadId: 'l1' }),
      fakeCall(7, { leadId: 'l2' }),
      fakeCall(6, { leadId: 'l1' }),
    ];
    const ordered = pinnedFirst(calls, (c) => urgencyOfCall(c, byLead).pinned).map((c) => c.id);
    expect(ordered).toEqual(['c8', 'c6', 'c9', 'c7']);
  });
});
