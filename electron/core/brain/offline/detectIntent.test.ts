import { describe, expect, it } from 'vitest';
import { detectIntent } from './detectIntent';

describe('detectIntent', () => {
  it.each([
    ['how much for a new roof', 'quote'],
    ['I need a roof quote', 'quote'],
    ['can you give me an estimate on gutters?', 'quote'],
    ['can someone come out Tuesday', 'schedule'],
    ['I need my water heater replaced', 'schedule'],
    ["I'm calling about my roof, it is leaking", 'schedule'],
    ['my furnace stopped working', 'schedule'],
    ['do you do gutters?', 'question'],
    ['are you licensed and insured', 'question'],
    ['your guy never showed up', 'complaint'],
    ['the roof you did is still leaking and nobody called me back', 'complaint'],
    ['let me speak to the owner', 'transfer'],
    ['is Mike there', 'transfer'],
    ['yeah this is Dana', 'other'],
    ['can somebody call me back after 5', 'other'],
    ['12 Oak Street', 'other'],
  ] as const)('%j is %s', (utterance, intent) => {
    expect(detectIntent(utterance, { ownerName: 'Mike' })).toBe(intent);
  });
});
