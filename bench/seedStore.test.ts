import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../electron/core/store/store';
import { seedStore, seedStoreThroughRepositories } from './seedStore';

const stores: Store[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));
const newStore = () => {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'pickup-seed-')), 'pickup.db'));
  stores.push(store);
  return store;
};

/** Everything the app reads of a store, with the generated ids replaced by what they point at. */
function readBack(store: Store) {
  const sidOf = new Map(store.calls.list({ limit: 1000 }).map((c) => [c.id, c.twilioCallSid]));
  const phoneOf = new Map(store.leads.list().map((l) => [l.id, l.phone]));
  const calls = store.calls.list({ limit: 1000 }).map(({ id, leadId, ...call }) => ({
    ...call,
    lead: phoneOf.get(leadId!),
    detail: (({ id: _id, leadId: _leadId, ...detail }) => detail)(store.calls.detail(id)!),
  }));
  const leads = store.leads.list().map(({ id: _id, lastCallId, ...lead }) => ({ ...lead, lastCall: sidOf.get(lastCallId!) }));
  const search = (words: string) => store.calls.list({ limit: 1000, search: words }).map((c) => c.twilioCallSid);
  return { calls, leads, searches: ['skylight', 'Riley Maple', 'callback', 'hail damage'].map(search) };
}

describe('the bench seeding', () => {
  it('writes a store that reads back exactly as the same calls written through the repositories', () => {
    const direct = newStore();
    const throughRepositories = newStore();
    // 60 calls from 7 numbers: callers who called before, as in the bench's 100,000 from 10,000.
    seedStore(direct, 60, 6, 7);
    seedStoreThroughRepositories(throughRepositories, 60, 6, 7);
    const expected = readBack(throughRepositories);
    expect(expected.calls).toHaveLength(60);
    expect(expected.leads.map((l) => l.callCount).sort()).toEqual([8, 8, 8, 9, 9, 9, 9]);
    expect(expected.searches.every((hits) => hits.length > 0)).toBe(true);
    expect(readBack(direct)).toEqual(expected);
  });
});
