import type Database from 'better-sqlite3';

/** One numbered schema step. Once shipped, a migration file is never edited: add the next one. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
