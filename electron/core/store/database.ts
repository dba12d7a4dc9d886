import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

export interface StoreOptions {
  /**
   * The better-sqlite3 addon file to load instead of node_modules' own: the desktop app passes a
   * copy built for Electron's ABI, since node_modules' copy is built for Node.
   */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) Pickup's store. Call records are few and precious, so every commit
 * is flushed to disk (`synchronous=FULL`) even in WAL mode.
 */
export function openDatabase(path: string, options: StoreOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
