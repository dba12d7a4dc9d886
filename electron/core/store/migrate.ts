import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';

export class DatabaseFromTheFutureError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer version of Pickup (schema ${databaseVersion}; this app knows up to ${appVersion}). ` +
        'Update Pickup to open it; nothing was changed.',
    );
    this.name = 'DatabaseFromTheFutureError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest migration (or to `target`), each step in its own
 * transaction together with its version bump, so a crash leaves the database at a whole version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], target?: number): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const goal = target ?? latest;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseFromTheFutureError(current, latest);
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > goal) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}
