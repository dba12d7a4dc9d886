import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../electron/shared/models';
import { mergeTurns } from './turns';

const turn = (text: string, at = '2025-06-02T15:00:00.000Z'): Turn => ({ speaker: 'caller', text, at, kind: 'speech' });

describe('mergeTurns', () => {
  it('appends only turns it does not have, in order', () => {
    expect(mergeTurns([turn('a'), turn('b')], [turn('b'), turn('c')]).map((t) => t.text)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the same words said again later', () => {
    expect(mergeTurns([turn('yes')], [turn('yes', '2025-06-02T15:01:00.000Z')])).toHaveLength(2);
  });
});
