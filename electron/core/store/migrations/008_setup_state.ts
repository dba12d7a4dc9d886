import type { Migration } from './migration';

/**
 * Whether the owner finished (or skipped) the welcome: it is shown until then, however many calls
 * came in meanwhile. A business already named before this version was set up by hand: done.
 */
export const migration008: Migration = {
  version: 8,
  name: 'setup_state',
  up: (db) => {
    db.exec("ALTER TABLE business_settings ADD COLUMN setup_state TEXT NOT NULL DEFAULT 'pending'");
    db.exec("UPDATE business_settings SET setup_state = 'done' WHERE business_name <> 'My Contracting Business'");
  },
};
