import { describe, expect, it } from 'vitest';
import { keepCallback, noCallback } from './keptCallback';

const asked = { requested: true, time: '2026-06-15T23:00:00.000Z', phrase: 'after 5', number: '+13035550142' };

describe('keepCallback', () => {
  it('keeps a request and what was said of it until something new is said', () => {
    const kept = keepCallback(noCallback, asked);
    expect(keepCallback(kept, { requested: false, time: null, phrase: null, number: null })).toEqual({
      callbackRequested: true,
      callbackTime: asked.time,
      callbackPhrase: 'after 5',
      callbackNumber: '+13035550142',
    });
    expect(keepCallback(kept, { ...asked, time: null, phrase: 'tomorrow morning' }).callbackPhrase).toBe('tomorrow morning');
  });

  it('drops the request and its time when the caller declines one, and keeps the number they confirmed', () => {
    const kept = keepCallback(noCallback, asked);
    expect(keepCallback(kept, { requested: false, time: null, phrase: null, number: null, declined: true })).toEqual({
      callbackRequested: false,
      callbackTime: null,
      callbackPhrase: null,
      callbackNumber: '+13035550142',
    });
  });
});
