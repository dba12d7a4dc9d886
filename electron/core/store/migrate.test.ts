import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { DatabaseFromTheFutureError, migrate, schemaVersion } from './migrate';
import { migrations } from './migrations';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'pickup-migrate-')), 'pickup.db');

describe('migrations', () => {
  it('001 creates the seed tables on an empty database', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrations, 1)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['business_settings', 'call_turns', 'knowledge_base', 'leads', 'recordings', 'voice_calls']),
    );
  });

  it('002 indexes the turns, summaries and knowledge already stored under 001', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 1);
    db.exec(`
      INSERT INTO leads (id, phone, created_at, updated_at) VALUES ('l1', '+13035550142', '2026-01-01', '2026-01-01');
      INSERT INTO voice_calls (id, lead_id, twilio_call_sid, "from", "to", status, started_at, created_at, ai_summary)
        VALUES ('c1', 'l1', 'CA1', '+13035550142', '+13035550100', 'completed', '2026-01-01', '2026-01-01', 'Dana wants gutters cleaned');
      INSERT INTO call_turns (call_id, seq, speaker, text, at) VALUES ('c1', 1, 'caller', 'My skylight is leaking', '2026-01-01');
      INSERT INTO knowledge_base (id, category, content, created_at, updated_at) VALUES ('k1', 'Services', 'We repair skylights and roofs', '2026-01-01', '2026-01-01');
    `);
    expect(migrate(db, migrations, 2)).toBe(2);
    expect(db.prepare("SELECT rowid FROM call_turns_fts WHERE call_turns_fts MATCH 'skylight'").all()).toHaveLength(1);
    expect(db.prepare("SELECT rowid FROM call_summaries_fts WHERE call_summaries_fts MATCH 'gutters'").all()).toHaveLength(1);
    expect(db.prepare("SELECT rowid FROM knowledge_fts WHERE knowledge_fts MATCH 'skylights'").all()).toHaveLength(1);
    // And rows written after the migration are indexed by the triggers.
    db.prepare(
      "INSERT INTO call_turns (call_id, seq, speaker, text, at) VALUES ('c1', 2, 'ai', 'We can fix chimneys too', '2026-01-01')",
    ).run();
    expect(db.prepare("SELECT rowid FROM call_turns_fts WHERE call_turns_fts MATCH 'chimneys'").all()).toHaveLength(1);
  });

  it('003 gives settings written under 002 the default AI settings, and old calls zero AI usage', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 2);
    db.exec(`
      INSERT INTO business_settings (id, business_name, updated_at) VALUES (1, 'Summit Roofing', '2026-01-01');
      INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c1', 'CA1', '+13035550142', '+13035550100', 'completed', '2026-01-01', '2026-01-01');
      INSERT INTO call_turns (call_id, seq, speaker, text, at) VALUES ('c1', 1, 'ai', 'Hi! Thanks for calling.', '2026-01-01');
    `);
    expect(migrate(db, migrations, 3)).toBe(3);
    // Read as columns: the settings repository reads the columns of every later migration too.
    const row = db
      .prepare('SELECT ai_model, ai_turn_budget_ms, ai_temperature, ai_prices FROM business_settings')
      .get() as Record<string, string | number>;
    const [aiModel, aiTurnBudgetMs, aiTemperature, aiPrices] = [
      row.ai_model,
      row.ai_turn_budget_ms,
      row.ai_temperature,
      JSON.parse(String(row.ai_prices)),
    ];
    expect({ aiModel, aiTurnBudgetMs, aiTemperature, aiPrices }).toEqual({
      // What 003 wrote, as it wrote it: a migration is frozen, today's defaults move on.
      aiModel: 'gpt-4o-mini',
      aiTurnBudgetMs: 6000,
      aiTemperature: 0.3,
      aiPrices: {
        'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
        'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
        'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
        'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
        'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
      },
    });
    // As columns too: the calls repository speaks the newest schema.
    expect(
      db
        .prepare(
          "SELECT ai_input_tokens, ai_cached_tokens, ai_output_tokens, ai_ms, ai_cost_usd, ai_fallback_turns FROM voice_calls WHERE id = 'c1'",
        )
        .get(),
    ).toEqual({
      ai_input_tokens: 0,
      ai_cached_tokens: 0,
      ai_output_tokens: 0,
      ai_ms: 0,
      ai_cost_usd: 0,
      ai_fallback_turns: 0,
    });
    expect(db.prepare("SELECT speaker, text, at, kind, brain FROM call_turns WHERE call_id = 'c1'").all()).toEqual([
      { speaker: 'ai', text: 'Hi! Thanks for calling.', at: '2026-01-01', kind: 'speech', brain: null },
    ]);
  });

  it('004 keeps settings, calls and recordings written under 003, and adds the phone line', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 3);
    db.exec(`
      INSERT INTO business_settings (id, business_name, record_calls, updated_at) VALUES (1, 'Summit Roofing', 1, '2026-01-01');
      INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c1', 'CA1', '+13035550142', '+13035550100', 'completed', '2026-01-01', '2026-01-01');
      INSERT INTO recordings (recording_sid, call_id, url, source, status, created_at)
        VALUES ('RE1', 'c1', 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1', 'voicemail', 'pending', '2026-01-01');
    `);
    expect(migrate(db, migrations, 4)).toBe(4);
    // Raw reads: the repositories expect the newest schema, and this is version 4.
    expect(db.prepare('SELECT business_name, record_calls, delete_recordings_from_twilio FROM business_settings').get()).toEqual({
      business_name: 'Summit Roofing',
      record_calls: 1,
      delete_recordings_from_twilio: 0,
    });
    expect(db.prepare('SELECT recording_sid, call_id, status FROM recordings').all()).toEqual([
      { recording_sid: 'RE1', call_id: 'c1', status: 'pending' },
    ]);
    // The new table takes the one configured number, and only one.
    const previousConfig = JSON.stringify({ voiceUrl: 'https://handler.twilio.com/twiml/EH1', voiceMethod: 'POST' });
    const save = db.prepare(
      `INSERT INTO phone_line (id, number_sid, phone_number, pointed_at, previous_config, updated_at)
       VALUES (?, 'PN1', '+13035550100', 'https://a.ngrok.app', ?, '2026-01-02')`,
    );
    expect(db.prepare('SELECT COUNT(*) FROM phone_line').pluck().get()).toBe(0);
    save.run(1, previousConfig);
    expect(db.prepare('SELECT number_sid, phone_number, pointed_at, previous_config FROM phone_line').all()).toEqual([
      { number_sid: 'PN1', phone_number: '+13035550100', pointed_at: 'https://a.ngrok.app', previous_config: previousConfig },
    ]);
    expect(() => save.run(2, null)).toThrow(/CHECK/);
  });

  it('005 keeps settings written under 003 and gives them the streaming defaults', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 3);
    db.exec(`
      INSERT INTO business_settings (id, business_name, voice_voice_id, ai_model, updated_at) VALUES (1, 'Summit Roofing', 'Polly.Joanna', 'gpt-4.1-mini', '2026-01-01');
    `);
    expect(migrate(db, migrations, 5)).toBe(5);
    // As 005 wrote them: a migration is frozen, today's defaults move on.
    const row = db
      .prepare(
        `SELECT business_name, voice_voice_id, ai_model, conversation_transport, relay_tts_provider, relay_voice,
                relay_transcription_provider, relay_interruptible, relay_interrupt_sensitivity FROM business_settings`,
      )
      .get();
    expect(row).toEqual({
      business_name: 'Summit Roofing',
      voice_voice_id: 'Polly.Joanna',
      ai_model: 'gpt-4.1-mini',
      conversation_transport: 'auto',
      relay_tts_provider: 'ElevenLabs',
      relay_voice: '',
      relay_transcription_provider: 'Deepgram',
      relay_interruptible: 'any',
      relay_interrupt_sensitivity: 'medium',
    });
  });

  it('006 keeps every turn written under 005 (ids, AI usage, search) and accepts keypad turns', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 5);
    db.exec(`
      INSERT INTO leads (id, phone, created_at, updated_at) VALUES ('l1', '+13035550142', '2026-01-01', '2026-01-01');
      INSERT INTO voice_calls (id, lead_id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c1', 'l1', 'CA1', '+13035550142', '+13035550100', 'completed', '2026-01-01', '2026-01-01');
      INSERT INTO call_turns (id, call_id, seq, speaker, text, at) VALUES (41, 'c1', 1, 'caller', 'My skylight is leaking', '2026-01-01T10:00:00Z');
      INSERT INTO call_turns (id, call_id, seq, speaker, text, at, brain, brain_fallback, model, input_tokens, cached_tokens, output_tokens, ai_ms, cost_usd)
        VALUES (42, 'c1', 2, 'ai', 'Sorry to hear that. What is the address?', '2026-01-01T10:00:01Z', 'openai', 0, 'gpt-4o-mini', 1200, 1024, 40, 310, 0.0002);
      INSERT INTO call_turns (id, call_id, seq, speaker, kind, text, at) VALUES (43, 'c1', 3, 'caller', 'voicemail', 'Call me back about the chimney', '2026-01-01T10:01:00Z');
    `);
    const before = db.prepare('SELECT * FROM call_turns ORDER BY id').all();

    expect(migrate(db, migrations, 6)).toBe(6);
    expect(db.prepare('SELECT * FROM call_turns ORDER BY id').all()).toEqual(before);
    expect(db.prepare("SELECT rowid FROM call_turns_fts WHERE call_turns_fts MATCH 'skylight'").pluck().all()).toEqual([41]);
    expect(db.prepare("SELECT rowid FROM call_turns_fts WHERE call_turns_fts MATCH 'chimney'").pluck().all()).toEqual([43]);

    db.prepare(
      "INSERT INTO call_turns (id, call_id, seq, speaker, kind, text, at) VALUES (44, 'c1', 4, 'caller', 'keypad', '0', '2026-01-01T10:02:00Z')",
    ).run();
    expect(db.prepare("SELECT rowid FROM call_turns_fts WHERE call_turns_fts MATCH '0'").pluck().all()).toEqual([44]);
    expect(() =>
      db
        .prepare(
          "INSERT INTO call_turns (call_id, seq, speaker, kind, text, at) VALUES ('c1', 9, 'caller', 'telepathy', 'x', 'now')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // The rebuilt table keeps its triggers and its cascade: deleting the call empties the index.
    db.prepare("DELETE FROM voice_calls WHERE id = 'c1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM call_turns').pluck().get()).toBe(0);
    expect(db.prepare("SELECT rowid FROM call_turns_fts WHERE call_turns_fts MATCH 'skylight'").all()).toHaveLength(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('007 keeps calls written under 006 as real calls, and marks test calls from then on', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 6);
    db.exec(`
      INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c1', 'CA1', '+13035550142', '+13035550100', 'completed', '2026-01-01', '2026-01-01');
    `);
    expect(migrate(db, migrations, 7)).toBe(7);
    // Raw columns: today's repository reads the columns of later migrations too.
    expect(db.prepare("SELECT is_test FROM voice_calls WHERE id = 'c1'").pluck().get()).toBe(0);
    db.exec(`
      INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at, is_test)
        VALUES ('c2', 'CA2', '+13035550199', '+13035550100', 'ringing', '2026-01-02', '2026-01-02', 1);
    `);
    expect(db.prepare("SELECT is_test FROM voice_calls WHERE id = 'c2'").pluck().get()).toBe(1);
  });

  it('runs each migration in its own transaction: a failing step leaves the previous version intact', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 1);
    const latest = migrations.at(-1)!.version;
    const broken = [
      ...migrations,
      {
        version: latest + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere;'),
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(latest);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toHaveLength(0);
  });

  it('008 marks a business set up by hand before it as done, and a new one as pending', () => {
    const named = new Database(':memory:');
    migrate(named, migrations, 7);
    named.exec("INSERT INTO business_settings (id, business_name, updated_at) VALUES (1, 'Summit Roofing', '2026-01-01')");
    expect(migrate(named, migrations, 8)).toBe(8);
    expect(named.prepare('SELECT setup_state FROM business_settings').pluck().get()).toBe('done');

    const fresh = new Database(':memory:');
    migrate(fresh, migrations, 7);
    fresh.exec(
      "INSERT INTO business_settings (id, business_name, updated_at) VALUES (1, 'My Contracting Business', '2026-01-01')",
    );
    migrate(fresh, migrations, 8);
    expect(fresh.prepare('SELECT setup_state FROM business_settings').pluck().get()).toBe('pending');
  });

  it('refuses a database from a newer Pickup and changes nothing', () => {
    const path = tempDb();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDatabase(path)).toThrow(DatabaseFromTheFutureError);
    expect(() => openDatabase(path)).toThrow(/newer version of Pickup/);
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(99);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
  });

  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const { db } = openDatabase(tempDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
  });
});

describe('migration tests', () => {
  // Repositories and today's defaults follow the newest schema; a migration is frozen, so its
  // tests write and read raw tables, and stay true however the rest of the store changes.
  it('read raw tables only: they import nothing of the store but migrations and the database', () => {
    const here = import.meta.dirname;
    const allowed = [join(here, 'migrate'), join(here, 'database'), join(here, 'migrations')];
    const testFiles = [
      join(here, 'migrate.test.ts'),
      ...readdirSync(join(here, 'migrations'))
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => join(here, 'migrations', name)),
    ];
    const strays = testFiles.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/^import [^;]*? from '(\.{1,2}\/[^']+)';$/gm)]
        .map((match) => resolve(dirname(path), match[1]!))
        .filter((target) => !allowed.some((ok) => target === ok || target.startsWith(`${ok}/`)))
        .map((target) => `${basename(path)} imports ${relative(here, target)}`),
    );
    expect(testFiles.length).toBeGreaterThan(1);
    expect(strays).toEqual([]);
  });
});
