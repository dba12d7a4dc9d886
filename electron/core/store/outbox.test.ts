import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/models';
import { publicCall } from './callsRepo';
import type { DurableDb } from './durableDb';
import { createOutbox } from './outbox';
import { openStore, type Store } from './store';

const at = '2026-11-25T17:00:00.000Z';
let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

function open() {
  const path = join(mkdtempSync(join(tmpdir(), 'pickup-outbox-')), 'pickup.db');
  store = openStore(path);
  return { s: store, path };
}

const newCall = (s: Store, sid: string) =>
  s.calls.create({
    twilioCallSid: sid,
    from: '+13035550142',
    to: '+13035550100',
    leadId: null,
    handledBy: 'ai',
    status: 'ringing',
    startedAt: at,
  }).call;

describe('the outbox', () => {
  it('publishes nothing for a write that rolls back', () => {
    const { s } = open();
    const published: AppEvent[] = [];
    const outbox = createOutbox(s.db, (event) => published.push(event));
    expect(() =>
      outbox.transaction(() => {
        const call = newCall(s, 'CA1');
        outbox.emit({ type: 'call.started', call: publicCall(call) });
        throw new Error('the lead could not be stored');
      }),
    ).toThrow('the lead could not be stored');
    expect(s.calls.findBySid('CA1')).toBeNull();
    expect(published).toEqual([]);
  });

  it('drops the events of a nested write that rolls back, and keeps the rest', () => {
    const { s } = open();
    const published: string[] = [];
    const outbox = createOutbox(s.db, (event) => published.push(event.type === 'call.started' ? event.call.id : ''));
    outbox.transaction(() => {
      outbox.emit({ type: 'call.started', call: publicCall(newCall(s, 'CA1')) });
      try {
        outbox.transaction(() => {
          outbox.emit({ type: 'call.started', call: publicCall(newCall(s, 'CA2')) });
          throw new Error('no');
        });
      } catch {
        // The outer write goes on without the inner one.
      }
    });
    expect(published).toEqual([s.calls.findBySid('CA1')!.id]);
    expect(s.calls.findBySid('CA2')).toBeNull();
  });

  it('publishes after commit: a listener reading the file from another connection sees the row', () => {
    const { s, path } = open();
    const seen: unknown[] = [];
    const outbox = createOutbox(s.db, () => {
      const reader = new Database(path, { readonly: true });
      try {
        seen.push(reader.prepare('SELECT twilio_call_sid FROM voice_calls').pluck().get());
      } finally {
        reader.close();
      }
    });
    outbox.transaction(() => outbox.emit({ type: 'call.started', call: publicCall(newCall(s, 'CA1')) }));
    expect(seen).toEqual(['CA1']);
  });

  it('publishes once when the disk refuses the write and it is done again in memory', () => {
    const { s } = open();
    const published: AppEvent[] = [];
    const outbox = createOutbox(s.db, (event) => published.push(event));
    const call = newCall(s, 'CA1');
    (s.db as unknown as DurableDb).disk.pragma('query_only = ON');
    outbox.transaction(() => {
      // Queued before the write the disk refuses, so the first run's event must not survive it.
      outbox.emit({ type: 'call.updated', call: publicCall(call) });
      s.calls.appendTurns(call.id, [{ speaker: 'caller', text: 'my roof leaks', at }]);
    });
    expect(s.storage()).toMatchObject({ ok: false, pendingWrites: 1 });
    expect(published.map((e) => e.type)).toEqual(['call.updated']);
  });

  it('refuses an event emitted inside a transaction it does not run', () => {
    const { s } = open();
    const outbox = createOutbox(s.db, () => {});
    const call = publicCall(newCall(s, 'CA1'));
    expect(() => s.db.transaction(() => outbox.emit({ type: 'call.updated', call }))()).toThrow(/inside a transaction/);
  });
});
