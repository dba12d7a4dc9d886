import { describe, expect, it } from 'vitest';
import { addressWithoutToken } from './tokenInUrl';

describe('addressWithoutToken', () => {
  it('drops the token and keeps the rest of the address', () => {
    expect(addressWithoutToken('http://127.0.0.1:5000/?token=abc&x=1#/calls/c1')).toBe('/?x=1#/calls/c1');
    expect(addressWithoutToken('http://127.0.0.1:5000/?token=abc#/live')).toBe('/#/live');
  });

  it('leaves an address without a token alone', () => {
    expect(addressWithoutToken('http://127.0.0.1:5000/#/live')).toBeNull();
  });
});
