import { describe, expect, it } from 'vitest';
import { emergencyOf } from './emergency';

describe('emergencyOf', () => {
  it('is an emergency, pinned, while the lead is new', () => {
    expect(emergencyOf({ urgency: 'emergency', status: 'new' })).toEqual({ emergency: true, pinned: true });
  });

  it('stays an emergency but is no longer pinned once the owner has dealt with it', () => {
    for (const status of ['contacted', 'won', 'lost'] as const) {
      expect(emergencyOf({ urgency: 'emergency', status })).toEqual({ emergency: true, pinned: false });
    }
  });

  it('is not an emergency for other urgencies, or a call with no lead', () => {
    expect(emergencyOf({ urgency: 'high', status: 'new' })).toEqual({ emergency: false, pinned: false });
    expect(emergencyOf({ urgency: null, status: 'new' })).toEqual({ emergency: false, pinned: false });
    expect(emergencyOf(null)).toEqual({ emergency: false, pinned: false });
  });
});
