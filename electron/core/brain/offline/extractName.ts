import { distance } from 'fastest-levenshtein';
import { ownerNamePattern } from './ownerNames';
import { tidyUtterance } from './utteranceText';
import { mentionsWork } from './workThings';
import { weekdayNames } from './calendarWords';

export interface ExtractNameOptions {
  /** True when the receptionist just asked for the caller's name, so a bare answer counts. */
  expectingName: boolean;
  /** The owner's name from Settings: "it's joel brannigan mike fixed our fence" ends the caller's name at his. */
  ownerName?: string;
  /** Whom the caller asked for on earlier turns ("is gary around"): "this is phil okonkwo gary came out" ends the name at his too. */
  askedFor?: Iterable<string>;
}

/** Numbers said as words: "it's forty nine in here" is a temperature, and "it's karen fourteen fifty garfield" a name then an address. */
const numberWords = `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand`;
/** The same, as alternatives in a pattern. */
const anyNumberWord = numberWords.split(/\s+/).join('|');

/** What a caller says they are, around their name: "i'm the landlord rhonda kemp", "luis ortega custodian at st anne's". */
const roles = `landlord|tenant|homeowner|home owner|owner|property manager|building manager|office manager|facilities manager|community manager|assistant manager|leasing manager|leasing agent|site manager|manager|realtor|listing agent|real estate agent|agent|broker|custodian|janitor|superintendent|secretary|treasurer|director|principal|teacher|inspector|adjuster|dispatcher|neighbou?r|son|daughter|nephew|niece|grandson|granddaughter|brother|sister|husband|wife|caregiver|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|aunt|uncle`;
/** The way a title is written before a surname: "missus kimball" is Mrs. Kimball. */
const writtenTitles: Record<string, string> = {
  mr: 'Mr.',
  mister: 'Mr.',
  mrs: 'Mrs.',
  missus: 'Mrs.',
  ms: 'Ms.',
  miss: 'Miss',
  dr: 'Dr.',
  doctor: 'Dr.',
  reverend: 'Reverend',
  pastor: 'Pastor',
  officer: 'Officer',
  chef: 'Chef',
  deacon: 'Deacon',
};
/** Titles said before a name, as a pattern ("doctor", "missus"): see `title`. */
const titles = Object.keys(writtenTitles).join('|');
/** "i'm the landlord ...", "this is her son ...": a role said between the introduction and the name. */
const roleSaid = `(?: (?:the |her |his |their |your )?(?:(?:church|school|office|building|head|new|old) )?(?:${roles}),?)`;

/**
 * Words that follow "I'm", "this is" or "it's" in ordinary speech and are therefore never taken
 * as a name. Common given names that are also English words (Will, Mark, Grace, June) are left out.
 */
const notNames = new Set(
  `a an the lady gentleman my your our his her their this that these those it its me you we they he she him them us
  i i'm im about above after again against all also am and any anybody anyone anything are around as at away
  back bad be because been before being best better between both busy but by calling can cannot could
  agree broken did do does doing done down during each either else empty enough entire even ever every everyone everything
  fine for from further gone gonna good got great had hang has have having here hey hi hello how however inches insurance invoice
  if in inside instead into is just kind kinda last late later least less like little
  looking lot many maybe might mine more most mostly much must near need needed needing never new next nice no nobody several
  none nope nor not nothing now of off ok okay old on once one only or other otherwise out outside over own
  please pretty probably quite rather ready real really regarding right same so some somebody someone
  something sometimes soon sorry still such sure than thanks thank then there therefore they're though
  through to today tomorrow tonight yesterday too under until up upon very was well were what when where which while who
  whom whose why with within without would yeah yes yep yup yet
  asap first call address number phone cell text email
  tried tries checked fixed replaced looked noticed turned plunged poured used bought went came took
  afraid alone angry annoyed anonymous available awkward silly clients customers calling concerned curious disappointed done early excited
  fed free frustrated glad happy hoping home interested mad okay pleased retired sick stuck tired unsure
  upset worried wondering trying thinking planning half asleep awake bedrooms bathrooms baths rooms
  crazy insane nuts weird awful terrible horrible ridiculous serious important strange odd unbelievable
  ya que es el él se sí si con por para pero muy bien aquí eso esto está estoy soy tengo hay lo en una un y o vivo yo la las los del de dueña dueño viuda viudo mayor grande
  nueva nuevo inquilina inquilino vecina vecino cliente señora señor cuando pueda puedan
  necesito quiero llamo hablo hablaba mire oiga fíjese pues bueno buenas buenos hola gracias
  mi mis nomás nomas ahorita quería queria quisiera acabamos calle avenida carretera camino
  almost nearly midnight noon everybody
  fixed installed replaced painted quoted redid rebuilt repaired serviced patched
  stucco vinyl cinder drywall plaster asphalt aluminum composite shingles
  unreal embarrassing frustrating annoying worse worst
  homeowner owner landlord tenant renter manager contractor neighbor customer client caller property
  construction remodeling builders services company llc inc corporation realty properties management
  dental medical clinic church school salon studio academy facilities maintenance y'all yall
  roof roofing gutter gutters leak leaking water pipe pipes plumbing furnace heater heat basement ceiling
  kitchen bathroom house toilet sink drain electrical electric gas panel wiring flooding flooded emergency urgent
  quote estimate price job project repair problem issue question help service
  monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week weekend
  mornings afternoons evenings nights weekdays weekday weekends anytime whenever
  mr mrs ms miss mister missus dr doctor sir madam
  custodian janitor superintendent secretary treasurer director principal teacher inspector adjuster dispatcher
  realtor broker
  skip pass private personal business family sensitive delicate complicated confidential unknown whatever dunno idk uh um er hmm oh ah
  human person robot machine operator representative agent somebody anybody unit units apartment apt suite
  ${numberWords}
  already anymore
  actually basically mainly simply finally literally honestly specifically originally personally currently usually
  obviously apparently definitely totally completely absolutely seriously anyway anyways perfect
  confused scared nervous lost lying dying tying going
  upstairs downstairs everywhere underneath overhead weekly monthly daily yearly quarterly
  merry happy christmas holidays assalamu alaikum salaam shalom namaste
  cold hot warm cool wet dry damp loud quiet dark noisy leaky clogged plugged blocked frozen burst cracked loose
  dead flooded small tiny big huge large second third fourth
  bye goodbye bye-bye cheers later ciao adios adiós gracias
  street st avenue ave road rd drive dr lane ln court ct boulevard blvd way place pl circle cir
  xcel set department police sheriff paramedics ambulance firefighters`.split(/\s+/),
);

/** Ordinary words (so in notNames) that are also common surnames, taken only last, after a given name. */
const surnamesToo = new Set(['price', 'little', 'good', 'best', 'early', 'young', 'hall', 'long', 'lane', 'small']);

const streetSuffixes = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'drive',
  'dr',
  'lane',
  'ln',
  'court',
  'ct',
  'boulevard',
  'blvd',
  'way',
  'place',
  'pl',
  'circle',
  'cir',
]);

const leadingFillers =
  /^(?:(?:yeah|yes|yep|yup|sure|ok|okay|um+|uh+|er|oh|well|so|hi|hello|hey|dear|alright|sorry|morning|afternoon|evening|good (?:morning|afternoon|evening)|(?<=\b(?:ok|okay|oh) )(?:good|great|perfect|cool))\b[\s,.!-]*)+/i;
const strongIntro =
  /\b(?:my name is|my name's|my name(?= [a-z]+ [a-z]+(?: [a-z]+)?\s*$)|the name (?:on (?:it|the \w+) )?is|the name's|(?<!\b(?:her|his|their|whose|mom's|dad's|mother's|father's|wife's|husband's|son's|daughter's|tenant's|landlord's) )(?:name's|name is)|(?:(?:put|book|file) it )?under (?:the|my|our|his|her) (?:\w+'s )?name(?: of| is)?|(?:put|book|file) it under)[\s,]+/gi;
// "it's, dwayne": speech-to-text puts a comma where the caller paused.
const plainIntro =
  /\b(?:this is|i'm|i am|it's|its|it is|(?:you can |just )?call me|(?:just )?put (?:me |it )?down(?: as| for)?)[\s,]+/gi;
/**
 * "kevin last name o'neil", "first name carl last name weber", "bill and the last name is yamamoto": the two halves said apart. Said
 * after "first name", the first half may be two words ("my first name is ji hoon last name han").
 */
const firstAndLast =
  /\b(?:(?:my )?first name(?: is|'s)?\s+([\p{L}'-]+(?: [\p{L}'-]+)?)|(?!(?:second|other|middle|maiden|the|my|her|his)\b)([\p{L}'-]+)),?\s+(?:and\s+(?:(?:my|the|uh|um|i'm sorry|sorry)\s+)*|my\s+)?(?:last name|family name|surname)(?: is|'s)?\s+([\p{L}'-]+)/iu;
/** "last name's nguyen first name tuan": the two halves said the other way round. */
const lastThenFirst =
  /(?:\b(?:last |family )?name(?: is|'s)?\s+|^)([\p{L}'-]+),?\s+(?:and\s+)?(?:my\s+)?first name(?: is|'s)?\s+([\p{L}'-]+)/iu;
const householdMember = /\b(?:it's|this is|we're|we are)\s+the ([\p{L}'-]+?)(?:es|s)\s+([\p{L}'-]+)\s+\1[\s.!]*$/iu;
/** "it's the johnsons", "this is the smith residence": a household, by its family name. */
const household =
  /\b(?:it's|this is|we're|we are)\s+the ([\p{L}'-]+?)(?:es|s)\s*$|(?<!\b(?:for|at|with|from|watching|sitting for|cleaning for) )\bthe (?!(?:whole|entire|extended|host|same|new|other|next|own|big|little|previous|prior|former|last|old|nice|young)\b)([\p{L}'-]+) (?:residence|household|family)\b/iu;
/** "jones, tom jones", "steve. steve rogers": a name said, then said again in full. */
const saidAgain = /^(?!(?:i'm|it's|we're)\s)([\p{L}'-]+)[,.]?\s+(?=(?:[\p{L}'-]+\s+)?\1\b)/iu;
/** "mister okafor", "doctor alan price", "el señor tomás ibáñez": a title is said before the name, not part of it. */
const title =
  /^(?:(?:mr|mister)\.? (?:and|&) (?:mrs|missus)|mr|mrs|ms|miss|mister|missus|dr|doctor|sir|madam|ma'am|reverend|pastor|officer|chef|deacon|(?:(?:staff|master|first) )?sergeant(?: first class| major)?|sgt|(?:lieutenant )?colonel|(?:first |second )?lieutenant|corporal|captain|airman|(?:chief )?petty officer|(?:el |la )?(?:se[ñn]or|se[ñn]ora|se[ñn]orita|doña))(?![\p{L}])\.?\s+(?=\p{L})/iu;
/** A name spelled letter by letter with spaces, "k a t e": three letters or more. */
export const spelledWithSpaces = /(?<!['’])\b\p{L}(?: \p{L}){2,}\b/gu;
/** A name spelled out, "k-a-t-e" or "k a t e". */
const spelledOut = new RegExp(`(?<!['’])\\b\\p{L}(?:-\\p{L})+\\b|${spelledWithSpaces.source}`, 'gu');
/** The spelling alphabet: a run of three or more of its words spells a name just said. */
const phoneticWords =
  'alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-?ray|yankee|zulu';
/** "zulu alpha romeo kilo", "a as in apple c as in cat", "s like singapore i like india": a spelling, said once already. */
const spelledByWords = new RegExp(
  `\\b(?:${phoneticWords})(?:\\s+(?:${phoneticWords})){2,}\\b|(?:\\b\\p{L},?\\s+(?:as in|like|for)\\s+[\\p{L}-]+(?:\\s+(?!\\p{L}\\s+(?:as in|like|for)\\b|(?:last|first|and|my|name|the|is|it's)\\b)[\\p{L}-]+)?[,.]?\\s*){2,}`,
  'giu',
);
/** Two or more letters told by words, then plain letters: one spelling. */
const lettersAsInThenPlain = /(?:\b\p{L} as in \p{L}{3,} ){2,}(?:\p{L} )+\p{L}\b/gu;
const asInWord = / as in \p{L}{3,}/gu;
/** "i'll spell it", "let me spell that": what comes next is letters, not words. */
const spellingAnnounced =
  /(?:\band\s+)?\b(?:i'll|i will|let me|i can|i'm gonna|i'm going to|i)\s+spell\s+(?:it|that|(?:the|my) (?:last|first) name)(?:\s+for you)?\b[,.]?/gi;
/** "jake with a j": a hint about the spelling, not part of the name. */
const spellingHint = /\s*,?\s*\b(?:with an? (?:\p{L}|hyphen)|spelled)\b(?=\s|$|[,.])/giu;
/** "it's jace it's j a c e hollister", "its k o w a l s k i": "it's" before a spelling introduces the letters, not a name. */
const spellingIntro = /\b(?:it's|its|that's|that is)\s+(?=\p{L}(?: \p{L}){2,}\b)/giu;
/** "paige hunter like the word hunter", "june sato june like the month": how to write it, not part of it. */
const likeTheWord =
  /\s+([\p{L}'-]+)\s+(?:yeah |yes )?like the (?:\p{L}+ )?(?:word|month|day|color|colour|flower|tree|bird|city|state|season|name|guy|man|lady|one)\b(?:\s+[\p{L}'-]+)?/giu;

/**
 * "nuur hussein nuur with two u", "jake with a j", "hartmann two n's", "jazmín con jota": how a word
 * of the name is written, said after it.
 */
const spelledWith =
  /(?<=^|\s)([\p{L}'-]+),?\s+(?:with (?:an?|two|double) \p{L}|(?:two|double) \p{L}(?:'s|s)?(?! \p{L}(?![\p{L}']))|con (?:una? )?(?:jota|ge|be|ve|doble ve|zeta|ese|ce|ka|equis|hache|erre|ele|eme|ene|pe|te|de|efe))(?![\p{L}'])/giu;

/** "ferreira hyphen watts", "garcia dash lopez": how a double-barrelled name is written, said aloud. */
const saidHyphen = /\b([\p{L}']{2,}) (?:hyphen|dash) ([\p{L}']{2,})\b/giu;

/**
 * Drops how a name is written when said after it ("june sato june like the month", "mary-kate
 * mary hyphen kate"): an explanation closes the name. A hyphen said in the name itself joins it.
 */
function withoutExplanations(text: string): string {
  const saidBefore = (word: string, at: number) => new RegExp(`(?:^|[\\s-])${word}(?:$|[\\s,.-])`, 'i').test(text.slice(0, at));
  return text
    .replace(likeTheWord, (_, word: string, at: number) => (saidBefore(word, at) ? ',' : ` ${word},`))
    .replace(spelledWith, (_, word: string, at: number) => (saidBefore(word, at) ? ',' : `${word},`))
    .replace(saidHyphen, (said, first: string, second: string, at: number) =>
      // "garcia dash lopez garcia hyphen lopez": said twice, the second time to be sure.
      saidBefore(`${first}(?:-| hyphen | dash )${second}`, at) ? ',' : `${first}-${second}`,
    );
}
const selfAnnounced = /^(.+?)\s+(?:here|speaking)\b/i;
/** "this is margaret i go by meg meg holloway": the name the caller wants used. */
const goesBy = /\b(?:i go by|(?:everybody|everyone|they all) calls? me)[\s,]+/gi;
/** "her name is denise hall": the one someone calls for, the lead's name when the caller gives none (or only a first name). */
const theirName = /\b(?:her|his|their|mom's|dad's|mother's|father's|wife's|husband's|tenant's) name(?:'s| is)[\s,]+/gi;
/** "i'm kayla her name's deb moreno you can call her": the one named is the one to call. */
const callThem = /\b(?:you can |please |just )*call (?:her|him|them)(?! back\b)/i;
/** "her name's gloria but you can call me": the caller keeps the callback for themselves. */
const callMeInstead = /\b(?:but|and) (?:you can |please |just )*call me\b(?! (?:her|him))/i;
/** "renata grills sorry renata giles": the name said again, corrected; the last one said stands. */
/**
 * "sam and it's sam teller", "frank and it's szymanski", "raúl y mi apellido es benavides": a first
 * name, then the surname or the whole name.
 */
const surnameAdded =
  /^([\p{L}'-]+),? (?:and (?:it's|its|my last name(?:'s| is)|the last name(?:'s| is)|last name(?:'s| is))|y (?:mi|el) apellido es) (?=([\p{L}'-]+))/iu;
/** "my name is rob well robert lindgren": the short name put right with the whole one. */
const fullNameInstead = /\b([\p{L}'-]+),? (?:well|i mean|or rather|actually) (?=([\p{L}'-]+) [\p{L}'-]+$)/iu;
const correctedName = /\b([\p{L}'-]+) [\p{L}'-]+,? (?:sorry|i mean|no|actually|correction)[,.]? (?=\1\b)/giu;

/** What a business's name ends with, when a caller says it before their own ("posh pup grooming tiffany lund"). */
const businessWords =
  'grooming|daycare|day care|childcare|child care|preschool|bakery|bakeshop|bake shop|counseling|therapy|salon|braids|hair loft|bread|jam|cleaning|landscaping|plumbing|painting|roofing|services|company|llc|inc|construction|properties|property management|management|realty|ministries|academy|clinic';
/** The business's name, up to the word it ends with: not "your company" (the one called), nor "x from y". */
const businessNamed = `(?:(?!(?:from|with|at|over|for|your|our|my|his|her|their)\\b)[a-z']+\\s+){0,4}?(?:${businessWords})`;
/** "this is little sprouts daycare heather maddox the roof is leaking": the business, then who is calling. */
const businessIntroduced = new RegExp(
  `^(?:(?:hi|hey|hello|there|yeah|yes|um|good (?:morning|afternoon|evening))[\\s,]+)*(?:(?:this is|it's)\\s+${businessNamed}\\b[\\s,]+(?:calling\\s+)?|${businessNamed}\\s+calling\\s+)`,
);

/** The name said right after the business's ("... grooming tiffany lund the drain"), or null. */
function nameAfterBusiness(text: string): string | null {
  const match = businessIntroduced.exec(text);
  if (!match) return null;
  const [first, second] = text.slice(match[0].length).split(/[\s,.]+/);
  if (!first || !isNameWord(first, false) || workWords.has(first)) return null;
  const surname = second && isNameWord(second, false) && !workWords.has(second) ? ` ${capitalise(second)}` : '';
  return `${capitalise(first)}${surname}`;
}

/** Words of the job or the business that may follow a business's name, beyond those `isNameWord` already refuses. */
const workWords = new Set(`needs want wants door gate fence outlet garage licensing tell put redid came crew guys`.split(/\s+/));

/** The caller's name, as said ("yeah this is Dana" -> "Dana", "my name is dana smith" -> "Dana Smith"), or null. */
export function extractName(
  utterance: string,
  { expectingName, ownerName = '', askedFor = [] }: ExtractNameOptions,
): string | null {
  // "this is uh Steve": hesitations inside the introduction are not part of the name.
  // "its gail whitacre": speech-to-text drops the apostrophe; a name never follows a possessive "its".
  const said = tidyUtterance(utterance).replace(/\bits\b(?= \p{L})/giu, "it's");
  const tidied = ownerTold(said, ownerName, [...askedFor, ...namesAskedFor(said)]);
  const text = joinSpelledOut(
    withoutExplanations(tidied)
      // "pfeiffer p as in paul f as in frank e i f f e r": letters told by words, then the rest plainly.
      .replace(lettersAsInThenPlain, (run) => run.replace(asInWord, ''))
      .replace(spelledByWords, ' ')
      .replace(spellingAnnounced, ' ')
      .replace(spellingIntro, '')
      // "kelsey ng n g": a two-letter surname, then its letters.
      .replace(/\b(\p{L})(\p{L}) \1 \2\b/giu, '$1$2')
      // "o apostrophe s h a u g h n e s s y": the apostrophe said among the letters.
      .replace(/\b(\p{L}) apostrophe (?=\p{L}(?: \p{L}){2,}\b)/giu, '$1 ')
      .replace(/\s{2,}/g, ' '),
  )
    .replace(spellingHint, '')
    // "ferreira-watts that's ..." once the spelling after it is gone.
    .replace(/\s*\b(?:that's|that is)\s*(?=,|$)/g, ',')
    .replace(/,(?:\s*,)+/g, ',')
    // "it's nicole ames thanks", "gina bye", "it's mandy i'll call back", "harold and that's all i'll
    // say": the goodbye after the name.
    .replace(
      /[,.\s]+(?:(?:thanks|thank you)(?: (?:so much|very much|again))?(?:[,.\s]+(?:bye|goodbye|bye bye))?|bye|goodbye|bye bye|i'll call (?:you )?back(?: later| tomorrow)?|(?:and )?that's (?:all|it)(?: i'll say| for now)?(?:[,.\s]+(?:thanks|thank you))?)[.!]*$/i,
      '',
    )
    // "gary lindahl he can call me tonight": asked, the name, then when to call.
    .replace(/^([a-z'-]+(?: [a-z'-]+)?),? (?:he|she|mike|you) can (?:call|reach) me\b.*$/i, expectingName ? '$1' : '$&')
    .replace(leadingFillers, '')
    .replace(/\b(?:uh+|um+|er|erm)\b[,\s]*/gi, '')
    // "it's um it's hank hank sorensen": the introduction said twice around a hesitation.
    .replace(/\b(it's|its|i'm|this is)[,\s]+(?:\1[,\s]+)+/gi, '$1 ')
    // "oh right it's tamika rowe": remembering to give it.
    .replace(/^(?:oh[,\s]+)?right[,\s]+(?=(?:it's|its|this is|i'm|my name)\b)/i, '')
    // "i'm the office manager kelsey ng", asked: the job, then the name (unasked, the job is how it is
    // told, unless said to be of the place: "i'm the office manager here mandy chu").
    .replace(
      /\b(i'm|i am|this is) the (?:\w+ )?(?:manager|owner|director|coordinator|president|secretary|administrator|supervisor|superintendent|receptionist)( (?:there|here))?[,\s]+(?=[a-z])/gi,
      (said, intro: string, here?: string) => (expectingName || here ? `${intro} ` : said),
    )
    // "derek chen unit two oh four": the unit after the name is the address's.
    .replace(/^([a-z'-]+ [a-z'-]+)[,\s]+(?:unit|apartment|apt|suite)\b.*$/i, '$1')
    .trim()
    // "it's ken it's ken wojcik", "it's lydia lydia fortner", "its nguyen lan nguyen": a first name or
    // the surname said, then the whole name.
    .replace(
      /\b(it's|its|i'm|this is) ([a-z]+)[,.]? (?:(?:it's|its|i'm|this is) )?(?=(?:([a-z]+) )?\2\b)/gi,
      (said, intro: string, _: string, between?: string) => (between && !isNameWord(between, false) ? said : `${intro} `),
    )
    // "it's walter it's walt brennan": a first name, then the short of it the caller goes by, in full.
    .replace(
      /\b(?:it's|its|i'm|this is) ([a-z]+)[,.]? (?=(?:it's|its|i'm|this is) ([a-z]+) [a-z]+)/gi,
      (said, first: string, again: string) =>
        first !== again && first.slice(0, 3) === again.slice(0, 3) && isNameWord(first, false) ? '' : said,
    )
    .replace(saidAgain, '')
    // "my name is mary beth, mary beth oyelaran": a double first name, then the whole name.
    .replace(/\b([a-z'-]+ [a-z'-]+),? (?=\1 [a-z'-]+)/gi, '')
    .replace(surnameAdded, (said, first: string, next: string) => (next.toLowerCase() === first.toLowerCase() ? '' : `${first} `))
    .replace(correctedName, '')
    .replace(fullNameInstead, (said, short: string, full: string) =>
      short.slice(0, 2).toLowerCase() === full.slice(0, 2).toLowerCase() ? '' : said,
    );
  const ownBusiness = nameAfterBusiness(text);
  if (ownBusiness) return ownBusiness;
  // "this is fluff and buff grooming i'm carla": who is calling may follow the business, or come
  // before it ("this is bill okamoto okamoto construction").
  const afterBusiness = text.replace(businessIntroduced, '');
  const calling = afterBusiness === text ? null : extractName(afterBusiness, { expectingName, ownerName });
  if (calling) return calling;
  const pair = coupleName(text, expectingName);
  if (pair) return pair;
  const corrected = correctedLast(text);
  if (corrected) return corrected;
  // "it's the hendersons marcy henderson": the family, then which of them, in full.
  const member = householdMember.exec(text);
  const memberName = member ? takeName(`${member[2]} ${member[1]}`, false, true) : null;
  if (memberName) return memberName;
  const family = household.exec(text);
  // "it's the plumbers" is no family: a plural is only taken as one when the name was asked for.
  const surname = (expectingName ? family?.[1] : undefined) ?? family?.[2];
  if (surname) {
    // "it's the ortega residence i'm luis": the family, then which of them is calling.
    // "it's the weller residence this is june weller a huge limb...": the same name, said whole.
    const who = new RegExp(`\\b(?:i'm|this is)\\s+([a-z][a-z'-]+)(?:[\\s.!]*$|\\s+${surname}\\b)`, 'i').exec(text)?.[1];
    const name = takeName(who ? `${who} ${surname}` : surname, false, true) ?? takeName(surname, false, true);
    if (name) return name;
  }
  const reversed = lastThenFirst.exec(text);
  if (reversed?.[1] && reversed[2]) {
    const name = takeName(`${reversed[2]} ${reversed[1]}`, false, true);
    if (name) return name;
  }
  const halves = firstAndLast.exec(text);
  const [, firstNamed, firstSaid, lastSaid] = halves ?? [];
  // "it's sagging like a foot, um last name's okoro, dana okoro": the whole name said straight after.
  const again =
    halves && lastSaid
      ? new RegExp(`^[,\\s]+([a-z'-]+) ${lastSaid}\\b`, 'i').exec(text.slice(halves.index + halves[0].length))
      : null;
  const first = again?.[1] ?? firstNamed ?? firstSaid;
  if (first && lastSaid) {
    const name = takeName(`${first} ${lastSaid}`, false, true);
    if (name) return name;
  }
  // Unprompted, "this is dana" is only trusted when speech-to-text capitalised it as a proper noun.
  const requireCapital = !expectingName;
  const contact = callMeInstead.test(text) ? null : nameAfter(text, theirName, false);
  // "my name's kyle bauer her name is joan bauer": the caller's own name, when told, over hers.
  const how = { requireCapital, expectingName, ownerName };
  if (contact === null || callThem.test(text)) return contact ?? ownName(text, tidied, how);
  const own = ownName(text.replace(new RegExp(`\\b${contact}\\b`, 'gi'), ' '), tidied, how);
  // "i'm aiden her name's michelle okonkwo": a child's first name, the parent's full one on the account.
  return own !== null && (own.includes(' ') || !contact.includes(' ')) ? own : contact;
}

/** The name the caller gives for themselves, by the ways callers introduce themselves, in order of trust. */
function ownName(
  said: string,
  tidied: string,
  { requireCapital, expectingName, ownerName }: { requireCapital: boolean; expectingName: boolean; ownerName: string },
): string | null {
  // "christopher anderton but everybody calls me kip": the name said in full stays the lead's name.
  const goneBy = nameAfter(said, goesBy, false);
  return (
    (goneBy?.includes(' ') ? goneBy : null) ??
    nameAfter(said, strongIntro, false) ??
    wholeIntroduction(said) ??
    nameAfter(said, plainIntro, requireCapital, true) ??
    lowerCaseIntroduction(said) ??
    openingIntroduction(said, greeted.test(tidied)) ??
    closingIntroduction(said, ownerName, expectingName) ??
    nameByTheWay(said) ??
    signedMessage(said) ??
    greetedName(tidied) ??
    nameBeforeAddress(said) ??
    selfAnnouncedName(said, requireCapital) ??
    goneBy ??
    (expectingName ? bareName(said) : null)
  );
}

/**
 * "tom and i'm sorry tom ashby", "alex well alexandra on paper alexandra petrov", "my name sorry
 * it's priya priya raman", "chuy well jesus alvarado": a name put right, or said in full, at the end
 * after a correction. The full name must begin with a first name said before it, or with what it
 * was short for, or come straight after "my name" or after a nickname said alone. "june no jun
 * park": a bare "no" only between two names that begin alike, not "no big deal".
 */
const correction =
  /\b(?:sorry|i mean|actually|no wait|on paper|or rather|properly)\b[\s,]+(?:(?:it's|i'm|it is)\s+)?|(?<=\b([a-z]{2})[a-z'-]* )no[\s,]+(?=\1)|(?<=^[a-z'-]+,?\s)(?:well|but(?: just)?)\b[\s,]+/gi;
function correctedLast(text: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(correction)) last = match;
  if (!last) return null;
  const said = text
    .slice(last.index + last[0].length)
    .replace(/[\s.!]+$/, '')
    .replace(/^([a-z'-]+),? (?=\1 )/i, '');
  const untitled = said.replace(title, '');
  const goesOn = nameThenMore.exec(untitled)?.[1];
  const name = takeName(untitled, false, true) ?? (goesOn ? takeName(goesOn, false, true) : null);
  if (!name) return null;
  const before = text
    .slice(0, last.index)
    .toLowerCase()
    .split(/[^a-z'-]+/);
  // "woizero abebe i mean mrs abebe": the surname said before, now with the title to greet them by.
  if (untitled !== said && before.includes(name.toLowerCase())) return titled(name, said);
  if (!name.includes(' ')) return null;
  const first = name.split(' ')[0]!.toLowerCase();
  // "it's jon, no sorry, john with an h, john petersen": the first name put right begins as the one said.
  const namedBefore = before.some(
    (word) =>
      word.length > 1 &&
      !notNames.has(word) &&
      (first.startsWith(word) || (word.length > 2 && first.length > 2 && first.slice(0, 2) === word.slice(0, 2))),
  );
  const nickname = before.length === 2 && before[1] === '' && isNameWord(before[0]!, false);
  // "wait no sorry nicole brandon": the turn opens by putting right the name said before it.
  const opensTurn = /^(?:(?:wait|no|oh|oops|um|uh)[\s,]+)*$/i.test(text.slice(0, last.index));
  return namedBefore || nickname || opensTurn || before.at(-2) === 'name' ? name : null;
}

/**
 * "... it's lydia moreno mike came out last week", "is rich there it's helen okonkwo rich did my
 * bathroom": the owner, or whoever the caller asked for, named as what he did begins, ends the
 * caller's name.
 */
function ownerTold(text: string, ownerName: string, askedFor: string[]): string {
  const named = [ownerNamePattern(ownerName), ...askedFor].filter((name) => name !== null);
  const owner = named.length > 0 ? named.join('|') : null;
  return owner
    ? text.replace(
        new RegExp(
          `(?<=\\p{L})\\s+(?=(?:${owner})\\s+(?:and (?:his|her|the|your|their)|came|fixed|did|redid|put|left|gave|said|told|installed|replaced|was|called|sent|quoted|looked|hung|built|rebuilt|ran|laid|dug|knows|come|comes|\\p{L}+ed|ya|me|nos|vino|hizo|arregl[óo]|dijo)\\b)`,
          'giu',
        ),
        ', ',
      )
    : text;
}

/** Words between a name and its spelling that are no part of the name: "shivon it's spelled s i o b h a n". */
const beforeSpelling = new Set([
  'spelled',
  "that's",
  'that',
  "it's",
  'its',
  'is',
  'like',
  'with',
  'an',
  'a',
  'no',
  'sorry',
  'the',
  'name',
  'last',
  'first',
  'my',
  'and',
  'but',
  'just',
  'so',
]);

/**
 * A name misheard by speech-to-text and then spelled ("chris voy chick w o j c i k", "olu was shaun
 * adeyemi o l u w a s e u n") is written as spelled where it was said: among the last few words
 * before each spelling, the one to three whose letters come closest to it, if close enough to be
 * its mishearing rather than another word of the name ("dana k o w a l s k i" spells the surname)
 * or the word itself, or a spelling cut short ("fiona f as in foxtrot i o n a"), or one taken back.
 */
function spellingOverMishearing(text: string): string {
  const fixes: { from: number; to: number; spelled: string }[] = [];
  for (const match of text.matchAll(spelledOut)) {
    const spelled = match[0].replace(/[ -]/g, '').toLowerCase();
    // "y a b l o n s k i no wait j a b l o n s k i": a spelling taken back puts nothing right.
    if (/^\s*,?\s*(?:no wait|no|wait|sorry|i mean|actually)\b/i.test(text.slice(match.index + match[0].length))) continue;
    const words = [...text.slice(0, match.index).matchAll(/\S+/g)].slice(-4);
    // "lan tran t r a n", "hai nguyen h a i n g u y e n", "pryce-jones p r y c e", "mlynczyk m l y n c z y k i
    // know": the spelling of words said right, in full, in part of a double-barrelled name, or run on.
    const said = words.map(([word]) => word.toLowerCase().replace(/'/g, ''));
    const forms = [
      ...said.flatMap((word) => [word.replace(/-/g, ''), ...word.split('-')]),
      ...said.slice(1).map((word, index) => `${said[index]}${word}`.replace(/-/g, '')),
    ];
    if (forms.some((form) => spelled === form || (spelled === `${form}${spelled.at(-1)}` && /[ia]$/.test(spelled)))) continue;
    let best: { from: number; to: number; far: number } | null = null;
    for (let end = words.length; end > 0; end--) {
      for (const length of [1, 2, 3]) {
        const span = words.slice(end - length, end);
        const spanWords = span.map(([word]) => word.toLowerCase());
        if (span.length < length || spanWords.some((word) => beforeSpelling.has(word) || !/^[\p{L}'-]{2,}$/u.test(word)))
          continue;
        const joined = spanWords.join('').replace(/['-]/g, '');
        const far = distance(joined, spelled) / Math.max(joined.length, spelled.length);
        const close = far <= 0.5 || (far <= 0.6 && joined[0] === spelled[0]);
        if (close && (best === null || far < best.far))
          best = { from: span[0]!.index, to: span.at(-1)!.index + span.at(-1)![0].length, far };
      }
    }
    if (best) fixes.push({ from: best.from, to: best.to, spelled });
  }
  return fixes.reduceRight((fixed, { from, to, spelled }) => `${fixed.slice(0, from)}${spelled}${fixed.slice(to)}`, text);
}

/**
 * "fiona f as in foxtrot i o n a": one letter told by a word, then the rest spelled. Two or more
 * told that way ("m as in mary c then n as in nancy") are read as a spelling of their own.
 */
const oneLetterAsIn = /\b(\p{L}) as in \p{L}{3,}(?= \p{L}(?: |$))/gu;

/** A spelled-out name becomes the word; spelled right after that word ("kate k-a-t-e"), it is said once. */
function joinSpelledOut(heard: string): string {
  const toldOnce = heard.match(oneLetterAsIn)?.length === 1 && heard.match(/\bas in\b/g)?.length === 1;
  const text = spellingOverMishearing(toldOnce ? heard.replace(oneLetterAsIn, '$1') : heard);
  return (
    text
      // "siobhan o'malley s i o b h a n", "hai nguyen h a i n g u y e n": a spelling of words just said is said once.
      .replace(spelledOut, (letters, at: number) => {
        const word = letters.replace(/[ -]/g, '').toLowerCase();
        // "oyelaran-reed o y e l a r a n": a spelling of half of a double-barrelled name.
        const before = text
          .slice(0, at)
          .trim()
          .toLowerCase()
          .split(/\s+/)
          .slice(-2)
          .flatMap((said) => [
            said,
            ...(said.includes("'") ? [said.replace(/'/g, '')] : []),
            ...(said.includes('-') ? said.split('-') : []),
          ]);
        // The spelling closes the name it spells: "tom kowalski k o w a l s k i yeah lots of letters".
        if (before.includes(word) || before.join('') === word) return ',';
        // "falk f a l k i live next door": the spelling ran into the next word, "i" or "a".
        const spelled = before.find((said) => word.length === said.length + 1 && word.startsWith(said) && /[ia]$/.test(word));
        return spelled ? `, ${word.at(-1)}` : letters.replace(/[ -]/g, '');
      })
      .replace(/\b(\p{L}+)\s*,?\s+\1\b/giu, '$1')
      .replace(/\s+,/g, ',')
      .replace(/,(?:\s*,)+/g, ',')
      .replace(/\s{2,}/g, ' ')
      .replace(/^,\s*/, '')
      .trim()
  );
}

function nameAfter(text: string, intro: RegExp, requireCapital: boolean, endsClause = false): string | null {
  for (const match of text.matchAll(intro)) {
    // "...and it's wet": mid-sentence, "it's" tells what a thing is; a caller says who they are first,
    // or in a message ("tell him it's eddie").
    const before = text.slice(0, match.index);
    const itMidSentence = endsClause && /^it/i.test(match[0]) && before !== '';
    // "sorry they're both crying hold on okay it's tamsin ford": back to the call, with a full name.
    const resumed = itMidSentence && /\b(?:okay|ok|alright|all right)\s*$/i.test(before);
    if (itMidSentence && !resumed && !/(?:[.,!?;:]|\b(?:tell \w+|say|let \w+ know))\s*$/i.test(before)) continue;
    const said = text.slice(match.index + match[0].length);
    const rest = said.replace(title, '');
    const name = takeName(rest, requireCapital, false);
    if (resumed && !name?.includes(' ')) continue;
    // A title ("this is doctor alan price") says a name follows, whatever comes after it.
    if (name && (!endsClause || rest !== said || endsIntroduction(rest, name))) return titled(name, said);
  }
  return null;
}

/** Words that may follow a name said after "it's" or "i'm": "it's dana from oak street", "i'm dana and my roof...". */
const afterAName = new Set(
  `here calling speaking from again at and with my our i i'm i've i'd we we're we've returning over on hang hold
  just by about he she they you her his he's she's they're you're can could would will one zero call if please
  across mr mrs ms miss construction remodeling builders services company llc inc realty properties management
  facilities maintenance how how've how's hope
  ${numberWords}`.split(/\s+/),
);

/** What closes a word said last in a sentence: "smith.", "smith,". */
const closingPunctuation = /[.,!?;:]+$/;

/**
 * Whether the name closes what "it's", "i'm" or "this is" introduced: "it's soft when I push on it",
 * "it's totally dry hasn't changed", "i'm scared the ceiling will fall" go on as a sentence, so the
 * word was no name but what the thing or the caller is.
 */
function endsIntroduction(rest: string, name: string): boolean {
  const tokens = rest.split(' ').filter(Boolean);
  const bare = (token: string) => token.toLowerCase().replace(closingPunctuation, '');
  // The name's last word, among the first few said ("jen jennifer park" reads as Jennifer Park).
  const last = tokens.findIndex((token) => bare(token) === name.split(' ').at(-1)!.toLowerCase());
  if (last < 0 || /[.,!?;:]$/.test(tokens[last]!)) return true;
  const next = tokens[last + 1];
  return next === undefined || afterAName.has(bare(next)) || /^\d/.test(next);
}

/** A greeting said right after the name: "oh hey it's pam how've you been". */
const greetingAfterName =
  "how (?:are|r) (?:you|ya|y'all|things)\\b|how(?:'ve| have) you been\\b|how(?:'s| is) (?:it going|everything|things|your day|the family)\\b|how (?:you|ya) doin|hope (?:you(?:'re| are)?|all is|everything(?:'s| is)) |long time\\b";

/** An introduction, maybe a role, up to three words, then what follows a name. */
const introductions = new RegExp(
  `\\b(?<intro>this is|it's|i'm|i am)(?<role>${roleSaid})? (?<name>(?:${titles}\\.? )?[a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2}?)(?:,\\s*(?=[a-z])|,$|\\s+(?=(?:the |a |an |head |lead |chief )?(?:${roles})\\b|tell |at \\d|at (?!the\\b)|with |in the |from |calling|i'd |and i |and my |whoever |my |our |you |your |i |i'm |i've |i'll |no (?:need|rush|hurry)\\b|(?:${weekdayNames}|tomorrow) (?:would|is|works|after|morning|afternoon|evening)\\b|we |we're |we've |it's |the (?:house|address|property|place|home|rental|apartment|unit|building|job|problem) |there's |there is |he |she |(?:he's|she's) (?:at|on|in|over|up|down|right|just) |they |they're |her |his |their |and (?:it's|the|their|her|his) |two doors |next door |give |call |please |again\\b|sorry\\b|that's\\b|well |but |on |out on |(?:up|over|down) (?:at|on|in|by) |the \\w+ job\\b|the \\w+ (?:guy|man|lady|people)\\b|regarding |about (?:the|my|our) |(?:real )?quick question\\b|(?:do|does|can|could|would|will|are) (?:you|y'all)\\b|${greetingAfterName}))`,
  'g',
);

/**
 * "hi this is karen liu at 742 oakmont drive", "this is dana my roof is leaking": speech-to-text
 * wrote it in lower case, but a new clause right after it marks what was said as a name.
 */
function lowerCaseIntroduction(text: string): string | null {
  for (const match of text.matchAll(introductions)) {
    const { intro, role, name: said } = match.groups ?? {};
    if (!intro || !said) continue;
    const name = said.replace(title, '');
    // After "it's" or "i'm" one word may be what it or the caller is ("it's broken i think"): two or
    // three only, unless a title or a role says a name follows ("i'm the landlord rhonda kemp").
    if (intro !== 'this is' && !role && name === said && !name.includes(' ') && !placeOrErrandNext(text, match)) continue;
    const taken = titled(takeName(name, false, true), said);
    if (taken) return taken;
  }
  return null;
}

/**
 * "i'm nadia the address is ...", "i'm raj calling about the furnace": what the caller is comes as
 * a sentence ("i'm worried the ..."), but the address or the errand said straight after one word
 * marks that word as a name.
 */
const placeOrErrand = new RegExp(
  `^(?:the (?:address|house|property|place|home|rental|job site) (?:is|would be)\\b|calling (?:about|for|from|because|on)\\b|at (?:\\d|${anyNumberWord}|one)\\b|from the (?:apartment|house|unit|condo|building|rental)\\b|from (?:over |down |up )?(?:on|off) )`,
);
/** "i'm rob i'm at forty four twelve": where the caller is, said straight after who. */
const selfAt = new RegExp(`^(?:i'm|i am) at (?:\\d|${anyNumberWord}|one)\\b`);
function placeOrErrandNext(text: string, match: RegExpExecArray): boolean {
  const next = text.slice(match.index + match[0].length);
  return placeOrErrand.test(next) || (match.groups?.intro === "i'm" && selfAt.test(next));
}

/** A greeting: "hi", "hey", "good morning". */
const greeting = '(?:hi|hello|hey|yeah|yes|good (?:morning|afternoon|evening)|morning|afternoon|evening)';
/** A greeting (or "oh") said first. */
const greeted = new RegExp(`^(?:${greeting}|oh)\\b`, 'i');

/**
 * "this is bev", "hey it's tasha call me back": said first, before anything else, "this is" (or
 * "it's" after a greeting) is who is calling, in lower case too, when the words after it end the
 * introduction; "it's leaking" said first is the trouble.
 */
function openingIntroduction(text: string, afterGreeting: boolean): string | null {
  // "hi mike this is sandra ...": the greeting may name whom the caller thinks picked up.
  const opening = (afterGreeting ? /^(?:[a-z]+,?\s+(?=this is\b))?(?:this is|it's|it is)\s+/i : /^this is\s+/i).exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const name = takeName(rest, false, false);
  if (!name) return null;
  // "it's jim ferris no need to call back", "no rush" (but "this is stan no wait i'm not stan").
  const after = rest.slice(rest.toLowerCase().indexOf(name.toLowerCase()) + name.length).trim();
  // "hey it's andre the tile guy": who he is, after his name.
  const goesOn = /^(?:no\b(?!\s+(?:wait|sorry|i mean|i'm|it's|not|actually)\b)|the \w+ (?:guy|man|lady|people)\b)/i.test(after);
  // "hello this is walt pressler the pilot on my furnace went out": a full name said first, then the trouble.
  const fullThenTrouble = name.includes(' ') && /^the\b/i.test(after);
  return endsIntroduction(rest, name) || goesOn || fullThenTrouble ? name : null;
}

/**
 * "so no hurry it's sue harlan", "ok somebody can call me back it's nora", "oh and it's ray by
 * the way": who is calling, said last, as people sign off. After "it's", or one word alone, only
 * after a sign-off (a callback asked for, "no hurry", "thanks"): "... it's upstairs" is where the
 * trouble is, "... it's almost noon" the time.
 */
const closing = new RegExp(
  `(?:^|\\s)(?<lead>\\S+)?\\s*\\b(?:it's|this is|i'm${roleSaid})\\s+(?<name>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?)(?: by the way)?(?: \\k<name>)?[\\s.!]*$`,
);
const signOff =
  /^(?:back|me|hurry|rush|thanks|thank|you|oh|hassle|trouble|bother|confusion|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|morning|afternoon|evening|please|owner|boss|manager|human|person|calling)$/;
/**
 * "put me through to mike this is kendall": a request for the owner, by name, closes like a sign-off.
 * Asked for the name, a full one closes the answer whatever comes before it: "okay fine it's carol
 * ann whitfield", "oh my name right it's sam ortega".
 */
function closingIntroduction(text: string, ownerName: string, expectingName: boolean): string | null {
  const match = closing.exec(text);
  const said = match?.groups?.name;
  if (!match || !said) return null;
  const name = takeName(said, false, true);
  if (!name) return null;
  // After "it's" a name must follow a sign-off ("it's almost noon", "it's highlands ranch").
  const needsSignOff = !name.includes(' ') || /\bit's\b/.test(match[0]);
  const lead = match.groups?.lead ?? '';
  const owner = ownerNamePattern(ownerName);
  const toOwner = owner !== null && new RegExp(`^${owner}$`, 'i').test(lead);
  const answered = expectingName && name.includes(' ');
  return !needsSignOff || answered || signOff.test(lead) || toOwner || /by the way/.test(match[0]) ? name : null;
}

/** "my husband and i i'm deb by the way we just moved in": a name dropped in, said as one. */
function nameByTheWay(text: string): string | null {
  const said = /\b(?:i'm|this is)\s+([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)\s+by the way\b/i.exec(text)?.[1];
  return said ? takeName(said, false, true) : null;
}

/** "so tell mike thanks from bob harmon", "just tell him marco called": a message, signed. */
function signedMessage(text: string): string | null {
  const said =
    /\b(?:thanks|thank you|hi|hello|regards|best) from ([a-z][a-z'-]+ [a-z][a-z'-]+)[\s.!]*$/i.exec(text)?.[1] ??
    /\btell (?:him|her|them|[a-z]+) (?:that )?([a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?:called|stopped by|says hi)\b/i.exec(
      text,
    )?.[1];
  return said ? takeName(said, false, true) : null;
}

/**
 * "hi janelle ortiz with summit ridge management", "good morning harold fenwick here i have an old
 * house": a greeting, the caller's two names, then who they are or what they have.
 */
const greetedNamePattern = new RegExp(
  `^(?:${greeting}[\\s,.!]+)+([a-z][a-z'-]+ [a-z][a-z'-]+)[\\s,]+(?=here\\b|speaking\\b|with |from |over at |i |i'm |i've |i'd |i got |i have |(?:property )?management\\b|realty\\b|properties\\b|construction\\b|builders\\b|my (?:neighbou?r|friend|buddy|sister|brother|mom|dad|wife|husband)\\b)`,
  'i',
);
function greetedName(utterance: string): string | null {
  const said = greetedNamePattern.exec(utterance)?.[1];
  return said ? takeName(said, false, true) : null;
}

/**
 * "bert and nancy olson", "tom and ellen frye put tom", "it's bob and linda sundquist this is
 * linda": a couple, the one named after it (or the first) with their surname.
 */
const couple =
  /^((?:it's|this is|we're|we are)\s+)?([a-z][a-z'-]+) and ([a-z][a-z'-]+) ([a-z][a-z'-]+)(?:[\s,]+(?:this is|it's|i'm) ([a-z][a-z'-]+) (?:calling|speaking|here)|[\s,]+(?:(?:put|ask for|this is|it's|i'm|you can ask for)\s+)?([a-z][a-z'-]+?)(?:(?:'s| is) fine)?)?[\s,.!]*$/;
function coupleName(text: string, expectingName: boolean): string | null {
  const [, introduced, first, second, last, calling, put] = couple.exec(text.toLowerCase()) ?? [];
  const chosen = calling ?? put;
  if (!first || !second || !last || !takeName(`${first} ${second} ${last}`, false, true)) return null;
  // Unasked and unintroduced, "walls and ceilings painted" is the job.
  if ((!introduced && !expectingName) || (last.length > 4 && last.endsWith('ed'))) return null;
  if (chosen && chosen !== first && chosen !== second) return null;
  return takeName(`${chosen ?? first} ${last}`, false, true);
}

/** Spoken house numbers, in digits or words, then a street: "kristen albrecht 6605 west 44th place". */
const houseNumberThenStreet = new RegExp(
  `^(?:\\d+|(?:(?:one|oh|zero|${anyNumberWord})\\s+)+)\\S*(?:\\s+\\S+){0,4}?\\s+(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place|pl|circle|parkway|trail)\\b`,
);

/** A name said first and an address straight after it, in lower case: both words must be names, the rest an address. */
function nameBeforeAddress(text: string): string | null {
  const match =
    /(?:\b(?:it's|this is|i'm|i am)\s+|^)([a-z][a-z'-]+(?: [a-z][a-z'-]+){1,2}?)\s+(?:(?:the|my|our) (?:house|home|address|place|cabin|rental|property|condo|unit|shop|building)(?:'s| is)?\s+)?(?:at\s+)?(?=\d|one |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve |thirteen |fourteen |fifteen |sixteen |seventeen |eighteen |nineteen |twenty |thirty |forty |fifty |sixty |seventy |eighty |ninety )/.exec(
      text,
    );
  if (!match?.[1] || !houseNumberThenStreet.test(text.slice(match.index + match[0].length))) return null;
  return takeName(match[1], false, true);
}

/** The introduction, maybe a role, then two or three words and nothing else. */
const wholeIntroductionPattern = new RegExp(
  `^(?:this is|i'm|i am|it's)${roleSaid}?\\s+(\\S+\\s+\\S+(?:\\s+\\S+)?)[\\s.!]*$`,
  'i',
);

/**
 * "this is brenda sikes" as the whole answer, in lower case: nothing else was said, so the two or
 * three words after the introduction are the name when every one could be.
 */
function wholeIntroduction(text: string): string | null {
  const rest = wholeIntroductionPattern.exec(text)?.[1];
  return rest ? titled(takeName(rest.replace(title, ''), false, true), rest) : null;
}

function selfAnnouncedName(text: string, requireCapital: boolean): string | null {
  const match = selfAnnounced.exec(text);
  // "jay here we had that hail on sunday", "art here art gonzales": said first thing, it is who is calling.
  const first =
    /^(?:(?:hi|hey|hello|yeah|yes)\s+)?(?!(?:wife|husband|folks|guys|everyone|everybody|people|kids|mom|dad|owner|tenant|landlord|neighbou?r|homeowner|customer)\b)([a-z][a-z'-]+)\s+here\b/i.exec(
      text,
    );
  return match?.[1] ? takeName(match[1], requireCapital && !first, true) : null;
}

/**
 * How a name just said is written, said after it: "vega whitfield it's vega hyphen whitfield", "thuy
 * tran t as in tom", "de la cruz three words", "schaefer s c h a e f e r not shaffer", "hoa tran tran
 * is the last name", "yohannes tesfaye tesfaye is my father's name".
 */
const aboutTheName =
  /\s+(?:it's|it is|that's)\s.*$|\s+is (?:the|my|our) [\p{L}'\s]*?name\b.*$|\s+\p{L} (?:as in|like|for) .*$|\s+(?:two|three|four) words\b.*$|\s+not [a-z'-]+$/iu;

function bareName(text: string): string | null {
  const answer = text
    .replace(title, '')
    // "it's under helen brandt", "it's for megan faulk": the name the job goes under.
    .replace(/^(?:it's |it is |that's )?(?:under|for) (?=\S+ \S+$)/i, '')
    .replace(/[\s,.!]*(?:thanks|thank you|please)?[\s,.!]*$/i, '');
  // A full name only: "oh goodness it's about twelve hundred square feet" tells no name.
  const explained = answer.replace(aboutTheName, '');
  const spelledAfter = explained !== answer && explained.includes(' ') ? takeName(explained, false, true) : null;
  // "dale brooks call me tomorrow": the name, then what else the caller wants said.
  // "tom kowalski, yeah lots of letters": the name its spelling closed.
  const first = /^([^\s,]+(?: [^\s,]+){0,2}),\s/.exec(answer)?.[1] ?? nameThenMore.exec(answer)?.[1];
  const name = takeName(answer, false, true) ?? spelledAfter ?? (first ? takeName(first, false, true) : null);
  // "windows", "central air", "aeration": the job said again, put right after speech-to-text misheard it.
  // Not "yesenia paredes", "mary wall": surnames that are also words of the work, after a given name.
  return name && mentionsWork(name.replace(surnameLikeWork, '')) ? null : titled(name, text);
}

/** Common surnames that are also words of the work ("paredes" is walls), last after a given name. */
const surnameLikeWork = / (?:paredes|wall|walls|gates|lock|locke)$/i;

/** "dale brooks call me tomorrow", "nicole brandon i always do that": a name, then the caller goes on. */
const nameThenMore =
  /^(\S+(?: \S+){1,2}?)[\s,]+(?=call |at \d|and |my |i'm |i |it's |it is |from |please |\d|(?:that's|that is|well|but)\b)/i;

/** Reads up to three name words from the start of `text`; with `whole`, every word of `text` must be one. */
function takeName(text: string, requireCapital: boolean, whole: boolean): string | null {
  const tokens = text.split(' ').filter(Boolean);
  // "jose luis ramirez ochoa": two given names and both surnames, only as the whole of what was said.
  const most = whole && tokens.length === 4 ? 4 : 3;
  const words: string[] = [];
  let named = 0;
  let next: string | undefined;
  for (const [index, token] of tokens.entries()) {
    const word = token.replace(closingPunctuation, '');
    // "maría de jesús varela", "ramon de la cruz": a particle inside a name, before more of it.
    // "fatima el amin": an Arabic one only after a given name, and the surname after it ends the name.
    const arabic = arabicParticles.has(word.toLowerCase());
    if (
      words.length > 0 &&
      named < most &&
      word === token &&
      (!arabic || words.length === 1) &&
      particleBeforeName(tokens, index, requireCapital)
    ) {
      words.push(word);
      if (arabic) named = 2;
      continue;
    }
    // "alan price": a surname that is also an ordinary word, said last after a given name.
    const lastSurname = whole && words.length > 0 && index === tokens.length - 1 && surnamesToo.has(word.toLowerCase());
    if (named === most || (!lastSurname && !isNameWord(word, requireCapital))) {
      next = word.toLowerCase();
      break;
    }
    words.push(word);
    named++;
    if (word !== token) break;
  }
  if (words.length === 0) return null;
  if (whole && words.length < tokens.length) return null;
  // "jen jennifer park": a short name corrected to the full one keeps the full one.
  // "femi olufemi balogun": a nickname, then the name it comes from.
  const [short, full] = [words[0]!.toLowerCase(), words[1]?.toLowerCase()];
  if (full !== undefined && full !== short && (full.startsWith(short) || full.endsWith(short))) words.shift();
  // "kowalski ed kowalski": the last name said first, then the whole name.
  if (words.length === 3 && words[0]!.toLowerCase() === words[2]!.toLowerCase()) words.shift();
  if (next !== undefined && streetSuffixes.has(next)) return null;
  return words.map(capitalise).join(' ');
}

/** "El", "al" of Arabic surnames ("el amin", "al hassan"); "el" is also Spanish for "the". */
const arabicParticles = new Set(['el', 'al']);
/** Particles of Spanish, Portuguese, Dutch, French and Arabic surnames, never a name on their own. */
const nameParticles = new Set([
  ...arabicParticles,
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'van',
  'von',
  'der',
  'den',
  'du',
  'le',
]);

/** Whether the word at `index` is a particle followed (after any more particles) by a name word. */
function particleBeforeName(tokens: string[], index: number, requireCapital: boolean): boolean {
  let at = index;
  while (at < tokens.length && nameParticles.has(tokens[at]!.toLowerCase())) at++;
  return at > index && at < tokens.length && isNameWord(tokens[at]!.replace(closingPunctuation, ''), requireCapital);
}

/**
 * A long word ending in "-ing" is mostly what the caller is doing ("this is dave calling", "it's
 * leaking"), but these common surnames end the same way: "it's walt henning".
 */
const ingSurnames = new Set(
  `manning fleming harding browning golding keating cushing dunning downing redding sterling henning benning
  kettering pickering whiting fielding channing spalding schilling lansing deming hemming gehring dowling
  kessling loring`.split(/\s+/),
);

function isNameWord(word: string, requireCapital: boolean): boolean {
  if (!/^\p{L}[\p{L}'-]+$/u.test(word)) return false;
  if (requireCapital && !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (notNames.has(lower) || /'(?:s|m|re|ll|ve|d|t)$/.test(lower)) return false;
  return !(lower.length > 5 && lower.endsWith('ing')) || ingSurnames.has(lower);
}

function capitalise(word: string): string {
  if (/^\p{Lu}/u.test(word)) return word;
  return word
    .toLowerCase()
    .replace(/(^|['-])(\p{L})/gu, (_, boundary: string, letter: string) => boundary + letter.toUpperCase());
}

/**
 * A surname said alone after a title keeps it: "this is doctor okonkwo" is Dr. Okonkwo, how the
 * owner greets them when he calls back. A full name does not need it ("pastor linda shore").
 */
function titled(name: string | null, said: string): string | null {
  const spoken = title.exec(said)?.[0].trim().replace(/\.$/, '').toLowerCase();
  const written = spoken ? writtenTitles[spoken] : undefined;
  return name && written && !name.includes(' ') ? `${written} ${name}` : name;
}

/** "Chef Antonio" is Antonio: the name without the title said before it. */
export function withoutTitle(name: string): string {
  const [first, ...rest] = name.split(' ');
  const written = new Set(Object.values(writtenTitles));
  return rest.length > 0 && written.has(first!) ? rest.join(' ') : name;
}

/**
 * The people the caller asked to reach by name ("is tony there", "can i talk to dave please"), in
 * lower case: "tony painted my dining room", said when asked for a name, is not the caller's name.
 */
export function namesAskedFor(said: string): Set<string> {
  const asked =
    /\b(?:(?<!\b(?:this|name|it|that|here|he|she) )is ([a-z]+) (?=there|in|around|available|home)|(?:talk|speak) (?:to|with) ([a-z]+)\b(?=\s*(?:$|[.,!?]|there|please|if|himself|herself))|(?:looking|calling|ask(?:ing)?) for ([a-z]+)\b(?=\s*(?:$|[.,!?]|there|please|if))|get me ([a-z]+)\b)/gi;
  return new Set(
    [...tidyUtterance(said).matchAll(asked)]
      .map((match) => (match[1] ?? match[2] ?? match[3] ?? match[4])!.toLowerCase())
      .filter((name) => !notNames.has(name)),
  );
}
