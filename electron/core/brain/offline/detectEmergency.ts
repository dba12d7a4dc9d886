import { anyOf, isNegatedAt, normalizeUtterance } from './utteranceText';

/** Things happening now that can hurt someone or wreck the house within hours. */
const emergencyPatterns = [
  /\b(?:is|are|keeps?|it's|started|starting)\s+flooding\b/,
  /\bflooded\b/,
  /\bwater\b[^.!?]{0,30}\b(?:(?:pouring|gushing|spraying|streaming|rushing)\s+(?:in|into|through|out|from|down)\b(?![^.!?]*\b(?:gutters?|downspouts?)\b)|everywhere)/,
  /\b(?:burst|bursting|broken|exploded)\s+(?:water\s+)?(?:pipe|main|line|hose)s?\b/,
  /\bpipes?\s+(?:burst|exploded|broke|split)\b/,
  /\bsmell(?:s|ing)?\s+(?:of\s+|like\s+)?(?:natural\s+)?gas\b/,
  /\bgas\s+(?:leak|smell|is leaking)\b/,
  /\bleaking\s+gas\b/,
  /\bsparks?\b[^.!?]{0,25}\b(?:coming|flying|from|out|when|everywhere)\b|\bsparking\b|\b(?:seeing|saw|see|there are|there's)\s+sparks?\b/,
  /\b(?:on fire|caught fire|electrical fire|smoke coming|smoking outlet|burning smell|smells? (?:like )?(?:something )?burning)\b/,
  /\b(?:live|downed|exposed)\s+wires?\b|\bpower\s+lines?\s+(?:down|fell)\b/,
  /\bsew(?:age|er)\b[^.!?]{0,25}\b(?:backing up|backed up|coming up|overflowing|everywhere)\b/,
  /\bcarbon monoxide\b|\bco (?:alarm|detector)\b/,
  /\btree\b[^.!?]{0,20}\b(?:fell|fallen|came down|crashed|landed)\b[^.!?]{0,15}\b(?:on|onto|through|into)\b/,
  /\b(?:roof|ceiling)\b[^.!?]{0,15}\b(?:caved in|collapsed|collapsing|falling in|came down)\b/,
  /\b(?:this|it)\s+is\s+an\s+emergency\b|\bit's\s+an\s+emergency\b|\bemergency\b(?=[^.!?]*\b(?:now|please|help)\b)/,
];

const noHeat =
  /\b(?:no heat|heat (?:is|went) out|furnace (?:is |went )?(?:out|dead|died|stopped|not working)|heater (?:is |went )?(?:out|dead|broken|not working))\b/;
const dangerousCold = /\b(?:freezing|below zero|below freezing|frozen|(?:really|so|very) cold|baby|infant|newborn|elderly)\b/;

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
  'last (?:spring|summer|fall|autumn|winter|year|month|week|time)',
  'years? ago',
  'used to',
  'what if',
  'if it ever',
  'before it',
]);
const notAnEmergency = /\b(?:no|not an?|isn't an?|nothing)\s+(?:emergency|urgent)\b/;

/** Whether the caller describes an emergency happening now ("my basement is flooding", "I smell gas"). */
export function detectEmergency(utterance: string): boolean {
  return clauses(normalizeUtterance(utterance)).some(isEmergencyClause);
}

function clauses(text: string): string[] {
  return text.split(/[.;!?]+|\bbut\b/).filter((clause) => clause.trim() !== '');
}

function isEmergencyClause(clause: string): boolean {
  if (notHappeningNow.test(clause) || notAnEmergency.test(clause)) return false;
  if (noHeat.test(clause) && dangerousCold.test(clause)) return true;
  return emergencyPatterns.some((pattern) => {
    const match = pattern.exec(clause);
    return match !== null && !isNegatedAt(clause, match.index);
  });
}
