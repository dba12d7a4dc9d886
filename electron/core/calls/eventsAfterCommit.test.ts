import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

describe('live events of a call', () => {
  it('leave only after their writes commit: a listener finds the call, its turn, outside any transaction', async () => {
    core = await startTestCore({}, { now: () => new Date('2026-11-25T17:00:00Z') });
    const c = core;
    const seen: { type: string; inTransaction: boolean; stored: boolean }[] = [];
    c.events.subscribe((event) => {
      const call = c.store.calls.findById(event.type === 'turn.added' ? event.callId : event.call.id);
      const stored =
        event.type === 'turn.added'
          ? c.store.calls
              .turns(event.callId)
              .some((t) => t.text === event.turn.text && t.at === event.turn.at && t.speaker === event.turn.speaker)
          : call !== null;
      seen.push({ type: event.type, inTransaction: c.store.db.inTransaction, stored });
    });
    const call = c.call({ from: '+13035550142' });
    await call.start();
    await call.say('I need a roof quote');
    await call.hangup();
    await c.settle();

    expect(seen.map((s) => s.type)).toEqual(expect.arrayContaining(['call.started', 'turn.added', 'call.updated', 'call.ended']));
    expect(seen.filter((s) => s.inTransaction || !s.stored)).toEqual([]);
  });
});
