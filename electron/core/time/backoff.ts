export interface Backoff {
  baseMs: number;
  maxMs: number;
}

/** The wait before try number `attempt` + 1 after `attempt` failures: doubling from `baseMs`, capped at `maxMs`. */
export function backoffDelayMs(attempt: number, { baseMs, maxMs }: Backoff): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
