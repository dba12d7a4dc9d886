import { describe, expect, it } from 'vitest';
import { hazardToLeave } from './hazardToLeave';

describe('hazardToLeave', () => {
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
    expect(hazardToLeave([said])).toBe(hazard);
  });

  it('reads the danger across turns, carbon monoxide before gas before fire', () => {
    expect(hazardToLeave(['the furnace is acting up', 'and now i smell gas'])).toBe('gas');
    expect(hazardToLeave(['i smell gas and the co alarm went off'])).toBe('carbonMonoxide');
  });

  it('hears no danger to leave when it is denied, or in an emergency of another kind', () => {
    for (const said of [
      'no gas smell but the furnace quit and my mom is ninety',
      "there's no smoke or anything the outlet just sparked once",
      'the pipe burst and water is everywhere',
      'the co detector is chirping every minute i think it is the battery',
      'the power line is down in the yard',
    ])
      expect(hazardToLeave([said]), said).toBeNull();
  });
});
