import { defaultTextBackTemplate } from '../../../shared/textBack';
import type { Migration } from './migration';

/**
 * Texts after a call: every text Pickup sends (to the caller or the owner) with Twilio's
 * MessageSid and its delivery as the status callbacks report it; the numbers never to text again
 * (the recipient replied STOP, or the number cannot receive texts); and the caller text-back
 * setting, on by default.
 */
export const migration011: Migration = {
  version: 11,
  name: 'texts',
  up: (db) => {
    db.exec(`
      CREATE TABLE texts (
        id TEXT PRIMARY KEY,
        message_sid TEXT UNIQUE,
        call_id TEXT REFERENCES voice_calls(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL CHECK (recipient IN ('caller', 'owner')),
        purpose TEXT NOT NULL,
        to_number TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed')),
        error_code INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX texts_by_call ON texts (call_id, created_at);
      CREATE INDEX texts_by_number ON texts (to_number, created_at);
      CREATE TABLE text_recipients (
        phone TEXT PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('opted_out', 'cannot_receive')),
        error_code INTEGER NOT NULL,
        at TEXT NOT NULL
      );
      ALTER TABLE business_settings ADD COLUMN text_back_enabled INTEGER NOT NULL DEFAULT 1;
    `);
    db.prepare(
      `ALTER TABLE business_settings ADD COLUMN text_back_template TEXT NOT NULL DEFAULT ${sqlString(defaultTextBackTemplate)}`,
    ).run();
  },
};

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
