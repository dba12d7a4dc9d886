import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { CallsRepo } from './callsRepo';
import { openDatabase } from './database';
import { DatabaseFromTheFutureError, migrate, schemaVersion } from './migrate';
import { migrations } from './migrations';
import { SettingsRepo } from './settingsRepo';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'pickup-migrate-')), 'pickup.db');

describe('migrations', () => {
  it('001 creates the seed tables on an empty database', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrations, 1)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['business_settings', 'call_turns', 'knowledge_base', 'leads', 'recordings', 'voice_calls']));
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
    db.prepare("INSERT INTO call_turns (call_id, seq, speaker, text, at) VALUES ('c1', 2, 'ai', 'We can fix chimneys too', '2026-01-01')").run();
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
    const { aiModel, aiTurnBudgetMs, aiTemperature, aiPrices } = new SettingsRepo(db).get();
    expect({ aiModel, aiTurnBudgetMs, aiTemperature, aiPrices }).toEqual({
      aiModel: defaultSettings.aiModel,
      aiTurnBudgetMs: defaultSettings.aiTurnBudgetMs,
      aiTemperature: defaultSettings.aiTemperature,
      aiPrices: defaultSettings.aiPrices,
    });
    const calls = new CallsRepo(db);
    expect(calls.findById('c1')).toMatchObject({ aiInputTokens: 0, aiCachedTokens: 0, aiOutputTokens: 0, aiMs: 0, aiCostUsd: 0, aiFallbackTurns: 0 });
    expect(calls.turns('c1')).toEqual([{ speaker: 'ai', text: 'Hi! Thanks for calling.', at: '2026-01-01', kind: 'speech' }]);
  });

  it('runs each migration in its own transaction: a failing step leaves the previous version intact', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 1);
    const latest = migrations.at(-1)!.version;
    const broken = [...migrations, { version: latest + 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere;') }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(latest);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all()).toHaveLength(0);
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
    const db = openDatabase(tempDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(migrations.at(-1)?.version);
  });
});
