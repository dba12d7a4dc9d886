import { describe, expect, it } from 'vitest';
import { detectEmergency, detectEmergencyAcrossTurns } from './detectEmergency';

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
    'sewage is backing up into my basement through the floor drain every time we flush',
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
    // Each hazard kind and each side of hazard x vulnerable x weather, in words of neither corpus part.
    "water is shooting out from under the kitchen sink and i can't get it to stop",
    "the water heater burst and there's water all over the garage floor",
    'my basement is filling up with water',
    'the ceiling fan is dripping water',
    'the outlet is melted and black',
    "the lights are flickering and there's a buzzing and a smell like melting plastic",
    'the outlet is arcing',
    'my kid got shocked by the light switch',
    'the co detector is beeping and we all have headaches',
    "the furnace quit and it's below zero tonight",
    "our boiler died and the pipes are gonna freeze it's negative ten out",
    "heat pump's not working it's 30 degrees in the house",
    "the ac quit and it's 110 out and my wife is pregnant",
    'we have no heat and my son has a fever',
    "heats out and we've got a two month old",
    "toilet is overflowing and it won't stop and it's going into the hallway",
    'the wind tore off part of the roof and water is coming in',
    'a power line is down in my yard',
    "there's a crack in the foundation and the wall is bowing in fast",
    "power's out and my mom's oxygen machine needs power",
    "my front door got kicked in and won't lock",
    "the heat isn't coming on and it's like 20 below",
    "we don't have any heat and it's snowing",
    'the pipe under the sink burst',
    'toilets are backing up into the showers',
    "there's a downed line in the backyard",
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
    'we want a carbon monoxide detector installed',
    'i was shocked at how much the last guy charged',
    "i'm sick of my ac breaking every summer, i want a new one",
    'water comes up through the floor drain when it rains hard',
    'the power went out for an hour yesterday and now the garage door opener does not work',
    'the dog is stuck inside all day so the yard needs to be fenced',
    'the heat is out in 2 out of 3 rooms upstairs',
    'we want a whole house generator, my husband is on oxygen',
    'my 85 year old mother needs her gutters cleaned',
    "the sprinkler line broke and it's spraying the sidewalk",
    'we had a fire last year and need the kitchen repainted',
    'the ac is dead and the house is 80 years old, we want a new system',
  ])('does not treat %j as an emergency', (utterance) => {
    expect(detectEmergency(utterance)).toBe(false);
  });

  it('reads lost heat in one turn and who is at home in another', () => {
    expect(detectEmergencyAcrossTurns(['hi the furnace went out this morning', 'Dana Lee', 'my mom is 91 and lives alone'])).toBe(
      true,
    );
    expect(detectEmergencyAcrossTurns(['hi the furnace went out this morning', 'Dana Lee', 'it is mild out so no rush'])).toBe(
      false,
    );
    expect(detectEmergencyAcrossTurns(['my mom is 91 and needs grab bars', 'after 5'])).toBe(false);
  });
});
