import type { Migration } from './migration';

/**
 * The Twilio number Pickup configured: which one, the base URL it points at now (to re-point it
 * when the public URL changes), and its voice configuration from before, to put back on request.
 * Plus the owner's choice to delete recordings from Twilio once they are safely downloaded.
 */
export const migration004: Migration = {
  version: 4,
  name: 'phone_line',
  up: (db) => {
    db.exec(`
      ALTER TABLE business_settings ADD COLUMN delete_recordings_from_twilio INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE phone_line (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        number_sid TEXT NOT NULL,
        phone_number TEXT NOT NULL,
        pointed_at TEXT NOT NULL,
        previous_config TEXT,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
