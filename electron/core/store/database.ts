import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
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
  if (path !== ':memory:') ownerOnlyFiles(path);
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 4 MB of pages: the big store's queries (newest 50, search, one call) read the same with 32 MB
    // (2.22 / 6.24 / 0.46 ms p99 against 2.21 / 6.94 / 0.36), and a cache grows to its cap as
    // the store does: a year of calls would keep 32 MB in memory for nothing.
    db.pragma('cache_size = -4000');
    migrate(db, migrations);
    if (path !== ':memory:') ownerOnlyFiles(path);
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

/**
 * Call records are private: the database and its -wal and -shm files are the owner's alone
 * (0600, whatever the umask), created so before SQLite opens them (it gives its side files the
 * database's mode) and set so again on every start, for files an older version left readable.
 */
function ownerOnlyFiles(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
