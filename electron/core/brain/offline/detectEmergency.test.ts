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
    // Circumstances from the eval corpus's tune part: hazard x vulnerable people x weather.
    "hi our furnace stopped working it's like four degrees out and my dad is 85 he's at home alone",
    "my mom's furnace won't get the house warm it's down to like fifty inside",
    "our AC died and it's a hundred and four out I have a three month old baby in the house",
    "um ac is out my daughter has asthma and it's getting really hot in here",
    "there's water dripping out of the light in the kitchen ceiling and the light is flickering i don't know what to do",
    'water is coming out of the electrical panel in the basement',
    "the breaker panel is buzzing and it's hot to the touch",
    "I got a shock touching the washing machine and now there's a smell like burnt plastic",
    'a tree limb is hanging on the power line over my driveway',
    "the neighbor's pine came down in the wind and it's leaning on our roof",
    "the ceiling in the bathroom is bulging down like a balloon and water's dripping out of it",
    'um yeah the toilet overflowed and sewage went all over the bathroom floor',
    "hi no water at all in the house and it's freezing out I think the pipes froze",
    'hola no tenemos calefacción y hace mucho frío mi mamá es mayor',
    'hay olor a gas en la cocina',
    'está goteando agua de la lámpara del techo',
    // Hazards the issue names, in words the tune part does not use.
    "there's smoke coming out of the dryer vent",
    'the basement smells like rotten eggs',
    "water everywhere and I can't shut it off",
    'the power went out and my husband is on oxygen',
    'the back deck is pulling away from the house',
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
    "hi my kitchen faucet is dripping and there's a little leak under the sink i turned the valve off so it's not an emergency",
    'my breaker trips whenever I run the microwave and the space heater no burning smell or anything',
    "hi the heat pump is blowing cold air it's not urgent we have a fireplace",
    'hi I smell sewer gas in the downstairs bathroom no gas smell from the stove or anything just sewer',
    "we lost a big maple in the storm it's down in the back yard nothing got hit so no rush",
    'hi can you paint a nursery we have a baby coming',
    'hi I need a smoke detector replaced',
    'the smoke alarm keeps chirping',
    'the power went out in the garage, no rush',
    'hola se rompió una tubería del riego y salía mucha agua pero ya cerré la llave así que no es emergencia',
  ])('does not treat %j as an emergency', (utterance) => {
    expect(detectEmergency(utterance)).toBe(false);
  });
});
