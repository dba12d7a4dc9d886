import type { AppEvent } from '../../shared/models';
import type { Db } from './database';

/**
 * Live events that leave only after their writes commit. SSE, IPC and notifications run the
 * moment an event is published, so one published inside a transaction would show the dashboard
 * a row a rollback may still take back.
 */
export interface Outbox {
  /**
   * Runs `work` as one transaction (nested: as part of the running one). The events it queues
   * are published once the outermost transaction commits, and dropped if it rolls back.
   */
  transaction<T>(work: () => T): T;
  /** Queues an event for the running transaction's commit; outside one, publishes it at once. */
  emit(event: AppEvent): void;
}

export function createOutbox(db: Db, publish: (event: AppEvent) => void): Outbox {
  let queued: AppEvent[] | null = null;
  return {
    transaction<T>(work: () => T): T {
      if (queued) {
        const mark = queued.length;
        try {
          return db.transaction(work)();
        } catch (error) {
          // The savepoint rolled back: so do the events of its writes.
          queued.length = mark;
          throw error;
        }
      }
      let events: AppEvent[] = [];
      let result: T;
      try {
        result = db.transaction(() => {
          // Fresh on every run: the durable store runs the work again in memory when the disk refuses it.
          events = queued = [];
          return work();
        })();
      } finally {
        queued = null;
      }
      for (const event of events) publish(event);
      return result;
    },
    emit(event) {
      if (queued) {
        queued.push(event);
        return;
      }
      if (db.inTransaction) throw new Error(`${event.type} emitted inside a transaction the outbox does not run`);
      publish(event);
    },
  };
}
