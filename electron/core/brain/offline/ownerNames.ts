import { normalizeUtterance } from './utteranceText';

/** What a detector knows of the business: the owner's name from settings ('' when not set). */
export interface OwnerOptions {
  /** "is Mike there" asks for him; "no need for Mike to call" turns a call back down. */
  ownerName: string;
}

/** Nicknames and the names they shorten: a caller may ask for Mike as Michael, Bob as Robert. */
const nameFamilies = [
  // "can i get mic on the line": speech-to-text's spelling of him.
  ['mike', 'michael', 'mikey', 'mick', 'mic'],
  ['bob', 'robert', 'rob', 'bobby', 'robbie'],
  ['bill', 'william', 'billy', 'liam'],
  ['jim', 'james', 'jimmy', 'jamie'],
  ['dave', 'david', 'davey'],
  ['steve', 'steven', 'stephen', 'stevie'],
  ['tom', 'thomas', 'tommy'],
  ['dan', 'daniel', 'danny'],
  ['joe', 'joseph', 'joey'],
  ['chris', 'christopher', 'christina', 'christine'],
  ['matt', 'matthew'],
  ['nick', 'nicholas', 'nicky'],
  ['tony', 'anthony'],
  ['rick', 'richard', 'ricky'],
  ['ed', 'edward', 'eddie', 'ted', 'teddy'],
  ['greg', 'gregory'],
  ['jeff', 'jeffrey'],
  ['ben', 'benjamin', 'benny'],
  ['sam', 'samuel', 'samantha', 'sammy'],
  ['alex', 'alexander', 'alexandra'],
  ['andy', 'andrew', 'drew'],
  ['pat', 'patrick', 'patricia'],
  ['ron', 'ronald', 'ronnie'],
  ['don', 'donald', 'donnie'],
  ['ken', 'kenneth', 'kenny'],
  ['larry', 'lawrence'],
  ['jerry', 'gerald'],
  ['charlie', 'charles'],
  ['liz', 'elizabeth', 'beth', 'lizzie'],
  ['kate', 'katherine', 'kathy', 'katie', 'catherine'],
  ['jen', 'jennifer', 'jenny'],
  ['sue', 'susan', 'suzy'],
  ['meg', 'margaret', 'maggie', 'peggy'],
  ['deb', 'deborah', 'debbie'],
];

/**
 * The owner's first name and the other forms of it people use, as a regular-expression group
 * ("(?:mike|michael|mikey|mick)(?: jensen)?"), or null when settings name no owner.
 */
export function ownerNamePattern(ownerName: string): string | null {
  const [first, surname] = normalizeUtterance(ownerName)
    .split(' ')
    .map((word) => word.replace(/[^a-z'-]/g, ''))
    .filter(Boolean);
  if (!first) return null;
  const family = nameFamilies.find((names) => names.includes(first)) ?? [first];
  // Callers who know him say the whole name ("is mike jensen available"): the surname may follow.
  const orSurname = surname ? `(?: ${surname})?` : '';
  // "is big mike around": the name the crew and the regulars call him by.
  return `(?:(?:big|old|young|little) )?(?:${[first, ...family.filter((name) => name !== first)].join('|')})${orSurname}`;
}

/**
 * What is built from the owner's name (patterns naming him), built again only when the name in
 * settings changes: the brain asks on every turn, with the same name all day.
 */
export function perOwner<T>(build: (owner: string | null) => T): (ownerName: string) => T {
  let last: { ownerName: string; value: T } | null = null;
  return (ownerName) => {
    if (last?.ownerName !== ownerName) last = { ownerName, value: build(ownerNamePattern(ownerName)) };
    return last.value;
  };
}

/** "|(?:mike|michael|...)", to add the owner to a group of the people a pattern allows, or nothing. */
export const orOwner = (owner: string | null): string => (owner ? `|${owner}` : '');
