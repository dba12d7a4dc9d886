/**
 * Work a webhook starts but does not wait for (a call's wrap-up, a voicemail's summary): it runs
 * after the TwiML has gone out, so it never delays what the caller hears, and it is awaited
 * before shutdown, so none is cut off.
 */
export function createBackgroundQueue(log: (message: string, details?: Record<string, unknown>) => void) {
  const pending = new Set<Promise<void>>();
  return {
    soon(callId: string, what: string, work: () => Promise<void>): void {
      const job = new Promise<void>((resolve) => setImmediate(resolve))
        .then(work)
        .catch((error: unknown) => log(`${what} failed`, { callId, error: String(error) }))
        .finally(() => pending.delete(job));
      pending.add(job);
    },

    /** Resolves when every job started so far has finished. */
    async whenIdle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

export type BackgroundQueue = ReturnType<typeof createBackgroundQueue>;
