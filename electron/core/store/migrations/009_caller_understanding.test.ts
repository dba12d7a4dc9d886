import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from './index';

describe('migration 009: caller understanding', () => {
  it('keeps calls written under 008 as English-speaking callers with no open questions', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 8);
    db.exec(`
      INSERT INTO leads (id, phone, created_at, updated_at) VALUES ('l1', '+13035550142', '2026-01-01', '2026-01-01');
      INSERT INTO voice_calls (id, lead_id, twilio_call_sid, "from", "to", status, started_at, created_at, outcome)
        VALUES ('c1', 'l1', 'CA1', '+13035550142', '+13035550100', 'completed', '2026-01-01', '2026-01-01', 'qualified');
    `);
    expect(migrate(db, migrations, 9)).toBe(9);
    expect(
      db.prepare('SELECT caller_kind, caller_questions, language, caller_attestation, outcome FROM voice_calls').get(),
    ).toEqual({ caller_kind: 'caller', caller_questions: '[]', language: 'en', caller_attestation: null, outcome: 'qualified' });
  });

  it('refuses a caller kind or language it does not know', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 9);
    const insert = (column: string, value: string) =>
      db
        .prepare(
          `INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at, ${column})
           VALUES (?, ?, '+13035550142', '+13035550100', 'ringing', '2026-01-01', '2026-01-01', ?)`,
        )
        .run(`c-${value}`, `CA-${value}`, value);
    expect(() => insert('caller_kind', 'robot')).toThrow(/CHECK/);
    expect(() => insert('language', 'fr')).toThrow(/CHECK/);
    insert('caller_kind', 'spam');
    insert('language', 'es');
  });

  it("keeps each Gather turn's first answer, and deletes them with their call", () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 9);
    db.pragma('foreign_keys = ON');
    db.exec(`
      INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c1', 'CA1', '+13035550142', '+13035550100', 'in-progress', '2026-01-01', '2026-01-01');
      INSERT INTO gather_replies (call_id, turn, twiml) VALUES ('c1', 1, '<Response/>');
    `);
    expect(() => db.exec("INSERT INTO gather_replies (call_id, turn, twiml) VALUES ('c1', 1, '<Other/>')")).toThrow(/UNIQUE/);
    db.exec("DELETE FROM voice_calls WHERE id = 'c1'");
    expect(db.prepare('SELECT COUNT(*) FROM gather_replies').pluck().get()).toBe(0);
  });
});
