import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DurableDb } from './durableDb';
import { openStore, type Store } from './store';

const at = '2026-11-25T03:00:00.000Z';
let store: Store | undefined;
let path = '';
const logs: string[] = [];

afterEach(() => {
  store?.close();
  store = undefined;
  logs.length = 0;
});

function open(options: { maxPendingWrites?: number } = {}): Store {
  path = join(mkdtempSync(join(tmpdir(), 'pickup-durable-')), 'pickup.db');
  store = openStore(path, { ...options, log: (message) => logs.push(message) });
  return store;
}

/** The file's own connection under the store's, where a test makes the disk refuse writes. */
const fileOf = (s: Store) => (s.db as unknown as DurableDb).disk;

/** What another process reading the file sees. */
function onFile<T>(read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
const turnsOnFile = () => onFile((db) => db.prepare('SELECT text FROM call_turns ORDER BY id').pluck().all());

function newCall(s: Store, sid: string) {
  const lead = s.leads.findOrCreate('+13035550142', at);
  return s.calls.create({
    twilioCallSid: sid,
    from: '+13035550142',
    to: '+13035550100',
    leadId: lead.id,
    handledBy: 'ai',
    status: 'ringing',
    startedAt: at,
  }).call;
}

describe('a store on a disk that refuses writes', () => {
  it('keeps what a full disk refused, reads it back, and writes it in order once the disk has room', () => {
    const s = open();
    const call = newCall(s, 'CA1');
    const file = fileOf(s);
    file.pragma(`max_page_count = ${file.pragma('page_count', { simple: true }) as number}`);

    const long = 'roof '.repeat(4000);
    s.calls.appendTurns(call.id, [{ speaker: 'caller', text: long, at }]);
    expect(s.storage()).toMatchObject({ ok: false, pendingWrites: 1, problem: expect.stringContaining('SQLITE_FULL') });
    s.calls.appendTurns(call.id, [{ speaker: 'ai', text: 'Got it.', at }], { silentTurns: 0, callbackRequested: true });
    const second = newCall(s, 'CA2');
    s.calls.appendTurns(second.id, [{ speaker: 'caller', text: 'gutters', at }]);

    // The call goes on: everything reads back, though the file has none of it yet.
    expect(s.calls.turns(call.id).map((t) => t.text)).toEqual([long, 'Got it.']);
    expect(s.calls.findById(call.id)?.callbackRequested).toBe(true);
    // Two turns, the second call's lead (found, its call count bumped), the call, and its turn.
    expect(s.storage().pendingWrites).toBe(5);
    expect(turnsOnFile()).toEqual([]);
    expect(s.flushPendingWrites()).toMatchObject({ ok: false, pendingWrites: 5 });

    file.pragma('max_page_count = 1073741823');
    expect(s.flushPendingWrites()).toEqual({ ok: true, pendingWrites: 0 });
    expect(turnsOnFile()).toEqual([long, 'Got it.', 'gutters']);
    expect(
      onFile((db) => db.prepare('SELECT twilio_call_sid, callback_requested FROM voice_calls ORDER BY rowid').all()),
    ).toEqual([
      { twilio_call_sid: 'CA1', callback_requested: 1 },
      { twilio_call_sid: 'CA2', callback_requested: 0 },
    ]);
    // Back on the file: the next write goes straight to it.
    s.calls.update(second.id, { outcome: 'voicemail' });
    expect(onFile((db) => db.prepare("SELECT outcome FROM voice_calls WHERE twilio_call_sid = 'CA2'").pluck().get())).toBe(
      'voicemail',
    );
    expect(logs).toEqual([
      'storage: the disk refuses writes; keeping them in memory and retrying',
      'storage: the disk takes writes again; pending writes stored',
    ]);
  });

  it('rolls a whole transaction over to memory when the read-only disk refuses it, with ids unchanged', () => {
    const s = open();
    fileOf(s).pragma('query_only = ON');
    const call = s.db.transaction(() => newCall(s, 'CA1'))();
    expect(s.storage()).toMatchObject({ ok: false, problem: expect.stringContaining('SQLITE_READONLY') });
    expect(s.calls.findBySid('CA1')?.id).toBe(call.id);

    fileOf(s).pragma('query_only = OFF');
    s.flushPendingWrites();
    expect(onFile((db) => db.prepare('SELECT id FROM voice_calls').pluck().all())).toEqual([call.id]);
    expect(onFile((db) => db.prepare('SELECT count(*) FROM leads').pluck().get())).toBe(1);
  });

  it('keeps at most maxPendingWrites, and says so when a write is lost', () => {
    const s = open({ maxPendingWrites: 1 });
    const call = newCall(s, 'CA1');
    fileOf(s).pragma('query_only = ON');
    s.calls.update(call.id, { outcome: 'voicemail' });
    expect(() => s.calls.update(call.id, { callbackRequested: true })).toThrow(/already waiting in memory; this one is lost/);
    expect(s.storage()).toMatchObject({ ok: false, pendingWrites: 1 });
    expect(logs.at(-1)).toMatch(/this one is lost/);
  });

  it('lets a bad statement fail as before, without taking it for a disk problem', () => {
    const s = open();
    const call = newCall(s, 'CA1');
    expect(() => s.calls.appendTurns('no-such-call', [{ speaker: 'ai', text: 'x', at }])).toThrow(/FOREIGN KEY/);
    expect(s.storage()).toEqual({ ok: true, pendingWrites: 0 });
    expect(s.calls.turns(call.id)).toEqual([]);
  });
});

describe('counting commits', () => {
  it('counts each transaction or lone statement that writes once, and reads not at all', () => {
    const s = open();
    const before = s.commits();
    s.db.transaction(() => {
      newCall(s, 'CA-count-1');
      s.settings.get();
    })();
    expect(s.commits()).toBe(before + 1);
    s.calls.findBySid('CA-count-1');
    s.db.transaction(() => s.settings.get())();
    expect(s.commits()).toBe(before + 1);
    s.db.prepare("UPDATE voice_calls SET outcome = 'dropped'").run();
    expect(s.commits()).toBe(before + 2);
  });
});
