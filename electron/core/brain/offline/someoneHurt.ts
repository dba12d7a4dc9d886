import { anyWord } from './utteranceText';

/**
 * Someone hurt or trapped now, as a contractor's callers tell it: a worker fallen off the roof, a
 * husband pinned under a garage door, a son burned by an outlet. An emergency for the owner, and,
 * before that, a call to 911 (safetyFirst.ts). Read clause by clause by detectEmergency, so that
 * "my husband fell off a ladder last year" stays a story.
 */

/** A worker of the owner's: whatever happened to one on the job is the owner's to know now. */
const worker = String.raw`(?:\b(?:your|the|his) (?:guys?|workers?|helper|roofer|plumber|electrician|painter|employee|installer|crew)|\bone of (?:your|the|his|our) (?:guys|workers|crew|men|helpers|employees|roofers|installers))`;

/** Who can be hurt. Not "they" ("they're not moving on the estimate") and not "i": callers hurt themselves call 911. */
const person = String.raw`(?:\b(?:he|she|someone|somebody)|\b(?:my|our|your|the|his|her|a) (?:husband|wife|son|daughter|kids?|child|children|baby|toddler|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|neighbou?r|tenant|roommate|brother|sister|boyfriend|girlfriend|partner|friend|man|woman)|${worker})`;

/** "injured from work so he can't do the yard": an old injury, the reason for a job. */
const notAReason = String.raw`(?! (?:from|since|at work|on the job|in (?:a|an|the)|last|a while|years|for)\b)`;

/** How hurt, as it is now. Not "hurt his back" (a reason for a job), "not moving the truck", "not responding to texts". */
const hurtNow = String.raw`(?:'s|'re| is| are)\s+(?:(?:really|badly|bad|pretty|very|seriously|hurt and|all)\s+)?(?:hurt(?! (?:his|her|their|my|our) )${notAReason}|injured${notAReason}|bleeding(?! (?:the|a|my|our|his|her|their|it|them|air|out|off|radiators?|lines?|brakes?)\b)|unconscious|knocked out|passed out|burned|burnt|not breathing|not moving(?! (?:the|it|his|her|their|any|forward|fast|on|along|in|out|that)\b)|not responding(?! to\b)|not getting up(?! (?:on|there|to|until|till)\b)|not waking up)\b`;

/** Signs with a fall that someone is hurt by it now, or that it has just happened. */
const fallHurt = String.raw`\b(?:hurt|injured|bleeding|blood|broke|broken|not moving|not getting up|can't get up|cannot get up|can't move|lying|laying|ambulance|911|hospital|paramedics|accident|unconscious|knocked out|hit (?:his|her) head)\b`;

const fell = String.raw`\b(?:slipped and fell|(?:fell|fallen) (?:off|from|through|down|into)|went (?:through|off) (?:the|a|my|our|your))\b`;

export const someoneHurt: readonly RegExp[] = [
  // "my husband is trapped under the garage door", "somebody's trapped in the basement"; not water trapped under a floor.
  new RegExp(
    String.raw`${person}(?:'s| is| are|'re| got| has been| have been| was just| just got)? (?:\w+ )?(?:trapped|pinned)\b|${person}(?:'s| is| are|'re| got)? (?:stuck (?:under|beneath|between)|(?:now )?stuck in(?:side)? (?:the |a |our |my )?(?:garage|attic|crawl ?space|elevator))\b`,
  ),
  new RegExp(`${person}${hurtNow}`),
  // "there's a man passed out in my basement", "my husband just collapsed".
  new RegExp(
    String.raw`${person}\s+(?:just\s+)?(?:passed out|collapsed|unconscious|not breathing|knocked out)\b(?! (?:on|in|from) (?:the )?(?:couch|bed|sofa|chair)\b)`,
  ),
  new RegExp(
    String.raw`${person}\b[^.!?]{0,40}\b(?:can't|cannot|won't|can not) (?:get up(?! (?:there|on|onto|to|the|here|in|into|that|those|high|a ladder)\b)|breathe|wake up|move (?:his|her) (?:legs?|arms?))\b`,
  ),
  // "one of your guys just fell off my roof": a worker's fall, whatever the caller adds.
  new RegExp(`${worker}\\b[^.!?]{0,15}${fell}`),
  // "my dad fell through the attic floor and he's stuck": a fall with its harm said in the same breath.
  new RegExp(`${person}\\b[^.!?]{0,15}(?:\\bjust ${fell}|${fell}(?=[^.!?]*${fallHurt}))`),
  /\bblood everywhere\b|\bbleeding (?:bad|badly|a lot|heavily|everywhere|all over)\b|\b(?:cut|sliced|gashed) (?:himself|herself|his \w+|her \w+|(?:his|her) \w+ open)(?: \w+)? (?:really |pretty |so |very )?(?:bad|badly|deep)\b/,
];

/** Who can be hurt, in Spanish; not "la puerta no se mueve", "el agua quedó atrapada". */
const persona = String.raw`(?:él|ella|alguien|(?:mi|su|el|la|un|una|uno de (?:sus|los)) (?:esposo|esposa|marido|mujer|hij[oa]s?|niñ[oa]s?|bebé|mam[áa]|pap[áa]|madre|padre|abuel[oa]|vecin[oa]|señor|señora|trabajador(?:es)?|muchachos?|hombres?|empleados?|techador(?:es)?|plomero|electricista))`;

export const someoneHurtInSpanish: readonly RegExp[] = [
  // "su trabajador se cayó del techo", "mi esposo está atrapado debajo de la puerta del garaje".
  anyWord([
    'se (?:cay[óo]|ha caído) (?:del|de la|desde el|desde la|por el|por la) (?:techo|escalera|andamio|tragaluz|[áa]tico)',
    String.raw`${persona}(?:\s+[\p{L}']+){0,3}\s+(?:(?:est[áa]n?|qued[óo]|quedaron) (?:\p{L}+ )?(?:atrapad[oa]s?|aplastad[oa]s?|herid[oa]s?|sangrando|inconsciente)|no (?:se mueve|respira|reacciona|se (?:puede )?levanta))`,
  ]),
];
