import { describe, expect, it } from 'vitest';
import type { Call } from '../../../electron/shared/models';
import { matchesFilters, noFilters, toQuery } from './callFilters';

const call = { callerIntent: 'quote', outcome: 'voicemail', callbackRequested: true } as Call;

describe('call filters', () => {
  it('tells whether a live call belongs in the filtered list', () => {
    expect(matchesFilters(call, noFilters)).toBe(true);
    expect(matchesFilters(call, { ...noFilters, intent: 'quote', outcome: 'voicemail', callbackOnly: true })).toBe(true);
    expect(matchesFilters(call, { ...noFilters, intent: 'complaint' })).toBe(false);
    expect(matchesFilters({ ...call, callbackRequested: false }, { ...noFilters, callbackOnly: true })).toBe(false);
  });

  it('leaves a text search to the server', () => {
    expect(matchesFilters(call, { ...noFilters, search: 'roof' })).toBeNull();
  });

  it('sends only the filters that are set', () => {
    expect(toQuery({ ...noFilters, search: '  ', callbackOnly: true }, '2025-01-01T00:00:00.000Z', 50)).toEqual({
      search: undefined,
      intent: undefined,
      outcome: undefined,
      callbackRequested: true,
      before: '2025-01-01T00:00:00.000Z',
      limit: 50,
    });
  });

  it("sends a number's digits as the words the call index holds", () => {
    expect(toQuery({ ...noFilters, search: '5550199' }).search).toBe('555 0199');
  });
});
