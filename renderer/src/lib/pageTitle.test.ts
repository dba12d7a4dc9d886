import { describe, expect, it } from 'vitest';
import { pageTitle } from './pageTitle';

describe('pageTitle', () => {
  it('shows how many calls are live', () => {
    expect(pageTitle(0)).toBe('Pickup');
    expect(pageTitle(2)).toBe('(2 live) Pickup');
  });
});
