import type { Migration } from './migration';

/**
 * Whether the receptionist's last question (who is calling, the address) was the only thing
 * between the caller and the person they asked for or their emergency: silence then puts them
 * through.
 */
export const migration014: Migration = {
  version: 14,
  name: 'put_through_if_silent',
  up: (db) => {
    db.exec(`ALTER TABLE voice_calls ADD COLUMN put_through_if_silent INTEGER NOT NULL DEFAULT 0;`);
  },
};
