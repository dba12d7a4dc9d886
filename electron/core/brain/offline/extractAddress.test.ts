import { describe, expect, it } from 'vitest';
import { extractAddress } from './extractAddress';

describe('extractAddress', () => {
  it.each([
    ['123 Oak Street', '123 Oak Street'],
    ["it's at 4410 N. Elm Ave, Boulder", '4410 N. Elm Ave, Boulder'],
    ['the house is 12 Maple Dr', '12 Maple Dr'],
    ['Hi this is Dana, I need a roof quote at 12 Oak St, call me after 5', '12 Oak St'],
    ["we're at 880 south pine ridge road, thanks", '880 South Pine Ridge Road'],
    ['it is 55 Elm Court apt 4B', '55 Elm Court Apt 4B'],
    ['12 Oak St. The blue house.', '12 Oak St.'],
    // House numbers read in pairs, as digitsInSpeech leaves them.
    ['21 15 pearl street', '2115 Pearl Street'],
    ['44 10 west 38th avenue', '4410 West 38th Avenue'],
  ])('finds the address in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });

  it.each([
    'I need a roof quote',
    'call me after 5',
    'I have a 2 car garage drive that is cracked',
    'about 20 feet of gutter',
    'my number is 303 555 0199',
    '4410 Elm',
    'we moved in 3 years ago',
  ])('finds no address in %j unless asked', (utterance) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBeNull();
  });

  it.each([
    ['4410 Elm', '4410 Elm'],
    ["uh it's 77 Cottonwood, by the school", '77 Cottonwood'],
    ['the address is 1600 Pennsylvania', '1600 Pennsylvania'],
    ['yeah 4410 N. Elm. Thanks', '4410 N. Elm'],
    ['we live on 2200 south broadway', '2200 South Broadway'],
    ['its 1421 elm', '1421 Elm'],
    ["oh it's um 3067 quebec", '3067 Quebec'],
    ['vivo en la calle olive número 330', '330 Calle Olive'],
    ['calle quivira 2840', '2840 Calle Quivira'],
  ])('takes %j as the answer to "what is the address?"', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: true })).toBe(address);
  });

  it.each(["I'd rather not say", 'after 5', '5 on Monday', 'Dana', '3 years ago'])(
    'refuses %j even when the address was asked for',
    (utterance) => {
      expect(extractAddress(utterance, { expectingAddress: true })).toBeNull();
    },
  );

  it.each([
    ['unit 12 at 1400 Pearl Street', '1400 Pearl Street'],
    ['vivo en el 2840 de la calle quivira', '2840 Calle Quivira'],
    ['6021 calle del norte', '6021 Calle Del Norte'],
    ['en el 915 de la avenida san pedro', '915 Avenida San Pedro'],
  ])('finds the street address in %j', (utterance, address) => {
    expect(extractAddress(utterance, { expectingAddress: false })).toBe(address);
  });
});
