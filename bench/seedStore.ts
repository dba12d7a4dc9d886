import type { Store } from '../electron/core/store/store';

const needs = ['a roof quote', 'gutter repair', 'a leaking skylight', 'a new deck', 'siding replacement', 'hail damage', 'a chimney inspection'];
const names = ['Dana', 'Sam', 'Alex', 'Jordan', 'Casey', 'Riley', 'Morgan', 'Taylor'];
const streets = ['Oak Street', 'Maple Drive', 'Elm Avenue', 'Pine Road', 'Cedar Lane'];

/**
 * Fills a store with `calls` realistic calls of `turnsPerCall` turns each, through the same
 * repository methods the call engine uses, in batched transactions.
 */
export function seedStore(store: Store, calls: number, turnsPerCall: number): void {
  const start = Date.parse('2024-01-01T00:00:00Z');
  const batch = 2000;
  for (let first = 0; first < calls; first += batch) {
    store.db.transaction(() => {
      for (let i = first; i < Math.min(calls, first + batch); i++) {
        const at = new Date(start + i * 60_000).toISOString();
        const phone = `+1303555${String(i % 10_000).padStart(4, '0')}`;
        const lead = store.leads.findOrCreate(phone, at);
        const name = names[i % names.length]!;
        const need = needs[i % needs.length]!;
        const { call } = store.calls.create({ twilioCallSid: `CA${i.toString(16).padStart(32, '0')}`, from: phone, to: '+13035550100', leadId: lead.id, handledBy: 'ai', status: 'in-progress', startedAt: at });
        const turns = [];
        for (let t = 0; t < turnsPerCall; t++) {
          turns.push(
            t % 2 === 0
              ? { speaker: 'caller' as const, text: t === 0 ? `Hi, I need ${need}` : `This is ${name}, I'm at ${100 + (i % 900)} ${streets[i % streets.length]}`, at }
              : { speaker: 'ai' as const, text: 'Got it. When is a good time for a callback?', at },
          );
        }
        store.calls.appendTurns(call.id, turns, {
          status: 'completed',
          duration: 60 + (i % 240),
          callerIntent: 'quote',
          outcome: 'scheduled',
          aiSummary: `${name} called about ${need} at ${100 + (i % 900)} ${streets[i % streets.length]}.`,
          endedAt: at,
          finalizedAt: at,
        });
      }
    })();
  }
}
