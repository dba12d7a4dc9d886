import { digitsInSpeech } from './spokenNumbers';
import { someoneHurt, someoneHurtInSpanish } from './someoneHurt';
import { anyOf, anyWord, isNegatedAt, normalizeUtterance, saidUndenied } from './utteranceText';
import { monthNames, weekday, weekdayNames } from './calendarWords';

/** "water stains", "a water spot": marks water left, not water coming. */
const notAMark = String.raw`(?!\s+(?:stain(?:s|ed|ing)?|marks?|spots?|rings?|damage)\b)`;
/** "small water coming from there", "a little water": a seep, not water in volume. */
const notALittle = String.raw`(?<!\b(?:small|little|tiny|bit of|trickle of) )`;
/** "standing water every shower", "after each bath": a tub that drains slowly, not a flood. */
const notAfterEachBath = String.raw`(?!\s+(?:every|each|after (?:every|each|a)|during (?:every|each|a))\s+(?:shower|bath)s?\b)`;
/** "two inches of water standing in the tub", "in the sump pit": a clogged drain or a pit's water, not a flood. */
const notInAFixture = String.raw`(?!\s+(?:standing|sitting)?\s*in (?:the |my |our )?(?:tub|bathtub|sink|shower|toilet|bowl|dishwasher|washer|pit|sump|crock|basin|window well))`;

/** "a broken pipe on my sprinkler": a sprinkler or irrigation line named in the same sentence, before or after. */
const notASprinklerBefore = String.raw`(?<!\b(?:sprinkler|irrigation)\b[^.!?]*)`;
const notASprinklerAfter = String.raw`(?![^.!?]*\b(?:sprinkler|irrigation)\b)`;

/** "The tub won't drain, it just sits there with two inches of water": a clog, however much water stands. */
const notDraining = String.raw`\b(?:tub|bathtub|sink|shower)\b[^.!?]{0,20}\b(?:won't|will not|doesn't|does not|isn't|wouldn't|not) drain(?:ing)?\b[^.!?]{0,50}`;

/** What burns fuel indoors, beside which a headache may be carbon monoxide. */
const burner = String.raw`\b(?:furnace|heater|boiler|gas|stove|fireplace|generator|fumes|exhaust|pilot(?: light)?)\b`;
/** How carbon monoxide feels, not "what a headache to deal with". */
const coSymptom = String.raw`(?:(?<!\b(?:such a|what a|a real|real|been a|gives me a|giving me a|total|big|huge) )\bheadaches?\b(?! to )|\b(?:dizzy|dizziness|nause(?:a|ous|ated)|light ?headed|throwing up|sick to (?:my|our|their|his|her|your) stomachs?)\b)`;
/** A symptom and a burner, in either order, with `gap` between them (within a sentence, or anywhere). */
const coSymptomBeside = (gap: string) => new RegExp(`${coSymptom}(?=${gap}${burner})|${burner}${gap}${coSymptom}`);
/** A symptom and a burner told anywhere in the call, across its turns. */
const coSymptomsWithBurner = coSymptomBeside('.*');

/** Things happening now that can hurt someone or wreck the house within hours, whoever is home. */
const emergencyPatterns = [
  // Not "the zone is flooding the sidewalk": water running outside, over ground that takes it.
  /\b(?:is|are|keeps?|it's|started|starting)\s+flooding\b(?!\s+(?:the |my |our |onto the |into the )?(?:sidewalk|yard|lawn|grass|street|driveway|patio|flower ?beds?|garden|alley)\b)|\b(?:basement|house|kitchen|garage|floor|bathroom|room)'s flooding\b/,
  // "the last guy flooded my basement": something a person did once, not water now.
  /(?<!\b(?:guy|he|she|they|plumber|contractor|company|someone|somebody|tenant|kids?|crew) )\bflooded\b/,
  // "water stains running down the siding" are marks left by water, not water.
  new RegExp(
    String.raw`\bwater\b${notAMark}[^.!?]{0,30}\b(?:(?:pouring|gushing|spraying|streaming|rushing|running)\s+(?:in|into|through|out|from|down)\b(?![^.!?]*\b(?:gutters?|downspouts?)\b)|everywhere)`,
  ),
  /\bwater\s+(?:won't|will not|doesn't|does not)\s+stop\b/,
  // A sprinkler's pipe broken in the yard is shut off at its valve: a repair (52 of 59 such tune calls).
  new RegExp(
    String.raw`(?<!\b(?:fix(?:ing|ed)?|repair(?:ing|ed)?|replac(?:ing|ed)) (?:a |the |that |our |my )?)${notASprinklerBefore}\b(?:burst|bursting|broken|exploded)\s+(?:water\s+)?(?:pipe|main|line|hose)s?\b${notASprinklerAfter}`,
  ),
  new RegExp(
    String.raw`${notASprinklerBefore}\b(?:pipes?|main line|main)\s+(?:(?:is |has |just )?(?:burst|busted|exploded|broke)|split|froze|are frozen|is frozen)\b${notASprinklerAfter}`,
  ),
  /\bsmell(?:s|ing)?\s+(?:of\s+|like\s+)?(?:natural\s+)?gas\b/,
  /(?<!\bsewer )\bgas\s+(?:leak|smell|is leaking)\b/,
  /\bleaking\s+gas\b/,
  /\bsparks?\b[^.!?]{0,25}\b(?:coming|flying|from|out|when|everywhere)\b|\bspark(?:ing|ed)\b|\b(?:seeing|saw|see|there are|there's)\s+sparks?\b/,
  /\b(?:(?<!\bis (?:the house|it|something|anything) )on fire|caught fire|electrical fire|smoke coming|smoking outlet|(?:it's|is|are|started) smoking|(?<!\bdusty )burning smell|burnt? (?:smell|plastic)|(?:hot|melting|melted) plastic (?:smell|odou?r)|smell(?:s|ed)? (?:kinda |kind of |sort of |a little )?like (?:hot|melting|melted) plastic|scorch(?:y|ed|ing)? smell|(?<!\b(?:faint|slight|little|old|lingering|stale) )smoky smell\b(?![^.!?]{0,60}\bfrom the \w+ fire\b)(?=[^.!?]{0,40}\b(?:vents?|registers?|outlets?|furnace|walls?|panel|wires?|wiring|fan|switch|plug)\b)|burning (?:wires?|wiring|rubber|insulation)|smell(?:s|ed)? (?:like )?(?:something(?:'s)? )?burn(?:ing|t)(?! (?:off )?(?:the )?dust)|smell like burnt?(?! (?:off )?(?:the )?dust))\b/,
  // A shock off a doorknob in dry winter air is static, not wiring.
  /\b(?:got|getting|gets) (?:a )?shock(?:ed)?\b(?![^.!?]*\b(?:door ?knobs?|static|dry air|carpet)\b)|\bhot to (?:the )?touch\b/,
  // An outlet, switch or panel warm to the hand is wiring burning inside the wall.
  /\b(?:outlet|plate|cover plate|switch|panel|breaker|plug)s?\b[^.!?]{0,40}\b(?:is |it's |feels |gets |getting |are |kind of |really )(?:warm|hot)\b(?! water)/,
  // "a spot on my living room wall that's warm like really warm": heat from wiring inside it.
  /\b(?:spot|area|part|patch) (?:on|of) (?:the|my|our) (?:\w+ ){0,3}wall\b[^.!?]{0,20}\b(?:warm|hot)\b(?! water)/,
  // A boiler over pressure: "the needle on the gauge is way up in the red".
  /\b(?:boiler|gauge|needle)\b[^.!?]{0,40}\b(?:in|into|past) the red\b/,
  /\b(?:live|downed|exposed)\s+(?:power\s+|electric\s+)?(?:wires?|lines?)\b|\bpower\s+lines?\s+(?:down|fell)\b/,
  /\b(?:tree|limb|branch|oak|pine|maple)\b[^.!?]{0,60}\b(?:on|across|hanging on|laying on|lying on|leaning on)\s+(?:the |a |our |my )?(?:power|electric|electrical)?\s*(?:lines?|wires?)\b/,
  // Sewage in the house, not the equipment that handles it ("a new sewage pump").
  /\bsewage\b(?!\s+(?:pumps?|ejectors?|pits?|basins?|systems?|tanks?|treatment)\b)/,
  // "the toilet overflowed and now the tub's backing up": the main line, sewage on its way in.
  /\b(?:tubs?|bathtubs?|showers?)(?:'s| is| are)? (?:now )?(?:backing|backed) up\b/,
  /\b(?:backing|backed|coming) up\s+(?:in)?to\s+(?:the |my |our |a )?(?:tubs?|bathtubs?|showers?|basement|floors?|house|yard|other(?! (?:side|sink|bowl|half|basin)))\b/,
  // Dirty water coming up through a drain or fixture: sewage backing up, whatever the caller calls it.
  /(?<!\b(?:smell|smells|odou?r|stink|stench)\s)\b(?:comes?|coming|came|backs?|backing|backed|bubbl(?:es|ing|ed)|gurgl(?:es|ing|ed)|pushing|pouring) up\b[^.!?]{0,25}\b(?:tubs?|bathtubs?|showers?|floor drains?|drains?|basement|sinks?|toilets?)\b(?=[^.!?]*\b(?:brown|black|dirty|gross|sewage|sewer|smells?|stinks?|stinky|awful|nasty|poop|waste|toilet paper|flush\w*)\b)|\b(?:floor drains?|drains?|toilets?|tubs?|showers?)\b[^.!?]{0,20}\b(?:bubbl(?:ing|es)|back(?:ing|s)|com(?:ing|es)|gurgl(?:ing|es)|push(?:ing|es)) up\b[^.!?]{0,30}\b(?:brown|black|dirty|gross|sewage|sewer|smells?|stinks?|awful|nasty|waste)\b/,
  // "some gross water came up out of the drain in the basement floor", "every time somebody flushes
  // upstairs it comes up out of the floor drain": the dirt or the flush told first.
  /\b(?:brown|black|dirty|gross|nasty|sewer|stinky|toilet) water\b[^.!?]{0,15}\b(?:comes?|coming|came|backs?|backing|backed|bubbl(?:es|ing|ed)|gurgl(?:es|ing|ed)|pushing) up\b[^.!?]{0,25}\b(?:tubs?|bathtubs?|showers?|floor drains?|drains?|sinks?)\b|\bflush(?:es|ed|ing)?\b[^.!?]{0,40}\b(?:comes?|coming|came|backs?|backing|backed|bubbl(?:es|ing|ed)) up\b[^.!?]{0,25}\b(?:tubs?|bathtubs?|showers?|floor drains?|(?:basement )?drains?)\b/,
  // "a sewer smell coming up around the floor drain" is a smell (a dry trap), not sewage.
  /\bsew(?:er)\b(?!\s+(?:kind of |sort of |like (?:a )?)?(?:smell|gas|odou?r|stink)s?\b)[^.!?]{0,25}\b(?:backing up|backed up|coming up|overflowing|everywhere)\b/,
  // "the carbon monoxide one ... says low battery": the detector, not the gas.
  /\bcarbon mono?[ -]?(?:xide|oxide|side)\b(?!\s+(?:detectors?|alarms?|monitors?|ones?|checks?|tests?|testing|inspections?|stuff|levels?|too|as well)\b)/,
  // Carbon monoxide told by how it feels: a headache or dizziness with a burner running.
  coSymptomBeside('[^.!?]*'),
  /\b(?:tree|oak|pine|maple|locust|cottonwood|elm|spruce|branch|limb)\b[^.!?]{0,30}\b(?:fell|fallen|came down|came over|fell over|went over|toppled|crashed|landed|came through|smashed|leaning)\b[^.!?]{0,25}\b(?:on|onto|through|into|window|roof)\b(?! (?:the |my |our |a )?(?:sprinkler|irrigation|drip|fence|lawn|grass|yard|driveway|garden|flower ?bed|shed)\b)/,
  /\b(?:punched|knocked|put|tore|ripped) (?:a |some |big )?holes? (?:in|through) (?:the|our|my) roof\b/,
  // "a limb came off the cottonwood in the wind ... and went right through the roof"; daylight seen through it.
  /\b(?:tree|limb|branch|trunk|cottonwood|oak|pine|maple|elm|spruce)\b[^.!?]{0,80}\bwent (?:right |straight |clean )?(?:through|into) (?:the |our |my |their |his |her )?(?:roof|ceiling|house|wall|window)\b/,
  // "it went right through the roof over the upstairs bedroom": the tree or limb named a turn before.
  /\b(?:it|that|the (?:tree|limb|branch|trunk))(?: just)? went (?:right |straight |clean )?through (?:the |our |my |their |his |her )?roof\b/,
  // "after all this rain it's laying on the power line": the tree named before a "but".
  /\b(?:it's|it is|it|now) (?:laying|lying|resting|leaning|sitting|hanging) on (?:the |a |our |my )?(?:power|electric|electrical) (?:lines?|wires?)\b/,
  // "the basement's a lake right now".
  /\b(?:basement|kitchen|laundry room|bathroom|floor)(?:'s| is) (?:like |basically |just )?a (?:lake|pool|river|swimming pool)\b/,
  /\b(?:see|seeing|can see) (?:the )?(?:daylight|sky|sunlight|stars) (?:through|in) (?:the |our |my )?(?:roof|ceiling)\b/,
  // "i can see the sky from the back bedroom ... it's starting to rain in"; not daylight under a door.
  /\b(?:see|seeing|can see) (?:the )?(?:sky|stars)\b[^.!?]{0,100}\b(?:rain(?:ing)?|snow(?:ing)?) (?:in|inside|on (?:the|our|my) (?:bed|floor|carpet|stuff))\b/,
  /\bleaning on (?:our|the|my) (?:roof|house)\b/,
  /\b(?:branch|limb)\b[^.!?]{0,20}\bcracked\b[^.!?]{0,40}\bhanging\b/,
  /\b(?:roof|ceiling)\b(?! (?:fan|light|tiles?|paint|texture))[^.!?]{0,40}\b(?:caved in|collapsed|collapsing|falling in|came down|(?:bulging|sagging)(?! (?:a little|a bit|a tad|slightly|some)\b)|tore|torn|about to (?:collapse|cave in|fall|come down|give)|fell (?:in|down|through|on|onto))\b/,
  /\b(?:tore|ripped|blew)\s+(?:a\s+)?(?:section|part|piece|half)\s+of\s+(?:the\s+)?roof\b/,
  /\b(?:huge |big |giant )?(?:bulge|sag|bubble) in (?:the|our|my) (?:\w+ ){0,2}ceiling\b/,
  // The ceiling named a turn before: "it's bulging down, like a bubble, it's gotten bigger".
  /\b(?:bulging|sagging|hanging|drooping) down,? like a (?:bubble|balloon|belly)\b/,
  // "the ceiling's kind of bowed down in the middle" under a load of snow, "hanging down like a water balloon".
  /\bceiling(?:'s| is)? (?:kind of |sort of |all |now )?(?:bowed|bowing|bowling) (?:down|in)\b|\b(?:hanging|sagging|drooping) (?:down )?like a water balloon\b/,
  // "the steps gave out ... those steps are the only way out of the house".
  /\b(?:steps|stairs|stair|staircase|stairway)\b[^.!?]{0,30}(?<!\balready )\b(?:gave out|gave way|came down|collapsed|caved in|fell (?:in|apart|down))\b(?![^.!?]{0,40}\b(?:last|ago|years?)\b)/,
  // "the ceiling in our upstairs bedroom has kind of a belly in it": a sagging ceiling, said as people see it.
  /\bceiling\b(?! (?:fan|light|tiles?|paint|texture))[^.!?]{0,40}\b(?:has|got|there's) (?:kind of |sort of |like )?a (?:big |huge )?belly\b/,
  // "the ceiling has a bulge in it like a bubble and it's getting bigger"; not paint bubbling.
  /\bceiling\b(?! (?:fan|light|tiles?|paint|texture))[^.!?]{0,20}\b(?:has|got) (?:kind of |like )?a (?:big |huge )?(?:bulge|bubble)\b(?=[^.!?]*\b(?:getting bigger|growing|water|dripping)\b)/,
  // A ceiling filling with water hangs down before it gives: "gone all puffy like a belly hanging down".
  /\bceiling\b(?! (?:fan|light|tiles?|paint|texture))[^.!?]{0,40}\b(?:like a belly|bellying|ballooning|hanging down|drooping)\b/,
  // Told at the end of a longer story: "a spot on our living room ceiling that's been a little brown
  // for a couple days and today it's like hanging down like a bubble".
  /\bceiling\b(?! (?:fan|light|tiles?|paint|texture))[^.!?]{0,100}\b(?:hanging down|sagging|bulging|drooping) like a (?:bubble|balloon|belly)\b/,
  // The wind taking the roof apart as they watch: "the wind is tearing it up", "peeling back like a flap".
  /\bwind(?:'s| is)?\b[^.!?]{0,15}\b(?:tearing|ripping|peeling|pulling) (?:it|the roof|our roof|my roof|the shingles)? ?(?:up|off|apart|away)\b|\b(?:section|part|piece|half)\b[^.!?]{0,30}\b(?:peeling|lifting|flapping|tearing) (?:back|up|off)\b[^.!?]{0,30}\b(?:flap|gust|wind|boards|decking)\b/,
  // Water heard running under the floor or in a wall with nothing on: a pipe burst out of sight.
  /\b(?:(?:lot of|loud|lots of) )?water (?:noise|sound)s?\b[^.!?]{0,30}\b(?:under (?:the |my |our )?(?:floor|house)|crawl ?space|in (?:the |my |our )?walls?)\b|\bsounds? like (?:a shower|a faucet|a hose|water) (?:is )?running\b[^.!?]{0,30}\b(?:under (?:the |my |our )?(?:floor|house)|crawl ?space|in (?:the |my |our )?walls?)\b|\b(?:under (?:the |my |our )?floor|crawl ?space)\b[^.!?]{0,40}\blike a shower running\b/,
  /\b(?:tore|ripped|blew|peeled)\s+(?:our|the|my)\s+(?:whole\s+|metal\s+)?roof\s+(?:right\s+)?off\b|\broof\b[^.!?]{0,25}\b(?:peeled|tore|ripped|blew) (?:right )?off\b/,
  /\brain(?:ing)?\s+(?:in|into)\s+(?:(?:the|our|my|their)\s+(?:house|home|bedroom|living room|kitchen|attic)|there)\b/,
  // The cross-validation's emergencies the rules let through (eval/corpus/tune-danger.json,
  // tune-after-the-storm.json, tune-urgent-more.json, tune-is-this-bad.json, tune-urgent-calls.json,
  // tune-quiet-emergencies.json). A roof torn open: "the storm tore a piece of the flat part of our roof
  // right off", "peeled a whole section of shingles off ... you can see bare wood".
  /\b(?:storm|wind|gusts?|tornado|hail)\b[^.!?]{0,30}\b(?:tore|ripped|blew|peeled)\s+(?:a |the )?(?:\w+ ){0,7}?roof (?:right )?off\b|\b(?:bare (?:wood|decking|plywood|boards)|(?:see|seeing) (?:the )?(?:black |tar )?(?:paper|decking|plywood))\b[^.!?]{0,80}\b(?:storms?|rain|thunderstorms?|snow)\b(?:[^.!?]{0,20}\b(?:tonight|coming|again|later))?/,
  // Water coming into the house: "it's pouring in through the corner of the basement window".
  /\b(?:it's|it is|water's|water is)\s+(?:just\s+)?(?:pouring|gushing|streaming|flooding)\s+in\b/,
  // Learner English and the unit below: "water come out like fire hydrant", "the water go down to neighbor under me".
  /\blike (?:a )?fire ?hydrant\b|\bwater\b[^.!?]{0,40}\b(?:down|through) (?:in)?to (?:the |my |our )?(?:neighbou?rs?|apartment|unit|floor|people)\b[^.!?]{0,15}\b(?:under|below|downstairs)\b/,
  // A tank or pipe giving way: "it's not a drip it's a steady stream coming out of the tank".
  /\b(?:steady|constant) stream\b[^.!?]{0,30}\b(?:out of|from)\b/,
  // Hot water running unseen with no way to stop it: "i can hear it running somewhere in the ceiling".
  /\b(?:can|could) hear (?:it|water)(?: still)? running\b[^.!?]{0,30}\b(?:in|inside|behind|above|under) (?:the |my |our )?(?:ceiling|walls?|floor)\b|\b(?:don't|do not|doesn't) (?:even )?know where the (?:main )?(?:water )?shut ?off is\b/,
  // "i see small light inside like spark": a spark, as a learner puts it.
  /\blike (?:a )?sparks?\b(?! plugs?)/,
  /\brain(?:'s| is)?\s+(?:coming|blowing|pouring)\s+(?:straight |right )?in/,
  // "it's still raining pretty good, it's coming right in": the rain named, then where it goes.
  /\b(?:raining|snowing|pouring)\b[^.!?]{0,30}\b(?:it's|it is) (?:coming|blowing|pouring) (?:straight |right )?in\b/,
  // "it's pooled up right under the electrical panel": water at the panel, told by where it lies.
  /\b(?:pooled|pooling|puddled|puddling|standing water|trickling|running|dripping)\b[^.!?]{0,30}\b(?:under|on|onto|into|around|by|over) (?:the |our |my )?(?:electrical|electric|breaker|fuse) (?:panel|box)\b/,
  // A walk-in cooler warming with the stock inside, as refrigeration firms answer at night.
  /\bwalk[- ]?in (?:cooler|freezer|fridge|refrigerator)\b[^.!?]{0,60}\b(?:died|quit|(?:isn't|is not|not|won't) (?:holding|keeping) (?:temp|temperature|cold)|(?:and |still )(?:climbing|rising|going up))\b/,
  /\bglass (?:is )?everywhere\b|\bglass\b[^.!?]{0,20}\ball over (?:the|my|our) (?:\w+ )?(?:floor|room|house|kitchen)\b/,
  // Not a smell left in fabric ("the couches stink like smoke", "the downstairs still smells like
  // smoke") after a fire that is out.
  /(?<!\b(?:stinks?|reeks?|still smells?) (?:like|of) )(?<!\b(?:gray|grey|black|blackened|yellow|yellowed|brown|stained|covered|dirty) with )(?<!\b(?:primer|paint|sealer|blocker) for )\bsmoke\b(?!\s+(?:and (?:co|carbon monoxide) )?(?:detectors?|alarms?|stains?|shadows?|damage|residue|marks?|soot|films?))|(?<!\bstill )\bsmells? (?:like )?smoke\b|\brotten eggs?\b|\b(?:hissing|whistling)\b[^.!?]{0,30}\bgas\b|\bgas\b[^.!?]{0,30}\b(?:hissing|whistling)\b/,
  // Not a reason given for a job: "i can't swap my own faucet because i can't turn the water off";
  // nor a drip: "she can't turn it off all the way".
  /(?<!\bbecause (?:i|we) )\b(?:can't|cannot|can not|couldn't)\s+(?:find the shut ?off|shut (?:it|the water|the main) off|turn (?:it|the water) off|stop (?:it|the water))\b(?!\s+(?:all the way|completely|fully)\b)/,
  // Not water standing in a tub or sink over a clogged drain.
  new RegExp(
    String.raw`\b(?:standing water|inches of water|(?:basement|floor) is full of water|taking on water)\b${notInAFixture}${notAfterEachBath}(?<!\b(?:tub|bathtub|sink|shower|toilet|bowl|drains?)\b[^.!?]{0,60}standing water)(?<!${notDraining}inches of water)`,
  ),
  // Indoors: a sprinkler or garden line spraying outside can wait.
  /(?<!\b(?:sprinkler|irrigation|garden|drip|soaker) )\b(?:pipe|line|hose|fitting|valve)\b[^.!?]{0,15}\b(?:spraying|gushing|spewing|shooting|pouring)\b(?![^.!?]*\b(?:sprinkler|irrigation|yard|lawn|garden|outside)\b)/,
  // Not "the railing on my back deck is wobbly and pulling away from the post": the railing, a repair.
  /(?<!\b(?:flashing|railing|rail|handrail|banister|steps?|stairs?)\b[^.!?]{0,20})\b(?:wall|foundation|chimney|deck|balcony|porch)\b[^.!?]{0,40}\b(?:collapsed|collapsing|caving in|falling down|pulling away|came down|gave way|gave out|fell (?:on|onto|in|down|over|through|toward))\b/,
  /\bstuck\b[^.!?]{0,30}\b(?:car|kids?|baby) (?:is |are )?(?:inside|in there|trapped)\b/,
  // Not "my husband says this is an emergency but honestly ... it's been like that for years".
  /(?<!\b(?:says|said|thinks|thought|insists|claims) )\b(?:this|it)\s+is\s+an\s+emergency\b|(?<!\b(?:says|said|thinks|thought|insists|claims) )\bit's\s+an\s+emergency\b|(?<!\b(?:kind of|sort of|kinda|sorta) (?:have |got )?an? )\bemergency\b(?=[^.!?]*\b(?:now|please|help)\b)/,
];

/** Water where the electricity is: a light fixture, the panel, an outlet, a fan, a switch; not a water heater's pilot light. */
const waterNearPower =
  /\b(?<!\b(?:faucet|tap|spigot|shower ?head)\s(?:is\s|keeps\s|still\s)?)(?:water|leak(?:ing)?|dripping|drips?)\b(?!\s+(?:stain(?:s|ed|ing)?|marks?|spots?|rings?|damage|lines?|pipes?|mains?|meter|heater)\b)[^.!?]{0,50}\b(?:smoke (?:detector|alarm)s?|(?<!\bpilot )light|fixture|chandelier|pendant|lamp|electrical|electric (?:box|panel)|panel|outlets?|breakers?|wiring|ceiling fan|switch|socket|power strip|extension cord|cords?|plugs?|junction box|(?:exhaust |bathroom )?fan|can lights?)\b|\b(?:(?<!\bpilot )light|fixture|chandelier|pendant|panel|outlet|ceiling fan|(?:exhaust |bathroom )fan|switch|socket|power strip|extension cord|can lights?)\b[^.!?]{0,30}(?<!\b(?:sink|tub|bowl|basin)(?:'s| is) full of (?:\w+ )?)\b(?:water|dripping|leaking)\b(?!\s+in (?:the |my |our )?(?:sink|tub|bowl|basin))/;

/** "won't shut off", "can't get them to turn off": water running that nobody can stop. */
const wontShutOff = /\b(?:won't|will not|wouldn't|can't get (?:it|them) to) (?:shut|turn) off\b/;

/**
 * Hazards as homeowners describe them, by kind: water they cannot control, electricity that burns
 * or shocks, gas and carbon monoxide, the structure giving way, lines down, the house left open.
 */
const hazardPatterns = [
  // Water in volume, moving into or through the house, or rising.
  new RegExp(
    // Not water out of a broken sprinkler head in the yard, which waits for the valve to be shut.
    String.raw`${notALittle}(?<!\b(?:sprinklers?|sprinkler heads?|irrigation)\b[^.!?]*)\bwater(?!\s+(?:heater|softener|filter|bill|meter|pressure)\b)(?:'s| is| was)?\b${notAMark}[^.!?]{0,40}(?<!\b(?:barely|hardly|slowly|only just)\s)(?<!\b(?:line|pipe|pipes|main)\s+(?:\w+\s+)?)\b(?:pouring|gushing|spraying|shooting|streaming|rushing|bubbling|spewing|coming)\s+(?:in|into|through|out|from|down|up|everywhere|all over)\b(?![^.!?]*\b(?:trickl\w*|slow (?:drip|leak)|(?:little|small|tiny) (?:drip|leak)))(?!\s+(?:in|into) (?:it|the (?:sink|other side|other sink))\b)(?!(?:\s+(?:kind of|sort of|all|really|a little|like))?\s+(?:rusty|brown|cloudy|discolou?red|yellow|orange|milky|murky|lukewarm|cold|warm|hot|slow|weak)\b)(?<!coming from(?=\s+(?:where|somewhere|there)\b))(?![^.!?]*\b(?:gutters?|downspouts?|faucet|tap|shower ?head|sidewalk|street|grass|lawn|yard|curb)\b)`,
  ),
  // Water up to the outlets: "it's up to the bottom of the outlets on the wall".
  /\b(?:water(?:'s| is)?|it's) (?:already |now |almost |nearly )*(?:up to|at|over|past) (?:the )?(?:bottom of )?(?:the |our |my )?(?:electrical )?(?:outlets?|plugs?|sockets?)\b/,
  // "there's an outlet right there on the wall and the puddle's about a foot from it".
  /\b(?:outlets?|power strip|plugs?|extension cords?|breaker box|(?:electrical )?panel)\b[^.!?]{0,60}\b(?:puddle|water)(?:'s| is)? (?:about |maybe |like |only |just |already )*(?:a foot|an inch|(?:a few |\w+ )?inches) (?:from|away from) (?:it|them)\b/,
  // "the puddle's run over to where the dryer's plugged in and there's a power strip on the floor sitting in it".
  /\b(?:power strip|extension cords?|surge protector|plugs?|cords?)\b[^.!?]{0,30}\b(?:sitting|lying|laying|soaking) in (?:it|the (?:water|puddle))\b|\b(?:puddle|water)(?:'s| has| is)? (?:run|ran|running|spread|spreading|gotten|got) (?:over )?to where (?:the )?(?:\w+ )?(?:is |'s )?plugged in\b/,
  // Water rising: "the water's up to the bottom step now", "it's over my ankles".
  /(?<!\b(?:shower|tub|bathtub|sink|drains?|draining)\b[^.!?]{0,60})\b(?:water(?:'s| is)?|it's) (?:already |now )?(?:up to|over|past) (?:the |my |our )?(?:bottom |first |second |third |lowest )?(?:step|stair|ankles?|shins|knees?)\b/,
  /\b(?:water|leak(?:s|ing)?|spilling|overflow(?:s|ing)?)\b[^.!?]{0,20}\b(?:everywhere|all over (?:the|my|our) (?:\w+ )?(?:floors?|house|kitchen|basement|garage|bathroom|laundry|hall(?:way)?|closet|carpet))\b/,
  /\bwater\b[^.!?]{0,40}\b(?:almost|nearly|getting|rising|creeping|about)(?: (?:across|over|along) (?:the )?\w+)? (?:up )?(?:to|toward|towards|near)\s+(?:the |our |my )?(?:furnace|water heater|boiler|outlets?|panel|washer|dryer|electrical|wiring|appliances?|door|top)\b/,
  // "it's coming through the ceiling again ... it's running down right by the light fixture": the water
  // named in an earlier clause, running where the electricity is.
  /\b(?:it's|it is|water's|water is)\b[^.!?]{0,30}\b(?:running|dripping|pouring|leaking|streaming|coming (?:down|through|out)) (?:down |out )?(?:right )?(?:by|next to|near|around|onto|into|out of|through|over) (?:the |a |our |my )?(?:light fixture|fixture|ceiling light|light|lights|outlets?|panel|breaker box|switch)\b/,
  // Wiring burning, told at length: "the breaker box in the garage is making this loud buzzing like
  // crackly sound and the door of it is really warm like hot to touch", "the electric box ... smell
  // hot". Matched at the sign, so "no smoke or anything" denies it.
  /(?<=\b(?:outlets?|sockets?|(?:light |wall )?switch(?:es)?|(?:cover |switch |wall )?plates?|(?:electrical |breaker |fuse |electric )(?:panel|box)|breaker panel|panel box)\b[^.!?]{0,100}?)\b(?:crackl(?:e|es|ing|y)|sizzl(?:e|es|ing)|hot to (?:the )?touch|smells? (?:like )?(?:hot|burning|burnt|fish|fishy|(?:hot |melted |burnt |burning )?plastic)|smell hot|melted|melting|haze|smoking|smoke(?! (?:detectors?|alarms?)))\b/,
  // "a smell like fish coming from the outlet behind my daughter's bed".
  /\bsmell (?:like|of) (?:fish|(?:hot |burnt |burning |melted )?plastic|something burning)\b(?=[^.!?]{0,40}\b(?:outlets?|sockets?|switch(?:es)?|plates?|panel|breakers?|(?:breaker |fuse |electric |electrical )box|plugs?|wiring)\b)/,
  // The sump's pit at its rim: "over the top of the pit", "the pit's right at the floor and it's going
  // to go over"; not "the pit stays full" while the pump runs.
  /\b(?:pit|sump|crock)(?:'s| is)?\b[^.!?]{0,40}\b(?:over the top|overflowing|(?:right )?at the (?:top|floor|rim)|full to the (?:brim|top)|(?:going to|gonna|about to) go over|coming (?:up )?over|spilling)\b|\bover the top of the (?:sump |sump pump )?pit\b/,
  // "the sump pump quit and the basement is filling up": water, named or not.
  /\b(?:basement|crawl ?space|house|downstairs)(?:'s| is) (?:filling|starting to fill) up\b/,
  // "there's water across pretty much the whole downstairs".
  /\bwater (?:across|over|covering|all across) (?:\w+ ){0,2}(?:the )?(?:whole|entire) (?:downstairs|basement|floor|house|first floor|main floor)\b/,
  // "the electrical panel got wet from the leak", "the outlets are soaked": the wet thing named first.
  /\b(?:(?:electrical |breaker |fuse )?panel|(?:electrical|breaker|fuse|junction) box|outlets?|sockets?|wiring|wires|breakers?)\b[^.!?]{0,30}\b(?:got|gotten|getting|is|are|'s|was|were) (?:all |really |completely |totally |soaking )?(?:wet|soaked|soaking wet|drenched)\b/,
  /\bsump pump\b[^.!?]{0,20}\b(?:quit|died|failed|stopped|isn't working|not working|went out|broke|burned out|gave out)\b(?=[^.!?]*\bwater\b)/,
  // "it's going down the window well into the basement": water getting into the house, named or not.
  /\b(?:going|pouring|running|coming|flowing|draining|getting)\s+(?:down|in|into|through)\b[^.!?]{0,30}\b(?:into|in) (?:the |our |my )?basement\b/,
  new RegExp(`\\b(?:sprinklers?|water|it|they)\\b[^.!?]{0,20}${wontShutOff.source}`),
  // Not a sprinkler head "cracked and spraying everywhere" in the yard.
  new RegExp(
    String.raw`(?<!\b(?:sink|tub|bathtub|toilet|bowl|dishwasher|washer|pit|sump|bucket|pool)\b[^.!?]{0,12})\b(?:filling (?:up )?with|full of|(?<!${notDraining})inches of|ankle deep|a foot of|(?:\d+|two|three|four|five|six|a couple|a few) feet of) water\b${notInAFixture}|(?<!\b(?:sprinklers?|sprinkler heads?|heads|irrigation)\b[^.!?]{0,60})\b(?:spraying|gushing|pouring|spewing) everywhere\b|\bwater(?:'s| is)? (?:rising|getting (?:higher|deeper))\b`,
  ),
  /\b(?:water heater|hot water tank|tank|supply line|main|water line|pipe)s?\b[^.!?]{0,35}\b(?:burst|bursting|exploded|ruptured|split (?:open|in half)|blew (?:out|apart|up))\b/,
  // "the water heater in the hall closet is just pouring out the bottom".
  /\b(?:water heater|hot water tank|boiler)\b[^.!?]{0,30}\b(?:is|it's) (?:just |still )?(?:pouring|gushing|spewing|spraying) (?:out|(?:hot |scalding )?water|everywhere)\b/,
  // "the bathtub fills up with sewer water and now it's going over onto the bathroom floor".
  /\b(?:sewer|sewage|toilet|black|nasty|dirty|gross) water\b[^.!?]{0,60}\b(?:going over|overflowing|spilling (?:over|out)|(?:on|onto|all over) the (?:\w+ )?floor)\b/,
  // A roof opened to the sky with weather on the way: "a hole in the roof ... you can see sky through
  // it", "you can see the wood and the paper flapping and it's supposed to snow tonight". Not "no rain
  // in the forecast".
  /\b(?:hole|opening) in (?:the|our|my|her|his|their) roof\b[^.!?]{0,60}\b(?:see (?:the )?(?:sky|daylight|outside)|(?<!\bnot )(?:supposed to|going to|gonna|forecast\w*|calling for)\b[^.!?]{0,20}\b(?<!\bno )(?:rain|snow|storms?))\b/,
  /\bsee (?:the )?(?:bare )?(?:wood|plywood|decking|sheathing|(?:tar |black )?paper|felt)\b[^.!?]{0,60}\b(?<!\bnot )(?:supposed to|going to|gonna|forecast\w*|calling for)\b[^.!?]{0,30}\b(?<!\bno )(?:rain|snow|storms?|thunderstorms?)\b/,
  // The line to the house pulled loose: "a branch came down and pulled the power line half off the house".
  /\b(?:pulled|ripped|tore|torn|knocked) (?:down )?(?:the |our |my )?(?:power|electric|electrical|service) (?:line|lines|wire|wires|cable|drop|mast)\b/,
  /\b(?:main|water|supply)\s+line\b[^.!?]{0,15}\b(?:broke|broken|snapped)\b(?![^.!?]*\b(?:sprinkler|irrigation)\b)/,
  // A toilet that keeps running refills its tank: no water gets out, so it can wait.
  /(?<!\btoilets?\b[^.!?]*)\b(?:won't|will not|doesn't|does not|can't get it to|cannot get it to|can't make it) stop\b(?=[^.!?]*\b(?:water|leak|overflow|running|spraying|flood))|\b(?:water|leak|overflow(?:ing)?|spraying|running)\b[^.!?]{0,40}\b(?:won't|will not|doesn't|does not|can't get it to|cannot get it to) stop\b(?! running)|\btoilets?\b[^.!?]*\b(?:won't|will not|doesn't|does not|can't get it to) stop (?!running)\w+/,
  /\b(?:toilet|tub|sink)\b[^.!?]{0,20}\boverflow(?:ing|ed|s)?\b[^.!?]{0,40}\b(?:into|everywhere|all over|through|down)\b/,
  // Electricity that burns, arcs or shocks.
  // Stray voltage: a tingle or a small shock from a faucet, a tub or an appliance.
  /\b(?:tingl(?:e|es|ing)|(?:a )?(?:little |small |slight )?(?:shock|jolt|zap)s?)\b[^.!?]{0,30}\b(?:touch(?:es|ing)?|grab(?:bing)?)\b[^.!?]{0,25}\b(?:faucet|sink|tub|shower|water|appliance|washer|dryer|fridge|refrigerator|stove|oven|dishwasher|pipe|railing|outlet|switch|light|lamp)s?\b/,
  // A pop, bang or flash from the panel or an outlet: arcing.
  /\b(?:pop|bang|boom|flash)\b[^.!?]{0,20}\b(?:from|in|out of|behind) (?:the |my |our )?(?:panel|breaker box|fuse box|outlet|socket|switch|meter)\b/,
  // A wet patch that grows as you watch: water still coming, unlike a stain.
  /\b(?:wet|water) (?:spot|patch)\b[^.!?]{0,30}\b(?:spreading|growing|getting bigger)\b/,
  // Medical equipment that breathes for someone, without power.
  /\b(?:oxygen|concentrator|cpap|ventilator|dialysis)\b[^.!?]{0,40}\b(?:quit|died|stopped|went out|shut off|won't (?:turn|come) on|(?:has|have|got) no power)\b/,
  /\b(?:arcing|arced|electrocuted|(?:got|get|gets|getting|been) (?:shocked|zapped)|(?:shocked|zapped) (?:me|him|her|my|us))\b(?![^.!?]*\b(?:door ?knobs?|static|dry air|carpet)\b)/,
  /\b(?:outlet|socket|plug|switch|panel|breaker(?: box)?|fuse box|wires?|wiring|cord|meter)\b[^.!?]{0,25}\b(?:melted|melting|scorched|charred|blackened|burnt|burned|smoking|crackling|popping and|exploded|blew up|burst into flames)\b/,
  /\b(?:melted|melting|scorched|charred|blackened|burnt|burned|(?:scorch|burn|black|char) marks?)\b[^.!?]{0,20}\b(?:outlet|socket|plug|switch|panel|breaker|wires?|wiring|cord)\b/,
  // Electricians' other "call now" signs: a fishy or burning smell from a device, its plate turning brown.
  /\b(?:fishy|burning|burnt|melting|plastic|hot|acrid|electrical)\s+(?:smell|odor|stink)\b[^.!?]{0,30}\b(?:outlets?|sockets?|switch(?:es)?|panel|breakers?|(?:breaker |fuse |electrical )?box|plugs?|wiring|wires?|fixtures?)\b|\b(?:outlets?|sockets?|switch(?:es)?|panel|breakers?|plugs?|wiring|wires?|fixtures?)\b[^.!?]{0,20}\bsmells?\s+(?:fishy|like fish|hot|funny|like (?:burning|burnt|plastic))\b/,
  /\b(?:outlets?|sockets?|switch(?:es)?|(?:cover |switch |wall )?plates?|panel|breakers?|plugs?)\b[^.!?]{0,15}\b(?:(?:is |are )?(?:turning|turned|gone|going|went) (?:brown|black|yellow)|discolou?red)\b/,
  // "it smells like something electrical is burning inside the wall"; a furnace burning off dust
  // the first time it runs is normal.
  /\bsmell(?:s|ing)?\b[^.!?]{0,35}\b(?<!\bdusty )(?:melting|burning|burnt|scorched|singed)\b(?! (?:off )?(?:the )?dust)|\b(?:melting|burning|burnt) (?:plastic|rubber|wires?|insulation) smell\b/,
  // Not a burner's flame going out or burning the wrong colour: a furnace that will not stay lit.
  /(?<!\bpilot )(?<!\b(?:into|in) the )\bflames?\b(?! (?:sensor|rod|(?:go|goes|went|going|keeps? going) out|(?:is|are|looks?|burns?|burning)(?: kind of| sort of| kinda| a little| pretty| really)? (?:blue|yellow|orange|lazy|weak|small|low))\b)|(?<!\b(?:it was|there was|we had|after|since)\s+(?:a\s+|the\s+)?(?:small\s+|little\s+)?)\b(?:a|small|electrical|grease) fire (?:in|started|broke out)\b/,
  // Gas and carbon monoxide: an alarm sounding, a smell, symptoms.
  // "our co monitor in there just hit six", "the draft hood is spilling": exhaust coming back into the room.
  /\b(?:co|carbon monoxide) (?:monitor|detector|meter|reading)\b[^.!?]{0,20}\b(?:hit|reads?|reading|says|showing|shows|at|went up to) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty)\b|\b(?:draft hood|flue|exhaust|water heater|furnace)\b[^.!?]{0,30}\b(?:spilling|venting (?:into|in) the (?:room|house|basement))\b/,
  /\b(?:carbon monoxide|co|gas)\s+(?:alarm|detector|monitor)s?\b[^.!?]{0,40}\b(?:going off|went off|sounding|beeping|alarming|keeps? (?:going|beeping))\b/,
  /\bsmell(?:s|ing)?\b[^.!?]{0,15}\b(?:sulfur|propane|skunk)\b|\b(?:smell|smells|smelled)\b[^.!?]{0,45}\bstruck (?:a (?:bunch of )?)?matche?s?\b(?![^.!?]*\b(?:candles?|fireplace|lighter|cigarettes?)\b)|\b(?:whiff|odou?r|stink|stench|smell) of (?:sulfur|rotten eggs?|propane|natural gas|gas)\b|\b(?:an? )?(?:sulfur|sulphur|propane|eggy?) (?:smell|odou?r)\b/,
  // A gas line struck while digging or working, the way utilities' "call before you dig" pages put it.
  /\b(?:hit|cut|broke|nicked|punctured|damaged|severed|ruptured|(?:backed|ran|crashed|drove|bumped) into|knocked (?:over|off)|smashed|struck)\s+(?:a |the |our |my )?gas (?:line|pipe|main|meter)\b|\bgas (?:line|pipe|main|meter)\b[^.!?]{0,20}\b(?:got |was |is )?(?:hit|cut|broken|nicked|punctured|damaged|severed|ruptured)\b/,
  // The structure giving way, or the weather getting in.
  /\b(?:wall|walls|foundation|beam|joist|floor|ceiling|roof|deck|porch|balcony|chimney|stairs)\b[^.!?]{0,30}\b(?:bowing|(?<!\bfloor\b[^.!?]{0,30})buckling|caving|cracking apart|giving way|giving out|coming down|falling apart|shifting|pushing in|sinking)\b/,
  /\b(?:car|truck|vehicle)\b[^.!?]{0,20}\b(?:crashed|drove|ran|smashed) (?:into|through) (?:the |our |my )?(?:house|home|garage|wall|front|living room)\b/,
  // "our chimney is cracked all the way through and it's leaning away from the house".
  /\bchimney\b[^.!?]{0,60}\bleaning\b(?! (?:a (?:little|bit|tad)|slightly)\b)/,
  // The roof itself gone, not a few shingles off it.
  // Not "bare spots on the roof where they came off": shingles, not the roof.
  /\broof\b(?:(?!\b(?:where|they|shingles?)\b)[^.!?]){0,20}\b(?:blew|blown|ripped|torn|tore|came) (?:off|away)\b/,
  /\b(?:hole|opening|gap)\b[^.!?]{0,15}\broof\b[^.!?]{0,40}\b(?:rain(?:ing)?|water|snow(?:ing)?)\b/,
  /\braining (?:in|into|inside) (?:the |my |our )?(?:house|bedroom|kitchen|living room|room|attic|basement|bathroom|hall(?:way)?)\b/,
  // A pipe split or burst by the cold.
  /\b(?:froze|frozen)\b[^.!?]{0,40}\b(?:split|cracked|broke|burst)\b|\b(?:split|cracked|broke|burst)\b[^.!?]{0,40}\b(?:froze|frozen)\b/,
  /\b(?:tore|ripped|blew|blown|torn|peeled)\s+(?:off\s+)?(?:a |the |part |half |some )?(?:of )?(?:the |our |my )?(?:roof|siding)\b[^.!?]{0,50}\b(?:rain|water|coming in|leaking|pouring)\b/,
  // Not a few shingles: a big piece of the roof gone and water already coming in under it.
  /\b(?:tore|ripped|blew|blown|torn|peeled)\s+(?:off\s+)?(?:a (?:big |huge |whole |large )?(?:chunk|section|patch|strip) of |half (?:of )?|most of )(?:the |our |my )?shingles\b[^.!?]{0,50}\b(?:water|rain)\b(?!\s+(?:stains?|marks?|spots?|damage)\b)[^.!?]{0,15}\b(?:dripping|pouring|coming|running|drips|pours)\b/,
  new RegExp(
    // Not "a slow drip we have a towel down" or "getting in somewhere": a leak to find, not a flood.
    String.raw`\b(?:rain|water|snow)\b${notAMark}[^.!?]{0,20}\b(?:coming|pouring|blowing|leaking|getting)\s+(?:in|into|inside|through)\b(?![^.!?]*\b(?:gutters?|downspouts?|trickl\w*|slow (?:drip|leak)|(?:little|small|tiny) (?:drip|leak)|somewhere)\b)`,
  ),
  /\b(?:tree|limb|branch|trunk|maple|oak|pine|spruce|cottonwood|elm|half of it)(?:'s)?\b[^.!?]{0,40}\b(?:on|onto|through|into|hit|crushed|smashed)\s+(?:the |our |my |a )?(?:house|home|roof|car|truck|garage|bedroom|living room|window|kitchen|ceiling|attic|porch)\b/,
  // "it's coming out around the ceiling light": water (or smoke) out of a light, whatever it is called.
  /\b(?:coming|dripping|leaking|pouring|running) (?:out )?(?:of|around|from|through) (?:the |my |our |a )?(?:ceiling )?(?:light fixture|light|fixture|lamp|can lights?|ceiling fan)\b/,
  // "it's not just a drip it's running down right by the light fixture".
  /\b(?:it's|it is|water(?:'s| is)?|leak(?:'s| is)?) (?:\w+ )?(?:dripping|pouring|running|streaming) down (?:right )?(?:by|next to|beside|around|over|onto) (?:the |my |our |a )?(?:ceiling )?(?:light fixture|light|fixture|lamp|can lights?|ceiling fan|outlet|switch)\b/,
  // A tree coming out of the ground and leaning further: "the roots are coming out and it's leaned more".
  /\b(?:roots?\b[^.!?]{0,20}\b(?:coming|pulling|lifting|ripping|popping|tearing) (?:out|up)|(?:ground|soil|dirt|lawn)\b[^.!?]{0,25}\b(?:heav\w*|lift(?:ed|ing)|crack(?:ed|ing))(?: up)?)\b[^.!?]{0,80}\b(?:lean(?:ed|ing|s)? (?:more|further|over)|tipping|(?:is |it's )?pointing (?:right )?(?:at|toward)|moved (?:more|again|further))/,
  // Lines down, the house broken into, someone trapped.
  /\b(?:lines?|wires?|cables?|drop)\s+(?:from|to)\s+the\s+(?:pole|house)\b[^.!?]{0,25}\b(?:down|fell|fallen|on the ground|hanging|sparking|snapped|ripped|torn|pulled)\b/,
  // Lights that go brighter than normal while others go dark: a lost neutral, which burns out what is plugged in.
  /\blights?\b[^.!?]{0,40}\b(?:(?:way |much |really |a lot )?brighter than (?:normal|usual|they should)|getting brighter and (?:then )?dimmer)\b/,
  // "half the lights are super bright and the other half are real dim".
  /\b(?:half|some) (?:of )?(?:the |our |my )?(?:lights?|house)\b[^.!?]{0,40}\b(?:super|really|real|very|way|too|extra) bright\b[^.!?]{0,40}\b(?:dim|barely on)\b/,
  // "half my house has no power and the other half the lights are dimming": the same, told by what went dark.
  /\bhalf (?:of )?(?:the |our |my )?(?:house|home|lights?|outlets?)\b[^.!?]{0,30}\b(?:no power|(?:went|are|is) (?:out|dead|off))\b[^.!?]{0,20}\bother half\b[^.!?]{0,30}\b(?:dim(?:ming|mer)?|brighter|flicker(?:ing|s)?|barely on)\b/,
  // Electricians' "call now" signs: an outlet, switch or panel hot, buzzing or crackling.
  /\b(?:outlets?|sockets?|(?<!dimmer )switch(?:es| plates?)?|(?:electrical |breaker |fuse )?(?:panel|box)|breakers?|plugs?|cords?|meter|cover plates?)\b[^.!?]{0,25}\b(?:(?:is|are|feels?|getting|gets|got|really|very|super|so) (?:hot|warm)\b(?! (?:tub|water|air))|(?<!\b(?:not|isn't|aren't|wasn't|no|never) )(?:buzzing|crackling|sizzling|smells? (?:hot|like (?:it's )?burning)))/,
  // "the electrical panel in the utility closet has been buzzing loud all afternoon": loud, not "a buzzing noise".
  /\b(?:electrical |breaker |fuse )?(?:panel|box)\b[^.!?]{0,40}\b(?<!\b(?:not|isn't|wasn't|no) )buzzing (?:so |really |very )?loud(?:ly|er)?\b/,
  /\b(?:power|electric(?:al)?|utility|service)\s+(?:lines?|wires?|drop|cables?)\b[^.!?]{0,25}\b(?:down|fell|fallen|on the ground|hanging|sagging|sparking|snapped|ripped|torn|pulled)\b/,
  /\bwires?\b[^.!?]{0,15}\b(?:hanging (?:down|low)|on the ground|down in)\b|\bwire(?:'s| is)? (?:pulled|sagging|hanging) (?:way |all the way )?down\b/,
  // "the dead pine ... tipped over and it's resting on the wire that runs to our house".
  /\b(?:tree|pine|oak|maple|limb|branch|cottonwood|elm|spruce)s?\b[^.!?]*\b(?:it's|it is|is|now) (?:resting|lying|laying|leaning|sitting|hanging) (?:right |directly |all the way )?on (?:the |our |a )?(?:power |electric |service )?(?:lines?|wires?)\b/,
  // The house left open to the weather: a door or window gone and snow, rain or the cold coming in.
  /\b(?:(?:whole |the )?(?:back|front|side) of the house is (?:wide |just |completely )?open|house is (?:wide|completely|just) open)\b|\b(?:glass|door|window|slider)\b[^.!?]{0,40}\b(?:shattered|smashed|blew out|blown out)\b(?=[^.!?]*\b(?:snow\w*|rain\w*|freezing|hole|wide open)\b)/,
  // "a bear tore the front door of our cabin right off the hinges": not a cabinet or a closet door.
  /\b(?:front|back|side|patio|entry|main|sliding|cabin|house) door\b[^.!?]{0,40}\b(?:off (?:the |its )?hinges|(?:ripped|torn|tore|kicked|blown|blew) (?:right )?off)\b/,
  // A railing torn out over a drop: "the whole section pulled right out of the floor it's like a twelve foot drop".
  /\b(?:railing|rail|banister|guardrail|handrail)\b[^.!?]{0,50}\b(?:pulled (?:right |clean )?out|came (?:right )?(?:off|out|loose)|gave way|broke off|fell (?:off|out|down))\b[^.!?]{0,60}\b(?:(?:\w+|\d+)[- ](?:foot|feet) drop|drop (?:to|into|down)|fall (?:to|into))\b/,
  // A main or service line broken outside: "water shooting thirty forty feet in the air and coming down
  // on my house"; not a sprinkler head or a hose.
  /^(?![^]*\b(?:sprinklers?|irrigation|hose|fountain|hydrant)\b)[^]*\bwater\b[^.!?]{0,10}\b(?:shooting|spraying|gushing|spewing)\b[^.!?]{0,30}\b(?:in(?:to)? the air|feet (?:in the air|high|up))/,
  // A leak that grows as the caller watches: "a brown ring and it's getting wider every hour".
  /\b(?:stain|ring|spot|bulge|bubble|crack|puddle|wet spot)\b[^.!?]{0,40}\b(?:getting|growing|gets|spreading) (?:bigger|wider|larger)?\s*(?:(?:every|by the|each) (?:hour|minute|few minutes)|all (?:morning|day|afternoon|night))\b/,
  // "it's coming up out of the floor drain like it's erupting it's coming in so fast".
  /\b(?:it's|it is|water's|water is)\s+(?:coming|pouring|rushing) in (?:so |really |super |too )fast\b/,
  // "a burning smell from an outlet ... the cover's gone all brown": its plate scorching.
  /\b(?:outlets?|sockets?|plugs?)\b[^.!?]{0,60}\bcover(?:'s| is| has)? (?:gone|turned|turning|going|went) (?:all |a little |kind of |kinda )?(?:brown|black|yellow)\b/,
  // A burglary, not "one pipe break in the winter".
  // "somebody broke my front door ... police come already ... lock is broken": a break-in, told plainly.
  /\b(?:somebody|someone|they|burglars?|thieves)\s+(?:broke|kicked|smashed|busted|forced)\s+(?:open\s+)?(?:my|our|the)\s+(?:front |back |side )?door\b/,
  /\b(?:(?<!\b(?:pipe|line|main|hose|valve|head|sprinkler)s? (?:is |just )?)broke in(?:to)?|broken into|(?<!\b(?:pipe|line|main|hose|valve)s? |\bon (?:my |a |our |the )?(?:lunch |coffee |smoke |short |quick )?)break[- ]in|(?<!\bholes? )kicked in|busted in|pried open)\b/,
  // "the door from the garage into the house has been forced"; "we can't lock the building tonight".
  /\b(?:door|window|lock|latch|deadbolt)\b[^.!?]{0,40}\b(?:has been|had been|was|got|been) forced(?: open)?\b|\b(?:can't|cannot|can not|won't be able to) (?:lock|secure) (?:up )?(?:(?:the|my|our|their) (?:house|home|building|place|store|shop|office|apartment|school)|anything)\b/,
  /\b(?:someone|somebody|kids?|child|baby|mom|dad|i'm|we're|he's|she's|they're)\s+(?:is |are )?(?:trapped|locked in|stuck inside)\b/,
  // "my mom's stuck in the bathroom, the door handle came off in her hand": shut in a room, not in traffic.
  /\b(?:someone|somebody|kids?|child|baby|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|wife|husband|son|daughter|he|she|they|i|we)(?:'s|'re|'m| is| are)? (?:trapped|locked|stuck) in (?:the |a |her |his |my |our |their )?(?:bath ?room|bedroom|room|closet|basement|elevator|attic|shower|tub)\b/,
  // "my mom's stuck on hers, it stopped halfway up the stairs ... she can't get off it by herself".
  /\b(?:stuck|stranded|trapped) (?:on|in) (?:the |her |his |my |our )?(?:stair ?lift|chair ?lift|wheelchair lift|elevator)\b|\b(?:stuck|stopped) halfway (?:up|down) the (?:stairs|steps)\b[^.!?]{0,60}\b(?:can't|cannot) get (?:off|out|down)\b|\b(?:she|he|they) (?:can't|cannot) get (?:off|out of) (?:it|the (?:lift|chair)) by (?:herself|himself|themselves)\b/,
  // "my little boy locked himself in the bathroom and the knob just spins ... he's three".
  /\b(?:little (?:boy|girl|one)|son|daughter|toddler|kid|child|baby|grandson|granddaughter)\b[^.!?]{0,20}\b(?:locked|shut) (?:himself|herself|themselves) in\b/,
];

/** Water actively coming through a ceiling: it soaks the drywall above people and wiring, unlike a stain. */
const ceilingLeak =
  /\bwater\b[^.!?]{0,25}\b(?:go|goes|going|come|comes|coming|drip|drips|dripping|pour|pours|pouring|run|runs|running)\b[^.!?]{0,25}\b(?:from|through|out of) (?:the |my |our )?ceiling\b|\b(?:coming|pouring|dripping|leaking) in\b[^.!?]{0,30}\bthrough (?:the |our |my )?ceiling\b|\b(?:water|leak(?:ing)?|it's|it is|toilet|tub|shower)\b[^.!?]{0,25}\b(?:dripping|leaking|coming|pouring|running|gushing)\s+(?:through|from|out of|down)\s+(?:the |my |our )?ceiling\b|\b(?:water|it's|it is)\b[^.!?]{0,25}\b(?:pouring|gushing|streaming)\s+(?:through|from|out of|down)\s+(?:the |my |our )?(?:\w+ ){1,2}ceiling\b|\bceiling\b[^.!?]{0,15}\b(?:is |it's )?(?:leaking|dripping)\b/;
/** A roof letting water in while the storm goes on. */
const roofLeakInStorm = /\b(?:roof|ceiling|attic|skylight)\b[^.!?]{0,30}\bleak(?:ing|s)?\b/;
const stormNow = /\b(?:(?:this|the) storm|hurricane|(?:raining|pouring) (?:hard|right now|buckets))\b/;
/**
 * A slow drip or a stain can wait for a visit, and so can a drip caught in a bucket ("dripping through
 * the ceiling into a bucket right now") unless it is getting worse.
 */
const minorLeak =
  /\b(?:a little|a bit|slow(?:ly)?|small|tiny|slight|stains?|spots?)\b|\bdripp(?:ing|s)\b[^.!?]{0,50}\binto (?:a|the) (?:bucket|pan|pot)\b(?![^.!?]*\b(?:faster|worse|fast|pouring|more and more)\b)/;
/** A furnace burning off dust the first time it runs in the season is normal. */
const seasonalBurnOff =
  /\b(?:furnace|heater|heat|heating|boiler|baseboards?)\b[^.!?]*\b(?:first (?:time|turns?|kicks?|comes?|starts?|fired)|for the (?:first time|season)|start of (?:the )?(?:season|winter))\b/;
/** Appliances with "water" in their name: an outlet for the water heater is not water near power. */
const waterAppliance = /\b(?:hot water (?:heater|tank)|water (?:heater|softener|pump|filter)|sump pump|well pump)\b/g;

/** "it's 58 in there", "her place is 90 inside": too cold or too hot indoors, without "degrees". */
const indoorsWithoutDegrees = /\b(?:[3-5]\d|9\d|1[01]\d) (?:inside|in here|in there)\b/;

/** Heat, cooling, power or water lost: an emergency only for someone who cannot sit it out, or in extreme weather. */
/** A furnace red-tagged or left off as unsafe to run by whoever checked it. */
const shutOffAsUnsafeWords = 'red[- ]?tag(?:ged)?|unsafe to (?:operate|run|use)';
/** "not heating as well", "not cooling like it used to": weaker, not lost. */
const stillWorkingSome = '(?! (?:as well|like it used to|great|very well|enough))';
const lostEssential = new RegExp(
  [
    '\\bno (?:heat|heating|ac|a c|a/c|air|air conditioning|cooling|power|electricity|water at all)\\b',
    // Water lost altogether (a well pump, a frozen line), not "no water pressure" or "no hot water".
    '\\bno (?:running )?water\\b(?! pressure)',
    // Not "my tenants kept turning the heat off": someone switching it, not heat lost.
    "(?<!\\b(?:turn|turns|turned|turning|shut|shuts|shutting|switch|switched|switching) (?:the |their |her |his |my |our )?)\\b(?:heats?|heating|power|electricity)\\b(?:'s| is| has| went| just)?\\s+(?:went |gone |is |been )?(?:out|off|down|gone)\\b",
    // "we lost heat last night", "lost power and my husband's on oxygen"; not "we lost power for a
    // few hours saturday", lost and back.
    '\\blost (?:our |the |all |my |her |his |their )?(?:heat|heating|ac|a c|air conditioning|cooling|power|electricity)\\b(?! for (?:a (?:few |couple (?:of )?)?|an? |\\d+ |two |three |several )?(?:hours?|minutes?|while|bit|day|night)\\b)',
    "\\b(?:don't|do not|doesn't) have (?:any )?(?:heat|ac|air|power|electricity)\\b",
    // "we no have heat all night", as a caller still learning English puts it.
    '\\bno (?:have|got|getting) (?:any )?(?:heat|heating|ac|air|power|electricity)\\b',
    // "my dad is on a ventilator and our power keeps going out": lost again and again.
    '\\b(?:power|electricity)\\b keeps? (?:going|cutting|shutting|turning) (?:out|off)\\b',
    // A water heater's pilot going out is hot water lost, not the heat.
    "\\b(?:furnace|boiler|(?<!\\bwater )heater|heat pump|heat|heating|ac|a c|a/c|air(?! out\\b)|air conditioning|air conditioner|central air|cooling|mini split)\\b(?:'s| is| has| just)?[^.!?]{0,25}\\b(?:(?<!\\b(?:coming|comes|came|blowing|blows|cold|hot|freezing|warm|chilly|nice|dark|raining|snowing) )out|dead|died|quit|stopped|stop (?:in|at|all|last|since|working)|not working|isn't working|(?:isn't|is not|not|stopped) running|won't (?:turn|come|kick|start|work|do anything)|(?:isn't|is not|not|doesn't|does not|hasn't|has not|haven't) (?:coming|come|turning|turn|turned|kicking|kick|kicked|firing|fire|fired) (?:on|up)|(?:isn't|is not|not|doesn't|does not|won't|stopped|quit) (?:really |even )?(?:cooling|heating|cool|heat)" +
      stillWorkingSome +
      "|(?:isn't|is not|not|won't|stopped) (?:lighting|igniting|firing)|(?:won't|will not|doesn't|does not) (?:light|ignite|stay (?:on|lit))|(?:isn't|is not|not|wasn't) doing (?:anything|a thing)(?! (?:weird|wrong|strange|funny|different))|shut (?:itself|himself) (?:off|down)|broke|broken|gave out|went out|shut (?:off|down)|(?:is |it's )?blowing (?:cold|hot|warm)|(?<=\\b(?:furnace|boiler|heater|heat pump)(?:'s| is) )down)\\b",
    "\\b(?:won't|can't|cannot|doesn't|does not) (?:get|keep) the house (?:warm|cool)\\b",
    // "the furnace is making the clicking but nothing comes on".
    '\\b(?:furnace|boiler|heater|heat pump)\\b[^.!?]{0,40}\\bnothing (?:comes|came|kicks|kicked|turns|turned|fires|fired) on\\b',
    // "the furnace never came back on", "the aux heat never came on", "heater no working".
    "\\b(?:furnace|boiler|heater|heat pump|heat|heating|ac|a c|air conditioner|air conditioning|central air)\\b[^.!?]{0,25}\\b(?:never (?:came|come|kicked|turned) (?:back )?on|(?:didn't|did not|hasn't|has not) (?:come|came|kicked) back on|no (?:working|works?|good)|(?:is )?not work(?!ing))\\b",
    // "the furnace is off the house is forty five degrees": off, not switched off by someone.
    "(?<!\\b(?:turned|shut|switched|put|left|keep|kept) (?:the |our |my |her |his )?)\\b(?:furnace|boiler|heat pump)(?:'s| is) (?:off|out)\\b(?! for the (?:summer|season))",
    '\\b(?:radiators?|baseboards?|vents?|registers?)\\b[^.!?]{0,35}\\b(?:stone|ice) cold\\b',
    // "the vents are blowing cold now": the heat, lost.
    '\\b(?:vents?|registers?)(?: are| is)? (?:just )?blowing cold\\b',
    // "the furnace is on but only cold air coming".
    '\\b(?:only|just) cold air (?:coming|blowing)\\b',
    // "it's blowing hot air out the vents": the cooling, lost.
    '\\bblowing (?:hot|warm|room temperature) air\\b',
    // "it's blowing but it's warm", "basically not doing anything": running, not cooling.
    "\\b(?:ac|a c|air conditioner|air conditioning|central air|air)\\b(?:'s| is)? (?:basically |just )?(?:not doing anything|blowing but (?:it's |its )?(?:warm|hot))",
    '\\b(?:furnace|boiler|heater|heat|heating|ac|air conditioner|air)\\b[^.!?]{0,15}\\bkeeps? (?:shutting|cutting|turning) (?:off|out|down)\\b',
    // "it kicks on for a minute then shuts right back off over and over": it never stays on to heat.
    '\\b(?:kicks?|comes?|turns?) on\\b[^.!?]{0,30}\\b(?:shuts?|cuts?|turns?) (?:right )?(?:back )?off (?:again )?(?:over and over|again and again)\\b',
    // The house itself too cold or hot, whatever the cause.
    "\\b(?:house|home|apartment|place)(?:'s| is) (?:freezing|ice cold|like an (?:icebox|oven)|boiling|sweltering)\\b",
    '\\b\\d{1,3}(?:[- ](?:something|ish))? degrees (?:in (?:the|her|his|their|my|our) (?:house|home|apartment|place)|inside|in here)\\b',
    // "it's like fifty eight in there": cold or hot indoors, said without "degrees" (`indoorsWithoutDegrees`).
    indoorsWithoutDegrees.source,
    "\\b(?:isn't|is not|not|wasn't|stopped) (?:putting|blowing|pushing) out (?:anything |any(?: air)? )?(?:cold|cool|heat|warm)\\b",
    // Shut off by a technician as unsafe: the heat is gone, whoever switched it.
    `${shutOffAsUnsafeWords}|(?:shut|switched|turned) (?:it |my furnace |the furnace )?off and left (?:it )?off`,
  ].join('|'),
);
/** "my mother's furnace ... it just gave a big sigh and quit": the heating, named before, lost. */
const heatingNamed = /\b(?:furnace|boiler|heater|heat pump|heat|heating|ac|air conditioner|air conditioning|central air)\b/;
const itQuit = new RegExp(
  String.raw`\b(?:it|she|he)(?:'s| has| just)?[^.!?]{0,25}\b(?:quits?|died|went out|stopped working|gave out|conked out|(?:isn't|is not|not) (?:heating|cooling)${stillWorkingSome}|won't (?:come|turn|kick) (?:back )?on)\b`,
);

/**
 * "we skipped the hvac inspection ... this morning it's just blowing cold": the heat, named before,
 * lost. Not when cooling is named: an air conditioner blowing cold is working.
 */
const heatNamed = /\b(?:furnace|boiler|heater|heat pump|heat|heating|hvac)\b/;
const coolingNamed = /\b(?:ac|a c|a\/c|air condition\w*|central air|cooling|mini split)\b/;
const blowsCold = /\b(?:it's|it is|it)\s+(?:just |only )?blowing cold\b/;

/** Who cannot sit out a cold or hot house. */
const vulnerablePeople = anyWord([
  'bab(?:y|ies)',
  'infants?',
  'newborns?',
  'toddlers?',
  '(?:little|young|small) (?:kids|ones|children)',
  'months? old',
  'pregnant',
  'elderly',
  'seniors?',
  'grand(?:ma|mother|pa|father|parents?)',
  'nana',
  'old (?:man|woman|lady|folks)',
  // "a whole building of older tenants".
  'older (?:tenants|residents|folks|people|couple|neighbou?rs?|lady|gentleman|man|woman|parents?)',
  // "my dad is 85", not "the house is 80 years old".
  "(?:(?<!\\b(?:house|home|building|roof|unit|furnace|system|it|that|place) )is|he's|she's|are|they're|turned) (?:[7-9]\\d|1[01]\\d)\\b(?! years? old (?:house|home))",
  "(?<!\\b(?:house|home|building|roof|unit|furnace|system|it|it's|that|place) (?:is )?)(?:[7-9]\\d|1[01]\\d) years? old",
  // Said as words, with what makes it an age ("she's ninety two"), not a house number ("eighty three oh two").
  "(?:(?<!\\b(?:house|home|building|roof|unit|furnace|system|it|that|place) )is|he's|she's|i'm|i am|are|they're|we're|turned|turning|almost|nearly|over) (?:seventy|eighty|ninety)\\b",
  '(?:seventy|eighty|ninety)(?:[- ]\\w+)? years? old|(?:seventies|eighties|nineties)',
  "(?:mom|mother|mama|momma|dad|father|papa|daddy|grandma|grandpa|granny|husband|wife)'s (?:seventy|eighty|ninety|[7-9]\\d|1[01]\\d)\\b(?! (?:dollars|bucks|percent))",
  "disabled|disability|wheelchair|bed ?ridden|bedbound|hospice|dementia|alzheimer'?s",
  // Heat that harms: multiple sclerosis, "the heat really knocks me down".
  '(?:i have|has|with) ms\\b|multiple sclerosis|heat (?:really )?(?:knocks|wipes) (?:me|him|her) (?:down|out)',
  'oxygen|medical|medicine|medication|insulin|dialysis|nebulizer|cpap|ventilator',
  "(?:is|are|he's|she's|i'm|been|very|really) (?:sick|ill)(?! of)",
  'hospital|recovering|just had (?:a |her |his )?(?:surgery|baby|stroke|heart attack)|stroke',
  '(?:\\d+|one|two|three|four|five|six|a few) weeks? old',
  'fever|surgery|chemo|cancer|heart (?:condition|problem|issues?|failure|disease)|congestive|asthma|copd|breathing|diabetic|special needs',
]);
/** Weather or indoor temperatures nobody should sit out. */
const extremeWeather = anyWord([
  'freezing',
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty) below(?: zero)?',
  'snowing|sleeting',
  'below (?:zero|freezing)',
  '(?:negative|minus) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)',
  'single digits',
  'frozen|froze|freeze',
  'frigid|bitter(?:ly)? cold|ice storm|blizzard|snow ?storm',
  'heat ?wave|scorching|sweltering|triple digits|like an oven|unbearable',
  'cold snap|cold front|arctic blast|polar vortex|hard freeze|heat advisory|excessive heat|record (?:heat|cold|lows?|highs?)',
  '(?:really|so|very|super|extremely|brutally|dangerously) (?:cold|hot)',
  'getting (?:really |so |very )?(?:hot|cold)',
  '(?:cold|hot) in (?:here|the house)',
  // The cold already inside.
  'ice (?:forming |building up )?on the inside|frost on the inside|(?:can|could|i|we|you) see (?:my|our|your|their|his|her) breath',
  // "the kids are sleeping in their coats": dressed for outdoors, indoors.
  '(?:sleeping|sitting|wearing (?:our|their|my|his|her) coats|bundled up) (?:in (?:our|their|my|his|her) (?:coats|jackets|snowsuits)|inside|in the house)',
]);
/** Where a temperature is indoors: "inside", "in here", "in my apartment". */
const indoors =
  'inside|in here|in (?:the|my|our) (?:house|home|apartment|place|unit|room|bedroom)|(?:whole |the )?(?:building|house|school|apartment) is';
const saidIndoors = new RegExp(`\\b(?:${indoors})\\b`);
// "forty something degrees in the house": a rough figure is still a figure.
const temperature = new RegExp(
  `(-?\\d{1,3})(?:[- ](?:something|ish))?\\s*(?:degrees?|°|(?:out(?!\\s+of)|outside|${indoors})\\b)`,
  'g',
);
/** A forecast low: "supposed to get down to five tonight", "a low of minus 3". */
const forecastLow =
  /\b(?:get(?:ting)? down to|drop(?:ping)? (?:down )?to|a low of|lows? (?:of|around))\s+(minus |negative |-)?(\d{1,2})\b/;

/**
 * A temperature said outright that is dangerous: 45 or below, or 95 and up; indoors, 55 or below or
 * 88 and up. Only indoors, when nothing says the heat or cooling is lost: a cold house says it.
 */
function extremeTemperature(text: string, indoorsOnly = false): boolean {
  const said = digitsInSpeech(text);
  const low = indoorsOnly ? null : forecastLow.exec(said);
  if (low?.[2] && (low[1] !== undefined || Number(low[2]) <= 20)) return true;
  for (const match of said.matchAll(temperature)) {
    // "in house now is fifteen degree celsius", as a caller from abroad says it.
    const celsius = /^\s*(?:celsius|centigrade)\b/.test(said.slice(match.index + match[0].length));
    const degrees = celsius ? (Number(match[1]) * 9) / 5 + 32 : Number(match[1]);
    // "it's 50 in the house", "the whole building is 52 degrees": indoors said after or before.
    const inside = saidIndoors.test(said.slice(Math.max(0, match.index - 25), match.index + match[0].length + 20));
    if (indoorsOnly && !inside) continue;
    if (degrees <= (inside ? 55 : 45) || degrees >= (inside ? 88 : 95)) return true;
  }
  return false;
}

/** The caller saying it is not urgent: "no rush", "it's not like an emergency", "not urgent now that it's off". */
const notUrgent = [
  "(?:no|not an?|isn't an?|nothing)\\s+(?:emergency|urgent)",
  'not (?:really |exactly |like )?(?:an? )?(?:emergency|urgent)',
  'no rush',
  '(?:it|this|that) can wait',
  // "so i'm fine waiting till morning", "she's perfectly comfortable".
  "(?:i'm|we're|i am|we are) (?:fine|ok(?:ay)?|good|happy) (?:to wait|waiting)",
  "(?:she's|he's|they're|we're|she is|he is|they are) (?:perfectly|totally|completely|pretty) (?:comfortable|fine)",
  // "it's like 95 out but we're okay we have fans", "a couple space heaters going so nobody's freezing":
  // the house kept bearable until someone comes.
  "(?:we're|we are|i'm|i am|she's|he's|they're|everybody's|everyone's) (?:okay|ok|fine|alright|all right)(?: for now)?,? (?:we|i|she|he|they) (?:have|got|'ve got|has) (?:a |some |the |two |a couple(?: of)? )?(?:fans?|space heaters?|window units?|fireplace|wood ?stove)",
  // "it's like sixty three in here so we're ok with a space heater, nobody's freezing".
  "(?:so |and )?(?:nobody's|no one's|nobody is|no one is) (?:freezing|cold|too hot|overheating)\\b(?! yet)",
  // "it's like forty out so we're okay for now but i want somebody to look at it": the caller's own
  // conclusion. Not "my mom's okay for now but the heat's out and it's ten below", calm said first.
  "\\bso (?:we're|we are|i'm|i am|it's|it is) (?:okay|ok|fine|alright|all right) for (?:now|tonight|the night)\\b",
  // "so we're okay with the space heater for now but i'd like somebody to come out on monday": said
  // of themselves, for now; not "she says she's fine with a fan but she's eighty one".
  "(?:we're|we are|i'm|i am) (?:okay|ok|fine|alright|all right) with (?:the |a |our |two |a couple(?: of)? )?(?:fans?|space heaters?|window units?|fireplace|wood ?stove)(?: for (?:now|tonight|the (?:night|weekend)))?\\b(?! (?:but|and) (?:she|he|they|the baby|grandma|grandpa|my (?:mom|dad|mother|father)))",
  // "it's freezing in the house so we're staying at my sister's for now", "we're at my sister's so
  // everybody's okay": the people out of the cold, said as what followed. Not "i'm at my mom's house
  // and the toilet overflowed", where the trouble is; nor an empty house at five below.
  "so (?:we're|we are|i'm|i am|she's|she is|he's|he is|they're|they are|everybody's|everyone's) (?:all )?(?:staying|sleeping) (?:at|with|in) (?:my|our|her|his|their|a|the) (?:\\w+'s|hotel|motel|\\w+ (?:house|place))",
  "(?:we're|we are|they're|they are|she's|she is|he's|he is) (?:all )?at (?:my|our|her|his|their) \\w+'s(?: house| place)? so (?:everybody's|everyone's|everybody is|everyone is|we're|we are|she's|he's|they're) (?:okay|ok|fine|safe|warm|good)",
  // "it's not terrible yet we're managing with the windows open", "no it's not hot and there's no
  // smell, it's just annoying": the caller's own measure of it.
  "(?:we're|we are|i'm|i am|she's|she is|he's|he is|they're|they are) (?:managing|getting by|making do)\\b(?! (?:barely|somehow))",
  "(?:it's|it is) (?:just|only) (?:annoying|a nuisance|an annoyance|cosmetic)",
];

/**
 * Said to calm, and true of some trouble only (troubleOutlastsItsContaining): a limb down that hurt
 * no one, not a roof it holed; the water or "it" shut off (not "he can't find where to shut it
 * off"), not gas smelled by the furnace; the power cut, not water still coming through the light.
 */
const nobodyHurt = "(?:nobody|no one)(?:'s| is| got| was) hurt";
const waterOrItOff =
  "(?<!(?:can't|cannot|couldn't|can not|to|(?:where|how) (?:you|we|i)) )shut (?:the (?:main )?water|the main|it)(?: back)? off|turned (?:the valve|the water|it)(?: back)? off|(?:got|have|had) the water (?:shut|turned) off";
const breakerOff =
  '(?:turned|flipped|shut|switched) (?:that |the |this )?(?:breaker|circuit) off|(?:turned|flipped|shut|switched) off (?:that |the |this )?(?:breaker|circuit)' +
  // "the light flickered so we turned it off": the light switched off, not the water.
  '|(?<=\\b(?:light|lights|fixture|lamp|fan|switch)\\b[^.!?]{0,30})(?:turned|shut|switched|flipped) (?:it|them) off';

/** The caller says it can wait: the danger is over or was never there. */
const calmedDown = anyOf([
  ...notUrgent,
  "(?:it's|is) (?:fixed|stopped) now",
  "(?:leak(?:'s)?|it|it's) (?:is )?(?:fixed|stopped)",
  // "he shut the main water off and mopped up so nothing's running now".
  "nothing(?:'s| is) (?:running|leaking|coming out) (?:now|anymore)",
  waterOrItOff,
  breakerOff,
  'nothing got hit',
  // "punched a hole in the roof ... we got a tarp over it for now": covered until someone comes.
  '(?:got|put|have|threw|tied) (?:a )?tarps? (?:over|on) (?:it|the hole|the roof|that)',
  // "it's just dripping a little down the frame, i put towels down": slow.
  '(?:just|only) (?:dripping|leaking|seeping) a (?:little|bit)\\b(?! (?:on|onto|into|near|by) (?:the |an? )?(?:outlet|panel|breaker|light|fixture|wires?|wiring))',
  // "it's a slow drip into a bucket": caught, and slow.
  '(?:slow|small|little|tiny) drip(?:ping)? (?:in|into) (?:a|the) (?:bucket|pan|pot|bowl|towel)',
  // A limb down that did no harm: "it didn't go through nothing's leaking", "nothing's on the house".
  "(?:didn't|did not) go through|nothing(?:'s| is) (?:leaking|on the (?:house|roof))",
  nobodyHurt,
  // Already checked by those whose job it is; not when what they said is the danger itself ("the gas
  // company said there is a leak and to get out").
  "(?:gas company|utility|fire department|firemen|firefighters) (?:(?:said|says)(?! (?:that )?(?:there(?:'s| is| was) (?:a |an )?(?:gas |co )?leak|(?:we|i|you|everyone|everybody) (?:need|have|had|needed) to (?:get out|leave)|to (?:get out|leave|evacuate|stay out))\\b)|checked|came out|already|fixed|shut)",
  "said (?:it was|it is|it's) (?:fine|safe|ok(?:ay)?)",
  "(?:got it|it's|it is|everything's) (?:going|working|running|back on) again",
  "everybody's (?:cool|fine|okay|ok|warm) now",
  'aired (?:\\w+ )?out',
  // "water coming in around the dormer ... the stain gets bigger every storm": a leak that comes with
  // the rain, told as a pattern with no rain said to be falling now.
  '(?<!\\b(?:right now|raining now|pouring now|tonight|today)\\b[^.!?]*)(?:(?:every|each) (?:storm|time it rains|rain(?:storm)?)|whenever it rains)(?![^.!?]*\\b(?:right now|raining now|pouring now|tonight|today)\\b)',
]);

/**
 * Over already, not merely contained: the damage is covered and dry, the smell gone for good. A
 * caller who shut the water off or whose smoke stopped may still have a soaked ceiling or a melted
 * outlet, so only these take back an emergency heard on an earlier turn.
 */
const overAlready = anyOf([
  "(?:it's|it has|has|it|everything's|everything has|everything) (?:been|stayed|staying) dry",
  // "the plumber cleared the sewer line so it's not coming up anymore", "i stopped using it", "we
  // unplugged everything and haven't used it since": the trouble stopped, what is left is the job.
  "(?:it's |it is )?(?:not|isn't|is not|stopped) (?:coming|backing) (?:up|in) anymore",
  "(?:i|we) (?:stopped|quit|haven't been|have not been) using (?:it|that (?:outlet|plug|one)|the (?:outlet|plug))|(?:haven't|have not) used it since",
  // "no i turned it off and we're not using it": the dimmer that ran hot, left off.
  "(?:we're|we are|i'm|i am) not using (?:it|that (?:outlet|plug|one|switch|circuit)|the (?:outlet|plug|switch|circuit))(?: (?:now|anymore|at all))?",
  // "the carbon monoxide alarm started going off ... turned out it was just the battery": no alarm at all.
  // Not "i'm sure it's just the battery again", a guess.
  'turned out (?:it was|to be) (?:just )?(?:the|a) (?:low |dead |old )?battery|(?:screen|display) (?:said|says) end of life',
  'no (?:more )?water (?:is |has )?(?:inside|in the house|came in|got in|coming in)(?: at all)?',
  "tarp(?:'s| is)? (?:holding|doing (?:its|it's) job)",
  // "the insurance had a crew put a tarp over it the next day so it's dry and holding fine".
  "(?:it's|it is|that's|that is) dry and holding",
  // The tree already off the house: "hauled it off the roof's fine no holes", "the roof's tarped".
  "(?:roof|house)(?:'s| is) (?:fine|tarped|covered)|no holes|(?:got|hauled|took|cut) (?:it|the tree|the limb) (?:up and hauled it )?off(?! (?:a|an)\\b)",
  '(?:went away|cleared up) (?:after|on its own|by itself)',
  "(?:that's|it's|it has|everything's) (?:all )?dried (?:up|out)",
  "hasn't come back",
  // "it stopped when the rain did": a leak that comes with the rain, the rain over.
  '(?:it|that|the (?:leak|water|drip|dripping)) stopped when the (?:rain|storm) (?:did|stopped|quit|ended)',
  // "it froze last night and i got it thawed with a hair dryer".
  '(?:got|have|had) (?:it|them|the (?:pipes?|line|lines)) thawed|thawed (?:it|them) (?:out|back)',
  // The alarm checked since: "the fire department came with their meter and didn't find anything".
  "(?:didn't|did not|couldn't|could not) find (?:anything|any (?:gas|co|carbon monoxide|leak))|(?:gave|give) us the all clear",
  // "said it was the truck and everything's clear now, so we're fine": the cause found, the alarm over.
  "(?:everything's|everything is|it's all|it is all|all) (?:clear|safe) now|said (?:it was|it's) (?:just )?(?:the|a|my|our) (?:truck|car|stove|oven|grill|generator|dryer|fireplace)\\b",
  // "it's out, fire department checked everything and said we're fine": checked by those whose job it is.
  "(?:fire department|firemen|firefighters|gas company|xcel|excel|the utility|the power company)\\b[^.!?]{0,60}\\b(?:said|says|told us) (?:that )?(?:we're|we are|it's|it is|everything's|everything is) (?:fine|safe|ok(?:ay)?|good)",
  // "they checked and said the levels were zero".
  '(?:levels?|readings?) (?:were|was|are|is|came back) (?:at )?(?:zero|normal|fine|nothing)',
  // "the fire department came and checked and said there was no co at all".
  "(?:said|says|told us) (?:that )?there (?:(?:was|is) no|(?:wasn't|isn't) any) (?:co|carbon monoxide|gas)\\b",
  // "xcel already came out and checked and said it's not gas", "checked with their meter and said no
  // gas leak anywhere".
  '(?:said|says|told us|found) no (?:gas|co|carbon monoxide)\\b(?! (?:smell|leak) (?:means|is|was) )',
  "(?:said|says|told us) (?:that )?(?:it's not|it is not|it was not|it wasn't|it isn't) (?:a )?(?:gas|gas leak|carbon monoxide|co)\\b",
  // A detector chirping now and then wants a battery: "just started chirping ... just one chirp every so often".
  // Not with the alarm sounding or anyone feeling it: "going off and chirping every few seconds and i have a headache".
  "(?<!\\b(?:going off|sounding|beeping)\\b[^.!?]*)(?:(?:just|only) (?:one|a|a single) (?:little )?chirp|chirp(?:s|ing)? (?:every (?:so often|once in a while|few|couple|\\d+)|once in a while))(?![^.!?]*\\b(?:headaches?|dizzy|(?<!\\b(?:nobody|no one)(?:'s| is) )sick|nause\\w*|throwing up|(?<!not (?:like )?the (?:alarm|detector) )going off|beeping)\\b)",
  // "it's all dry now i wiped everything down", "nothing's leaking i looked under the sink".
  "(?:it's|everything's|everything is|it is) all dry(?: now)?|nothing(?:'s| is) (?:leaking|wet)\\b(?! yet)",
  // Made safe by the utility: "xcel came out and cut the power, we need the mast fixed" ("excel", as
  // speech-to-text often writes the name).
  '(?:xcel|excel|the utility|utilities|the power company|the electric company|the gas company)\\b[^.!?]{0,20}\\b(?:came out|came by|was out|were out)\\b[^.!?]{0,30}\\b(?:cut|shut off|disconnected|turned off)',
  // "the fire over the ridge is out now and we're back home": smoke and ash left to clean.
  "(?:the |that )?(?:wild)?fire\\b[^.!?]{0,30}\\b(?:is|was|'s) (?:all )?out(?: now)?\\b(?! of)",
]);

/**
 * Said in answer to "that sounds like an emergency": the caller sets the receptionist right. Not
 * read as calm within a turn ("my mom's okay for now but the heat's out and it's ten below" is an
 * emergency), only as taking back one heard on an earlier turn.
 */
const takenBack = anyOf([
  ...notUrgent,
  "(?:it's|it is|we're|we are) (?:fine|okay|ok|good) for (?:now|tonight|the night)",
  "(?:has|have|it's|everything's|they've|we've|we have|i've|she's|he's) been (?:totally |perfectly |completely |just )?(?:fine|quiet|normal|okay|ok) (?:since|ever since|after)",
  "(?:they've|they have|it's|it has) been quiet",
  "(?:it's|it is) not (?:that|too|so|really that) bad",
  "hasn't (?:gone off|happened|done it) (?:again|since)",
  // "it's just dripping a little now it's fine it's under control", "it's not the alarm it's just
  // chirping ... low battery", "it's not sewage it's just soapy water", "never mind it's working",
  // "she's staying at my house so ... it can be tomorrow": the scare over. Not "she's okay, just
  // shaken up" or "it stopped but it's everywhere": someone safe, or a leak stopped, is not damage undone.
  "(?:it's|everything's|everything is|it is) (?:fine|okay|ok) now|under control|false alarm|never ?mind(?! (?:my|the|about (?:my|the)) (?:name|number|address|phone))",
  "(?:it's|it is) not (?:the (?:alarm|sewer|main)|sewage|inside|in the house|getting in)",
  "(?:low|dead|weak) battery|(?:it's|it is) (?:working|heating(?: up)?) again|it can be tomorrow",
  // "the furnace is running fine the house is warm": what a scare turned out to be.
  "(?:furnace|heat|heater|it)(?:'s| is) (?:running|working) (?:fine|ok|okay|normal(?:ly)?)|(?:house|place)(?:'s| is) warm",
  // What the caller adds once told it sounds like an emergency: "it doesn't smell or anything looks
  // like it's been like that for years", "it's just one chirp ... not like the alarm going off", "no smell
  // no sparks", "only does it when it really rains like last night".
  "(?:doesn't|does not|don't) smell(?: like)? (?:or anything|at all|burnt|burned|hot)|no smell(?:,)? (?:and |or )?no (?:sparks|smoke)|been like that for (?:years|a while|ages|months)",
  'not (?:like )?the (?:alarm|detector) going off',
  'only (?:does it|happens|leaks|drips) when it (?:really |hard )?rains',
  // "nobody got hurt and the roof looks ok it's just the gutter": what was hit is outside.
  "(?:roof|house|ceiling)(?:'s| is)? looks? (?:fine|ok(?:ay)?|alright|all right|good)|(?:it's|it is) just the (?:gutters?|fence|downspouts?|screens?|siding|shed|trim|fascia)",
  // "it's just a drip, i've got a bucket under it and towels", "towels and a bucket under it it's just
  // dripping slow": slow, and caught; not onto the wiring.
  "(?:it's|it is) (?:just|only) (?:a (?:little |small |slow )?drip|dripping (?:slow(?:ly)?|a little|a bit))\\b(?! (?:on|onto|into|near|by) (?:the |an? )?(?:outlet|panel|breaker|light|fixture|wires?|wiring))",
  // "i shut it off at the valve in the basement so it's not running now": the water stopped at its valve.
  "(?:shut|turned) (?:it|the water|the valve|the main|everything) off\\b[^.!?]{0,40}\\bso (?:it's|it is) not (?:running|leaking|spraying|coming out|flowing)\\b",
  // "i got the main shut off and mopped it all up so the water's shut off now it's not spraying or anything".
  "mopped (?:it |everything |the water )?(?:all )?up|(?:it's |it is )?not (?:spraying|leaking|pouring|running) (?:or anything|anymore|any more)",
  // "the fire department already came ... said it's fine nothing's burning", "so it's safe nothing's live"
  // ("everything's safe now" is over already, above).
  "said (?:it's|it is|it was|everything's|everything is|we're|we are) (?:fine|safe|ok(?:ay)?|good)|nothing(?:'s| is) (?:burning|live|hot)|(?:so|and) (?:it's|it is|everything's|everything is) safe\\b(?! to)|(?:it's|it is) safe now",
  // "he doesn't need to come out after all my son in law ... replaced it ... so you can cancel that".
  "(?:doesn't|does not|don't|do not) need to come (?:out|over|by)|(?:you can|please|go ahead and) cancel (?:that|it|the (?:visit|appointment|call))",
  // "everyone's totally fine and the house aired out ... it's like sixty degrees out so we don't really
  // need heat": the alarm's cause shut off, the house safe and mild.
  "aired (?:\\w+ )?out|(?:we|i) (?:don't|do not) (?:really )?need (?:the |any )?heat\\b",
  // "no hole that i can see, nothing came inside, the attic's dry"; "there's no smell and it's not warm".
  "no hole\\b|nothing (?:came|got|is coming) (?:in|inside)\\b|(?:attic|ceiling|inside)(?:'s| is) (?:dry|fine)\\b",
  "no (?:burning )?smell\\b[^.!?]{0,12}\\b(?:and|or) (?:it's |it is )?not (?:warm|hot)\\b|not (?:warm|hot)\\b[^.!?]{0,12}\\b(?:and|or) (?:there's |there is )?no (?:burning )?smell\\b",
]);

const saidNotUrgent = anyOf(notUrgent);

/**
 * Whether anything said so far says it can wait ("no rush", "not an emergency", "that's all dried
 * up now"): what the trained model hears as an emergency is not one then. Water shut off is not
 * enough: the floor may still be under an inch of it.
 */
export function saysItCanWait(callerTurns: readonly string[]): boolean {
  const text = normalizeUtterance(callerTurns.join('. '));
  return saidNotUrgent.test(text) || overAlready.test(text);
}

/** Whether the caller says the trouble is over ("it's been dry since", "the smell hasn't come back", "she's fine, no rush"). */
export function soundsOverAlready(utterance: string): boolean {
  const text = normalizeUtterance(utterance);
  return overAlready.test(text) || takenBack.test(text);
}

/** Talk about the past, the future or prevention, which a present-tense emergency pattern would misread. */
const notHappeningNow = anyOf([
  'prevent(?:ing)?',
  'avoid',
  'protect',
  'in case',
  // Not "okay so we never had water down there ever ... now it's coming in so fast": a story, not prevention.
  "so (?:it|that|we|i|you|they) (?:doesn't|does not|don't|do not|won't|never(?! (?:had|have|did|saw|seen|noticed|knew|got)\\b))",
  // Not "he's living there till the closing next week": when something else ends.
  '(?<!\\b(?:till|until|through) (?:the \\w+ )?)next (?:spring|summer|fall|autumn|winter|year|month|week|season|time)',
  'in the future',
  'someday',
  'eventually',
  `last (?:spring|summer|fall|autumn|winter|year|month|time|${monthNames})`,
  'years? ago',
  'used to',
  'what if',
  // "i read a cracked heat exchanger can leak carbon monoxide": what could happen, not what is.
  '(?:can|could|might|may) (?:leak|cause|give off|put out|produce|lead to)',
  // A thermostat that swings ("the house is freezing or roasting"), a stove that smokes when lit: how it goes, not a danger now.
  '(?:freezing|cold) or (?:roasting|boiling|too hot|hot)\\b',
  '(?:every time|whenever|when) (?:i|we|you) (?:open|light|start)\\b[^.!?]{0,25}\\b(?:wood ?stove|fireplace)',
  // "i was reading about carbon monoxide and realized we don't have any detectors".
  "(?:(?:was|been|i've been|we've been) (?:reading|hearing) (?:up )?about|(?:read|saw|watched) (?:an article|a story|something|a thing|a video|a post) (?:about|on))(?! (?:it|this|that)\\b)",
  // "does that chirp mean there's carbon monoxide": asking what a sign means, not telling the danger.
  "(?:does|could|would|can|might) (?:that|this|it)\\b[^.!?]{0,25}\\bmean (?:there's|there is|i have|we have|i've got|we've got)",
  'if it ever',
  // "like if a pipe broke at two am would somebody come", "he said if it came down it'd hit the roof".
  'if (?:a|the|my|our|it|that) (?:\\w+ )?(?:broke|burst|bursts|breaks|froze|freezes|floods|flooded|leaks|caught fire|came down|comes down|fell|falls)\\b',
  // "do you guys do cleanup after like a sewage backup": a service asked about.
  'clean ?up after',
  // "fix it before it freezes"; not "i've never called about the ac before it just stopped".
  'before it(?! (?:just|suddenly|finally|all of a sudden)\\b)',
  // Water that only comes with rain is a job to book; sewage "every time we flush" is still an emergency.
  '(?:when(?:ever)?|every time|each time|any ?time) (?:it rains|the snow melts|snow melts|it snows)',
]);

/**
 * An event told as the past: "a few weeks back the trunk came down on her roof". Only for a hazard
 * said in the same clause: heat that "went out a week ago" may still be out ("now it's 42 in here").
 */
const toldAsPast = anyOf([
  // "we've been in a hotel since the pipe burst", "the drywall they cut out after the pipe burst": its aftermath.
  '(?:after|since|ever since) (?:the|our|my) (?:\\w+ )?(?:pipes?|line) (?:burst|broke|froze|split)\\b(?! (?:this|last night|tonight|today|an hour|a few minutes|just now)\\b)',
  // "the main line has backed up twice this year": a history to fix, not sewage coming up now.
  '(?:twice|(?:two|three|four|a few|a couple(?: of)?|several|\\d+) times) (?:this|last|a|in the last) (?:year|month|winter|spring|summer|fall|season)',
  '(?:days|weeks?|months?) (?:ago|back)',
  `last (?:week|weekend|${weekdayNames})`,
  // A story told from its start: "saturday afternoon we smelled something burning", "one morning i heard water".
  `(?:on )?${weekday}(?: (?:morning|afternoon|evening|night))?(?! (?:is|works|would|after|before|at|or)\\b)(?=[^.!?]{0,80}\\b(?:was|were|had|did|happened|came|went|said|smelled|heard|noticed|backed|burst|froze)\\b)`,
  'one (?:morning|night|day|evening|afternoon)\\b',
  `(?<=\\b(?:was|were|had|happened|backed up|burst|froze|flooded|went out|quit|died|smelled|heard|noticed|came)\\b[^.!?]{0,60})on ${weekday}\\b`,
  'a while (?:ago|back)',
  // "i called this morning about the outlet in the laundry room that was smoking".
  '(?:i|we) called (?:you |you guys )?(?:this morning|earlier(?: today)?|yesterday|last night|the other day) about',
  '(?:back )?in (?:january|february|march|april|june|july|august|september|october|november|december)|back in (?:may|the (?:spring|summer|fall|winter))',
]);

/** Spanish: the same dangers as Spanish-speaking callers put them. */
/** "Huele bien fuerte a gas", "huele mucho a quemado": how strong, said between the smell and what it is. */
const muchOf = '(?:(?:muy|bien|mucho|much[íi]simo|fuerte|fuert[íi]simo|horrible|feo|fe[íi]simo|bastante|demasiado|como) )*';
/** Gas, fire and live wiring: no water shut off ends them. */
const spanishFireOrGas = [
  anyWord([
    `(?:huele|olor) ${muchOf}a (?:gas|huevo podrido|quemado|azufre)`,
    'fuga de gas',
    // "se está saliendo el gas en la cocina": gas escaping, said as it happens.
    'se (?:est[áa] )?(?:saliendo|escapando|sale|escapa) (?:el |un poco de |mucho )?gas|(?:sale|escapa|escape de) gas|el gas se (?:est[áa] )?(?:saliendo|escapando)',
    // Not "ponen detectores de monóxido", a question about fitting them; a sounding alarm is below.
    '(?<!(?:detector(?:es)?|alarmas?|sensor(?:es)?) de )monóxido',
    'chispas?|chispea(?:ndo)?',
    'hace corto|corto ?circuito',
  ]),
  anyWord(['hum(?:o|ito)', 'se (?:está )?quemando', 'incendio', 'fuego', 'electrocut\\p{L}*']),
  anyWord(['me dio (?:toques?|corriente|un choque|una descarga)']),
];
const spanishEmergency = [
  ...spanishFireOrGas,
  anyWord(['aguas? negras?', 'se regres[óo] el drenaje', 'agua sucia']),
  anyWord([
    '(?:agua|goteando|gotea)[^.!?]{0,60}(?:lámparas?|lamparas?|luz|cables?|panel|enchufes?|contactos?|focos?|breakers?|fusibles)',
  ]),
  anyWord([
    'saliendo (?:mucha )?agua por todos lados',
    'agua a chorros',
    'agua por tod[oa]s? (?:lados|la casa|el piso|partes)',
    'el agua no para',
    'no para de salir',
    // Not a tank that keeps running ("no para de echar agua ... en el tanque ... la cadenita").
    '(?:excusado|inodoro|baño)[^.!?]{0,30}no para(?![^.!?]*(?:tanque|cadenita|flotador|sapito))',
    'no (?:puedo|podemos) (?:cerrar|parar)(?:la)?',
  ]),
  /\bse (?:me )?(?:rompi[óo]|revent[óo]) (?:un|el|la) (?:tubo|tubería|caño)\b(?![^.!?]*\b(?:riego|jardín)\b)/,
  anyWord([
    '(?:calentador|boiler|tubo|tubería|caño) se (?:rompi[óo]|revent[óo])',
    'se (?:me |nos )?revent[óo] (?:el|un) (?:calentador|boiler)',
  ]),
  anyWord([
    'se (?:me |nos |le )?(?:está |están )?inund(?:ó|ando|a|aron)',
    'sigue entrando (?:el |mucha )?agua',
    '(?:est[áa] )?entrando (?:el |la )?(?:aire (?:helado|fr[íi]o)|nieve|lluvia)',
    // "está entrando el agua a la recámara": rain in a room, through a roof torn open.
    // "se esta metiendo el agua al cuarto de los niños", written without accents.
    '(?:entrando|metiendo) (?:el |mucha )?agua (?:a|al|en|por) (?:la |el |mi |nuestra )?(?:rec[áa]mara|cuarto|casa|sala|cocina|comedor|s[óo]tano)',
    'llega(?:ndo)? (?:hasta )?(?:a )?los (?:enchufes|contactos)',
  ]),
  // A tree or limb that came down on something, not one standing near the house or down in the yard.
  anyWord([
    '(?:[áa]rbol|rama)[^.!?]{0,40}(?:cay[óo]|ca[íi]d[oa]|rompi[óo]|atraves[óo]|tumb[óo]|aplast[óo])(?: \\p{L}+){0,2} (?:sobre |encima de |en |contra )?(?:el |la |los |mi |nuestra )?(?:cables?|techo|roof|casa|carro|ventana|garaje)',
    'se (?:nos |me |le )?(?:cay[óo]|vino abajo) (?:un|el|una|la) (?:[áa]rbol|rama)[^.!?]{0,30}(?:sobre|encima de|encima|contra|en)(?: el| la| los| mi|l)? (?:cables?|techo|roof|casa|carro|ventana|garaje)',
    'se (?:cay[óo]|derrumb[óo]|hundi[óo]) (?:el techo|el plafón|el cielo|la pared)',
    'derrumb\\p{L}*',
  ]),
  anyWord(['cables? (?:de (?:la )?luz )?(?:caídos?|colgando)']),
  anyWord([
    '(?:huele|olor)(?: \\p{L}+){0,2} a (?:plástico|cables?) quemados?',
    '(?:alarma|detector|sensor) de (?:gas|monóxido)[^.!?]{0,30}(?:suena|sonando|pitando)|(?:suena|sonando|pitando)[^.!?]{0,10}(?:la alarma|el detector|el sensor) de (?:gas|monóxido)',
    'se (?:está )?regres(?:ó|ando|a) el drenaje|drenaje se (?:está )?regres\\p{L}*',
    '(?:panel|caja de (?:breakers|fusibles)|enchufe|contacto|apagador)[^.!?]{0,20}(?:zumbando|zumba|chisporrotea\\p{L}*|est[áa] caliente)',
  ]),
];
/** Told it is an emergency ("es una emergencia"), which a drip or a gutter blown down is not. */
const spanishSaysEmergency = /\bes (?:una )?emergencia\b/;
const spanishSmallTrouble = anyWord(['gote\\p{L}*', 'no le peg[óo]', 'cuando (?:tengan|pueda\\p{L}*) tiempo', 'canaleta']);
/** "No echa chispas ni huele a nada", "no huele a gas": a hazard denied is none. */
const spanishDenied =
  /\b(?:no|ni|sin) (?:(?:echa|hay|sale|salen|tiene|hace|veo|se ve|huele|se sale|se (?:est[áa] )?saliendo|se escapa)\s+)?(?:a |olor a |el |una? )?(?:fuga de gas|chispas?|humo|gas|quemado|fuego)\b/gu;
/** "prendí el calentón por primera vez este año": a burning smell then is dust burning off, as the English seasonalBurnOff. */
const spanishBurnOff = anyWord([
  '(?:prend\\p{L}*|encend\\p{L}*|puse)[^.!?]{0,30}(?:calent[óo]n|calefacci[óo]n|calentador|horno|heater)[^.!?]{0,20}(?:por )?primera vez',
]);
/** Said of last week or last month: a tree that fell then and lies in the yard can be booked. */
const spanishPast = anyWord(['la semana pasada', 'el mes pasado', 'el año pasado', 'hace (?:unas? |\\d+ )?(?:semanas?|meses?)']);
const spanishNoHeat = anyWord([
  'calefacci[óo]n',
  'calentador',
  'calent[óo]n',
  'calefa',
  'aire acondicionado',
  'el aire',
  'el clima',
  'luz',
  'electricidad',
  'corriente',
  'calor',
]);
const spanishLost = anyWord([
  // Not "no tenemos ductos allá": what is missing is the heat, the cooling or the power.
  'no (?:sirve|funciona|prende|enciende|jala|quiere prender)',
  // "el calentón dejó de funcionar desde las once": stopped, said as a change.
  'dej[óo] de (?:funcionar|servir|prender|calentar|enfriar|jalar)',
  'no (?:hay|tenemos|tengo) (?:nada de )?(?:calefacci[óo]n|calefa|luz|electricidad|corriente|aire|clima|calor|gas)',
  // "mi mamá ... no tiene calefacción": heat or power every house has, gone, told of someone else;
  // not "no tiene aire acondicionado", which many houses never had.
  'no (?:tiene|tienen) (?:nada de )?(?:calefacci[óo]n|calefa|luz|electricidad|corriente)',
  'no (?:est[áa] )?(?:enfriando|calentando)|no (?:enfr[íi]a|calienta)',
  'se (?:nos |me |le |les )?(?:fue|apag[óo]|descompuso|muri[óo])',
  // "el aire acondicionado se paró desde en la mañana": only ever read with the heat, cooling or power.
  'se (?:nos |me |le |les )?par[óo]',
]);
const spanishVulnerable = anyWord([
  'beb[ée]s?',
  'recién nacid[oa]',
  'de (?:\\d+|un|una) mes(?:es)?',
  '(?:es|son|persona|señora|señor|gente|muy) mayor(?:es)?',
  'ancian[oa]',
  'abuel[oa]s?',
  'much[oa] fr[íi]o',
  '(?:bien|muy) helad[oa]',
  'muy fr[íi]a?',
  'congel\\p{L}*',
  'nevando|tormenta de nieve',
  'mucho calor',
  // "bajo cero" once the numbers are digits.
  'bajo (?:cero|0)',
  '(?:9\\d|1[01]\\d) grados',
  'acalorad[oa]',
  'enferm[oa]',
  '(?:niñ[oa]s|hij[oa]s) (?:chiquit[oa]s|pequeñ[oa]s)',
  'embarazada',
  'ox[íi]geno',
  'discapacitad[oa]',
  'silla de ruedas',
  '(?:[7-9]\\d|1[01]\\d) años',
  'del coraz[óo]n',
  'sofocad[oa]',
]);
/** Water through the ceiling ("techo" is both roof and ceiling), unless it is a drip or a stain. */
const spanishCeilingLeak = anyWord([
  '(?:saliendo|cayendo|goteando|entrando|chorreando) (?:mucha )?agua (?:del|por el) (?:techo|plafón)',
  'agua (?:sale|cae|gotea|entra) (?:del|por el) (?:techo|plafón)',
  '(?:techo|plafón) (?:está )?gote(?:ando|a)',
]);
const spanishMinorLeak = anyWord(['poquito', 'un poco', 'mancha', 'cuando llueve']);
/** No water at all (not "no hay agua caliente"), which a baby or someone sick cannot go without. */
const spanishNoWater = anyWord(['no (?:hay|tenemos|tengo) (?:nada de )?agua(?! caliente)']);

const spanishCalm = /\bno es (?:una )?emergencia\b|\bno es urgente\b|\bsin prisa\b|\b(?:es la pila|pila baja|bater[íi]a baja)\b/;
/**
 * "Ya cerré la llave", "ya paró": the water stopped, which ends a leak (unless "pero sigue chorreando")
 * but not sparks, smoke or gas.
 */
const spanishStopped = anyWord(['ya (?:cerr[ée]|se arregl[óo]|par[óo])(?![^.!?]*\\b(?:sigue|siguen|todav[íi]a|a[úu]n)\\b)']);

/** Heat, cooling or water lost with a baby, someone old or sick, or the cold or heat outside. */
function spanishLostWithSomeoneAtRisk(text: string): boolean {
  const lostEssential = (spanishNoHeat.test(text) && spanishLost.test(text)) || spanishNoWater.test(text);
  return lostEssential && spanishVulnerable.test(text);
}

/**
 * The same across a Spanish caller's turns ("se apagó el calentón" ... "tengo un bebé de tres
 * meses"), unless they say it is not urgent or the trouble is of last week.
 */
export function detectSpanishEmergencyAcrossTurns(callerTurns: readonly string[]): boolean {
  const text = normalizeUtterance(callerTurns.join('. '));
  if (spanishCalm.test(text) || spanishPast.test(text)) return false;
  return spanishLostWithSomeoneAtRisk(text);
}

/** A danger said in Spanish, not denied, not of last week; "es una emergencia" unless what is told is small. */
function spanishEmergencyNow(text: string): boolean {
  if (spanishPast.test(text)) return false;
  // The smell of a heater run for the first time is dust; an alarm or a headache with it is not.
  const denied = text.replace(spanishDenied, ' ');
  const told = spanishBurnOff.test(text) ? denied.replace(/\b(?:huele|olor)[^.!?]{0,25}a quemado\b/gu, ' ') : denied;
  if (spanishSaysEmergency.test(told) && !spanishSmallTrouble.test(told)) return true;
  return [...spanishEmergency, ...someoneHurtInSpanish].some((pattern) => pattern.test(told));
}

/**
 * Whether the caller describes an emergency happening now: a hazard on its own (gas, sparks,
 * sewage, water through a light fixture, a tree on the line), or a lost heat or cooling with
 * someone vulnerable at home or extreme weather. "Not an emergency", "no rush" and negated hazards
 * ("no gas smell") are not.
 */
export function detectEmergency(utterance: string): boolean {
  const text = normalizeUtterance(utterance);
  if (overAlready.test(text) || spanishCalm.test(text)) return false;
  if (spanishStopped.test(text)) {
    const told = text.replace(spanishDenied, ' ');
    if (!spanishFireOrGas.some((pattern) => pattern.test(told))) return false;
  }
  if (calmedDown.test(text) && !stillGoing.test(text) && !troubleOutlastsItsContaining(text))
    return (shutOffStillTrouble(text) || leftWithoutHeat.test(text)) && circumstance(text);
  if (waterWontStop(text) && !notHappeningNow.test(text)) return true;
  if (spanishEmergencyNow(text)) return true;
  if (spanishLostWithSomeoneAtRisk(text)) return true;
  if (spanishCeilingLeak.test(text) && !spanishMinorLeak.test(text)) return true;
  // "the breaker box is making a buzzing noise ... and the metal door is warm": named and felt in one turn.
  if (panelHeatingUp(text, text)) return true;
  return clauses(text).some(isEmergencyClause) || circumstance(text);
}

/**
 * Water that cannot be stopped: the caller cannot find the shut-off, or it will not turn ("i don't
 * know where to close the water", "the shutoff under there is seized", "it's painted open").
 */
const noWayToShutItOff =
  /\btried to find (?:the |a )?(?:water )?(?:shut ?off|main|valve)\b[^.!?]{0,10}\bbut\b|\b(?:can't|cannot|couldn't|can not) (?:find|figure out) (?:where|how) (?:to|you|we|i) (?:shut|turn|close)\b|\b(?:can't|cannot|couldn't)\b[^.!?]{0,40}\bto (?:find|reach|get to) (?:the |a )?(?:water )?(?:valve|shut ?off|main)\b|\b(?:can't|cannot|couldn't) (?:find|locate) (?:the |a |any |our |my )?(?:water )?(?:shut ?off|main|valve|turn ?off)\b|\b(?:don't|do not|doesn't) know (?:where|how) (?:the |is the |to (?:close|shut|turn) (?:off )?(?:the )?)?(?:water|shut ?off|main|valve|turn ?off)\b|\b(?:don't|do not) know (?:where|how) to (?:shut|turn|close) (?:it|the water|that) off\b|\bwhere is the (?:main|shut ?off|valve)\b|\b(?:shut ?off|valve)s?\b[^.!?]{0,30}\b(?:is |are |it's )?(?:seized|stuck|painted open|won't (?:turn|budge|close)|just spins|spins)\b|\bcan't get (?:the |that |this )?(?:\w+ )?(?:valve|shut ?off|knob)(?: (?:behind|under|on) (?:it|the \w+))? to (?:turn|close|budge)\b/;
/** Water on the move: "it's spraying all over", "the water coming very strong", "going over the top". */
const waterMoving =
  /\b(?:spray\w*|pour\w*|gush\w*|shooting|flood\w*|overflow\w*|going over|coming (?:out|through|very|in)|filling up|everywhere|all over|on (?:all )?the floor|won't stop|not stop|(?:is|it's) still (?:coming|running|going|spraying))\b/;
function waterWontStop(text: string): boolean {
  return noWayToShutItOff.test(text) && waterMoving.test(text) && /\b(?:water|pipe|line|leak\w*|toilet|tank|heater)\b/.test(text);
}

/**
 * "it's running down right by the light fixture and i shut that breaker off", "a burning plastic smell
 * from the outlet, i flipped the breaker", "i smell gas real strong by the furnace i shut it off",
 * "it went through the roof ... nobody's hurt": said to calm, nothing else said to calm it, and what
 * is told still an emergency. On the tune part, rules alone: 27 more emergencies heard, no call
 * more raised.
 */
function troubleOutlastsItsContaining(text: string): boolean {
  const unsaidBreaker = text.replace(breakerOffTold, ' ');
  const unsaidWater = unsaidBreaker.replace(waterOrItOffTold, ' ');
  const unsaidAll = unsaidWater.replace(nobodyHurtTold, ' ');
  if (unsaidAll === text || calmedDown.test(unsaidAll)) return false;
  // A spark or a pop is over when the breaker is cut ("the outlet sparked when i plugged in the
  // compressor ... i turned that breaker off"); water or a burning smell goes on. Water shut off is
  // over; gas smelled after the furnace was shut off is not.
  const waterShut = unsaidWater !== unsaidBreaker;
  return clauses(unsaidAll.replace(momentaryFault, ' ')).some(
    (clause) => isEmergencyClause(clause) && !(waterShut && aboutWater.test(clause)),
  );
}
/** Each calming phrase wherever it is said, compiled once: this runs on every calm turn. */
const everywhereSaid = (phrases: string) => new RegExp(`\\b(?:${phrases})\\b`, 'g');
const breakerOffTold = everywhereSaid(breakerOff);
const waterOrItOffTold = everywhereSaid(waterOrItOff);
const nobodyHurtTold = everywhereSaid(nobodyHurt);
const momentaryFault = /\b(?:sparked|sparks?|popped|flashed|arced|crackl(?:e|es|ed))\b/g;
const aboutWater =
  /\b(?:water|leak\w*|pipes?|flood\w*|drip\w*|pour\w*|spray\w*|gush\w*|overflow\w*|wet|soaked|puddle|sump|pit)\b/;

/**
 * Someone hurt or trapped, told in a turn so far as happening now and not denied: the emergency that
 * calls for 911 before the owner. Read as detectEmergency reads a hazard, clause by clause.
 */
export function someoneHurtNow(callerTurns: readonly string[]): boolean {
  const text = normalizeUtterance(callerTurns.join('. '));
  const toldInSpanish = text.replace(spanishDenied, ' ');
  if (!spanishPast.test(text) && someoneHurtInSpanish.some((pattern) => pattern.test(toldInSpanish))) return true;
  return clauses(text).some((clause) => happeningNow(clause) && someoneHurt.some((pattern) => toldUndenied(pattern, clause)));
}

/**
 * Lost heat, cooling or power told in one turn and who is at home or the weather in another ("the
 * furnace is out" ... "my mom is 90"): the circumstance read across the caller's turns so far.
 */
export function detectEmergencyAcrossTurns(callerTurns: readonly string[]): boolean {
  const text = normalizeUtterance(callerTurns.join('. '));
  if (overAlready.test(text)) return false;
  // "the pipe under the kitchen sink is broken the water coming very strong" ... "where is the main
  // water i don't know": the water told in one turn, no way to stop it in another. A turn about
  // another time ("you guys did our sprinklers last year") neither tells it nor takes it back.
  const toldOfNow = normalizeUtterance(callerTurns.filter((turn) => !notHappeningNow.test(normalizeUtterance(turn))).join('. '));
  if (waterWontStop(toldOfNow) && toldAsNow(toldOfNow)) return true;
  const dangerAcrossTurns =
    // "everybody's had headaches and been sick to their stomach" ... "the furnace is really old".
    coSymptomsWithBurner.test(text) ||
    // "you can see the wood boards" ... "the radar shows another storm coming in like an hour": the
    // roof opened in one turn, the weather on its way in another.
    (roofOpen.test(text) && (weatherComing.test(text) || weatherNow.test(text))) ||
    // "the wind blew our patio umbrella right through the big front window the whole pane is gone" ...
    // "it's snowing in and anybody could just walk in": the house open to the weather or to anyone.
    (glassGone.test(text) && houseExposed.test(text)) ||
    // "my basement's taking on water" ... "it's about up to the bottom of the outlets": the water named before.
    (waterNamed.test(text) && upToTheOutlets.test(text)) ||
    // "our big spruce is leaning toward the house" ... "the top is resting against the gutter"; "the deck
    // made this cracking sound" ... "the whole side by the house has dropped like four inches".
    treeOnTheHouse(text) ||
    deckGivingWay(text);
  if (dangerAcrossTurns && toldAsNow(text)) return true;
  const before = normalizeUtterance(callerTurns.slice(0, -1).join('. '));
  const latest = normalizeUtterance(callerTurns.at(-1) ?? '');
  if (panelHeatingUp(before, latest) || refrigeratedMedicineWithoutPower(text)) return !calmedDown.test(latest);
  if (!circumstance(text)) return false;
  // "no rush, the furnace is clicking" ... "it's six degrees out and i've got a four month old": calm
  // said before the danger was told does not take it back; calm said with it or after it does.
  const calm = calmedDown.test(latest) || (calmedDown.test(before) && circumstance(before));
  return !calm || shutOffStillTrouble(text);
}

const waterNamed = /\b(?:water|flood(?:ing|ed)?|taking on water)\b/;
const upToTheOutlets =
  /\b(?:it's|it is)\s+(?:about |almost |nearly |right |already )*(?:up to|at) (?:the )?(?:bottom of )?(?:the |our |my )?(?:electrical )?(?:outlets?|plugs?|sockets?|panel|breaker box)\b/;

/** Neither told as another time nor calmed down since: the danger read across turns is going on now. */
function toldAsNow(text: string): boolean {
  return !notHappeningNow.test(text) && !calmedDown.test(text);
}

/** A tree named, and now resting or pushing against the house; not one standing near it. */
function treeOnTheHouse(text: string): boolean {
  return (
    /\b(?:tree|spruce|pine|oak|maple|cottonwood|elm|aspen|willow|locust|limb|branch)\b/.test(text) &&
    /\b(?:it's|it is|is|now|the top(?: is|'s)?|top of it(?: is|'s)?)\s+(?:now\s+)?(?:resting|leaning|lying|laying|sitting|pushing|pressing) (?:on|against|into) (?:the |our |my )?(?:house|roof|gutters?|wall|siding|eaves?|chimney)\b/.test(
      text,
    )
  );
}

/** A deck, porch or balcony named, and now dropping or pulling away: not "stories about decks collapsing". */
function deckGivingWay(text: string): boolean {
  return (
    /\b(?:deck|porch|balcony)\b/.test(text) &&
    // Not "the porch has settled a little over the years": wear to book, not a structure failing.
    !/\b(?:over the years|for years|a (?:little|bit)|slightly)\b/.test(text) &&
    /\b(?:it|it's|it has|the (?:whole )?(?:side|end|corner|deck|porch|balcony|front|back)|our (?:deck|porch|balcony)|my (?:deck|porch|balcony))\b[^.!?]{0,40}\b(?:dropped|sunk|sank|(?:pulled|pulling|coming|came) away from the (?:house|wall|ledger)|separat(?:ed|ing) from the (?:house|wall)|gave way|giving way|collaps(?:ed|ing)|coming loose from the house)\b/.test(
      text,
    )
  );
}

/** A window or glass door gone: smashed, blown in, "the whole pane is gone". Not a latch broken. */
const glassGone =
  /\b(?:smashed|shattered|blew (?:in|out)|blown (?:in|out)|busted)\b[^.!?]{0,30}\b(?:glass|window|pane|(?:front |back |glass |patio |sliding )door)\b|\b(?:glass|window|pane)\b[^.!?]{0,30}\b(?:is gone|'s gone|shattered|smashed|blown (?:in|out)|broken out)\b/;
/** Open to the weather or to anyone: "it's snowing in", "anybody could just walk in", "the door won't lock". */
const houseExposed =
  /\b(?:snow|rain)(?:ing|s)? (?:is )?(?:coming |blowing )?in\b|\b(?:it's|it is|snow's|wind's|cold's) (?:blowing|coming) (?:right |straight )in\b|\b(?:anybody|anyone|somebody|someone) could (?:just )?(?:walk|get|come|climb) in\b|\b(?:door|it) (?:won't|will not|doesn't|can't) lock\b/;

/** The roof open to the sky: "you can see the wood boards", "the bare decking", "a hole in the roof". */
const roofOpen =
  /\b(?:see|seeing) (?:the )?(?:bare )?(?:wood(?: boards)?|plywood|decking|sheathing|boards|rafters|trusses|sky|(?:tar |black )?paper|felt)\b|\bbare (?:wood|decking|plywood|boards)\b|\b(?:hole|opening) in (?:the|our|my) roof\b/;
/** Weather now: "it's starting to snow pretty hard", "it's pouring". */
const weatherNow = /\b(?:it's|it is|starting to|started to|still) (?:snow|rain|pour|sleet|hail)(?:ing)?\b/;
/** Weather within hours: "another storm coming in like an hour", "supposed to rain tonight"; not "snow coming thursday". */
const weatherComing =
  /\b(?:storms?|rain|snow|thunderstorms?)\b[^.!?]{0,30}\b(?:coming (?:in )?(?:(?:like |about )?(?:an|a half|half an) hour|now|tonight|today|this (?:afternoon|evening))|tonight|in (?:like |about )?an hour|rolling in)\b|\b(?:supposed to|going to|gonna|forecast\w*|calling for)\b[^.!?]{0,30}\b(?:rain|snow|storms?)\b[^.!?]{0,15}\b(?:tonight|today|this (?:afternoon|evening))\b/;

/** "i'm calling about my electrical box": the panel, named in a turn of its own. */
const panelNamed = /\b(?:electrical|breaker|fuse) (?:panel|box)\b|\bbreaker panel\b/;
/** "it's making a humming buzzing sound ... the door of it is warm almost hot": not warm air or hot water. */
const hummingAndHot =
  /\b(?:humming|buzzing|crackling)\b[^.!?]{0,100}\b(?:it's|it is|is|feels?|smells?(?: kinda| kind of| a little| really)?) (?:\w+ )?(?:warm|hot)\b(?! (?:air|water))/;

/** The panel named in an earlier turn, then heard humming and felt warm in the latest: arcing, as electricians warn. */
function panelHeatingUp(before: string, latest: string): boolean {
  return panelNamed.test(before) && hummingAndHot.test(latest) && !mildWarmth.test(latest);
}

/** Insulin kept cold with the power to the fridge gone: it spoils in hours, a medical need. */
const refrigeratedMedicine =
  /\b(?:insulin|medications?|medicines?|meds)\b[^.!?]{0,40}\b(?:fridge|refrigerator)\b|\b(?:fridge|refrigerator)\b[^.!?]{0,40}\b(?:insulin|medications?|medicines?|meds)\b/;
const powerGoneNow = /\b(?:won't stay on|keeps? tripping|no power|lost (?:the )?power|power(?:'s| is) out)\b/;

/** Medicine named with the fridge, and the power to it gone now, not denied ("the power's not out"). */
function refrigeratedMedicineWithoutPower(text: string): boolean {
  const gone = powerGoneNow.exec(text);
  return refrigeratedMedicine.test(text) && gone !== null && !isNegatedAt(text, gone.index);
}

/**
 * "xcel came out and shut it off and red tagged it ... no heat ... nine degrees ... a six month
 * old": calm words ("shut it off") do not end the trouble when the furnace was shut off as unsafe,
 * with no heat for someone who cannot go without (the caller of this checks that circumstance).
 */
const shutOffAsUnsafe = new RegExp(`\\b(?:${shutOffAsUnsafeWords})\\b`);
/** "it smells like burning plastic ... i shut it off at the switch but now we've got no heat": the shut-off is the loss. */
const leftWithoutHeat =
  /\b(?:shut|turned|switched) (?:it|the furnace|the heat|the boiler) off\b[^.!?]{0,30}\bnow (?:we've got|we have|we got|i've got|i have|there's) no heat\b/;
function shutOffStillTrouble(text: string): boolean {
  return shutOffAsUnsafe.test(text) && !saidNotUrgent.test(text);
}

/**
 * Where a run-on turns from the past to what is happening now: "i got it off a truck i saw last
 * week water is pouring through my ceiling" is two things said, and "last week" belongs to the first.
 */
const happeningNowStarts =
  /\b(?=(?:water|it|sewage|there's water)(?: is|'s| are) (?:now |still )?(?:pouring|spraying|gushing|shooting|flooding)\b)/;

/** "we shut the water off to two ten but it's still dripping": the shut-off did not stop it. */
const stillGoing =
  /\b(?:but|and) (?:it's|it is|water's|water is|it)\s+still\s+(?:coming|dripping|pouring|spraying|leaking|going|running|gushing)\b|\band now (?:it|the (?:furnace|heat|boiler|heater)) won't (?:come|turn|kick) (?:back )?on\b|\b(?:don't|do not) know if i (?:did it right|got it (?:all the way )?(?:off|closed))\b|\bnot sure (?:if )?(?:i did it right|it's all the way (?:off|closed))\b/;

/**
 * Trouble told as going on: "my water heater is spraying water", "it's pouring in", "the whole house
 * smells like gas", "i smell gas".
 */
const goingOnNow =
  /\b(?:is|are|it's|there's|keeps?)\s+(?:just\s+|still\s+|like\s+)?(?:(?:an?|some) )?(?:(?:sewage|sewer water|smoke) )?(?:spraying|pouring|gushing|shooting|flooding|coming|leaking|running|smoking|sparking|burning)\b|\bthere's water (?:spraying|pouring|gushing|shooting|coming|leaking|running)\b(?=[^.!?]*\bnow\b)|\b(?:smells?|reeks?|stinks?) (?:like|of) (?:gas|propane|rotten eggs|smoke|something burning|burning|sewage|sewer)\b|\b(?:i|we|i can|we can|you can) (?:still )?smell (?:gas|propane|rotten eggs|smoke|something burning|burning)\b/;

/** "mike did our upstairs bathroom last year": work of an earlier season, before what is wrong now. */
const workOfLastYear = /(?<!\b(?:since|from) )\blast (?:year|month|spring|summer|fall|autumn|winter)\b/;
/**
 * Trouble going on now and the story of an earlier day, run together as callers do, in either
 * order: "my water heater is spraying water all over the basement the plumber who put it in two
 * months ago isn't answering", "the water heater you guys put in three weeks ago the valve on the
 * side is spraying water everywhere".
 */
function nowAndPastApart(clause: string): string[] {
  const past = toldAsPast.exec(clause);
  if (past !== null && past.index > 0 && goingOnNow.test(clause.slice(0, past.index))) {
    return [clause.slice(0, past.index), clause.slice(past.index)];
  }
  const earlier = past ?? workOfLastYear.exec(clause);
  if (earlier === null) return [clause];
  const end = earlier.index + earlier[0].length;
  return goingOnNow.test(clause.slice(end)) ? [clause.slice(0, end), clause.slice(end)] : [clause];
}

function clauses(text: string): string[] {
  return text
    .split(/[.;!?]+|\bbut\b/)
    .flatMap((clause) => {
      const [before = '', ...now] = clause.split(happeningNowStarts);
      return now.length > 0 && toldAsPast.test(before) ? [before, now.join('')] : nowAndPastApart(clause);
    })
    .filter((clause) => clause.trim() !== '');
}

/** "it came back on by itself and it's been working since": lost for a while, and back. */
const restored =
  /\b(?:came|come|kicked) back on (?:by itself|on its own)\b|\b(?:been|is|it's) working (?:fine |again |ok |okay )?(?:since|ever since|now)\b/;
const lostAgain = /\b(?:quit|died|stopped|went out|shut off|cut out) again\b/;

/** Lost heat or cooling is an emergency only with someone vulnerable or extreme weather, said anywhere in the turn. */
function circumstance(text: string): boolean {
  if (notHappeningNow.test(text) || (restored.test(text) && !lostAgain.test(text))) return false;
  const lost =
    lostEssential.exec(text) ??
    (heatingNamed.test(text) ? itQuit.exec(text) : null) ??
    (heatNamed.test(text) && !coolingNamed.test(text) ? blowsCold.exec(text) : null);
  const lostSaid = lost !== null && !isNegatedAt(text, lost.index);
  // "her place is ninety inside ... she's seventy nine", "it's forty something degrees in the house and i
  // have a three week old": the temperature indoors, with someone who cannot sit it out (not "it's
  // ninety four in here" alone, nor "fifty five inside ... nobody there").
  if (!lostSaid)
    return (indoorsWithoutDegrees.test(digitsInSpeech(text)) || extremeTemperature(text, true)) && vulnerablePeople.test(text);
  // No water in a cold snap is a frozen line to thaw, urgent only for someone who cannot go without.
  if (/\bwater\b/.test(lost[0])) return vulnerablePeople.test(text);
  // "the air just isn't very cold" says nothing about the weather.
  const weather = extremeWeather.exec(text);
  return vulnerablePeople.test(text) || (weather !== null && !isNegatedAt(text, weather.index)) || extremeTemperature(text);
}

/** A spark as a plug goes in, common with worn outlets: a job to book, unless it burns, smokes or melts. */
const sparkAtPlugIn =
  /\bplug(?:ged|ging)? (?:\S+ ){0,4}in\b[^.!?]{0,60}\b(?:a |one )?(?:little |small |tiny |quick )?(?:blue )?sparks?\b|\bsparks?\b[^.!?]{0,40}\b(?:plug(?:ging)?\b[^.!?]{0,25}\bin|goes in|go in)\b|\bsparks? (?:a little|a bit|slightly|sometimes)\b[^.!?]{0,20}\bwhen (?:i |you |we |they |she |he )?(?:flip|turn|switch|plug)/;
const sparkHarm = /\b(?:smok\w*|burn\w*|melt\w*|black\w*|scorch\w*|charred|hot|fire|flames?|big|huge|bang|pop\w*|shock\w*)\b/;
/** A toilet that keeps running ("the water does not stop") wastes water into the bowl, unless it overflows. */
const runningToilet =
  /\btoilets?\b[^.!?]{0,30}\b(?:running|hissing|filling|runs|hisses)\b|\b(?:fills and fills|keeps (?:re)?filling|jiggl\w* (?:the |that )?handle|flapper|fill valve)\b/;
const overflowing = /\b(?:overflow\w*|flood\w*|floor|everywhere|spill\w*|over the (?:top|rim|edge))\b/;
const doesNotStop = /\b(?:won't|will not|doesn't|does not|can't get it to|cannot get it to) (?:stop|shut off|turn off)\b/g;

/** Harm said and not denied: "the outlet's not hot" is no burn. */
const everySparkHarm = new RegExp(sparkHarm.source, 'g');

/**
 * Smoke from wildfires drawn in from outside ("the smoke rolls in and the cooler pulls it in") or a
 * neighbour's cigarettes through shared vents: the air, not a fire here.
 */
const outdoorSmoke =
  /\b(?:wildfires?|fires? (?:out west|up north|in (?:the mountains|california|canada|oregon|utah))|outside air|air quality|smoke (?:days?|season)|campfire|(?:cigarette|cigar|tobacco|pot|weed|marijuana|vape|grill|barbecue|bbq) smoke|smoke from (?:the |their |his |her )?(?:neighbou?rs?|grill|barbecue|cigarettes?))\b/;

/**
 * "the plate gets kind of warm", "the panel feels a little warm": a dimmer or a loaded circuit to
 * look at, unless it burns, smells, sparks or melts (a hot one stays an emergency).
 */
const mildWarmth = /\b(?:kind of|kinda|sort of|sorta|a little|a bit|slightly|somewhat)\s+warm\b/;
const everyMildWarmth = new RegExp(mildWarmth.source, 'g');
const everyWontShutOff = new RegExp(wontShutOff.source, 'g');

/**
 * "this is an emergency my kitchen light keeps flickering", "... i have twenty people coming
 * tomorrow": called one, for trouble that is not (the words alone; a hazard told with it still is).
 */
const smallTrouble =
  /\b(?:flicker\w*|(?:keeps?|won't stop|will not stop) running|(?:lights?|opener|outlets?|disposal|doorbell) (?:is |are )?(?:not|isn't|aren't) working|walk ?through|moving out|(?:people|guests|company|family|in-laws) (?:coming|arriving)|thanksgiving|party)\b/;
const calledAnEmergency = /\bemergency\b/g;

/** Sprinklers and drip lines spraying in the yard ("that zone just shoots water everywhere"): a repair outside. */
const outdoorWater = /\b(?:sprinklers?|sprinkler (?:heads?|lines?)|drip (?:lines?|system)|irrigation|(?:that|the|one) zone)\b/;
const outdoorSpigot = /\b(?:spigots?|hose ?bibs?|(?:outside|outdoor) (?:faucets?|taps?))\b/;
/** Water from it only while used, or a drip: "it sprays everywhere when i turn the hose on". */
const onlyInUse = /\bwhen (?:i|you|we|they|she|he) (?:turn|use|open|run|hook)\b|\bdrip\w*\b/;
/**
 * Water got into the house from a spigot. Not `waterIndoors`: a spigot is on the house's wall
 * ("the outside spigot on the back of the house"), so "house" and "wall" say nothing here.
 */
const waterInTheHouse = /\b(?:basement|ceiling|crawl ?space|floor|flood\w*|soak\w*|carpet|drywall|pouring)\b/;
const accessPanel =
  /\b(?:open(?:ed)?|remov(?:e|ed)|take off|took off|access) (?:the |a |that )?(?:little |access |front |bottom )?panel\b(?! (?:and|to find) (?:the )?breakers?)/;
const everyAccessPanel = new RegExp(accessPanel.source, 'g');
const waterIndoors = /\b(?:basement|house|inside|ceiling|crawl ?space|foundation|window wells?|garage|kitchen|wall)\b/;

/** The clause read as what it is when it sounds worse: a spark at the plug, a running toilet, wildfire smoke. */
function plainReading(said: string): string {
  // The word dropped, then the trouble itself read as below.
  const clause = smallTrouble.test(said) ? said.replace(calledAnEmergency, 'urgent') : said;
  if (outdoorWater.test(clause) && !waterIndoors.test(clause))
    return clause.replace(/\bwater\b/g, 'spray').replace(everyWontShutOff, 'keeps going');
  if (mildWarmth.test(clause) && !saidUndenied(clause, everySparkHarm)) return clause.replace(everyMildWarmth, 'mild');
  if (outdoorSmoke.test(clause)) return clause.replace(/\bsmok(?:e|ing|y)\b/g, 'haze');
  // An outside spigot split by frost that sprays only while the hose runs, or drips: a repair, unless
  // the house floods (not one "spewing water all over the side of the house" that no valve stops).
  if (outdoorSpigot.test(clause) && onlyInUse.test(clause) && !waterInTheHouse.test(clause))
    return clause.replace(/\b(?:split|cracked|burst|broke|busted)\b/g, 'damaged').replace(/\bwater\b/g, 'spray');
  // "you open the panel from outside and there's water": a water heater closet's access panel.
  if (accessPanel.test(clause)) return clause.replace(everyAccessPanel, 'cover');
  if (sparkAtPlugIn.test(clause) && !saidUndenied(clause, everySparkHarm))
    return clause.replace(/\bspark(?:s|ing|ed)?\b/g, 'flash');
  if (runningToilet.test(clause) && !overflowing.test(clause)) return clause.replace(doesNotStop, 'keeps going');
  return clause;
}

/**
 * Water that itself smells of rotten eggs or sulfur ("my hot water smells like rotten eggs"): bacteria
 * in a water heater or a well, as plumbers explain it, not gas in the air.
 */
const smellOfTheWater =
  /\b(?:(?:hot|cold|tap|well|city|drinking|bath|shower|sink) )?water(?! (?:heater|tank|softener))(?: (?:from|out of|coming out of) (?:the |my |our )?\w+(?: \w+)?)?(?: (?:just|really|kind of|kinda|now|still))? (?:smells?|stinks?|has|had|is smelling)\b[^.!?]{0,20}\b(?:rotten eggs?|eggs?|eggy|sulfur|sulphur)\b(?: (?:smell|odou?r|stink))?/g;

/** A clause about now: not a worry about later, nor a story of an earlier day. */
function happeningNow(clause: string): boolean {
  return !notHappeningNow.test(clause) && !toldAsPast.test(clause);
}

/** The pattern's first match in `text`, not denied just before it ("no gas smell"). */
function toldUndenied(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && !isNegatedAt(text, match.index);
}

function isEmergencyClause(said: string): boolean {
  if (!happeningNow(said)) return false;
  const clause = plainReading(said).replace(smellOfTheWater, 'the water smells');
  if (seasonalBurnOff.test(clause) && !/\b(?:sparks?|smoke|smoking|flames?|fire|melt(?:ed|ing))\b/.test(clause)) return false;
  const found = (pattern: RegExp, text = clause) => toldUndenied(pattern, text);
  if ([...emergencyPatterns, ...hazardPatterns, ...someoneHurt].some((pattern) => found(pattern))) return true;
  if (found(waterNearPower, clause.replace(waterAppliance, 'appliance'))) return true;
  if (minorLeak.test(clause)) return false;
  return found(ceilingLeak) || (found(roofLeakInStorm) && stormNow.test(clause));
}
