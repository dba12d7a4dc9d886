import type { Migration } from './migration';

/**
 * Calls placed from the dashboard's Test call are marked, so the owner can tell them from real
 * callers in the history and in the text Pickup sends. Calls stored before are real calls.
 */
export const migration007: Migration = {
  version: 7,
  name: 'test_calls',
  up: (db) => {
    db.exec('ALTER TABLE voice_calls ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0');
  },
};
