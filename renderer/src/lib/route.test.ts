import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './route';

describe('routes', () => {
  it('reads a page, and a call on the Calls page', () => {
    expect(parseRoute('#/leads')).toEqual({ page: 'leads', callId: null });
    expect(parseRoute('#/calls/abc%2F1')).toEqual({ page: 'calls', callId: 'abc/1' });
    expect(parseRoute('#/leads/abc')).toEqual({ page: 'leads', callId: null });
  });

  it('has no route for an empty or unknown hash', () => {
    expect(parseRoute('')).toBeNull();
    expect(parseRoute('#/nowhere')).toBeNull();
  });

  it('round-trips', () => {
    expect(parseRoute(hrefFor('calls', 'a b'))).toEqual({ page: 'calls', callId: 'a b' });
  });
});
