import { describe, expect, it } from 'vitest';
import { glossSpanish } from './spanish';
import {
  detectEmergency,
  detectEmergencyAcrossTurns,
  detectSpanishEmergencyAcrossTurns,
  saysItCanWait,
  soundsOverAlready,
} from './detectEmergency';

describe('detectEmergency', () => {
  it.each([
    // Heat in a wall, a boiler over pressure (tune-is-this-an-emergency-night.json).
    "there's a spot on my living room wall that's warm like really warm",
    'the boiler in our basement the needle on the gauge is way up in the red',
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
    // eval/corpus/tune-after-dark.json: carbon monoxide told by a headache, water getting into the basement.
    'my furnace make a big boom when it start like a explosion three times tonight and i have a little bit headache',
    "the side yard is a lake and it's going down the window well into the basement",
    // eval/corpus/tune-second-language.json: as second-language speakers say it.
    'the wind in night tear big piece from my roof and now snow is melting and water go inside in kitchen from ceiling',
    'the heat stop in my house all night now it is very cold inside i have baby two month old',
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
    'se reventó un tubo en la cocina y está saliendo agua por todos lados',
    'huele a quemado en el enchufe',
    'no hay luz y mi mamá usa oxígeno',
    'no tenemos calor y hace mucho frío y tengo un bebé',
    // Stopped, said as a change, on a freezing night (tune-es-sexta-semana.json).
    'el calentón dejó de funcionar desde las once está bien helado afuera y tengo un bebé de dos meses',
    'se cayó un árbol sobre el techo',
    'hay un cable caído en el patio',
    'me dio una descarga el enchufe',
    'huele a huevo podrido en la casa',
    'el calentador se reventó y hay agua por toda la casa',
    'se salió el agua del excusado y no para',
    // Circumstances the emergency-heating guides name (eval/corpus/tune-emergency.json).
    "the ac isn't cooling at all and my son has a fever",
    'it smells like something electrical is burning inside the wall in the bedroom',
    'the washer overflowed and the water is all around the power strip and the extension cord',
    "there's a big crack in the basement wall and it's pushing in and water is seeping through",
    "our heat went out and it's supposed to get down to five tonight",
    'the furnace keeps shutting off and we have a newborn',
    "it's 40 degrees in the house and we have a baby",
    'the house is freezing and my husband is on oxygen',
    'our chimney is leaning and cracking',
    'our roof blew off in the storm',
    'it smells like burning dust and the co alarm is going off',
    "our heat is out, it's the middle of a cold snap",
    "it's a heat advisory today and our ac is broken",
    'the ac is out and he just got out of the hospital',
    "the furnace won't start and we have twins who are six weeks old",
    'the bathroom fan is dripping water',
    "our well pump died and we have no water and my mom's on dialysis",
    'the floor in the kitchen is sinking',
    'a car crashed into our garage',
    'water is coming out of the can lights',
    // Electricians' "call now" signs (aceworkgear.com, businesshab.com): heat, a loud buzz, crackling.
    'the outlet in the kitchen is hot',
    'my electrical panel is buzzing really loud',
    'the switch plate is warm and buzzing',
    'the breaker panel is crackling',
    'the panel is making a buzzing noise and smells hot',
    // Water actively coming through a ceiling, or a roof leaking while the storm goes on (primeemergencyplumbing.com).
    'water is dripping through the ceiling',
    'water is leaking from the ceiling in the kitchen',
    "there's a leak coming through the ceiling",
    'the upstairs toilet is leaking through the ceiling',
    'the roof is leaking into the bedroom during the storm',
    // The service drop torn from the house.
    'the line from the pole to the house got ripped off',
    'we hit a gas line while digging',
    'the gas line got hit by the landscaper',
    'the ceiling is about to collapse from the water',
    'hi my basement is taking on water fast',
    "there's a pipe spraying water in the crawlspace",
    "our heat quit and it's supposed to be minus ten tonight",
    'the chandelier is dripping water',
    "the retaining wall fell onto the neighbor's car",
    'the chimney fell onto the roof',
    'the ceiling fell in the bathroom',
    // The same circumstances as Spanish-speaking callers put them.
    'no hay agua y tengo un bebé de dos meses',
    'está saliendo mucha agua del techo',
    'está cayendo agua del techo en la cocina',
    'el techo está goteando mucho con la tormenta',
    'huele a plástico quemado en el cuarto',
    'suena la alarma de gas',
    'el drenaje se está regresando a la casa',
    'el panel eléctrico está zumbando',
    // Circumstances from plumbers' and electricians' "call now" lists (eval/corpus/tune-round3.json).
    'the sump pump quit and the water in the basement is almost up to the furnace',
    "there's like a fishy smell coming from the light switch in the hallway and the cover plate is turning brown",
    'the lights in half the house just died the neighbors have power and the main panel feels warm',
    "every time anyone flushes it comes up in the bathtub and it's brown and it stinks",
    "the boiler died and there's ice forming on the inside of the windows",
    "somebody backed into our gas meter and it's making a whistling noise",
    'water is leaking out of the smoke detector in the upstairs hallway',
    'the floor drain in the basement is bubbling up brown water and it smells awful',
    "the main breaker keeps tripping and now there's a scorch mark on the panel cover",
    "the toilet won't stop overflowing",
    'my house smells like a skunk near the stove',
    "i'm getting tingles when i touch the kitchen faucet",
    'the pipes in the crawlspace froze and one split',
    'the power line to the house is sagging really low over the driveway',
    "the dishwasher is leaking all over the kitchen floor and won't shut off",
    'the lights dimmed and i heard a pop from the panel',
    "the storm blew a hole in the roof and it's raining in the bedroom",
    // What sounds like the harmless cases below, with the harm (eval/corpus/tune-danger.json).
    'the outlet sparked when i plugged in the heater and now it smells like burning',
    "the toilet is running and overflowing onto the floor and the water won't stop",
    // Told as it happened (eval/corpus/tune-urgent-calls.json).
    'a big locust tree by the driveway came over onto the north end of the house it punched holes in the roof',
    'the wind just tore our roof off',
    "the metal roof just peeled off like a lid and now it's starting to rain into the house",
    'we were all out on the back deck and it just dropped it kind of fell in toward the house',
    "her basement's flooding we think it's the water heater",
    "the basement's got like four feet of water in it",
    "the pipe under my kitchen sink just burst it's spraying everywhere",
    "there's this huge bulge in the living room ceiling like eight feet across",
    "the plate's kind of gone tan colored and it's warm",
    'the outlet behind the couch is hot',
    // Told by new callers (eval/corpus/tune-hazards.json).
    "the carpet in my bedroom is squishing like mud so i'm thinking it's a pipe busted under the slab",
    'i keep catching this whiff of sulfur like a struck match back behind the stove',
    "my dad's on oxygen all the time and his concentrator just quit along with the lights in his room",
    'a wet spot spreading on the ceiling above it',
    "it's raining pretty hard and it's coming in the upstairs bedroom through the ceiling",
    "our big maple split in half and half of it's laying on the roof",
    'a branch came straight through the living room ceiling',
    "our furnace isn't running and the house is down to sixty one and wind chill's twenty below",
    // eval/corpus/tune-quiet-emergencies.json: cooling lost said as warm air, a limb through the roof.
    "our air conditioner is basically not doing anything it's blowing but it's warm and he's fourteen months old",
    "our ac is blowing room temperature air it's a hundred and one out and i'm thirty five weeks pregnant",
    'a limb came off the cottonwood in the wind about an hour ago and went right through the roof over the back bedroom',
    "you can see daylight through the ceiling and there's pieces of drywall on the bed",
    "a pipe burst under the sink and it's still coming out he can't find where to shut it off",
    // Their twins that are emergencies still.
    'after the pipe burst this morning the basement is flooding',
    'the sprinkler line in the crawl space split and water is everywhere down there',
    'the plumber said there is a gas leak in the basement and to get out',
    'the heat came back on by itself for an hour then quit again and it is 40 in here with the baby',
    'a tree fell on the house and the roof is torn off the back bedroom',
    'the outlet feels kind of warm and smells like burning',
    'the switch plate is hot to the touch',
    "the toilet won't shut off and water is everywhere",
    'this is an emergency the lights are flickering and the outlet is sparking',
    "it's an emergency my toilet keeps running and water is all over the floor",
    // What the gas company said is the danger itself, not an all clear.
    'the gas company said there is a gas leak in the basement and to get out',
    "it's not cigarette smoke the furnace is smoking and there's a burning smell",
    'water is coming in through the ceiling and we have buckets everywhere',
    'water is pouring in from the pipe in the basement',
    'there is smoke coming out of the vents and it is not from the neighbors',
    'the fire department said we need to get out there is carbon monoxide',
    // Answering-service emergency lists told by circumstance: a lost neutral by what went dark, heat
    // lost with someone who cannot breathe cold air, a cold house by how the family dresses, a pilot
    // beside carbon monoxide's symptoms.
    'half my house has no power and the other half the lights are dimming',
    'we lost heat and my father has copd',
    "the heat's been off since last night and it's freezing",
    'the furnace quit and the kids are sleeping in their coats',
    'the pilot light keeps going out and i have a headache and feel dizzy',
    // A furnace that "won't do anything" in the cold (tune-heat-and-cold.json, held out by the folds).
    "the furnace won't do anything it's fifteen outside and it's sixty one in here and dropping",
  ])('treats %j as an emergency', (utterance) => {
    expect(detectEmergency(utterance)).toBe(true);
  });

  it('hears no emergency in a sprinkler zone flooding the sidewalk, but one in a basement flooding (tune-returning-your-call-week.json)', () => {
    expect(detectEmergency('now the same zone in the front is flooding the sidewalk again right where he dug')).toBe(false);
    expect(detectEmergency('the basement is flooding')).toBe(true);
    expect(detectEmergency("it's flooding the basement")).toBe(true);
  });

  it("hears no emergency in a sprinkler's broken pipe, but one in a house's (tune corpus: 52 of 59 such calls no emergency)", () => {
    expect(detectEmergency('i have a broken pipe on my sprinkler i already found it')).toBe(false);
    expect(detectEmergency('a broken pipe in the sprinkler system')).toBe(false);
    expect(detectEmergency('we have a broken pipe in the basement')).toBe(true);
    expect(detectEmergency('the pipe burst in the basement')).toBe(true);
  });

  it('reads a mildly warm plate the same whatever was read before it', () => {
    // The check keeps no state between calls: a warm outlet that burns, then a plate only warm.
    expect(detectEmergency('the outlet feels kind of warm and smells like burning')).toBe(true);
    expect(detectEmergency('the plate gets kind of warm')).toBe(false);
  });

  it.each([
    // A water heater's pilot light is no light fixture (tune-is-this-an-emergency-night.json).
    "we don't have any hot water tonight and i went and looked and the pilot light on the water heater is out",
    'no emergency, just a quote',
    "it's not an emergency but I'd like someone to look at the roof",
    // Over already: covered, dry, gone.
    "a limb came through the roof but the tarp's holding and it's been dry inside since",
    'the basement took on water last week and no water is coming in now',
    "the burnt smell went away after twenty minutes and it hasn't come back",
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
    // eval/corpus/tune-call-times.json, tune-who-is-calling.json: a smell, a double sink, a sump pit, a frozen line.
    "hi we've got a sewer smell in the basement coming up around the floor drain",
    'the kitchen sink at my house is backing up into the other side',
    "my sump pump doesn't seem to kick on anymore there's a few inches of water sitting in the pit",
    "one of our units has no water at the kitchen sink since the cold snap we think the pipe on the outside wall froze it's not leaking",
    // eval/corpus/tune-tenants.json: a clogged double sink, a water ring, a leak only when it rains, heat switched off.
    'my kitchen sink is backed up both sides and now the dishwasher water is coming up in it too',
    'a little shower head leak left a water ring on the ceiling of the unit below around the light',
    "my tenant says the closet ceiling is dripping again every time it rains she's got a bucket in there",
    "my tenants kept turning the heat off when they left and i think that's why it froze",
    // eval/corpus/tune-spoken-addresses.json: a sink full of water over a jammed disposal is a clog.
    "hi my garbage disposal's jammed and the sink is full of water",
    // A headache that is a figure of speech; a limb down that did no harm (tune-after-dark.json).
    'the gas stove burner will not light and it gives me a headache to deal with',
    'i think one pipe break in the winter because it have water coming up in the grass when i test',
    "um the bathtub won't drain it's like standing water every time i shower i think it's hair",
    // A tub told slow in one turn, its standing water in the next (tune-december-calls.json).
    'standing water every shower',
    "a big limb came off the cottonwood and it's laying on the roof over the garage it didn't go through nothing's leaking",
    // eval/corpus/tune-is-it-urgent.json, tune-plain-speech.json: taken back in the same breath.
    "the heat's not coming on it's snowing out but we're okay we got blankets it's not like an emergency",
    'a tree came down on the house but some guys already cut it up and hauled it off the roof is fine no holes',
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
    'la llave del lavabo no para de gotear',
    'hace meses que no funciona la calefacción, no es nada urgente',
    'el mayor problema es que no prende el calentador',
    'no es urgente pero el aire no enfría bien',
    "the ac isn't cooling as well as it used to and my mom is 80",
    "the ac isn't cooling the upstairs, no rush",
    'the carbon monoxide detector keeps chirping i think it needs a new battery',
    'is it normal for the furnace to smell like burning dust the first time',
    'a bunch of shingles blew off the roof',
    "our heat went out but it's supposed to get down to fifty tonight",
    'we have no water pressure upstairs and my dad is 90',
    'no hot water since yesterday',
    "my mom is in the hospital and wants her gutters cleaned while she's away",
    'the deck stairs are sinking a little, can you look next week',
    'the fan in the bathroom is noisy',
    // Look-alikes the trades' lists name as able to wait.
    'the furnace makes a burning smell when it first turns on for the season',
    'we want to install a sewage pump',
    'the outlet for the hot water heater does not work',
    'the dimmer switch buzzes a little when the lights are low',
    'there is a small water stain on the ceiling',
    'the ceiling has an old water stain we want painted',
    'the roof leaks a little when it rains',
    'my hot tub outlet needs replacing',
    "i'd like to replace my smoke and co detectors",
    'the sprinkler line is spraying water by the driveway',
    'no hay agua caliente y tengo un bebé',
    'el techo gotea un poquito cuando llueve',
    'hay una mancha de agua en el techo',
    'quiero pintar el techo de la cocina',
    'the ceiling fan fell down can you hang a new one',
    "the heat's out, what do you charge minus the trip fee",
    "the panel isn't buzzing or anything but the breaker trips",
    'the co alarm went off last week and the gas company said it was fine',
    // A running toilet is on plumbers' can-wait lists (eval/corpus/tune-addresses.json).
    "the toilet upstairs won't stop running",
    'i got a little shock touching the doorknob in winter',
    'the hose bib split last winter when it froze',
    // Sounds worse than it is (eval/corpus/tune-everyday.json, tune-places.json, tune-pitches.json, tune-danger.json).
    'the outlet in the kitchen sparks a little when i plug in the toaster',
    'the outlet in my room sparks sometimes when i plug in my phone charger',
    'my toilet it is running all the time the water does not stop',
    "there's water stains running down the siding underneath the gutter",
    'the hallway and two other units got smoke stains on the walls',
    // Kept bearable till someone comes; a flame a thermocouple sits in (the by-file cross-validation's needless transfers).
    "our ac stopped working this morning, it's like 95 out but we're okay we have fans",
    "the heater is only blowing cold air we got a couple space heaters going so nobody's freezing",
    "my water heater pilot won't stay lit after i put a new thermocouple in i'm gonna check if it's pushed in far enough into the flame",
    // A stain by the fan is water that came, not water on the wiring (eval/corpus/tune-what-time-works-day.json).
    "i got water staining around the bathroom fan vent up in the ceiling, pretty sure it's the flashing on the roof",
    "the ac runs but the air coming out of the vents just isn't very cold",
    // Over, past or prevented (eval/corpus/tune-urgent-calls.json, tune-where.json).
    'in that wet snowstorm a few weeks back the trunk on her side cracked and came down on her roof',
    "our air went out last night and our vendor got it going again this afternoon so everybody's cool now",
    "i want the house shut down before we go so we don't come back to a burst pipe",
    'they shut it off and aired everything out and said we could go home',
    'a couple light switches spark a little when you flip them',
    'a bunch of shingles blew off the roof',
    // A list of small jobs, too little water, a stain, water outside (eval/corpus/tune-details.json and others).
    "the kitchen faucet drips a closet shelf fell down and the switch for the garbage disposal doesn't do anything",
    'the shower upstairs has hardly any water coming out',
    "with the snow melting this week there's a water spot coming through on the ceiling in the back bedroom",
    "there's water bubbling up in the grass out by the curb near the water meter not a ton",
    // eval/corpus/tune-just-asking.json, tune-good-time.json, tune-where-i-live.json.
    "our shower drain is totally clogged there's like two inches of water standing in the tub",
    "when i plug the vacuum in there's a little blue spark it doesn't smell or anything and the outlet's not hot",
    "the meter's spinning so it's under the house somewhere i got the water shut off at the street for now",
    'the outlet sparked real big when i plugged in the compressor and left a black mark i turned that breaker off',
    'the last guy flooded my basement and then just disappeared',
    'i noticed the floor in the living room is buckling',
    "the ac is running but the house won't cool below seventy eight",
    // eval/corpus/tune-why-they-call.json: a seep, and a door with a hole kicked in it.
    'now there is some rust at the bottom and small water coming from there not a lot just wet on the floor',
    'i need an interior door replaced the bedroom one got a hole kicked in it long story',
    // The season's first heat burning off dust (tune-plain-folks.json).
    "well it's making a funny smell when it kicks on kind of a dusty burning smell",
    // The day after a storm, a claim, a yard (tune-after-the-storm-day.json, tune-insurance-claims-day.json,
    // tune-new-parents-day.json, tune-pet-owners-day.json, tune-selling-or-buying-day.json).
    'i found six shingles in the back yard and you can see bare spots on the back side of the roof where they came off',
    'when that limb came down in the storm it landed on the sprinkler line and now water bubbles up in the side yard',
    'what do you charge for a cleaning after a fire like smoke residue on the walls it was a small fire in the garage',
    'the mitigation company cut out the drywall in our basement after the pipe burst and now i need an estimate',
    "we've been in a hotel for three weeks since the pipe burst and the repairs are almost done",
    'the co detector went off last night and the fire department came and said there was no co at all',
    'a sprinkler head got broken off by the mower and now that zone just shoots water everywhere',
    'our dog chewed through the drip line and water was bubbling out everywhere so i shut that zone off',
    'last week in that heat wave our ac quit for a few hours with the dogs home it came back on by itself and has been working since',
    'the inspector said the flashing around the chimney is pulling away and wants it repaired before closing',
    // Mildly warm, and sprinklers left running (tune-a-day-of-electrical.json, tune-now-or-later.json, tune-plain-folks.json).
    'the dimmer switch in our dining room buzzes and the plate gets kind of warm',
    'i noticed my electrical panel feels kind of warm it is on the west side of the house',
    "the sprinklers won't turn off they've been running all morning and there's a big puddle by the curb",
    // Alone, in the yard; the same call is put through once the water goes down the window well into
    // the basement (above; tune-after-dark.json).
    'my sprinklers came on at like ten and they will not shut off',
    // Called an emergency, for trouble that is not one (tune-now-or-later.json, tune-hazards.json).
    'hi this is an emergency my kitchen light keeps flickering on and off',
    'okay this is an emergency i have twenty people coming tomorrow for thanksgiving and my kitchen sink is clogged',
    "hi this is an emergency my toilet will not stop running it's been going all night",
    // A leak to find, not a flood; the line coming in frozen, not water coming in (tune-empty-houses-day.json,
    // tune-winter-storm-day.json).
    "found the ceiling in the guest room stained and soft and the drywall's wet but water's getting in somewhere and i need somebody to find it",
    "the water's out at my place i think the line froze coming in and i wanted to know what you charge to thaw it",
    "there's water coming in at the top of the wall in the upstairs bedroom it's like a slow drip we have a towel down",
    // A neighbour's cigarettes through shared ducts (tune-neighbors-and-shared-day.json).
    "every time our furnace kicks on we get the neighbor's cigarette smoke through the vents",
    // Lost and back: a past outage behind a repair (tune-plumbing-all-winter.json).
    "after the cold snap it's showing an error code i'm guessing something froze in it cause we lost power for a few hours saturday night",
    'half the house has no power i think a breaker tripped',
  ])('does not treat %j as an emergency', (utterance) => {
    expect(detectEmergency(utterance)).toBe(false);
  });

  it('hears a ceiling hanging with water, a roof torn up in the wind and a pipe heard bursting out of sight (tune-is-this-bad.json)', () => {
    for (const said of [
      "there's a spot on my living room ceiling that's gone all puffy like a belly hanging down",
      "hi yeah we've got a roof problem the wind is tearing it up",
      'a whole section over the back bedroom is peeling back like a flap i can see the boards and more is lifting every gust',
      'there is a lot of water noise under the floor in the crawl space like a shower running',
    ])
      expect(detectEmergency(said), said).toBe(true);
    // A detector asking for a battery, a pipe that burst last winter, paint peeling: jobs to book.
    // Also where a drip comes from, a leak only when the snow melts, a ceiling that poured and has stopped.
    for (const said of [
      "hi yeah um i got water dripping under my kitchen sink it's coming from where the pipe goes into the wall i think",
      "yeah i've got water coming in around the chimney when the snow melts, it's staining the ceiling in the upstairs bedroom",
      "there was water pouring out of the ceiling in our lobby the building maintenance guy had us shut off the water for our side so it's stopped",
      "it's the carbon monoxide one up at the top of my stairwell and it goes chirp about once a minute and the little screen says low battery",
      'hi we had a pipe freeze and burst in our crawl space last january',
      'the paint on the ceiling is peeling',
      'the wind tore a few shingles off last week',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears emergencies from the second new wave told plainly or by circumstance (tune-after-the-storm.json, tune-rentals.json, tune-for-the-shop.json, tune-plain-english-learners.json)', () => {
    for (const said of [
      "there's glass and ice all over the living room and the rain is blowing straight in",
      "the boiler's down i came in at five thirty and the whole building is fifty two degrees",
      'is say carbon mono side carbon mono oxide',
      'hello please somebody broke my front door',
      "good morning dear my heat hasn't come on since yesterday afternoon i'm eighty one",
      "tenant's only toilet is clogged and it overflowed and now the tub's backing up too so it's probably the main line",
    ])
      expect(detectEmergency(said), said).toBe(true);
    // A furnace a technician switched off as unsafe is heat lost, for an 84-year-old in a cooling house.
    const redTagged = [
      'he gave me a paper says unit unsafe to operate switched off and left off',
      "it's getting cold in here it's fifty eight already and i'm eighty four",
    ];
    expect(detectEmergencyAcrossTurns(redTagged)).toBe(true);
    expect(detectEmergency('hi the hail just broke every front window of my house')).toBe(false);
    // The appliance named "water", and a check for the gas, are no water pouring or gas present (tune-misheard.json, tune-older-callers.json).
    expect(
      detectEmergency('hi the water heater in the garage has a little drip coming from the bottom not a lot just a puddle'),
    ).toBe(false);
    expect(detectEmergency('does a carbon monoxide check come with the estimate or is that separate')).toBe(false);
    expect(detectEmergency('water is coming out of the water heater all over the garage')).toBe(true);
  });

  it('hears the caller take an emergency back, but not within the turn that tells it', () => {
    expect(soundsOverAlready("so she's fine she's comfortable here there's no rush")).toBe(true);
    expect(soundsOverAlready("we're all okay")).toBe(false);
    expect(soundsOverAlready("we bought new ones and they've been quiet")).toBe(true);
    expect(soundsOverAlready("it's been totally fine since so no rush just a full inspection")).toBe(true);
    expect(soundsOverAlready("she's fine but the water is still coming in")).toBe(false);
    expect(detectEmergency("my mom's okay for now but the heat is out and she's ninety and it's ten below")).toBe(true);
    expect(soundsOverAlready("it's not that bad it's only supposed to be seventy five today")).toBe(true);
    // A scare that turned out to be nothing, and a leak the caller says can wait (tune-older-callers.json, tune-rentals.json).
    expect(soundsOverAlready('the furnace is running fine the house is warm')).toBe(true);
    expect(soundsOverAlready('it can wait till tomorrow morning')).toBe(true);
    // Stopped at its valve, or slow and caught (tune-december-calls.json); not a furnace that quit, nor a drip onto the panel.
    expect(
      soundsOverAlready("i shut it off at the valve in the basement so it's not running now but the lawn's getting crispy"),
    ).toBe(true);
    expect(soundsOverAlready("i think it's an ice dam i've got towels and a bucket under it it's just dripping slow")).toBe(true);
    expect(soundsOverAlready("the furnace shut itself off so it's not running now")).toBe(false);
    expect(soundsOverAlready("it's just dripping a little onto the panel")).toBe(false);
  });

  it('says when anything said so far says it can wait, but not water merely shut off', () => {
    expect(saysItCanWait(['the pilot keeps going out', "the basement got water in it but that's all dried up now"])).toBe(true);
    expect(saysItCanWait(['the furnace is making a noise', "it's not an emergency"])).toBe(true);
    expect(saysItCanWait(["the basement's a lake", "my husband shut the water off but there's an inch on the floor"])).toBe(
      false,
    );
  });

  it('reads lost heat in one turn and who is at home in another', () => {
    expect(detectEmergencyAcrossTurns(['hi the furnace went out this morning', 'Dana Lee', 'my mom is 91 and lives alone'])).toBe(
      true,
    );
    expect(detectEmergencyAcrossTurns(['hi the furnace went out this morning', 'Dana Lee', 'it is mild out so no rush'])).toBe(
      false,
    );
    expect(detectEmergencyAcrossTurns(['my mom is 91 and needs grab bars', 'after 5'])).toBe(false);
    // Cooling lost said as hot air, a heart condition, the heat indoors said as the apartment.
    expect(
      detectEmergencyAcrossTurns([
        "i'm calling about the air",
        "it's blowing hot air out the vents and it's eighty nine in my apartment",
        'i got congestive heart failure',
      ]),
    ).toBe(true);
    // The heating named, then lost as "it"; lost a week ago and still out.
    expect(
      detectEmergencyAcrossTurns([
        "i'm calling about my mother's furnace",
        "she's eighty one and it just gave a big sigh and quit on her last night and it's twenty three below out there",
      ]),
    ).toBe(true);
    expect(
      detectEmergency(
        "the furnace in our building went out a week ago they keep saying they're working on it but now it's forty two degrees in here",
      ),
    ).toBe(true);
    // An age said as words, not a house number said as words (eval/corpus/tune-danger.json, tune-pitches.json).
    expect(detectEmergencyAcrossTurns(['my heater quit sometime in the night', "i'm ninety one and i live by myself"])).toBe(
      true,
    );
    expect(
      detectEmergencyAcrossTurns([
        "the buyer's inspection says the ac isn't cooling right",
        'the house is at eighty three oh two west sixty fourth place',
      ]),
    ).toBe(false);
  });

  it('hears the third wave: heat shut off as unsafe, heat in the house, a tree coming out of the ground (tune-real-trouble.json, tune-one-long-message.json, tune-story-first.json)', () => {
    expect(
      detectEmergency(
        "we smelled gas by the furnace last night and xcel came out and shut it off and red tagged it so now we've got no heat at all and it's like nine degrees outside we've got a six month old",
      ),
    ).toBe(true);
    expect(
      detectEmergency(
        "my mom's eighty eight and it's ninety one degrees in her house the central air just isn't putting out anything cold",
      ),
    ).toBe(true);
    expect(
      detectEmergency(
        "the ground's all heaved up on one side where the roots are coming out and it's leaned more just since this morning",
      ),
    ).toBe(true);
    // Look-alikes: shut off and fine, told as past, asked about, denied, slight.
    expect(detectEmergency('the furnace guy red tagged it and we shut it off, no rush we have space heaters')).toBe(false);
    expect(detectEmergency('we had a pipe burst in june and the restoration company finally finished')).toBe(false);
    expect(detectEmergency("does that chirp mean there's carbon monoxide")).toBe(false);
    expect(detectEmergency("the outlet is so loose the plug falls out nothing's burning or sparking")).toBe(false);
    expect(detectEmergency("we'd like someone to look at the porch roof, it's sagging a little")).toBe(false);
    expect(detectEmergency('the roots are lifting the sidewalk a bit')).toBe(false);
  });

  it('tells reading about a danger and a slow drip caught in a bucket from the danger itself (tune-heat-and-cold.json, tune-when-and-where.json)', () => {
    expect(detectEmergency("hi i was reading about carbon monoxide and realized we don't have any detectors")).toBe(false);
    expect(detectEmergency("water's coming through my bathroom ceiling from the unit above it's a slow drip into a bucket")).toBe(
      false,
    );
    expect(detectEmergency('i smell gas i read about it online and it said get out')).toBe(true);
    expect(detectEmergency('the co alarm is going off and i saw a video about it')).toBe(true);
    expect(detectEmergency('water is pouring through the ceiling into buckets')).toBe(true);
  });

  it('hears callers who change their minds: danger told after "no rush", and a scare that turns out to be nothing (tune-change-of-mind.json)', () => {
    expect(
      detectEmergencyAcrossTurns([
        "it's not a big deal but our furnace has been making a clicking noise no rush on this",
        "oh hang on the vents are blowing cold now it's not lighting at all",
        "it's six degrees outside and i've got a four month old in the house",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "our ac's running but not really cooling no rush just whenever",
        "actually my mom's here she's eighty eight and it's ninety one in the house she's saying she feels dizzy",
      ]),
    ).toBe(true);
    // Calm said with the danger, or after it, still takes it back.
    expect(detectEmergencyAcrossTurns(["my mom's furnace went out she's eighty four", "no rush she's at my place tonight"])).toBe(
      false,
    );
    expect(
      detectEmergency(
        "oh wait it's raining now and there's water dripping into my daughter's bedroom it's coming out around the ceiling light",
      ),
    ).toBe(true);
    for (const over of [
      "okay it stopped it's just dripping a little now it's fine it's under control",
      "okay wait it's not the alarm it's just chirping once a minute and the little screen says low battery",
      "wait i'm down here now it's not sewage the washer drain hose popped out",
      "okay never mind sorry it's working",
      "she's staying at my house tonight so she's fine and warm it can be tomorrow",
    ])
      expect(soundsOverAlready(over)).toBe(true);
    for (const notOver of [
      "my husband got it stopped but it's everywhere and the smell is coming up the stairs",
      "she's sitting in my kitchen right now she's okay just shaken up",
      'we changed the battery and it stopped for like five minutes and then started again',
    ])
      expect(soundsOverAlready(notOver)).toBe(false);
  });

  it('hears Spanish callers tell a danger, and not its look-alikes (tune-es-urgente.json, tune-es-en-casa.json, tune-two-languages.json)', () => {
    for (const danger of [
      'hola buenas noches fíjese que huele bien fuerte a gas en la cocina como a huevo podrido',
      'hola hola es que huele mucho a gas en la cocina ya apagué la estufa',
      'está saliendo agua negra por la coladera del sótano y por la regadera',
      'una rama enorme del álamo rompió el techo del garaje y hay cables de luz colgando',
      'se nos cayó el árbol grande del vecino encima del techo del cuarto de los niños',
      'se reventó el boiler del agua caliente y el agua ya llegó a los enchufes del cuarto de lavar',
      'se apagó el calentón desde anoche y no quiere prender y afuera está bajo cero',
      'el aire acondicionado de mi papá no está enfriando nada y hace como 100 grados él tiene 83 años',
    ])
      expect(detectEmergency(danger), danger).toBe(true);
    for (const lookAlike of [
      'hola tengo un árbol grande que tiene ramas encima del techo y quiero que las corten',
      'quiero que me corten un árbol grande que está muy cerca de la casa las ramas ya están tocando el techo',
      'se cayó un árbol en el patio de atrás la semana pasada con el viento',
      'es una emergencia la llave de la regadera no deja de gotear toda la noche',
      'es una emergencia se me cayó la canaleta del lado de la casa con el viento',
      'el contacto de la cocina está flojo no echa chispas ni huele a nada',
      'el furnace hace un tronido fuerte cuando prende pero sí calienta no huele a gas nada',
      'el detector de monóxido hace un pitido como cada minuto creo que es la pila',
    ])
      expect(detectEmergency(lookAlike), lookAlike).toBe(false);
  });

  it("reads a Spanish caller's lost heat in one turn and who is at home in another", () => {
    expect(detectSpanishEmergencyAcrossTurns(['se apagó el calentón desde anoche', 'tengo un bebé de 3 meses'])).toBe(true);
    expect(detectSpanishEmergencyAcrossTurns(['la calefacción no prende', 'después de las 5 porque voy por los niños'])).toBe(
      false,
    );
    expect(detectSpanishEmergencyAcrossTurns(['la calefacción no prende', 'mi mamá es mayor', 'no es urgente'])).toBe(false);
  });

  it("hears a Spanish caller's mother with no heat, or heat gone while it snows, and not a house that never had AC", () => {
    const spanish = (said: string) => detectEmergency(glossSpanish(said));
    expect(spanish('mi mamá tiene 85 años y no tiene calefacción y está nevando')).toBe(true);
    expect(spanish('no tenemos calefacción y está nevando')).toBe(true);
    expect(spanish('mi abuelita vive sola y no tiene aire acondicionado quería saber cuánto cuesta instalarle uno')).toBe(false);
    expect(spanish('el año pasado mi mamá no tenía calefacción y está nevando ahora quiero revisarla')).toBe(false);
  });

  it('hears quiet dangers of the sixth wave, and an alarm the fire department has since cleared (tune-quiet-danger.json, tune-es-cada-dia.json)', () => {
    expect(
      detectEmergencyAcrossTurns([
        'our air conditioning stopped blowing cold last night and it says 88 on the thermostat',
        'i have ms and the heat really knocks me down',
      ]),
    ).toBe(true);
    expect(
      detectEmergency("there's a smell in the house like somebody just struck a bunch of matches it's strongest at the furnace"),
    ).toBe(true);
    expect(detectEmergency('mi mamá tiene 86 años y se le apagó la calefacción y la casa está bien helada')).toBe(true);
    expect(detectEmergency('it smells like someone struck a match when i light the candles')).toBe(false);
    expect(
      detectEmergency(
        "the fire department came with their meter and didn't find anything so the carbon monoxide alarm was a fluke",
      ),
    ).toBe(false);
  });

  it('takes no heat in single digits with older tenants for an emergency, and discoloured tap water for none (tune-the-job-is-at.json, tune-what-will-it-cost-again.json)', () => {
    expect(
      detectEmergency(
        'the boiler is out the whole building has no heat its single digits and a lot of our tenants are older folks',
      ),
    ).toBe(true);
    expect(detectEmergency("the hot water's been coming out kind of rusty brown lately")).toBe(false);
    expect(detectEmergency('the water is coming out cloudy from the kitchen tap')).toBe(false);
    expect(detectEmergency('water is pouring out of the bottom of the water heater')).toBe(true);
  });

  it('takes no alarm checked since, slow drain, sewer smell, broken sprinkler line or calm caller for an emergency (tune-now-or-later.json, tune-where-exactly.json, tune-all-in-one-go.json)', () => {
    expect(
      detectEmergency('our co alarm went off around midnight the fire department checked and said the levels were zero'),
    ).toBe(false);
    expect(detectEmergency('the tub in the basement bathroom drains so slow there is standing water to my ankles')).toBe(false);
    expect(detectEmergency("there's a sewer kind of smell coming up from the floor drain nothing is backing up")).toBe(false);
    expect(detectEmergency('i think a sprinkler line broke in the side yard')).toBe(false);
    expect(detectEmergency('the drain smells like sewer but nothing is coming up so we are fine waiting till morning')).toBe(
      false,
    );
    expect(saysItCanWait(['her ac quit', "it's only sixty eight out and she's perfectly comfortable"])).toBe(true);
    // The dangers themselves still are.
    expect(detectEmergency('somebody broke in last night and the back door will not lock')).toBe(true);
    expect(detectEmergency('sewage is coming up out of the floor drain and it stinks')).toBe(true);
    expect(detectEmergency('there is standing water all over the basement')).toBe(true);
  });

  it('hears a day of calls per trade: a lost neutral, a house open to the snow, a tree lifting the ground, a Spanish basement flooding; not static, a burner that will not stay lit, low pressure, sewer gas, a trickle or a history (tune-a-day-of-*.json)', () => {
    expect(detectEmergency('half the house has no power and the lights that are on are way brighter than normal')).toBe(true);
    expect(detectEmergency("the patio door glass shattered and there's a big hole the whole back of the house is open")).toBe(
      true,
    );
    expect(detectEmergency('the bedroom window got smashed by a branch and it is snowing in')).toBe(true);
    expect(
      detectEmergency(
        'the maple is leaning at the house and the ground on the other side is cracked and it moved more this hour',
      ),
    ).toBe(true);
    expect(detectEmergency('se me está inundando el sótano y sigue entrando agua')).toBe(true);
    expect(detectEmergency('we keep getting shocked off every doorknob in this dry air')).toBe(false);
    expect(detectEmergency('the furnace lights for a few seconds then the flames go out')).toBe(false);
    expect(detectEmergency('the hot water in the shower is barely coming out')).toBe(false);
    expect(detectEmergency("there's a sewer gas smell from the floor drain nothing is backing up")).toBe(false);
    expect(detectEmergency('water is coming in at the top of the window just a little trickle when it warms up')).toBe(false);
    expect(detectEmergency('our main sewer line has backed up twice this year and i want a price on lining it')).toBe(false);
    // The dangers themselves still are.
    expect(detectEmergency('there are flames coming out of the furnace')).toBe(true);
    expect(detectEmergency('i got shocked touching the outlet cover')).toBe(true);
    expect(detectEmergency('i smell gas by the water heater')).toBe(true);
    expect(detectEmergency('water is pouring in around the window and running down the wall')).toBe(true);
  });

  it('takes no history, thermostat swing, smoky wood stove, repair billed, sink full of water or question about a fire for an emergency, but a break-in told tonight for one (tune-older-homes-day.json, tune-small-shops-day.json, tune-out-in-the-county-day.json, tune-rentals-day.json)', () => {
    expect(detectEmergency('our boutique got broken into last tuesday and the door has been boarded for a week')).toBe(false);
    expect(detectEmergency('he keeps it on the wrong setting and the house is freezing or roasting he is ninety')).toBe(false);
    expect(detectEmergency('every time i open the door on the wood stove smoke rolls out into the room')).toBe(false);
    expect(detectEmergency("you billed the association for fixing a broken line in somebody's back yard")).toBe(false);
    expect(detectEmergency("the disposal just hums when i flip the switch and the sink's full of dirty water")).toBe(false);
    expect(detectEmergency('the smoke alarm keeps chirping is the house on fire')).toBe(false);
    expect(detectEmergency('the fire over the ridge is out now and there is ash on everything')).toBe(false);
    expect(detectEmergency('the curtains and couches stink like smoke')).toBe(false);
    expect(detectEmergency("somebody broke into the house tonight and the door won't lock")).toBe(true);
    expect(detectEmergency('the house is on fire')).toBe(true);
    expect(detectEmergency('it smells like smoke in the hallway')).toBe(true);
  });

  it('takes a hedged claim, wildfire smoke drawn in, a sprinkler head bubbling, a water heater pilot or a line thawed already for no emergency, and cold or snow coming in on a Spanish grandmother for one (tune-handyman-holidays.json, tune-hvac-all-summer.json, tune-landscaping-spring-rush.json, tune-plumbing-all-winter.json)', () => {
    expect(detectEmergency("it's kind of an emergency the guests come friday and now the door won't latch")).toBe(false);
    expect(detectEmergency('with all the smoke coming in from the fires out west i want a better furnace filter')).toBe(false);
    expect(
      detectEmergency('the smoke rolls in and the house smells like a campfire because the cooler pulls in outside air'),
    ).toBe(false);
    expect(detectEmergency("three sprinkler heads are snapped off and water's just bubbling out")).toBe(false);
    expect(detectEmergency('the pilot on our water heater keeps going out every time it gets really cold')).toBe(false);
    expect(detectEmergency('the kitchen cold water froze last night and i got it thawed with a hair dryer')).toBe(false);
    expect(detectEmergency('cuánto cuesta un minisplit porque hace mucho calor y no tenemos ductos allá')).toBe(false);
    expect(
      detectEmergency('se quebró el vidrio de la puerta está entrando el aire helado y mi mamá de ochenta y dos años está aquí'),
    ).toBe(true);
    expect(detectEmergency('no tenemos calefacción y tengo un bebé de dos meses')).toBe(true);
    expect(detectEmergency('this is an emergency please help the basement is flooding')).toBe(true);
    expect(detectEmergency('smoke is coming out of the furnace')).toBe(true);
    expect(detectEmergency('the sprinkler line broke and water is pouring into the basement')).toBe(true);
  });

  it('takes a possibility read about, a hedged claim, a line the utility made safe or a hissing toilet for no emergency (tune-a-week-in-*.json)', () => {
    expect(detectEmergency('i read a cracked heat exchanger can leak carbon monoxide and ours is eighteen years old')).toBe(
      false,
    );
    expect(detectEmergency('i kind of have an emergency the backflow cracked and i shut it off now')).toBe(false);
    expect(
      detectEmergency(
        'a branch came down on the line to my house and utilities came out and cut the power so we need the mast fixed',
      ),
    ).toBe(false);
    expect(detectEmergency("the toilet keeps hissing like it won't shut off")).toBe(false);
    expect(detectEmergency("the toilet is overflowing and won't stop")).toBe(true);
    expect(detectEmergency("a branch is down on the power line to my house and it's sparking")).toBe(true);
    expect(detectEmergency('there is carbon monoxide in the house the alarm is going off')).toBe(true);
  });

  it('takes a danger told as a story of an earlier day, or a room to air out, for no emergency now (tune-whole-story-day.json)', () => {
    expect(detectEmergency('saturday afternoon my wife and i smelled something burning in the laundry room')).toBe(false);
    expect(detectEmergency('the sewer backed up in our basement on friday and this is the second time')).toBe(false);
    expect(detectEmergency('one morning i heard water running and the spigot outside had frozen and burst')).toBe(false);
    expect(detectEmergency("i'd like the nursery done soon so it has time to air out, the baby comes in may")).toBe(false);
    expect(detectEmergency('the basement is flooding, can someone come on saturday')).toBe(true);
    expect(detectEmergency('the air went out and it is a hundred and two with my newborn here')).toBe(true);
  });

  it('takes a tub that will not drain, or a Spanish leak shut off and dried, for no emergency (tune-landlords-day.json, tune-es-tercera-semana.json)', () => {
    expect(detectEmergency("the tub won't drain it just sits there with like two inches of water after a shower")).toBe(false);
    expect(
      detectEmergency(
        'anoche se rompió el tubo debajo del lavabo y salió bastante agua pero ya cerré la llave de paso y ya no sale nada ya sequé todo',
      ),
    ).toBe(false);
    // Still coming after the valve was shut, or a fire hazard the water stopping does not end.
    expect(
      detectEmergency(
        'se reventó un tubo y está cayendo agua por el techo ya se mojó la lámpara ya cerré la llave pero sigue chorreando',
      ),
    ).toBe(true);
    expect(detectEmergency('ya paró el agua pero hay chispas en el enchufe')).toBe(true);
    expect(detectEmergency('the floor drain will not drain and the basement is filling with water')).toBe(true);
    expect(detectEmergency('the basement has two inches of water and it is still rising')).toBe(true);
  });

  it('takes a door torn off a house for an emergency, and a lunch break or a question about CO detectors for none (tune-cabin-owners-day.json, tune-on-a-break-day.json, tune-es-cuarta-semana.json)', () => {
    expect(
      detectEmergency('a bear tore the front door of our cabin right off the hinges and it is just wide open and it is snowing'),
    ).toBe(true);
    expect(detectEmergency('the cabinet door came off its hinges')).toBe(false);
    expect(detectEmergency("i'm on my break in the back so i gotta be quick the bathroom door won't latch")).toBe(false);
    expect(detectEmergency('we had a break in last night and they smashed the back door')).toBe(true);
    expect(detectEmergency('una pregunta ustedes ponen detectores de monóxido de carbono')).toBe(false);
    expect(detectEmergency('el detector de monóxido de carbono está sonando sin parar y mi mamá se siente mareada')).toBe(true);
  });

  it('takes a split pipe with the main shut off for no emergency, a first-run heater smell in Spanish for none, and a CO alarm or water gushing by a lamp for one (tune-military-families-day.json, tune-es-quinta-semana.json, tune-es-tercera-semana.json)', () => {
    expect(
      detectEmergency(
        "the property manager found a pipe split in the garage he shut the main water off and mopped up so nothing's running now",
      ),
    ).toBe(false);
    expect(detectEmergency('prendí el calentón por primera vez este año y huele como a quemado es normal eso')).toBe(false);
    expect(
      detectEmergency(
        'la alarma del monóxido está sonando sin parar y mi esposa está mareada prendimos el calentón por primera vez',
      ),
    ).toBe(true);
    expect(detectEmergency('está cayendo agua a chorros del techo de la cocina junto a la lámpara')).toBe(true);
    // Gushing water is a leak: a valve shut off ends it, as it ends any other.
    expect(detectEmergency('se reventó un tubo y salía agua a chorros pero ya cerré la llave y ya está seco')).toBe(false);
  });

  it('takes a little smoke and melted plastic at an outlet, or rain into a bedroom through a roof torn open, for emergencies, and a running tank for none (tune-es-octava-semana.json)', () => {
    const spanish = (said: string) => detectEmergency(glossSpanish(said));
    expect(spanish('está saliendo humito del enchufe de la sala y huele bien feo a plástico quemado ya desconecté todo')).toBe(
      true,
    );
    expect(
      spanish('se voló un pedazo del techo y ahorita que está lloviendo está entrando el agua a la recámara y sigue cayendo'),
    ).toBe(true);
    expect(
      spanish('el baño de arriba no para de echar agua se queda corriendo el agua en el tanque y ya le moví a la cadenita'),
    ).toBe(false);
    expect(spanish('el excusado no para de echar agua y ya se está saliendo por el piso')).toBe(true);
  });

  it('takes AC that stopped on a man of 84 with a bad heart in the heat for an emergency, and a leak that stopped for none (tune-es-septima-semana.json)', () => {
    expect(
      detectSpanishEmergencyAcrossTurns([
        'le hablo de la casa de mi papá tiene ochenta y cuatro años y está mal del corazón y el aire acondicionado se paró desde en la mañana adentro ya están haciendo como noventa y cinco grados y él está bien sofocado',
      ]),
    ).toBe(true);
    expect(detectSpanishEmergencyAcrossTurns(['el aire acondicionado se paró pero estamos bien con los ventiladores'])).toBe(
      false,
    );
    expect(detectSpanishEmergencyAcrossTurns(['estaba goteando del techo pero ya se paró cuando dejó de llover'])).toBe(false);
  });

  it('hears a run-on turn from last week to water pouring now, "got it off a truck" and a Spanish "muchísimo" gas smell (tune-wrong-place.json, tune-es-todo-de-una-vez.json)', () => {
    expect(
      detectEmergency(
        "i'm sorry i don't even know if this is the right number i got it off a plumbing truck i saw last week water is pouring through my kitchen ceiling from the upstairs bathroom",
      ),
    ).toBe(true);
    expect(detectEmergency('last week water was pouring through the ceiling and he fixed the pipe')).toBe(false);
    expect(detectEmergency("oh geez okay the zone just came on and it's a geyser water's shooting up")).toBe(false);
    expect(detectEmergency('the big limb came down on the roof but we got it off the roof no holes')).toBe(false);
    const spanish = (said: string) => detectEmergency(glossSpanish(said));
    expect(spanish('señorita huele muchísimo a gas en la cocina como a huevo podrido ya nos salimos todos a la calle')).toBe(
      true,
    );
    expect(spanish('no huele a gas para nada es que la estufa no prende')).toBe(false);
  });

  it('takes back an emergency on "said it\'s not gas", "it\'s all dry now", "no smell no sparks", "been like that for years", "not like the alarm going off", but not on a bucket under a fixture or "nothing\'s leaking yet" (tune-right-now-or-not-day.json)', () => {
    expect(
      detectEmergency(
        "hi there's a rotten egg kind of smell in our basement but before you ask xcel already came out and checked and said it's not gas",
      ),
    ).toBe(false);
    expect(detectEmergency("xcel came out and said it's a gas leak get out")).toBe(true);
    expect(soundsOverAlready("it's all dry now i wiped everything down but the little reset button won't stay in")).toBe(true);
    expect(soundsOverAlready("no smell no sparks it's fine just doesn't work")).toBe(true);
    expect(
      soundsOverAlready("nothing plugged into it it doesn't smell or anything looks like it's been like that for years"),
    ).toBe(true);
    expect(soundsOverAlready("it's just one chirp every so often not like the alarm going off we all feel fine")).toBe(true);
    expect(soundsOverAlready('only does it when it really rains like last night')).toBe(true);
    expect(soundsOverAlready("i put a bucket under it but it's filling fast")).toBe(false);
    expect(soundsOverAlready("nothing's leaking yet but the bedroom's right under it")).toBe(false);
    expect(soundsOverAlready('it smells like gas and we all feel fine')).toBe(false);
  });

  it('takes a detector chirping now and then for its battery, not an alarm going off with a headache (tune-right-now-or-not-day.json)', () => {
    expect(soundsOverAlready("it's just one chirp every so often not like the alarm going off we all feel fine")).toBe(true);
    expect(detectEmergency('the co alarm is going off and chirping every few seconds and i have a headache')).toBe(true);
    expect(soundsOverAlready('the detector is chirping every few minutes and my kids are dizzy')).toBe(false);
  });

  it('takes a drip caught in a bucket, and no shut-off given as the reason for a job, as no emergency (tune-what-do-they-want-day.json)', () => {
    expect(
      detectEmergency(
        "and we got that big rain last night and there's water dripping through the ceiling in the living room into a bucket right now",
      ),
    ).toBe(false);
    expect(detectEmergency("water is dripping through the ceiling into a bucket and it's getting worse")).toBe(true);
    expect(detectEmergency("i've got a bucket under it but it's coming out of the light fixture")).toBe(true);
    expect(detectEmergency("so i can't even swap my own kitchen faucet because i can't turn the water off you know")).toBe(false);
    expect(detectEmergency("the pipe burst and i can't turn the water off")).toBe(true);
    // tune-say-that-again.json, once "cant" reads as "can't".
    expect(detectEmergency('her bathroom faucet drips all the time and she cant turn it off all the way')).toBe(false);
    expect(detectEmergency('the supply line popped and she cant turn it off')).toBe(true);
  });

  it('hears emergencies that by-file cross-validation found only the trained model caught (tune-stood-up-day.json, tune-danger.json, tune-urgent-more.json, tune-trade-talk.json, tune-heat-and-cold.json, tune-regional-voices.json, tune-plain-english-learners.json, tune-quiet-danger.json)', () => {
    // Trouble going on now, then a story about the past, in one run-on turn.
    expect(
      detectEmergency(
        "hi my water heater is spraying water all over the basement it's like an inch deep already and it's right by the outlets the plumber who put it in two months ago isn't answering",
      ),
    ).toBe(true);
    expect(detectEmergency('the water heater in the hall closet is just pouring out the bottom')).toBe(true);
    // A shut-off that did not stop it.
    expect(
      detectEmergency(
        "we've got water coming through the ceiling from the unit above we shut the water off to two ten and it's still dripping",
      ),
    ).toBe(true);
    expect(detectEmergency('the floor drain downstairs bubbles up and there is dirty water all over the rec room carpet')).toBe(
      true,
    );
    // A lost neutral; a hot smell at the panel; a tree resting on the service wire.
    expect(detectEmergency('half the lights in the house are super bright and the other half are real dim')).toBe(true);
    expect(detectEmergency("and now there's a hot smell by the box kind of like when the toaster gets crumbs in it")).toBe(true);
    expect(detectEmergency("this afternoon the dead pine tipped over and it's resting on the wire that runs to our house")).toBe(
      true,
    );
    // Carbon monoxide as heard and as measured, and told across turns.
    expect(detectEmergency('the carbon mon oxide thing is beeping by the furnace we all went outside')).toBe(true);
    expect(detectEmergency('the draft hood is spilling and our co monitor in there just hit sixty')).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        'everybody in my house has had headaches and been sick to their stomach for like three days',
        "we don't have a carbon monoxide detector and the furnace is really old",
      ]),
    ).toBe(true);
    // Lost heat or cooling, as people say it, with someone who cannot sit it out.
    expect(
      detectEmergencyAcrossTurns([
        'the power blinked a couple hours ago and the furnace never came back on',
        "we have twins they're five weeks old",
      ]),
    ).toBe(true);
    expect(detectEmergency('heater no working very cold in the house i am old lady seventy eight years')).toBe(true);
    expect(detectEmergency("my AC's done quit on me and my mama's ninety one she lives with me")).toBe(true);
    // And not: an inspector's finding, a smell by a mailbox, a past headache story.
    expect(detectEmergency('the inspector wrote up the water heater for back drafting and the sellers agreed to fix it')).toBe(
      false,
    );
    expect(detectEmergency('the radiators in the back bedrooms are fine now')).toBe(false);
    expect(
      detectEmergencyAcrossTurns([
        'what a headache this remodel has been',
        'we want a new furnace quote before winter next year',
      ]),
    ).toBe(false);
  });

  it("hears the by-file cross-validation's emergencies the rules let through: a roof torn open by a storm, water pouring in or down to the unit below, a steady stream from a tank, water heard running in a ceiling, a learner's spark, water creeping toward the furnace, a cold or hot house said without degrees (tune-danger.json, tune-after-the-storm.json, tune-urgent-more.json, tune-is-this-bad.json, tune-urgent-calls.json, tune-quiet-emergencies.json)", () => {
    for (const said of [
      'the storm this afternoon tore a piece of the flat part of our roof right off',
      "the window well on the side of my house filled up like a fish tank and it's pouring in through the corner of the basement window",
      'the toilet something is broke and water come out like fire hydrant',
      'the water go to the floor and down to neighbor under me',
      "it's not a drip it's a steady stream coming out of the tank itself near the seam",
      "the tile in the entryway's got water all over it and it's hot water and i can hear it running somewhere in the ceiling",
      'and is hot when i put my hand near and one time i see small light inside like spark',
      "the sump pump thing in the basement floor isn't running and there's water creeping across the floor toward the furnace",
    ])
      expect(detectEmergency(said), said).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "the radiators in the back bedrooms are stone cold at night it's like fifty eight in there",
        'my baby just got out of the hospital last week for her breathing she is three months',
      ]),
    ).toBe(true);
    for (const said of [
      // A crew's tear-off weeks ago, a buzz with nothing else, a warm apartment, a running toilet's stiff valve, a spark plug.
      "it's been five weeks since the crew tore half my roof off and put a tarp on it and nobody's been back",
      'the break her box in my garage is making a buzzing noise no smoke or anything just buzzing',
      "the ac in my apartment just blows warm air and it's like 88 inside",
      "my toilet upstairs keeps running all night and the little shutoff valve behind it won't turn at all",
      'the mower sputters like a spark plug is going',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it("hears no emergency in the by-file cross-validation's needless transfers the rules made: someone else calling it one, a backup cleared, an outlet no longer used, what would happen if, a lazy pilot flame, a water line or an access panel, a spigot that sprays only in use (tune-a-day-of-landscaping.json, tune-after-hours.json, tune-all-in-one-go.json, tune-shift-workers-day.json, tune-new-homeowners.json, tune-new-to-colorado-day.json, tune-mobile-homes-day.json, tune-good-time.json)", () => {
    for (const said of [
      'my husband says this is an emergency but honestly that pine in the back has been leaning like that since we moved in',
      "the plumber already came and cleared the sewer line so it's not coming up anymore but there's sewage all over the basement carpet",
      "there's an outlet in my kitchen that quit working and there's black marks around the plug holes i stopped using it",
      'do you guys take emergency calls in the middle of the night like if a pipe broke at two am would somebody come',
      "the inspector pointed out a big dead tree by the house he said if it came down it'd hit the roof",
      'the pilot keeps going out like every couple days and the flame looks kind of yellow and lazy',
      'i want a outlet put in under my trailer by the water line so i can plug the heat tape in',
      "you open the panel from outside and there's water sitting in the bottom and rust around the base of the tank",
      'the outside spigot it split i think it froze in that last cold snap and now it sprays everywhere when i turn the hose on',
    ])
      expect(detectEmergency(said), said).toBe(false);
    for (const said of [
      'this is an emergency my basement is flooding',
      "their outside spigot pipe split and it's spewing water all over the side of the house",
      'i opened the panel and water is dripping on the breakers',
      'the flame is shooting out of the furnace',
    ])
      expect(detectEmergency(said), said).toBe(true);
  });

  it('hears the emergencies by-file cross-validation let through: a panel buzzing loud, a hot house told in words for someone elderly, a big piece of the roof gone with water coming in (tune-danger.json, tune-urgent.json)', () => {
    for (const said of [
      'tenant in unit c says the electrical panel in the utility closet has been buzzing loud all afternoon',
      "it's ninety seven out and her place is ninety inside and she's seventy nine",
      "the wind tore off a big chunk of shingles last night and there's water dripping in the attic",
    ])
      expect(detectEmergency(said), said).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "i'm calling about my mom's air conditioner",
        "she says she's fine she's got a fan but her place is ninety inside i just looked at the thermostat",
        "she's seventy nine and she's on a water pill",
      ]),
    ).toBe(true);
    for (const said of [
      'the breaker box in my garage is making a buzzing noise no smoke or anything just buzzing',
      "the panel in the hall isn't buzzing loud anymore since they swapped the breaker",
      // Hot or cold indoors alone, or with nobody at home who cannot sit it out.
      'as soon as possible honestly it is ninety four in here',
      "the furnace keeps restarting it's still holding about fifty five inside so it's okay for now with nobody there",
      'the wind tore off a big chunk of shingles last night and left a water stain on the ceiling',
      'a few shingles blew off and there is water dripping off the gutter',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears across turns a panel named and then felt warm as it hums, and insulin in a fridge without power (tune-right-now-or-not-day.json, tune-urgent.json)', () => {
    expect(
      detectEmergencyAcrossTurns([
        "yes hello my name is walter briggs i'm calling about my electrical box",
        "it's out in the garage and it's making a humming buzzing sound louder than i ever heard it and i put my hand on the door of it and it's warm almost hot",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "the breaker for my kitchen keeps tripping and now it won't stay on at all",
        "my fridge is on it and my daughter's insulin is in there",
      ]),
    ).toBe(true);
    // Not: a panel only a little warm, an air conditioner humming in hot weather, a fridge with power.
    expect(detectEmergencyAcrossTurns(['my electrical box', "it's humming and it feels a little warm"])).toBe(false);
    expect(
      detectEmergencyAcrossTurns([
        'our ac is blowing warm air and the breaker is fine',
        "the outside thing is humming but the fan on top isn't spinning",
      ]),
    ).toBe(false);
    expect(
      detectEmergencyAcrossTurns(['the breaker box is humming', 'no rush it is not warm at all', 'my insulin is in the fridge']),
    ).toBe(false);
    expect(detectEmergencyAcrossTurns(['i keep my insulin in the fridge', "the power's not out it's just the outlet"])).toBe(
      false,
    );
  });

  it('hears the by-file cross-validation misses told as people see them: an egg smell by the meter, the sky seen as rain comes in, a ceiling with a belly, water running down by a light, a door forced or a building that cannot be locked, an outlet that exploded (tune-gas-or-not.json, tune-danger.json, tune-real-trouble.json, tune-not-a-job.json)', () => {
    for (const said of [
      "there's kind of an egg smell out by the side of the house by the meter and it's making a little hissing sound",
      "there's a sulfur smell by the stove",
      'the water heater closet smells like rotten eggs',
      "the wind just peeled back part of the metal roof i can see the sky from the back bedroom and it's starting to rain in",
      "the ceiling in our upstairs bedroom has kind of a belly in it this morning and there's a wet spot in the middle",
      "it's not just a drip it's running down right by the light fixture",
      'the door from the garage into the house has been forced the latch is ripped out and the deadbolt is hanging',
      "the exterior door by the band room won't latch so we can't lock the building tonight",
      'the outlet in the kitchen exploded with a bang',
    ])
      expect(detectEmergency(said), said).toBe(true);
    // Water that itself smells of eggs or sulfur is bacteria in the heater or the well, not gas;
    // daylight under a door is a draft; paint running is no leak; a forced window told as past waits.
    for (const said of [
      'my hot water smells like rotten eggs',
      'our well water has a rotten egg smell',
      'the water from the kitchen faucet smells like sulfur',
      'you can see daylight under the front door',
      'paint is running down by the light switch',
      'the window was forced open last month and we want it replaced',
      "the deadbolt is stuck so i can't lock it it's not an emergency the knob lock still works",
      'the breaker blew when we ran the microwave and the toaster',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears someone hurt or trapped now, and not an old injury, a look-alike word or someone stuck elsewhere', () => {
    for (const said of [
      "one of your guys just fell off my roof he's lying in the yard and he's not getting up",
      'your worker fell off the ladder and he is hurt bad',
      'my husband is trapped under the garage door it came down on him',
      "somebody's trapped in the basement the stairs gave way",
      'one of your workers cut himself really bad on the saw',
      "my grandma is stuck under the bookshelf that came off the wall she can't get up",
      'the garage door came down on my son he is pinned please hurry',
      'your painter fell off the scaffolding and is bleeding from his head',
      'hola su trabajador se cayó de la escalera y está sangrando',
      'mi papá quedó atrapado debajo de la puerta del garaje',
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      'i fell off a ladder last year so i am not doing the gutters myself anymore',
      'my husband hurt his back so we need someone to move the furniture',
      'my son is stuck in traffic so call me after six',
      'the guys are not moving fast enough on my job',
      "my elderly mother can't get up the stairs so we want a stair lift",
      'the kids are bleeding the radiators every fall',
      'your guys fell behind on the schedule',
      "my husband is injured from work so he can't do the yard this year",
      'la puerta del garaje no se mueve',
      'el agua quedó atrapada debajo del piso',
      'mi esposo se cayó del techo el año pasado y ya no sube',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears gas escaping told in Spanish, and no gas denied ("no hay fuga de gas", "ya no se sale el gas")', () => {
    expect(detectEmergency('hola se está saliendo el gas en la cocina huele muy fuerte')).toBe(true);
    expect(detectEmergency('se escapa gas de la estufa')).toBe(true);
    expect(detectEmergency('no hay fuga de gas solo quiero revisar la estufa')).toBe(false);
    expect(detectEmergency('ya no se sale el gas lo cerré ayer')).toBe(false);
  });

  it('hears the panel or the outlets wet, named before the water, and not wiring kept dry', () => {
    for (const said of [
      'the electrical panel got wet from the leak',
      "the outlets by the window are soaked it's coming down the wall",
      "the breaker box is all wet and there's water on the floor",
      'the wiring in the basement ceiling got soaking wet',
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      "the electrical panel's down there too but the water didn't get near it",
      'the cardboard box got wet in the garage',
      'the water meter pit is wet every spring',
      'we want the outlets in the bathroom changed to the kind that are ok if they get wet',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears power lost again and again on someone on a ventilator, and not the same trouble with no one at risk', () => {
    expect(
      detectEmergencyAcrossTurns(['my dad is on a ventilator and our power keeps going out the breaker keeps tripping']),
    ).toBe(true);
    expect(detectEmergencyAcrossTurns(['my power keeps going out in my apartment like a couple times a week'])).toBe(false);
  });

  it('hears water still running at the light, an outlet burned, gas after the furnace was shut off, or a roof holed with nobody hurt, and not a fixture made safe or water shut off', () => {
    for (const said of [
      "it's not just a drip it's running down right by the light fixture and i shut that breaker off",
      "there's a burning plastic smell coming from the outlet behind the couch i flipped the breaker off",
      "there's water across pretty much the whole downstairs",
      'i smell gas real strong down by the furnace in the basement i shut it off at the thermostat and opened the windows',
      "a cottonwood just came down on our house it went through the roof in the back bedroom and the rain's pouring in nobody's hurt",
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      "the motion light got ripped loose in the wind and it's hanging by the wires i flipped the breaker off for it so it's safe",
      'the outlet in the bathroom stopped working so i flipped the breaker off and on and nothing',
      "it's running down the driveway by the light post",
      'a pipe split in the garage and water was spraying but i shut the main water off',
      "a big limb came down in the yard nothing got hit and nobody's hurt",
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears trouble going on now told after the story of earlier work, and not a leak that comes back with every rain', () => {
    expect(
      detectEmergency(
        "the water heater you guys put in three weeks ago the valve on the side is spraying water everywhere and the basement is flooding and i don't know how to shut it off",
      ),
    ).toBe(true);
    expect(
      detectEmergency('you redid our sewer line last year and sewage is coming up out of the basement floor drain right now'),
    ).toBe(true);
    expect(
      detectEmergency(
        'we have leak in the ceiling since last year every time the rain is strong the water is coming down in the kitchen',
      ),
    ).toBe(false);
  });

  it("hears the sump's pit at its rim and wiring burning told at length, and not a pit that stays full, an old scorch mark or a smoke detector", () => {
    for (const said of [
      "the pit's right at the floor and it's still raining hard it's going to go over any minute",
      "the sump pump went quiet and the water's over the top of the pit now",
      'the sump pump quit and the basement is filling up',
      'the breaker box in the garage is making this loud buzzing like crackly sound and the door of it is really warm like hot to touch',
      'the electric box in my basement is making noise like sss crackling and it smell hot',
      "there's a smell like fish coming from the outlet behind my daughter's bed",
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      'i think my sump pump is done it runs and runs but the pit stays full',
      'after the lightning two of the outlets are dead and the smoke detectors keep chirping',
      "we found an outlet behind the couch with an old black scorch mark it's been like that for years",
      "an outlet in the bedroom crackles when you plug stuff in nothing's plugged in now and i turned the breaker off",
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears water nobody can shut off, in one turn or across two, and not a main valve that needs replacing', () => {
    expect(
      detectEmergencyAcrossTurns([
        'hello please i need help now the pipe under the kitchen sink is broken the water coming very strong',
        "where is the main water i don't know",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "i own a rental and my tenant says water's spraying under the kitchen sink",
        "the shutoff under there is seized she can't turn it",
      ]),
    ).toBe(true);
    expect(
      detectEmergency(
        "our washing machine just overflowed and it's still running water out the bottom i can't find where to shut it off",
      ),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "the main shut off valve in my basement is the old round handle kind and it doesn't actually shut anymore the water still runs",
        "so i can't even swap my own kitchen faucet because i can't turn the water off i'd like a new valve put in",
      ]),
    ).toBe(false);
  });

  it('hears trouble the rules alone missed on the tune part (the trained model had heard it), and not the look-alikes', () => {
    for (const said of [
      // Gas smelled now, told with the story of the work before it.
      'the whole house smells like gas we had a new water heater put in on friday by a different outfit',
      'i think i smell gas like rotten eggs in the laundry room and we just moved in two weeks ago',
      'the carbon monoxide alarm by the furnace room just went off',
      "it's pouring through the living room ceiling we got three buckets going",
      'the water heater you put in monday is spraying hot water out of that valve on the side',
      'every time they flush the bathtub fills up with sewer water and now it is going over onto the bathroom floor',
      "there's a hole in the roof over the kids room you can see sky through it",
      "it's like a ten foot strip you can see the wood and the paper flapping and it's supposed to snow tonight",
      'a tree branch came down and pulled the power line half off the house',
      'the water is running across the basement floor toward the electric box',
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      'we smelled gas two weeks ago and the gas company fixed it',
      "there was sewer water on the floor last week but it's fine now",
      "the dirty water in the washer won't drain",
      'the cable guy pulled the cable line off the house',
      'water is dripping from my kitchen ceiling into a bucket a little',
      "the co detector by the furnace room is chirping i think it's the battery",
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears heat or cooling lost as callers put it: "the furnace is off", "not work", a degree said once, an ac gone "before" any call', () => {
    for (const said of [
      "hi um sorry i've never had to call about the air conditioning before it just stopped blowing cold and it's like a hundred degrees today",
      'the furnace is off the house is forty five degrees',
      'hello my heater is not work since morning house is very cold inside is 50 degree',
      'the furnace is not working in house now is five degree celsius',
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      "we turned the furnace off and it's forty five degrees in the house",
      'the furnace is off for the summer',
      'can you fix the furnace before it freezes tonight',
      "the furnace is off and it's seventy in here",
      'the furnace is not working it blows only cold air in house now is fifteen degree celsius',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears heat lost as more callers put it, and trouble told after earlier work or a "but", and not their look-alikes', () => {
    for (const said of [
      "it's probably nothing but the furnace keeps clicking and not lighting and it's ten below tonight",
      "the furnace isn't doing anything and it's like five below outside",
      "my dad's living there till the closing next week he's 88 and the furnace just quit",
      "the furnace won't light at all and i've got a four month old",
      'we no have heat and the baby is two month old',
      "the heater is on but only cold air coming and it's snowing",
      "it kicks on for a minute then shuts right back off over and over and it's minus six tonight",
      "my mother's furnace she's eighty six and it's not heating",
      "the boiler shut itself off and it's four below tonight",
      "mike put new outlets in last month and there's a burning plastic smell coming from the one by the stove",
      'our walk in cooler is at fifty degrees and climbing',
      "the basement's a lake right now",
      "the tree's been leaning but after all this rain it's laying on the power line to the garage",
      'it went right through the roof over the upstairs bedroom',
      'the pipe is broke water come very much on the floor',
      'just now i smelled something burning by the outlet',
      "the ceiling has a bulge in it like a bubble and it's getting bigger",
      "there's a hot plastic smell when you get close to the outlet",
      "the wall behind the dryer is hot to touch and there's this scorchy smell",
      'the breaker box in the garage is making a buzzing noise and the metal door is warm',
      // tune-right-now-or-can-it-wait.json, a third independent list.
      "this is probably nothing but there's a smell kinda like hot plastic coming from the outlet behind the couch",
      "the basement got some water in it from the snow melting and it's pooled up right under the electrical panel",
      'our breaker box is making this buzzing noise like a loud hum and it smells kinda hot out there',
      "there's a smoky smell coming out of the vents every time the furnace runs",
      "it's not that dusty smell it's like burning wires",
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      "the furnace isn't doing anything weird it just needs a tune up",
      'the walk in cooler needs a new door gasket',
      'my basement is a mess after the remodel',
      "the furnace quit last winter and next week it's supposed to be ten below so can you check it",
      'we smelled something burning last week when the furnace first came on',
      'the sprinkler pipe is broke in the front yard',
      "the furnace kicks on and shuts off a few times a day it's fine otherwise",
      // Weaker, not lost, as lostEssential reads the furnace's own "not heating as well".
      "my mom's furnace it's not heating as well as before and she's 84",
      'i could see my breath this morning on the walk to the car',
      'no sparks but no smoke either',
      'the bathroom ceiling has a bubble in the paint',
      'the breaker box in the garage is making a buzzing noise',
      'the panel hums a little and the door is kind of warm',
      'a limb punched a hole in the roof near the gutter we got a tarp over it for now',
      'the railing on my back deck is wobbly and pulling away from the post',
      'the water heater is standing in a pan by the electrical panel',
      'the smoky smell from the fireplace lingers in the curtains',
      "there's still a faint smoky smell in the vents from the marshall fire",
      "there's this greasy smoke film all over the kitchen walls",
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears water that stopped coming in as the trouble over, and not water still coming', () => {
    expect(
      soundsOverAlready("we got it out with a shop vac and it's not coming in anymore but the pump isn't running at all"),
    ).toBe(true);
    expect(soundsOverAlready("we got most of it out but it's still coming in")).toBe(false);
  });

  it('hears danger told plainly, as the blind tune-danger-told-plainly.json put it, and not its look-alikes', () => {
    for (const said of [
      "there's a spot on our living room ceiling that's been a little brown and today it's like hanging down like a bubble and it's dripping",
      "it's spraying a little and the water's up to the bottom step now",
      "he's ninety one and the furnace is making the clicking but nothing comes on and it was like three degrees this morning",
    ])
      expect(detectEmergency(said), said).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        'the wind peeled a whole section of shingles and the black paper off the back of the roof you can see the wood boards',
        'and the radar shows another storm coming in like an hour',
      ]),
    ).toBe(true);
    for (const said of [
      'the ceiling paint is peeling and hanging down in strips',
      "the water's up to the top of the sump pit but the pump kicks on",
      "the furnace clicks and nothing comes on but it's sixty out and we're fine",
    ])
      expect(detectEmergency(said), said).toBe(false);
    expect(
      detectEmergencyAcrossTurns([
        'the wind took some shingles you can see the wood boards',
        'we got a tarp over it for now and the storm is coming tonight',
      ]),
    ).toBe(false);
  });

  it('hears the shapes the rules alone missed on the tune part: sewage told by its dirt or the flush, water near outlets, no heat told by a cold house, water no valve stops; and not their look-alikes', () => {
    for (const said of [
      'every time somebody flushes upstairs it comes up out of the floor drain in the basement',
      'when my roommate started the washing machine some gross water came up out of the drain in the basement floor',
      "it's up to the bottom of the outlets on the wall and the furnace and the breaker panel are down there too",
      "it's spreading over toward the washer there's an outlet right there on the wall and the puddle's about a foot from it",
      "now it's nine at night and it's forty something degrees in the house and i have a three week old baby",
      "the neighbor complained our furnace was too loud and the hoa guy came over yesterday and just shut it off and now it won't come back on and it's like eight degrees out and i have a three month old",
      "we skipped the hvac inspection but this morning it's just blowing cold and it's like eight degrees out and we have a three week old baby",
      'water is like pouring through the light in our kitchen ceiling like an actual stream and the light flickered so we turned it off',
      "the water's going over the top of the tank and it's coming through the kitchen ceiling i can't get the little valve behind it to turn",
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const turns of [
      [
        'hi you guys did our sprinklers last year',
        "something must have broken there's water bubbling out of the lawn by the house",
        "it's filling up the window well and it's coming through the basement window onto the floor now i can't find where to shut it off",
      ],
      [
        "there's water shooting up out of my front yard i think a sprinkler line broke",
        "i turned the controller off and it's still going i can't find where you shut it off",
      ],
    ])
      expect(detectEmergencyAcrossTurns(turns), turns.join(' / ')).toBe(true);
    for (const said of [
      'the floor drain gurgles when the washer empties but nothing comes up',
      "the ac is running and it's blowing cold air just not enough for upstairs",
      "it's sixty eight degrees in the house and the baby's fine the furnace is just loud",
      "it's blowing cold air and my partner changed the batteries and we're okay with the space heater for now come out on monday",
      "the outlet's on that wall and the puddle's about a foot from it but i mopped it up and it's all dry now",
      "the light flickered so we turned it off and it hasn't flickered since",
    ])
      expect(detectEmergency(said), said).toBe(false);
    expect(
      detectEmergencyAcrossTurns([
        "her air conditioner broke down thursday she says she's fine with a fan but she's eighty one with a heart thing",
        "it's a hundred and two out today",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        'the sprinkler head by the driveway is spraying',
        'i shut it off at the controller and it stopped',
      ]),
    ).toBe(false);
  });

  it('hears a house left open, a railing torn out over a drop, water coming in fast, a shut-off in doubt, heat shut off for a smell in the cold and a scorched outlet cover; and not their look-alikes', () => {
    for (const said of [
      "a guest leaned on the railing up in our loft and the whole section pulled right out of the floor it's like a twelve foot drop into the living room",
      "now it's coming up out of the floor drain like it's erupting it's coming in so fast",
      "okay so we never had water down there ever and now it's coming in so fast",
      "a pipe just burst in the basement it's spraying everywhere i shut the main off but i don't know if i did it right",
      "my furnace is making a burning plastic kind of smell i shut it off at the switch but now we've got no heat and it's nine degrees out",
      "there's a strong burning smell coming from an outlet in the basement and the cover's gone all brown",
    ])
      expect(detectEmergency(said), said).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "somebody smashed the glass front door of my coffee shop and now there's a big hole and the door won't lock",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        'the wind blew our patio umbrella right through the big front window the whole pane is gone',
        "it's snowing in and it's like ten degrees and anybody could just walk in",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "my neighbor said there's water coming out the side of my house he tried to find the shutoff but he can't get in",
      ]),
    ).toBe(true);
    expect(detectEmergency("the garage door came down his leg's fine but he's stuck in the garage")).toBe(true);
    for (const said of [
      "the latch on the window broke and it won't lock anymore can someone fix it this week",
      'the railing on the deck stairs is loose and wobbles when you lean on it',
      'we need to do something so we never get water in the basement again',
      'i shut the main off and it stopped completely',
      'the cover on the dryer vent outside has gone all brown from the sun',
      "my furnace is running but it's blowing cold air it's like forty out so we're okay for now but i want somebody to look at it",
    ])
      expect(detectEmergency(said), said).toBe(false);
    expect(
      detectEmergencyAcrossTurns([
        'a rock from the mower smashed the basement window last month',
        "we got plywood over it it's fine for now we just want the glass replaced",
      ]),
    ).toBe(false);
  });

  it('hears a tree resting on the house and a deck dropping across turns, a main shooting water in the air, and a stain growing by the hour; and not their look-alikes', () => {
    expect(
      detectEmergencyAcrossTurns([
        'our big spruce in the side yard is leaning toward the house now',
        "the top is resting against the gutter and when the wind blows it's pushing on it",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        'we had people over yesterday and the deck made this cracking sound',
        "this morning the whole side by the house has dropped like four inches there's a gap where it's pulled away from the wall",
      ]),
    ).toBe(true);
    expect(detectEmergency("there's water shooting thirty forty feet in the air and coming down on my house")).toBe(true);
    expect(detectEmergency("it's a brown ring and it's getting wider every hour")).toBe(true);
    for (const turns of [
      [
        "i'd like somebody to look at my deck",
        "nothing's wrong with it but i keep seeing these stories about decks collapsing at parties",
      ],
      ['the front porch has sagged a little over the years and i want it looked at'],
      [
        "with the hard freeze coming i'm worried about the gutter over the back porch it's pulled away from the roof edge and it's full of leaves",
      ],
      ['there is a pine by the house', "it's not touching anything we just want it trimmed back"],
    ])
      expect(detectEmergencyAcrossTurns(turns), turns.join(' / ')).toBe(false);
    expect(detectEmergency('the sprinkler broke and water is shooting ten feet in the air')).toBe(false);
    expect(detectEmergency('there is an old brown ring on the ceiling from a leak we fixed last year')).toBe(false);
  });

  it('hears the blind tune-does-it-need-someone-now.json: rain coming in once named, a child locked in, a ceiling bowed or hanging like a water balloon, steps that gave out, a tree right on the line, water at the outlets across turns; and a fire long out or a leak that stopped with the rain as no emergency', () => {
    for (const said of [
      "the hail busted the skylight and it's still raining pretty good, it's coming right in",
      'my little boy locked himself in the bathroom and the knob just spins',
      "this morning the ceiling's kind of bowed down in the middle",
      "it's been getting bigger all morning and now it's hanging down like a water balloon",
      "my dad's back steps gave out this morning and those steps are the only way out",
      "one of my cottonwoods got hit in the storm and it's leaning right on the power line",
    ])
      expect(detectEmergency(said), said).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "it's rainin cats and dogs and my basement's takin on water",
        "it's about up to the bottom of the outlets along the wall",
      ]),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        'the wind peeled back a section of shingles and i can see the rafters from the ground',
        "it's starting to snow pretty hard",
      ]),
    ).toBe(true);
    expect(detectEmergency('the whole downstairs still smells like smoke from the fire two weeks ago')).toBe(false);
    expect(detectEmergency('the back steps gave out years ago and we never rebuilt them')).toBe(false);
    expect(
      detectEmergency('meanwhile the stairs on the old deck already collapsed on one side so we went with somebody else'),
    ).toBe(false);
    expect(soundsOverAlready('it stopped when the rain did and they mopped up')).toBe(true);
    expect(soundsOverAlready("we've been fine since, we just need the pipe fixed")).toBe(true);
  });

  it('hears the blind tune-how-bad-is-it.json: a ceiling bulging like a bubble, a chimney leaning away, a parent stuck on a stair lift, a house that cannot be locked, a power strip sitting in the water; and not a sprinkler head spraying in the yard, cold weather said as "cold out", or carbon monoxide asked about', () => {
    for (const said of [
      "it's bulging down, like a bubble, it's gotten bigger since this morning and i can hear dripping up there",
      "after that wind last night our chimney is cracked all the way through and it's leaning away from the house",
      "she's ninety one, she can't get off it by herself on the stairs, i've been holding her arm so she doesn't slide",
      "my mom's stuck on the stair lift halfway up",
      "the whole pane's out and it's nine degrees, and i live alone and i can't lock anything with a hole like that",
      "the puddle's run over to where the dryer's plugged in and there's a power strip on the floor sitting in it",
      "the little hose thing blew off and it's sprayin everywhere and it's running down through the kitchen ceiling",
    ])
      expect(detectEmergency(said), said).toBe(true);
    for (const said of [
      "your crew ran over two of the sprinkler heads in the front, they're cracked and spraying everywhere",
      "is it normal for the heat pump to blow kind of lukewarm air when it's cold out, like it's nineteen degrees tonight",
      'do you check the carbon monoxide stuff too when you do that',
      'the chimney is leaning a little bit, been like that for years',
    ])
      expect(detectEmergency(said), said).toBe(false);
  });

  it('hears the blind tune-llaman-en-espanol.json, written without accents: a gas smell "bien feo", water running toward the breaker box', () => {
    for (const said of [
      'oiga huele bien feo a gas en la cocina como a huevo podrido ya sacamos a los niños pa fuera',
      'ayudeme por favor se revento algo en el cuarto de la lavadora y el agua esta corriendo hacia la caja de los breakers en el sotano',
    ])
      expect(detectEmergency(glossSpanish(said)), said).toBe(true);
    expect(detectEmergency(glossSpanish('no huele a gas ni nada nomás hace ruido el boiler'))).toBe(false);
  });

  it('hears someone shut in a room (tune-right-now-or-tomorrow.json), and not a caller stuck in traffic or a toy stuck in a drain', () => {
    expect(detectEmergency("hi, my mom's stuck in the bathroom")).toBe(true);
    expect(detectEmergency("we're stuck in the basement the door is jammed")).toBe(true);
    expect(detectEmergency("i'm stuck in traffic so call after five")).toBe(false);
    expect(detectEmergency('the toy is stuck in the tub drain')).toBe(false);
  });

  it('hears the blind tune-does-it-need-mike-now.json and tune-say-it-plain.json calm down: the water shut back off, the alarm over once its cause was found', () => {
    expect(
      detectEmergency(
        "water started spraying out of that brass thing by the house the backflow i think i shut it back off so it's fine for now",
      ),
    ).toBe(false);
    expect(
      soundsOverAlready(
        "fire department came and checked the whole house and said it was the truck and everything's clear now, so we're fine",
      ),
    ).toBe(true);
    expect(soundsOverAlready("the fire department is on the way and it's still going off")).toBe(false);
  });

  it('hears a limb through the roof told in Spanish without accents, and a window drip caught with towels as calm (tune-llamadas-de-todos-los-dias.json, tune-calls-like-these.json)', () => {
    expect(
      detectEmergency(
        glossSpanish(
          'se cayo una rama grandisima del arbol encima del roof con la tormenta y se esta metiendo el agua al cuarto de los niños',
        ),
      ),
    ).toBe(true);
    expect(
      detectEmergency(
        "there's water coming in around the top of the living room window, it's just dripping a little down the frame, i put towels down",
      ),
    ).toBe(false);
    expect(detectEmergency("water's coming in by the window and it's just dripping a little onto the outlet")).toBe(true);
  });

  it('takes back an emergency the blind tune-should-he-come-now.json and tune-when-to-ring-me.json callers calmed: mopped up, checked by the fire department, made safe by the utility, cancelled, only the gutter hit', () => {
    expect(
      soundsOverAlready("i got the main shut off and mopped it all up so the water's shut off now it's not spraying or anything"),
    ).toBe(true);
    expect(
      soundsOverAlready(
        "the fire department already came they checked the wall with their heat camera thing and said it's fine nothing's burning",
      ),
    ).toBe(true);
    expect(soundsOverAlready("so it's safe nothing's live it's just we've got no power so the sooner the better")).toBe(true);
    expect(
      soundsOverAlready("i just wanted to let mike know he doesn't need to come out after all my son in law's an electrician"),
    ).toBe(true);
    expect(soundsOverAlready("nobody got hurt and the roof looks ok it's just the gutter")).toBe(true);
    expect(soundsOverAlready("the insurance had a crew put a tarp over it the next day so it's dry and holding fine")).toBe(true);
    expect(soundsOverAlready("no i turned it off and we're not using it")).toBe(true);
    expect(
      soundsOverAlready(
        'but it turned out it was just the battery it was chirping every thirty seconds and the little screen said end of life',
      ),
    ).toBe(true);
    // Still going, or not known: no emergency taken back.
    expect(soundsOverAlready("i moved him to the other end of the house i don't know if it's safe")).toBe(false);
    expect(soundsOverAlready("i'm sure it's just the battery again, it's probably nothing")).toBe(false);
    expect(soundsOverAlready('the water is still spraying and the roof looks like it has a hole')).toBe(false);
  });

  it('takes a running tank, a house left for a warm one, a leak that comes with each storm and an earlier call about smoke for no emergency, but an empty house freezing at five below for one (blind tune-when-to-ring-me.json, tune-should-he-come-now.json, tune-wednesday-calls.json)', () => {
    expect(detectEmergency("it won't stop running like it fills and fills all night and jiggling the handle does nothing")).toBe(
      false,
    );
    expect(
      detectEmergency("hi our furnace went out yesterday and it's freezing in the house so we're staying at my sister's for now"),
    ).toBe(false);
    expect(
      detectEmergency(
        "mike's crew did my roof two summers ago and now i've got water coming in around the dormer in the upstairs bedroom, the stain gets bigger every storm",
      ),
    ).toBe(false);
    expect(detectEmergency('hi this is gail i called this morning about the outlet in the laundry room that was smoking')).toBe(
      false,
    );
    expect(
      detectEmergency(
        "nobody's living there and i just walked in and it's freezing the thermostat says 39 degrees and the furnace isn't doing anything and it's like 5 below outside tonight i'm scared the pipes are gonna freeze",
      ),
    ).toBe(true);
    expect(detectEmergency("water's pouring in through the ceiling right now, the stain gets bigger every storm")).toBe(true);
    expect(detectEmergency("the stain gets bigger every storm and now water's pouring in through the ceiling right now")).toBe(
      true,
    );
    expect(detectEmergency("the water coming from the washer line won't stop and the floor is flooding")).toBe(true);
  });

  it('hears the blind tune-saturday-calls.json and tune-who-am-i-talking-to.json callers: a panel burning with "never mind my name", and not a fire the firefighters cleared, a wall gray with smoke, a drip caught, a family at the sister\'s', () => {
    expect(
      detectEmergency(
        "i need an electrician now there's a burning smell coming from the breaker panel in my basement like melting plastic and it's buzzing",
      ),
    ).toBe(true);
    expect(soundsOverAlready('never mind my name just get somebody out here')).toBe(false);
    expect(soundsOverAlready('oh never mind it stopped')).toBe(true);
    expect(
      detectEmergency(
        "hi we had a little grease fire on the stove last night, it's out, fire department checked everything and said we're fine",
      ),
    ).toBe(false);
    expect(detectEmergency('but the ceiling over the stove and that whole wall are gray with smoke now')).toBe(false);
    expect(detectEmergency('does it need a special primer for smoke')).toBe(false);
    expect(detectEmergency("there's smoke coming out of the panel")).toBe(true);
    expect(soundsOverAlready("it's just a drip, i've got a bucket under it and towels")).toBe(true);
    expect(soundsOverAlready("it's just a drip onto the outlet")).toBe(false);
    expect(
      detectEmergency(
        "the fire department found co by the furnace and the gas company shut it off and put a red tag on it, we're at my sister's so everybody's okay",
      ),
    ).toBe(false);
    // Where the trouble is, not away from it (tune-a-day-of-cleaning.json, tune-real-trouble.json).
    expect(
      detectEmergency(
        "hi i'm at my mom's house and the toilet overflowed and it won't stop it's dirty water with you know everything in it",
      ),
    ).toBe(true);
    expect(
      detectEmergencyAcrossTurns([
        "hi i'm at my mother's she has dementia and lives alone and i just came by and the house is freezing the thermostat says 51 and the furnace isn't running at all it's supposed to be below zero tonight",
      ]),
    ).toBe(true);
  });

  it('takes back an alarm that only chirps with nobody sick, a house aired out, no gas found, a line the utility cut, and a caller managing, but not a chirp with someone sick (blind tune-is-it-urgent-sunday.json, tune-not-a-customer-sunday.json)', () => {
    expect(
      soundsOverAlready(
        "well not like the alarm alarm it's just one chirp like every minute, i'm pretty sure it's the battery, nobody's sick or anything",
      ),
    ).toBe(true);
    expect(soundsOverAlready("it's just one chirp every minute but my daughter is sick and dizzy")).toBe(false);
    expect(
      soundsOverAlready(
        "everyone's totally fine and the house aired out, and it's like sixty degrees out so we don't really need heat",
      ),
    ).toBe(true);
    expect(
      soundsOverAlready('i called xcel right away and they came out and checked with their meter and said no gas leak anywhere'),
    ).toBe(true);
    expect(soundsOverAlready("excel came out at like midnight and cut the wire at the pole so it's dead now")).toBe(true);
    expect(soundsOverAlready('the gas company said it is a gas leak and to get out')).toBe(false);
    expect(
      detectEmergency(
        "he can't get up on the roof anymore with his health and it just blows warm air, it's not terrible yet we're managing with the windows open",
      ),
    ).toBe(false);
    expect(saysItCanWait(["no it's not hot and there's no smell, it's just annoying"])).toBe(true);
    expect(saysItCanWait(["it's hot to the touch and there's a burning smell"])).toBe(false);
  });

  it('takes a house kept warm with a space heater, a limb that made no hole, and an outlet neither smelling nor warm for no emergency, but not a space heater with grandma at home (blind tune-late-sunday-*.json)', () => {
    expect(
      detectEmergency(
        "the furnace won't come on, it's like sixty three in here so we're ok with a space heater, nobody's freezing",
      ),
    ).toBe(false);
    expect(saysItCanWait(["we're ok with a space heater but grandma is here and it's ten below"])).toBe(false);
    expect(saysItCanWait(["nobody's freezing yet but it's five below tonight"])).toBe(false);
    expect(soundsOverAlready("no hole that i can see, nothing came inside, the attic's dry, and it's sunny now")).toBe(true);
    expect(
      soundsOverAlready("there's no smell and it's not warm and the vacuum works fine, my grandson said it's probably normal"),
    ).toBe(true);
    expect(soundsOverAlready("there's no smell but it's still sparking")).toBe(false);
  });
});
