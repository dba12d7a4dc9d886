import type { Migration } from './migration';

/**
 * A caller's keypress becomes a turn of its own (`kind = 'keypad'`, the key as its text), so the
 * transcript shows "pressed 0" where the caller asked for a person that way. SQLite cannot change
 * a CHECK constraint in place: the table is rebuilt with the same columns and the same row ids, so
 * the full-text index (keyed by row id) stays valid; its triggers go with the old table and are
 * made again as migration 002 made them.
 */
export const migration006: Migration = {
  version: 6,
  name: 'keypad_turns',
  up: (db) => {
    db.exec(`
      CREATE TABLE call_turns_new (
        id INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL REFERENCES voice_calls(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        speaker TEXT NOT NULL CHECK (speaker IN ('caller', 'ai')),
        kind TEXT NOT NULL DEFAULT 'speech' CHECK (kind IN ('speech', 'voicemail', 'keypad')),
        text TEXT NOT NULL,
        confidence REAL,
        at TEXT NOT NULL,
        brain TEXT,
        brain_fallback INTEGER,
        model TEXT,
        input_tokens INTEGER,
        cached_tokens INTEGER,
        output_tokens INTEGER,
        ai_ms INTEGER,
        cost_usd REAL,
        UNIQUE (call_id, seq)
      );
      INSERT INTO call_turns_new (id, call_id, seq, speaker, kind, text, confidence, at, brain, brain_fallback, model, input_tokens, cached_tokens, output_tokens, ai_ms, cost_usd)
        SELECT id, call_id, seq, speaker, kind, text, confidence, at, brain, brain_fallback, model, input_tokens, cached_tokens, output_tokens, ai_ms, cost_usd FROM call_turns;
      DROP TABLE call_turns;
      ALTER TABLE call_turns_new RENAME TO call_turns;

      CREATE TRIGGER call_turns_fts_insert AFTER INSERT ON call_turns BEGIN
        INSERT INTO call_turns_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER call_turns_fts_delete AFTER DELETE ON call_turns BEGIN
        INSERT INTO call_turns_fts(call_turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER call_turns_fts_update AFTER UPDATE OF text ON call_turns BEGIN
        INSERT INTO call_turns_fts(call_turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO call_turns_fts(rowid, text) VALUES (new.id, new.text);
      END;
    `);
  },
};
