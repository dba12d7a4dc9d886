import { describe, expect, it } from 'vitest';
import { mentionsWork } from './workThings';

describe('mentionsWork', () => {
  it('finds the thing to work on in each trade, in English and Spanish', () => {
    for (const said of [
      "we've got a couple of soft spots on the roof over the garage",
      'the radiators in the back bedrooms are stone cold',
      'the gfci in the bathroom keeps tripping',
      'need the hedges cut back before the party',
      'touch up the trim on the north side',
      'a grab bar next to the tub for my dad',
      'a move out clean for the unit',
      'se me cayó una teja del techo',
    ])
      expect(mentionsWork(said), said).toBe(true);
  });

  it('finds none in how the caller found the business, who they are or when they are free', () => {
    for (const said of [
      "a coworker of mine gave me mike's name she said he's honest",
      'i rent from mr kaplan and he said to call you',
      'sorry my english is not so good',
      'mike texted me to call and confirm the time for wednesday',
      'after four thirty works',
    ])
      expect(mentionsWork(said), said).toBe(false);
  });
});
