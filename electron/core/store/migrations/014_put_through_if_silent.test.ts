import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from './index';

describe('migration 014: put through if silent', () => {
  it('leaves calls written under 013 waiting on nothing', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 13);
    db.exec(`
      INSERT INTO voice_calls (id, twilio_call_sid, "from", "to", status, started_at, created_at)
        VALUES ('c1', 'CA1', '+13035550142', '+13035550100', 'in-progress', '2026-01-01', '2026-01-01');
    `);
    expect(migrate(db, migrations, 14)).toBe(14);
    expect(db.prepare('SELECT id, put_through_if_silent FROM voice_calls').all()).toEqual([
      { id: 'c1', put_through_if_silent: 0 },
    ]);
  });
});
