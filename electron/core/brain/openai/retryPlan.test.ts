import * as openai from 'openai';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { classifyFailure, minAttemptMs, retryDelayMs, retryPauseMs } from './retryPlan';

const httpError = (status: number, headers: Record<string, string> = {}, code: string | null = null) =>
  APIError.generate(status, { error: { message: 'failed', code } }, undefined, new Headers(headers));

describe('classifyFailure', () => {
  it('retries rate limits and server errors, with the wait the server asked for', () => {
    expect(classifyFailure(httpError(429, { 'retry-after-ms': '300' }), openai)).toEqual({ retryable: true, retryAfterMs: 300 });
    expect(classifyFailure(httpError(429, { 'retry-after': '20' }), openai)).toEqual({ retryable: true, retryAfterMs: 20_000 });
    expect(classifyFailure(httpError(500), openai)).toEqual({ retryable: true, retryAfterMs: null });
    expect(classifyFailure(httpError(503), openai)).toEqual({ retryable: true, retryAfterMs: null });
    expect(classifyFailure(new APIConnectionError({ message: 'Connection error.' }), openai)).toEqual({
      retryable: true,
      retryAfterMs: null,
    });
  });

  it('does not retry what fails the same way every time, or what has used up the turn', () => {
    expect(classifyFailure(httpError(429, {}, 'insufficient_quota'), openai).retryable).toBe(false);
    expect(classifyFailure(httpError(400), openai).retryable).toBe(false);
    expect(classifyFailure(httpError(401), openai).retryable).toBe(false);
    expect(classifyFailure(new APIConnectionTimeoutError(), openai).retryable).toBe(false);
    expect(classifyFailure(new APIUserAbortError(), openai).retryable).toBe(false);
    expect(classifyFailure(new SyntaxError('Unexpected token'), openai).retryable).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('retries only when a whole attempt still fits in what is left of the budget', () => {
    expect(retryDelayMs({ retryable: true, retryAfterMs: null }, 5000)).toBe(retryPauseMs);
    expect(retryDelayMs({ retryable: true, retryAfterMs: 1000 }, 5000)).toBe(1000);
    expect(retryDelayMs({ retryable: true, retryAfterMs: 20_000 }, 5000)).toBeNull();
    expect(retryDelayMs({ retryable: true, retryAfterMs: null }, minAttemptMs)).toBeNull();
    expect(retryDelayMs({ retryable: false, retryAfterMs: null }, 60_000)).toBeNull();
  });
});
