import type { Migration } from './migration';

/** The optional cap on what one speech-to-speech call may cost (0: no cap, as before). */
export const migration012: Migration = {
  version: 12,
  name: 'realtime_cost_cap',
  up: (db) => {
    db.exec(`ALTER TABLE business_settings ADD COLUMN realtime_cost_cap_usd REAL NOT NULL DEFAULT 0;`);
  },
};
