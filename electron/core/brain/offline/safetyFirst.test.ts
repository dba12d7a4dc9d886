import { describe, expect, it } from 'vitest';
import { safetyFirst } from './safetyFirst';

describe('safetyFirst', () => {
  it.each([
    ['our carbon monoxide alarm is going off and my kids have headaches', 'carbonMonoxide'],
    ['the co detector keeps beeping and i feel dizzy', 'carbonMonoxide'],
    ['la alarma de monóxido está sonando', 'carbonMonoxide'],
    ['i smell gas in the kitchen', 'gas'],
    ["there's a strong gas smell by the furnace", 'gas'],
    ['it smells like rotten eggs in the basement', 'gas'],
    ['the line to the stove is hissing and i think it is gas', 'gas'],
    ['huele mucho a gas en la cocina', 'gas'],
    ['se está saliendo el gas', 'gas'],
    ['the outlet caught fire', 'fire'],
    ['smoke is coming out of the furnace vent', 'fire'],
    ['the basement is full of smoke', 'fire'],
    ['hay humo saliendo del enchufe', 'fire'],
  ] as const)('hears %j as a danger to leave: %s', (said, hazard) => {
    expect(safetyFirst([said])).toBe(hazard);
  });

  it.each([
    "one of your guys just fell off my roof he's lying in the yard",
    'my husband is trapped under the garage door it came down on him',
    'the deck gave way and my dad is hurt bad',
    "there's a man passed out in my basement",
    'su trabajador se cayó del techo y no se mueve',
  ])('hears %j as someone hurt or trapped, to call 911 for', (said) => {
    expect(safetyFirst([said])).toBe('someoneHurt');
  });

  it('puts getting out before 911 for the hurt, and hears no one hurt in a story or a reason for a job', () => {
    expect(safetyFirst(['i smell gas and my husband passed out'])).toBe('gas');
    expect(safetyFirst(['the pipe burst', "my dad slipped and fell on the wet floor and can't get up"])).toBe('someoneHurt');
    for (const said of [
      'my husband fell off a ladder last year so now we hire out the gutters',
      "he's not hurt but the ceiling came down",
      "my husband is injured from work so he can't do the yard this year",
      "she lives alone and can't get up there to check the smoke detector",
    ])
      expect(safetyFirst([said]), said).toBeNull();
  });

  it('reads the danger across turns, carbon monoxide before gas before fire', () => {
    expect(safetyFirst(['the furnace is acting up', 'and now i smell gas'])).toBe('gas');
    expect(safetyFirst(['i smell gas and the co alarm went off'])).toBe('carbonMonoxide');
  });

  it('hears no danger to leave when it is denied, or in an emergency of another kind', () => {
    for (const said of [
      'no gas smell but the furnace quit and my mom is ninety',
      "there's no smoke or anything the outlet just sparked once",
      'the pipe burst and water is everywhere',
      'the co detector is chirping every minute i think it is the battery',
      'the power line is down in the yard',
    ])
      expect(safetyFirst([said]), said).toBeNull();
  });
});
