import Database from 'better-sqlite3';

type Db = Database.Database;
type SqliteError = InstanceType<typeof Database.SqliteError>;

/** What the owner sees about the disk: whether writes reach it, and how many wait in memory. */
export interface StorageHealth {
  ok: boolean;
  pendingWrites: number;
  problem?: string;
}

export interface DurableOptions {
  /** The better-sqlite3 addon to open the in-memory copy with (the same the file was opened with). */
  nativeBinding?: string;
  /** Most write units kept in memory while the disk refuses them; past it a write fails. */
  maxPendingWrites?: number;
  /** Waits between retries of the pending writes; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Told when the disk starts or stops refusing writes, and of any write that is lost. */
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/** SQLite's codes for a disk that refuses writes (full, failing, read-only, gone), not a bad statement. */
export function isDiskError(error: unknown): error is SqliteError {
  return error instanceof Database.SqliteError && /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN)/.test(error.code);
}

/** One write statement as it ran, to run again on the disk. */
interface Write {
  sql: string;
  params: unknown[];
  exec: boolean;
}

/**
 * The store's connection, made to survive a disk that refuses writes. While the disk takes
 * them, every statement goes to the file. When a write fails with a disk error, the file's last
 * good state is copied into memory and the write (the whole transaction) runs there instead,
 * and so does every later one: reads see everything, so a call carries on as if nothing
 * happened. Each write unit (a transaction, or a lone statement) done in memory is journaled in
 * order, and retried on the file with backoff; once the file takes them all, memory is dropped.
 * Replaying the same statements in the same order on the same starting state gives the file the
 * same rows, ids included (they are parameters, made in JS).
 */
export class DurableDb {
  private memory: Db | null = null;
  /** Which connection statements were prepared on: a new one means preparing them again. */
  generation = 0;
  private readonly journal: Write[][] = [];
  /** The writes of the unit running now in memory; null outside one. */
  private unit: Write[] | null = null;
  private depth = 0;
  private problem: string | undefined;
  private retries = 0;
  private timer: NodeJS.Timeout | null = null;
  /** Write units that ran a write statement (each a commit, and with `synchronous=FULL` an fsync). */
  commits = 0;
  private unitWrote = false;
  private readonly maxPendingWrites: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(
    readonly disk: Db,
    private readonly options: DurableOptions = {},
  ) {
    this.maxPendingWrites = options.maxPendingWrites ?? 10_000;
    this.retryDelaysMs = options.retryDelaysMs ?? [1_000, 2_000, 5_000, 15_000, 60_000];
  }

  /** The connection in use now: the file, or its copy in memory while the file refuses writes. */
  get connection(): Db {
    return this.memory ?? this.disk;
  }

  health(): StorageHealth {
    const pendingWrites = this.journal.length;
    return { ok: this.problem === undefined, pendingWrites, ...(this.problem ? { problem: this.problem } : {}) };
  }

  prepare(sql: string): Database.Statement {
    return new DurableStatement(this, sql) as unknown as Database.Statement;
  }

  transaction<F extends (...args: never[]) => unknown>(fn: F): F {
    const nested = (...args: Parameters<F>) => {
      this.depth++;
      try {
        return fn(...args);
      } finally {
        this.depth--;
      }
    };
    return ((...args: Parameters<F>) => {
      if (this.depth > 0) return this.connection.transaction(nested)(...args);
      return this.write(() => this.connection.transaction(nested)(...args));
    }) as F;
  }

  exec(sql: string): this {
    this.write(() => this.connection.exec(sql), { sql, params: [], exec: true });
    return this;
  }

  /**
   * Runs a write: inside a transaction as part of it, else as its own unit, on the file while it
   * takes writes and in memory (journaled) once it has refused one.
   */
  write<T>(work: () => T, statement?: Write): T {
    if (this.depth > 0) {
      const result = work();
      if (statement) {
        this.unit?.push(statement);
        this.unitWrote = true;
      }
      return result;
    }
    this.unitWrote = statement !== undefined;
    try {
      return this.writeUnit(work, statement);
    } finally {
      if (this.unitWrote) this.commits++;
    }
  }

  private writeUnit<T>(work: () => T, statement?: Write): T {
    if (!this.memory) {
      try {
        return work();
      } catch (error) {
        if (!isDiskError(error)) throw error;
        this.keepInMemory(error);
      }
    }
    if (this.journal.length >= this.maxPendingWrites) {
      const message = `storage: the disk refuses writes and ${this.journal.length} are already waiting in memory; this one is lost`;
      this.log(message, { problem: this.problem });
      throw new Error(message);
    }
    this.unit = [];
    try {
      const result = work();
      if (statement) this.unit.push(statement);
      if (this.unit.length > 0) this.journal.push(this.unit);
      return result;
    } finally {
      this.unit = null;
    }
  }

  /** Switches reads and writes to a copy of the file in memory, from its last committed state. */
  private keepInMemory(error: SqliteError): void {
    this.problem = `${error.code}: ${error.message}`;
    let image: Buffer;
    try {
      image = this.disk.serialize();
    } catch (copyError) {
      this.log('storage: the disk refuses writes and cannot be read to keep them in memory', {
        problem: this.problem,
        error: String(copyError),
      });
      throw error;
    }
    // A WAL file's header (bytes 18-19 = 2) cannot be opened in memory; rollback mode (1) can.
    image[18] = 1;
    image[19] = 1;
    this.memory = new Database(image, this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {});
    this.memory.pragma('foreign_keys = ON');
    this.generation++;
    this.log('storage: the disk refuses writes; keeping them in memory and retrying', { problem: this.problem });
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.timer) return;
    const delay = this.retryDelaysMs[Math.min(this.retries, this.retryDelaysMs.length - 1)] ?? 60_000;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, delay);
    this.timer.unref();
  }

  /**
   * Writes the pending units to the file, in order, in one transaction. A unit the file rejects
   * for another reason than the disk is left out (its savepoint rolled back) so it cannot block
   * the rest forever. When all are on the file, memory is dropped and the file used again.
   */
  flush(): StorageHealth {
    if (!this.memory) return this.health();
    const prepared = new Map<string, Database.Statement>();
    const onDisk = (sql: string) => prepared.get(sql) ?? prepared.set(sql, this.disk.prepare(sql)).get(sql)!;
    let rejected = 0;
    try {
      this.disk.transaction(() => {
        for (const unit of this.journal) {
          try {
            this.disk.transaction(() => {
              for (const w of unit) {
                if (w.exec) this.disk.exec(w.sql);
                else onDisk(w.sql).run(...w.params);
              }
            })();
          } catch (error) {
            if (isDiskError(error)) throw error;
            rejected++;
            this.log('storage: a pending write was rejected by the disk copy and left out', { error: String(error) });
          }
        }
      })();
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.problem = `${error.code}: ${error.message}`;
      this.retries++;
      this.scheduleRetry();
      return this.health();
    }
    const written = this.journal.length - rejected;
    this.journal.length = 0;
    this.memory.close();
    this.memory = null;
    this.generation++;
    this.retries = 0;
    this.problem = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.log('storage: the disk takes writes again; pending writes stored', { written, rejected });
    return this.health();
  }

  pragma(source: string, options?: Database.PragmaOptions): unknown {
    return this.connection.pragma(source, options);
  }

  get inTransaction(): boolean {
    return this.connection.inTransaction;
  }

  /** Closes the file after one last try to write what waits in memory. */
  close(): this {
    if (this.memory && this.flush().pendingWrites > 0) {
      this.log('storage: closing with writes the disk never took; they are lost', { pendingWrites: this.journal.length });
    }
    if (this.timer) clearTimeout(this.timer);
    this.memory?.close();
    this.disk.close();
    return this;
  }

  private log(message: string, details?: Record<string, unknown>): void {
    this.options.log?.(message, details);
  }
}

/**
 * A prepared statement that runs on whichever connection the store uses now: prepared again
 * (with the same pluck/raw/expand modes) when the connection changes.
 */
class DurableStatement {
  private prepared: Database.Statement;
  private generation: number;
  private readonly modes: ((statement: Database.Statement) => void)[] = [];

  constructor(
    private readonly db: DurableDb,
    readonly source: string,
  ) {
    this.prepared = db.connection.prepare(source);
    this.generation = db.generation;
  }

  private get statement(): Database.Statement {
    if (this.generation !== this.db.generation) {
      this.prepared = this.db.connection.prepare(this.source);
      for (const mode of this.modes) mode(this.prepared);
      this.generation = this.db.generation;
    }
    return this.prepared;
  }

  get reader(): boolean {
    return this.prepared.reader;
  }

  run(...params: unknown[]): Database.RunResult {
    return this.db.write(() => this.statement.run(...params), { sql: this.source, params, exec: false });
  }

  get(...params: unknown[]): unknown {
    return this.statement.get(...params);
  }

  all(...params: unknown[]): unknown[] {
    return this.statement.all(...params);
  }

  iterate(...params: unknown[]): IterableIterator<unknown> {
    return this.statement.iterate(...params);
  }

  pluck(toggle?: boolean): this {
    return this.mode((s) => s.pluck(toggle ?? true));
  }

  raw(toggle?: boolean): this {
    return this.mode((s) => s.raw(toggle ?? true));
  }

  expand(toggle?: boolean): this {
    return this.mode((s) => s.expand(toggle ?? true));
  }

  private mode(apply: (statement: Database.Statement) => void): this {
    this.modes.push(apply);
    apply(this.statement);
    return this;
  }
}

/**
 * The durable connection as the repositories' `Db`: what `DurableDb` does not redirect (a
 * pragma, the file's name) is the connection in use now.
 */
export function asDb(durable: DurableDb): Db {
  return new Proxy(durable, {
    get(target, property, receiver) {
      if (property in target) return Reflect.get(target, property, receiver) as unknown;
      const value = Reflect.get(target.connection, property) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target.connection) : value;
    },
  }) as unknown as Db;
}
