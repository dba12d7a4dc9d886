import { someoneHurtNow } from './detectEmergency';
import { anyWord, normalizeUtterance, saidUndenied } from './utteranceText';

/**
 * What the caller should do before anything a contractor can: leave the house for gas, carbon
 * monoxide, smoke or fire (gas utilities, fire services and the CDC all say the same first step: get
 * everyone out and call 911 from outside), or call 911 for someone hurt or trapped. Water, sparks or
 * a failed furnace are emergencies too, but what to do about them depends on more than a
 * receptionist can see.
 */
export type SafetyStep = HazardToLeave | 'someoneHurt';
type HazardToLeave = 'carbonMonoxide' | 'gas' | 'fire';

/** anyWord's whole-word pattern, global so that every place the danger is told is looked at. */
const everywhere = (phrases: readonly string[]): RegExp => new RegExp(anyWord(phrases).source, 'gu');

const told: [HazardToLeave, RegExp][] = [
  [
    'carbonMonoxide',
    everywhere([
      "(?:co|carbon monoxide|monoxide) (?:alarm|detector|monitor)s?\\b[^.!?]{0,25}\\b(?:going off|went off|goes off|sounding|alarming|won't stop|keeps? (?:going off|beeping|sounding)|beeping)",
      '(?:alarma|detector|sensor)(?:es)? de (?:mon[óo]xido|co)\\b[^.!?]{0,25}\\b(?:sonando|suena|son[óo]|pitando|pita)',
    ]),
  ],
  [
    'gas',
    everywhere([
      '(?:smell(?:s|ed|ing)?|smelled) (?:like |of )?(?:natural |propane )?gas|gas (?:smell|odou?r|leak(?:ing)?)|(?:leaking|leak of) gas',
      '(?:smell(?:s|ed|ing)?|smelled) (?:like |of )?rotten eggs?|rotten egg (?:smell|odou?r)',
      '(?:hissing|whistling)\\b[^.!?]{0,30}\\bgas\\b|\\bgas\\b[^.!?]{0,30}\\b(?:hissing|whistling)',
      '(?:huele|olor) (?:\\p{L}+ ){0,2}a gas|fuga de gas|se (?:est[áa] )?(?:saliendo|escapando|sale|escapa) (?:el )?gas',
    ]),
  ],
  [
    'fire',
    everywhere([
      "(?:caught|on) fire\\b|(?:there(?:'s| is| are)|i see|i can see) (?:\\w+ )?(?:flames|a fire)|chimney fire",
      'smoke (?:is )?(?:coming|pouring|billowing|filling)|(?:house|room|basement|kitchen|garage|place) (?:is )?(?:full of|filling (?:up )?with) smoke',
      'incendio|(?:hay|sale|est[áa] saliendo) (?:mucho )?(?:humo|fuego)|se est[áa] quemando',
    ]),
  ],
];

/**
 * The step to take first, from everything the caller has said: a danger to leave told and not denied
 * ("no gas smell", "no smoke or anything"), the first of them in the order above (getting out
 * protects the hurt too); else someone hurt or trapped now.
 */
export function safetyFirst(callerTurns: readonly string[]): SafetyStep | null {
  const text = normalizeUtterance(callerTurns.join('. '));
  const hazard = told.find(([, pattern]) => saidUndenied(text, pattern));
  if (hazard) return hazard[0];
  return someoneHurtNow(callerTurns) ? 'someoneHurt' : null;
}
