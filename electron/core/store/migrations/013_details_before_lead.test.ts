import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from './index';

describe('migration 013: details before a lead', () => {
  it('gives calls written under 012 nothing held back, and keeps their lead', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 12);
    db.exec(`
      INSERT INTO leads (id, phone, created_at, updated_at) VALUES ('l1', '+13035550142', '2026-01-01', '2026-01-01');
      INSERT INTO voice_calls (id, lead_id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c1', 'l1', 'CA1', '+13035550142', '+13035550100', 'completed', '2026-01-01', '2026-01-01');
      INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c2', 'CA2', 'anonymous', '+13035550100', 'completed', '2026-01-01', '2026-01-01');
    `);
    expect(migrate(db, migrations, 13)).toBe(13);
    expect(db.prepare('SELECT id, lead_id, details_before_lead FROM voice_calls ORDER BY id').all()).toEqual([
      { id: 'c1', lead_id: 'l1', details_before_lead: '{}' },
      { id: 'c2', lead_id: null, details_before_lead: '{}' },
    ]);
  });
});
