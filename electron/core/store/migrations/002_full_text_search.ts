import type { Migration } from './migration';

/**
 * Full-text search (FTS5) over what callers and the receptionist said, over call summaries, and
 * over the knowledge base (the offline brain answers questions from it). External-content tables
 * kept in step by triggers, so a turn is written once and indexed in the same transaction.
 */
export const migration002: Migration = {
  version: 2,
  name: 'full_text_search',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE call_turns_fts USING fts5(
        text, content='call_turns', content_rowid='id', tokenize='porter unicode61'
      );
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
      INSERT INTO call_turns_fts(call_turns_fts) VALUES ('rebuild');

      CREATE VIRTUAL TABLE call_summaries_fts USING fts5(
        ai_summary, content='voice_calls', content_rowid='rowid', tokenize='porter unicode61'
      );
      CREATE TRIGGER call_summaries_fts_insert AFTER INSERT ON voice_calls BEGIN
        INSERT INTO call_summaries_fts(rowid, ai_summary) VALUES (new.rowid, new.ai_summary);
      END;
      CREATE TRIGGER call_summaries_fts_delete AFTER DELETE ON voice_calls BEGIN
        INSERT INTO call_summaries_fts(call_summaries_fts, rowid, ai_summary) VALUES ('delete', old.rowid, old.ai_summary);
      END;
      CREATE TRIGGER call_summaries_fts_update AFTER UPDATE OF ai_summary ON voice_calls BEGIN
        INSERT INTO call_summaries_fts(call_summaries_fts, rowid, ai_summary) VALUES ('delete', old.rowid, old.ai_summary);
        INSERT INTO call_summaries_fts(rowid, ai_summary) VALUES (new.rowid, new.ai_summary);
      END;
      INSERT INTO call_summaries_fts(call_summaries_fts) VALUES ('rebuild');

      CREATE VIRTUAL TABLE knowledge_fts USING fts5(
        category, content, content='knowledge_base', content_rowid='rowid', tokenize='porter unicode61'
      );
      CREATE TRIGGER knowledge_fts_insert AFTER INSERT ON knowledge_base BEGIN
        INSERT INTO knowledge_fts(rowid, category, content) VALUES (new.rowid, new.category, new.content);
      END;
      CREATE TRIGGER knowledge_fts_delete AFTER DELETE ON knowledge_base BEGIN
        INSERT INTO knowledge_fts(knowledge_fts, rowid, category, content) VALUES ('delete', old.rowid, old.category, old.content);
      END;
      CREATE TRIGGER knowledge_fts_update AFTER UPDATE ON knowledge_base BEGIN
        INSERT INTO knowledge_fts(knowledge_fts, rowid, category, content) VALUES ('delete', old.rowid, old.category, old.content);
        INSERT INTO knowledge_fts(rowid, category, content) VALUES (new.rowid, new.category, new.content);
      END;
      INSERT INTO knowledge_fts(knowledge_fts) VALUES ('rebuild');

    `);
  },
};
