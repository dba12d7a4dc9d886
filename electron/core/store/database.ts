import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { asDb, DurableDb, type DurableOptions } from './durableDb';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

export interface StoreOptions {
  /**
   * The better-sqlite3 addon file to load instead of node_modules' own: the desktop app passes a
   * copy built for Electron's ABI, since node_modules' copy is built for Node.
   */
  nativeBinding?: string;
  /** Most writes kept in memory while the disk refuses them (see DurableDb). */
  maxPendingWrites?: number;
  log?: DurableOptions['log'];
}

/**
 * Opens (creating if needed) Pickup's store. Call records are few and precious, so every commit
 * is flushed to disk (`synchronous=FULL`) even in WAL mode, and a write the disk refuses is kept
 * in memory until it takes it (`DurableDb`).
 */
export function openDatabase(path: string, options: StoreOptions = {}): { db: Db; durable: DurableDb } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32000');
    migrate(db, migrations);
    const durable = new DurableDb(db, {
      nativeBinding: options.nativeBinding,
      maxPendingWrites: options.maxPendingWrites,
      log: options.log,
    });
    return { db: asDb(durable), durable };
  } catch (error) {
    db.close();
    throw error;
  }
}
