import { describe, expect, it } from 'vitest';
import { costCapGoodbye, pastCostCap } from './costCap';

describe('the per-call cost cap', () => {
  it.each([
    [0, 5, false],
    [0.5, 0.49, false],
    [0.5, 0.5, true],
    [0.5, 0.73, true],
  ])('a cap of $%s with $%s spent is past: %s', (cap, spent, past) => {
    expect(pastCostCap(cap, spent)).toBe(past);
  });

  it('says goodbye with a callback from the owner, by name when known', () => {
    expect(costCapGoodbye({ ownerName: 'Mike', businessName: 'Summit Roofing' }, 'Dana')).toBe(
      'I have to let you go now, but Mike will call you back, Dana. Thank you for calling, goodbye!',
    );
    expect(costCapGoodbye({ ownerName: '', businessName: 'Summit Roofing' }, null)).toBe(
      'I have to let you go now, but someone from Summit Roofing will call you back. Thank you for calling, goodbye!',
    );
  });
});
