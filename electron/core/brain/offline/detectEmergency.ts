import { anyOf, anyWord, isNegatedAt, normalizeUtterance } from './utteranceText';

/** Things happening now that can hurt someone or wreck the house within hours, whoever is home. */
const emergencyPatterns = [
  /\b(?:is|are|keeps?|it's|started|starting)\s+flooding\b/,
  /\bflooded\b/,
  /\bwater\b[^.!?]{0,30}\b(?:(?:pouring|gushing|spraying|streaming|rushing|running)\s+(?:in|into|through|out|from|down)\b(?![^.!?]*\b(?:gutters?|downspouts?)\b)|everywhere)/,
  /\bwater\s+(?:won't|will not|doesn't|does not)\s+stop\b/,
  /\b(?:burst|bursting|broken|exploded)\s+(?:water\s+)?(?:pipe|main|line|hose)s?\b/,
  /\b(?:pipes?|main line|main)\s+(?:burst|exploded|broke|split|froze|are frozen|is frozen)\b/,
  /\bsmell(?:s|ing)?\s+(?:of\s+|like\s+)?(?:natural\s+)?gas\b/,
  /\bgas\s+(?:leak|smell|is leaking)\b/,
  /\bleaking\s+gas\b/,
  /\bsparks?\b[^.!?]{0,25}\b(?:coming|flying|from|out|when|everywhere)\b|\bspark(?:ing|ed)\b|\b(?:seeing|saw|see|there are|there's)\s+sparks?\b/,
  /\b(?:on fire|caught fire|electrical fire|smoke coming|smoking outlet|(?:it's|is|are|started) smoking|burning smell|burnt? (?:smell|plastic)|smells? (?:like )?(?:something(?:'s)? )?burn(?:ing|t)|smell like burnt?)\b/,
  /\b(?:got|getting|gets) (?:a )?shock(?:ed)?\b|\bhot to the touch\b/,
  /\b(?:live|downed|exposed)\s+wires?\b|\bpower\s+lines?\s+(?:down|fell)\b/,
  /\b(?:tree|limb|branch|oak|pine|maple)\b[^.!?]{0,60}\b(?:on|across|hanging on|laying on|lying on|leaning on)\s+(?:the |a |our |my )?(?:power|electric|electrical)?\s*(?:lines?|wires?)\b/,
  /\bsewage\b/,
  /\bsew(?:er)\b[^.!?]{0,25}\b(?:backing up|backed up|coming up|overflowing|everywhere)\b/,
  /\bcarbon monoxide\b|\bco (?:alarm|detector)\b/,
  /\b(?:tree|oak|pine|maple|branch|limb)\b[^.!?]{0,30}\b(?:fell|fallen|came down|crashed|landed|came through|smashed|leaning)\b[^.!?]{0,25}\b(?:on|onto|through|into|window|roof)\b/,
  /\bleaning on (?:our|the|my) (?:roof|house)\b/,
  /\b(?:branch|limb)\b[^.!?]{0,20}\bcracked\b[^.!?]{0,40}\bhanging\b/,
  /\b(?:roof|ceiling)\b[^.!?]{0,40}\b(?:caved in|collapsed|collapsing|falling in|came down|bulging|sagging|tore|torn)\b/,
  /\b(?:tore|ripped|blew)\s+(?:a\s+)?(?:section|part|piece|half)\s+of\s+(?:the\s+)?roof\b/,
  /\brain(?:'s| is)?\s+(?:coming|blowing|pouring)\s+in/,
  /\bglass (?:is )?everywhere\b/,
  /\bsmoke\b(?!\s+(?:detectors?|alarms?))|\bsmells? (?:like )?smoke\b|\brotten eggs?\b|\bhissing\b[^.!?]{0,30}\bgas\b|\bgas\b[^.!?]{0,30}\bhissing\b/,
  /\b(?:can't|cannot|can not|couldn't)\s+(?:find the shut ?off|shut (?:it|the water|the main) off|turn (?:it|the water) off|stop (?:it|the water))\b/,
  /\b(?:standing water|inches of water|(?:basement|floor) is full of water)\b/,
  /\b(?:wall|foundation|chimney|deck|balcony|porch)\b[^.!?]{0,25}\b(?:collapsed|collapsing|caving in|falling down|pulling away|came down)\b/,
  /\bstuck\b[^.!?]{0,30}\b(?:car|kids?|baby) (?:is |are )?(?:inside|in there|trapped)\b/,
  /\b(?:this|it)\s+is\s+an\s+emergency\b|\bit's\s+an\s+emergency\b|\bemergency\b(?=[^.!?]*\b(?:now|please|help)\b)/,
];

/** Water where the electricity is: a light fixture, the panel, an outlet. */
const waterNearPower =
  /\b(?:water|leak(?:ing)?|dripping|drips?)\b[^.!?]{0,50}\b(?:light|fixture|lamp|electrical|panel|outlet|breaker|wiring)\b|\b(?:light|fixture|panel|outlet)\b[^.!?]{0,30}\b(?:water|dripping|leaking)\b/;

const noHeatOrCooling =
  /\b(?:no heat|heat (?:is |went )?out|furnace\b[^.!?]{0,20}\b(?:out|dead|died|stopped|not working|won't|isn't)|heater (?:is |went )?(?:out|dead|broken|not working)|(?:ac|a c|air conditioning|air conditioner|air)\b[^.!?]{0,10}\b(?:is out|went out|died|dead|quit|stopped|not working|broke)|no (?:ac|air conditioning|air)|no water at all|no power|power (?:is |went )?out)\b/;
/** People who cannot sit out a cold or hot house, and weather that makes it dangerous for anyone. */
const vulnerableOrExtreme =
  /\b(?:freezing|below zero|below freezing|frozen|froze|(?:really|so|very) (?:cold|hot)|getting (?:really )?hot|heat wave|baby|infant|newborn|months? old|elderly|asthma|oxygen|medical|disabled|(?:is|he's|she's|are) (?:7|8|9)\d|(?:seventy|eighty|ninety)(?:[- ]\w+)?|degrees|a hundred|(?:down to|only) (?:like )?\w+ (?:inside|in here|in the house)|fifty inside|forty inside)\b/;

/** The caller says it can wait: the danger is over or was never there. */
const calmedDown = anyOf([
  "(?:no|not an?|isn't an?|nothing)\\s+(?:emergency|urgent)",
  'not urgent',
  'no rush',
  "(?:it's|is) (?:fixed|stopped) now",
  "(?:leak(?:'s)?|it) (?:is )?(?:fixed|stopped)",
  "(?<!(?:can't|cannot|couldn't|can not) )shut (?:the water|it) off",
  'turned (?:the valve|the water|it) off',
  'nothing got hit',
]);

/** Talk about the past, the future or prevention, which a present-tense emergency pattern would misread. */
const notHappeningNow = anyOf([
  'prevent(?:ing)?',
  'avoid',
  'protect',
  'in case',
  "so (?:it|that) (?:doesn't|does not|won't|never)",
  'next (?:spring|summer|fall|autumn|winter|year|month|week|season|time)',
  'in the future',
  'someday',
  'eventually',
  'last (?:spring|summer|fall|autumn|winter|year|month|time)',
  'years? ago',
  'used to',
  'what if',
  'if it ever',
  'before it',
]);

/** Spanish: the same dangers as Spanish-speaking callers put them. */
const spanishEmergency = [
  /\bolor a gas\b|\bhuele a gas\b|\bfuga de gas\b/,
  /\bchispas?\b|\bhace corto\b|\bcorto ?circuito\b|\bhumo\b|\bse (?:está )?quemando\b|\bincendio\b/,
  /\baguas negras\b|\bse regres[óo] el drenaje\b|\bagua sucia\b/,
  /\b(?:agua|goteando|gotea)\b[^.!?]{0,40}\b(?:l[áa]mpara|luz|cable|panel|enchufe)\b/,
  /\bsaliendo (?:mucha )?agua por todos lados\b|\bse (?:me )?(?:rompi[óo]|revent[óo]) (?:un|el|la) (?:tubo|tubería|caño)\b(?![^.!?]*\b(?:riego|jardín)\b)/,
  anyWord(['se (?:est[áa] )?inund(?:ó|ando|a)']),
  /\b[áa]rbol\b[^.!?]{0,60}\b(?:cable|techo|casa)\b/,
  /\bmonóxido\b/,
  /\bes (?:una )?emergencia\b/,
];
const spanishNoHeat = /\b(?:calefacci[óo]n|calentador|aire acondicionado|el aire|la calefa)\b/;
const spanishVulnerable = anyWord([
  'beb[ée]',
  'mayor',
  'ancian[oa]',
  'much[oa] fr[íi]o',
  'muy fr[íi]a?',
  'congel\\p{L}*',
  'mucho calor',
  'enferm[oa]',
  'niños',
]);
const spanishCalm = /\bno es (?:una )?emergencia\b|\bno es urgente\b|\bsin prisa\b|\bya (?:cerré|se arregló|paró)\b/;

/**
 * Whether the caller describes an emergency happening now: a hazard on its own (gas, sparks,
 * sewage, water through a light fixture, a tree on the line), or a lost heat or cooling with
 * someone vulnerable at home or extreme weather. "Not an emergency", "no rush" and negated hazards
 * ("no gas smell") are not.
 */
export function detectEmergency(utterance: string): boolean {
  const text = normalizeUtterance(utterance);
  if (calmedDown.test(text) || spanishCalm.test(text)) return false;
  if (spanishEmergency.some((pattern) => pattern.test(text))) return true;
  if (
    spanishNoHeat.test(text) &&
    /\b(?:no|se (?:nos |me )?fue|no sirve|no funciona|no prende)\b/.test(text) &&
    spanishVulnerable.test(text)
  )
    return true;
  return clauses(text).some(isEmergencyClause) || circumstance(text);
}

function clauses(text: string): string[] {
  return text.split(/[.;!?]+|\bbut\b/).filter((clause) => clause.trim() !== '');
}

/** Lost heat or cooling is an emergency only with someone vulnerable or extreme weather, said anywhere in the turn. */
function circumstance(text: string): boolean {
  if (notHappeningNow.test(text)) return false;
  const lost = noHeatOrCooling.exec(text);
  return lost !== null && !isNegatedAt(text, lost.index) && vulnerableOrExtreme.test(text);
}

function isEmergencyClause(clause: string): boolean {
  if (notHappeningNow.test(clause)) return false;
  return [...emergencyPatterns, waterNearPower].some((pattern) => {
    const match = pattern.exec(clause);
    return match !== null && !isNegatedAt(clause, match.index);
  });
}
