import { describe, expect, it } from 'vitest';
import { detectEmergency } from './detectEmergency';

describe('detectEmergency', () => {
  it.each([
    'my basement is flooding',
    'water is pouring through the ceiling',
    'we have a burst pipe in the crawl space',
    'I smell gas',
    'it smells like gas in the kitchen',
    'there are sparks coming from the panel',
    "no heat and it's freezing",
    'the furnace died and I have a newborn',
    'sewage is backing up into the tub',
    'our carbon monoxide alarm is going off',
    'a tree fell on my roof',
    'the ceiling collapsed in the bedroom',
    'this is an emergency',
    "It's flooding. Please hurry!",
  ])('treats %j as an emergency', (utterance) => {
    expect(detectEmergency(utterance)).toBe(true);
  });

  it.each([
    'no emergency, just a quote',
    "it's not an emergency but I'd like someone to look at the roof",
    'I want to prevent flooding next spring',
    'our basement flooded last year, can you put in a sump pump',
    "I don't smell gas or anything, the water heater is just old",
    'water pouring over the gutters when it rains',
    'I need a quote for a gas water heater',
    'no heat in the garage, no rush',
    'I live in Sparks',
    'my roof has a small leak',
  ])('does not treat %j as an emergency', (utterance) => {
    expect(detectEmergency(utterance)).toBe(false);
  });
});
