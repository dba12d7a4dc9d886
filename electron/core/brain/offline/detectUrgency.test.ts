import { describe, expect, it } from 'vitest';
import { detectUrgency } from './detectUrgency';

describe('detectUrgency', () => {
  it.each([
    ['my basement is flooding', 'emergency'],
    ['I smell gas', 'emergency'],
    ['my roof is leaking into the bedroom', 'high'],
    ['we have no hot water', 'high'],
    ['I need someone out today', 'high'],
    ['call me back asap', 'high'],
    ['no emergency, just a quote', 'low'],
    ['no rush, we are thinking about new siding next spring', 'low'],
    ['just getting quotes for now', 'low'],
    ['I need a roof quote', 'normal'],
    ['can someone come out Tuesday', 'normal'],
  ] as const)('%j is %s', (utterance, urgency) => {
    expect(detectUrgency(utterance)).toBe(urgency);
  });
});
