import { describe, expect, it } from 'vitest';
import { openStore } from './store';

const t0 = '2026-11-25T03:00:00.000Z';
const t1 = '2026-11-25T04:00:00.000Z';

describe('LeadsRepo', () => {
  it('merges what the receptionist learned: a field is only replaced by a new non-empty value', () => {
    const store = openStore(':memory:');
    const lead = store.leads.findOrCreate('+13035550142', t0);
    store.leads.merge(lead.id, { name: 'Dana', address: '12 Oak Street', urgency: 'emergency' }, t0);
    store.leads.merge(lead.id, { name: '  ', address: undefined, project: ' roof leak ' }, t1);
    expect(store.leads.findById(lead.id)).toMatchObject({
      name: 'Dana',
      address: '12 Oak Street',
      project: 'roof leak',
      urgency: 'emergency',
      source: 'voice',
      updatedAt: t1,
    });
  });

  it("updates the owner's status and notes: a missing field stays, empty notes are cleared", () => {
    const store = openStore(':memory:');
    const lead = store.leads.findOrCreate('+13035550142', t0);
    expect(store.leads.update({ id: lead.id, status: 'contacted', notes: '  Quote Tuesday  ' }, t0)).toMatchObject({
      status: 'contacted',
      notes: 'Quote Tuesday',
    });
    expect(store.leads.update({ id: lead.id, notes: 'Sent the quote' }, t0)).toMatchObject({
      status: 'contacted',
      notes: 'Sent the quote',
    });
    expect(store.leads.update({ id: lead.id, status: 'won' }, t1)).toMatchObject({ status: 'won', notes: 'Sent the quote' });
    expect(store.leads.update({ id: lead.id, notes: '' }, t1)).toMatchObject({ status: 'won', notes: null, updatedAt: t1 });
  });
});
