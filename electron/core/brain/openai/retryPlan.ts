import type * as OpenAiModule from 'openai';

/** A retry is worth it only if the model still has this long to answer afterwards. */
export const minAttemptMs = 1500;
/** Pause before retrying a failure that named no wait of its own. */
export const retryPauseMs = 200;

export interface Failure {
  retryable: boolean;
  /** The wait the server asked for (`retry-after-ms` or `retry-after`), if any. */
  retryAfterMs: number | null;
}

function retryAfterMs(headers: Headers | undefined): number | null {
  const ms = Number(headers?.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = Number(headers?.get('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/**
 * Which failures another attempt might fix: a dropped connection, a rate limit (but not an
 * exhausted quota), a server error. A timeout or an abort has used up the turn; a bad request or
 * a bad key fails the same way every time.
 */
export function classifyFailure(
  error: unknown,
  errors: Pick<typeof OpenAiModule, 'APIConnectionError' | 'APIConnectionTimeoutError' | 'APIError' | 'APIUserAbortError'>,
): Failure {
  const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } = errors;
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError)
    return { retryable: false, retryAfterMs: null };
  if (error instanceof APIConnectionError) return { retryable: true, retryAfterMs: null };
  if (error instanceof APIError && typeof error.status === 'number') {
    const quota = error.code === 'insufficient_quota';
    const retryable = !quota && (error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500);
    return { retryable, retryAfterMs: retryable ? retryAfterMs(error.headers) : null };
  }
  return { retryable: false, retryAfterMs: null };
}

/**
 * How long to wait before trying again, or null to give up now and let the fallback answer. The
 * SDK's own retries would wait as long as a server asks (a 429 may say 20 s) and then give the
 * retry the whole timeout again; a caller on the line cannot wait for either.
 */
export function retryDelayMs(failure: Failure, remainingMs: number): number | null {
  if (!failure.retryable) return null;
  const delay = failure.retryAfterMs ?? retryPauseMs;
  return delay + minAttemptMs <= remainingMs ? delay : null;
}
