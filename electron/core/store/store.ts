import { CallsRepo } from './callsRepo';
import { openDatabase, type Db, type StoreOptions } from './database';
import type { StorageHealth } from './durableDb';
import { KnowledgeRepo } from './knowledgeRepo';
import { LeadsRepo } from './leadsRepo';
import { PhoneLineRepo } from './phoneLineRepo';
import { SettingsRepo } from './settingsRepo';
import { TextsRepo } from './textsRepo';

/** Pickup's local store: one SQLite file, one repository per table group. */
export interface Store {
  db: Db;
  settings: SettingsRepo;
  calls: CallsRepo;
  leads: LeadsRepo;
  knowledge: KnowledgeRepo;
  phoneLine: PhoneLineRepo;
  /** Texts sent and their delivery, and the numbers never to text again. */
  texts: TextsRepo;
  /** Whether writes reach the disk, and how many wait in memory for it. */
  storage(): StorageHealth;
  /** Tries now to write what waits in memory (the store also retries on its own, with backoff). */
  flushPendingWrites(): StorageHealth;
  /** Commits that wrote since the store opened: each is an fsync (`synchronous=FULL`), the cost tests count. */
  commits(): number;
  close(): void;
}

export function openStore(path: string, options: StoreOptions = {}): Store {
  const { db, durable } = openDatabase(path, options);
  return {
    db,
    settings: new SettingsRepo(db),
    calls: new CallsRepo(db),
    leads: new LeadsRepo(db),
    knowledge: new KnowledgeRepo(db),
    phoneLine: new PhoneLineRepo(db),
    texts: new TextsRepo(db),
    storage: () => durable.health(),
    flushPendingWrites: () => durable.flush(),
    commits: () => durable.commits,
    close: () => durable.close(),
  };
}
