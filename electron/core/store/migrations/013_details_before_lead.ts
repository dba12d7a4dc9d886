import type { Migration } from './migration';

/**
 * What a caller with a withheld number said about themselves (name, job, address) before they gave
 * a number to call back on: kept with the call until that number makes it a lead.
 */
export const migration013: Migration = {
  version: 13,
  name: 'details_before_lead',
  up: (db) => {
    db.exec(`ALTER TABLE voice_calls ADD COLUMN details_before_lead TEXT NOT NULL DEFAULT '{}';`);
  },
};
