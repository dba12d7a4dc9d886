import { newId } from '../electron/core/store/newId';
import type { Store } from '../electron/core/store/store';

const needs = [
  'a roof quote',
  'gutter repair',
  'a leaking skylight',
  'a new deck',
  'siding replacement',
  'hail damage',
  'a chimney inspection',
];
const names = ['Dana', 'Sam', 'Alex', 'Jordan', 'Casey', 'Riley', 'Morgan', 'Taylor'];
const streets = ['Oak Street', 'Maple Drive', 'Elm Avenue', 'Pine Road', 'Cedar Lane'];
const businessNumber = '+13035550100';
const batch = 2000;

/** Call number `i` of a seeded store: who called, when, what was said, and what the call ended as. */
function seededCall(i: number, turnsPerCall: number, callers: number) {
  const at = new Date(Date.parse('2024-01-01T00:00:00Z') + i * 60_000).toISOString();
  const name = names[i % names.length]!;
  const need = needs[i % needs.length]!;
  const address = `${100 + (i % 900)} ${streets[i % streets.length]}`;
  return {
    at,
    phone: `+1303555${String(i % callers).padStart(4, '0')}`,
    callSid: `CA${i.toString(16).padStart(32, '0')}`,
    turns: Array.from({ length: turnsPerCall }, (_, t) =>
      t % 2 === 0
        ? { speaker: 'caller' as const, text: t === 0 ? `Hi, I need ${need}` : `This is ${name}, I'm at ${address}`, at }
        : { speaker: 'ai' as const, text: 'Got it. When is a good time for a callback?', at },
    ),
    ended: {
      status: 'completed',
      duration: 60 + (i % 240),
      callerIntent: 'quote' as const,
      outcome: 'scheduled' as const,
      aiSummary: `${name} called about ${need} at ${address}.`,
      endedAt: at,
      finalizedAt: at,
    },
  };
}

/**
 * Fills a store with `calls` realistic calls of `turnsPerCall` turns each, from `callers`
 * numbers (so most callers have called before): the bench's own setup.
 * Rows go in with plain prepared inserts, each call whole (the full-text index is kept by the
 * schema's own triggers, as for every write), in batched transactions. `seedStore.test.ts` checks
 * that the result reads back exactly as the same calls written through the call engine's
 * repositories (`seedStoreThroughRepositories`), which take about half as long again.
 */
export function seedStore(store: Store, calls: number, turnsPerCall: number, callers = 10_000): void {
  const { db } = store;
  const insertLead = db.prepare("INSERT INTO leads (id, phone, source, created_at, updated_at) VALUES (?, ?, 'voice', ?, ?)");
  const insertCall = db.prepare(
    `INSERT INTO voice_calls (id, lead_id, twilio_call_sid, "from", "to", status, handled_by, started_at, created_at,
       duration, caller_intent, outcome, ai_summary, ended_at, finalized_at)
     VALUES (@id, @leadId, @callSid, @phone, '${businessNumber}', @status, 'ai', @at, @at,
       @duration, @callerIntent, @outcome, @aiSummary, @endedAt, @finalizedAt)`,
  );
  const insertTurn = db.prepare(
    "INSERT INTO call_turns (call_id, seq, speaker, kind, text, at) VALUES (?, ?, ?, 'speech', ?, ?)",
  );
  const leadIds = new Map<string, string>();
  for (let first = 0; first < calls; first += batch) {
    db.transaction(() => {
      for (let i = first; i < Math.min(calls, first + batch); i++) {
        const call = seededCall(i, turnsPerCall, callers);
        let leadId = leadIds.get(call.phone);
        if (!leadId) {
          leadId = newId();
          insertLead.run(leadId, call.phone, call.at, call.at);
          leadIds.set(call.phone, leadId);
        }
        const id = newId();
        insertCall.run({ id, leadId, callSid: call.callSid, phone: call.phone, at: call.at, ...call.ended });
        call.turns.forEach((turn, t) => insertTurn.run(id, t + 1, turn.speaker, turn.text, turn.at));
      }
    })();
  }
}

/** The same calls as `seedStore`, written the way the call engine writes them. */
export function seedStoreThroughRepositories(store: Store, calls: number, turnsPerCall: number, callers = 10_000): void {
  for (let first = 0; first < calls; first += batch) {
    store.db.transaction(() => {
      for (let i = first; i < Math.min(calls, first + batch); i++) {
        const call = seededCall(i, turnsPerCall, callers);
        const lead = store.leads.findOrCreate(call.phone, call.at);
        const { call: record } = store.calls.create({
          twilioCallSid: call.callSid,
          from: call.phone,
          to: businessNumber,
          leadId: lead.id,
          handledBy: 'ai',
          status: 'in-progress',
          startedAt: call.at,
        });
        store.calls.appendTurns(record.id, call.turns, call.ended);
      }
    })();
  }
}
