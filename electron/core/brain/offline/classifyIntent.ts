import { orOwner, perOwner } from './ownerNames';
import { z } from 'zod';
import type { CallerIntent } from '../../../shared/models';
import { answeredAll } from './detectCallbackRequest';
import { failureWords } from './failureWords';
import { anyWord, normalizeUtterance } from './utteranceText';
import { month, weekday, weekdayNames } from './calendarWords';

/**
 * What the caller's words so far say about why they called; kept across turns in the brain's state.
 * A state saved before a signal existed reads it as not heard; one missing an original signal is
 * damaged, and starts over from `noSignals` (conversationState.ts).
 */
export const IntentSignals = z.object({
  askedForPerson: z.boolean(),
  /**
   * The first request for a person came after the job and the caller's name or address were told
   * ("...1422 elm street, after four, oh and is mike around"), or after a repair or new work the
   * rules named ("the lights keep going off ... i'd rather talk to a real person"): the job is why
   * they called.
   */
  askedAfterDetails: z.boolean().catch(false),
  complained: z.boolean(),
  emergency: z.boolean(),
  /** Something broken, leaking or not working. */
  repair: z.boolean(),
  /** New work, an install, a service, or a price asked for. */
  newWork: z.boolean(),
  /**
   * The repair was told before any new work ("the ac quit ... we'd want a new thermostat too"): of a
   * call that mixes them, the first thing the caller wants decides (eval/quoteOrSchedule.md).
   */
  repairFirst: z.boolean().catch(false),
  /** Painting, cleaning, landscaping, a handyman's list, a price: work quoted whatever else is told. */
  quotedWork: z.boolean().catch(false),
  priceAsked: z.boolean(),
  askedQuestion: z.boolean(),
  /** "I'll call back": the caller is shopping, not booking. */
  willCallBack: z.boolean(),
  /** The caller gave a street address, so they expect a visit or a quote. */
  gaveAddress: z.boolean(),
  /** "Is that normal?", "should I be worried?": the caller wants to know whether a symptom matters. */
  askedAdvice: z.boolean().catch(false),
  /** "Can I book...", "set up an appointment", "reschedule": a visit asked for by name. */
  booking: z.boolean().catch(false),
  /** "Maybe have somebody come take a look whenever": a visit asked for, after advice or not. */
  visitAsked: z.boolean().catch(false),
  /** "Are you taking on apprentices?": someone after work, not offering it. */
  jobSeeker: z.boolean().catch(false),
  /** "Trying to pay my invoice", a building inspector, a supply truck out front: business with the business, no job. */
  errand: z.boolean().catch(false),
  /** "Quick question", "I have a question": the caller says they are asking, not booking. */
  announcedQuestion: z.boolean().catch(false),
  /** "Are you licensed?", "do you take cards?", "how long is your warranty?": how the business works. */
  askedTerms: z.boolean().catch(false),
  /** "Is the part in yet?", "are they still coming today?": news of a visit already booked, asked for. */
  askedAboutVisit: z.boolean().catch(false),
  /** "Okay that's all I wanted to know", "that helps, thanks": the caller leaves satisfied with answers. */
  doneAsking: z.boolean().catch(false),
  /** "I have someone coming today", "you're fixing the gas line tomorrow": a visit already booked. */
  visitBooked: z.boolean().catch(false),
  /** "The gate code is 2580", "just let him know", "no need to call back": word passed on, nothing asked. */
  passingWord: z.boolean().catch(false),
  /** "Your plumber came out last week", "you put a new roof on in december": work this business did. */
  pastWork: z.boolean().catch(false),
  /** "He didn't really fix anything", "leaking again", "paint all over the floor": work gone wrong. */
  workFailed: z.boolean().catch(false),
  /** "Just calling to say thank you", "I left you a review", "returning a call from this number". */
  courtesy: z.boolean().catch(false),
  /** "It wasn't you guys, it was some outfit off a door hanger": bad work by someone else, a new job here. */
  otherCompany: z.boolean().catch(false),
  /** "I'm not mad about it, it's just old pipes", "not calling to complain": trouble told without blame. */
  notComplaining: z.boolean().catch(false),
});
export type IntentSignals = z.infer<typeof IntentSignals>;

export const noSignals: IntentSignals = {
  askedForPerson: false,
  askedAfterDetails: false,
  complained: false,
  emergency: false,
  repair: false,
  newWork: false,
  repairFirst: false,
  quotedWork: false,
  priceAsked: false,
  askedQuestion: false,
  willCallBack: false,
  gaveAddress: false,
  askedAdvice: false,
  booking: false,
  visitAsked: false,
  jobSeeker: false,
  errand: false,
  announcedQuestion: false,
  askedTerms: false,
  askedAboutVisit: false,
  doneAsking: false,
  visitBooked: false,
  passingWord: false,
  pastWork: false,
  workFailed: false,
  courtesy: false,
  otherCompany: false,
  notComplaining: false,
};

/** "you guys replaced ...", "you did our ...": the business's own past work, not a question about it. */
const yourPastWork =
  '(?<!\\b(?:can|could|would|will|should|if|when|do|did) )(?:you|you guys) (?:did|replaced|came out|installed|painted|put on|patched|fixed|repaired|cleaned|put in)';
/**
 * That work told with "again", "already" or "now": gone wrong ("you fixed the disposal and it's
 * jammed again"), unless the caller wants it done again (`wantsItAgain`).
 */
const yourPastWorkAgain = anyWord([`${yourPastWork}\\b[^.!?]{0,80}\\b(?:again|already|now)`]);
/**
 * The same work wanted once more: "you cleaned out our gutters last november ... we'd like it done
 * again", "i'd like to get on the list again for april", "i need it again how much is it this year".
 */
const wantsItAgain = anyWord([
  "(?:i'd|we'd|i would|we would|i|we) (?:like|want|need)\\b[^.!?]{0,30}\\bagain\\b",
  '(?:like|want|need|wanna|wanted) to (?:get|have|book|do) (?:it|that|them|this|one|another)\\b[^.!?]{0,20}\\bagain\\b',
]);

/** Said of trouble with work the business did, to say it is no complaint (not "i'm not accusing anybody"). */
const notComplaining = anyWord([
  "(?:i'm|i am|we're|we are) not (?:mad|upset|angry) (?:about it|at (?:you|anyone|anybody))",
  "(?:i'm|i am|we're|we are) not (?:calling to |trying to |here to )?complain(?:ing)?",
  "(?:this|it) (?:isn't|is not|'s not) a complaint|not (?:calling with )?a complaint",
]);

/**
 * A bill, an invoice or a charge set against what the caller was told or what was done: more than
 * quoted, doubled, billed for hours not worked, for a whole job not finished, or charged twice.
 */
const billDisputed = [
  "(?:bill|invoice|statement|charged|got charged|charge[sd]?)\\b[^.!?]{0,120}\\b(?:(?:was|were) (?:only )?(?:here|there|out) (?:(?:maybe|like|about|for|only) )*(?:\\w+ ){1,4}(?:minutes|hours?)|(?:was|were) only (?:here|there|out)|more than (?:double|twice|estimate|the estimate|what)|(?:that's|thats|it's|is) (?:more than |almost |nearly )?double|can't (?:just )?pay double|nobody (?:told|explained|mentioned|said|talked)|(?:whole|full) (?:thing|job|price|amount)\\b[^.!?]{0,40}\\b(?:but|and|when|even though)|two (?:trip )?charges|(?:trip|service) (?:fee|charge) twice|charged twice)",
  "(?:told|quoted|said|estimate was|estimate said)\\b[^.!?]{0,60}\\b(?:bill|invoice)(?:'s| is| was| says| came| came in| came to)\\b",
  // "the bill says six yards of mulch and honestly there's maybe three": billed for more than was done.
  "(?:bill|invoice)(?:'s| is)? (?:says|shows|has)\\b[^.!?]{0,60}\\b(?:and|but)\\b[^.!?]{0,20}\\b(?:there's|there are|i see|i count(?:ed)?|we got|we have|i got) (?:maybe|only|like|about|barely|just) \\w+",
  '(?:told|quoted) (?:me|us|him|her|my \\w+)\\b[^.!?]{0,60}\\b(?:and|but) (?:the )?(?:bill|invoice)\\b',
  // "it says three hours of labor but the tech was honestly here maybe an hour": billed hours not worked.
  "(?:bill|invoice|statement|\\bit)(?:'s| is)? (?:says|shows|has)\\b[^.!?]{0,40}\\b(?:hours?|minutes)\\b[^.!?]{0,60}\\bbut\\b[^.!?]{0,40}\\b(?:was|were) (?:\\w+ )?(?:here|there|out) (?:maybe|like|about|only|barely|just|for)\\b",
  // "looking at the bill from the mulch job last week and it says eight yards ... there's no way, i
  // measured the beds and it looks like maybe four".
  "(?:bill|invoice|statement)\\b[^.!?]{0,40}\\b(?:says|shows)\\b[^.!?]{0,80}\\b(?:there's no way|no way (?:that's|it's|there's|it was)|(?:looks like|i count(?:ed)?|i see) (?:maybe|only|barely|just|like) \\w+)",
  'why (?:is )?(?:the |my )?bill (?:is )?(?:more|higher|so much)',
  '(?:mistake|error) on (?:my|our|the) (?:bill|invoice|statement)',
  // "so either bring the rest or fix the bill", "call me i want this explained".
  '(?:fix|correct|adjust) (?:the|my|that|this|your|our) (?:bill|invoice|statement|charge)',
  "(?:i want|i'd like|i need|we want) (?:this|that|it|the (?:charge|bill|invoice)) explained",
  // "it says two coats of stain ... but mike told us one coat", "can somebody send a corrected one".
  '(?:(?:invoice|bill|statement)\\b[^.!?]{0,30}\\b|\\bit )says\\b[^.!?]{0,100}\\bbut (?:\\w+ )?(?:told|quoted) (?:us|me)\\b|(?:send|get|mail|email) (?:me |us )?(?:a |an )?(?:corrected|revised|fixed) (?:one|invoice|bill|copy)',
];

/** Past work by this business gone wrong: "you guys painted our deck ... peeling", "your crew ... busted". */
const complaint = anyWord([
  ...billDisputed,
  'never (?:showed|came|called|finished|fixed)',
  // Not the caller's own try: "we changed some bulbs and that didn't fix it".
  "(?<!\\b(?:we|i) (?:tried|changed|replaced|reset|flipped|swapped|put|plunged|cleaned|used|did)\\b[^.!?]{0,40}\\b(?:and|but|so) (?:that|it|this)(?: still)? )didn't (?:show|come|call|fix|finish|cover (?:a|anything|the))",
  'no[- ]show',
  // "your girls missed the oven and the inside of the fridge again".
  'your (?:\\w+ )?(?:girls|ladies|guys|crew|cleaners|team|people|painters|workers)\\b[^.!?]{0,30}\\b(?:missed|forgot|skipped)\\b',
  // Billed twice: "two charges for the same amount", "you charged my card twice".
  'two charges for the same|charged (?:me|us|my card) twice|double[- ](?:charged|billed)',
  "(?:you(?! (?:can|could|should|will|would|may|might|need|have to|flush|turn|run|open|close|push|pull|walk|step|sit|plug|flip|hit|try|use|touch|look|hear|see|know|go|get|press|pour|stand|drive)\\b)|your (?:\\w+ )?(?:guy|guys|crew|tech|technician|worker|workers|people|company|lady|plumber|electrician|painters?|roofers?|cleaners?|installers?|helper)|you guys)\\b[^.!?]{0,60}\\b(?:(?<!\\b(?:i|we) )never(?! mind)|(?<!\\b(?:i|we) )didn't|broke|damaged|left|ruined|messed|screwed|scratched|ran (?:the|a|over)|busted|cracked|snapped|knocked|dented|gouged|tracked)",
  `${yourPastWork}\\b[^.!?]{0,80}\\b(?:still|cracking|peeling|leaking|short cycles|trips|drips|brush marks|streaks|sloppy|mess)`,
  'complain',
  // Not "i got a complaint from my tenant", which passes on a job.
  'complaint(?! from (?:my|a|the|our|one of (?:my|our)) )',
  '(?:not (?:real |very |too |super |at all )?happy|unhappy|pretty frustrated|frustrated)',
  // "i got charged for this week's mowing but the backyard wasn't done".
  "(?:charged|billed|paid) (?:me |us )?for\\b[^.!?]{0,40}\\b(?:but|and)\\b[^.!?]{0,40}\\b(?:wasn't|weren't|isn't|never got|not) (?:even )?(?:done|finished|mowed|cleaned|touched|fixed)",
  'disappointed',
  "(?:want to |wanted to |i'd like to |need to )?report (?:something|a problem|an issue) (?:about|with) (?:your|the) (?:crew|guy|guys|tech|technician|workers?|cleaners?|painters?|driver|people)",
  // "they spilled paint on the brand new carpet", "nobody told her the price before they did it".
  '(?:they|he|she|the crew|the painters?) (?:spilled|splattered|dripped|slopped) (?:\\w+ )?(?:paint|stain|primer)\\b|(?:nobody|no one) told (?:me|us|her|him|my \\w+) (?:the price|what it (?:would|was going to) cost|how much)',
  "(?:nobody|no one|no-one) (?:showed|came|called|answered|answers|has been back|vacuumed|mopped|dusted|swept|wiped)|(?:nobody|no one)'s been back",
  // "he said somebody would come patch them and nobody has".
  '(?:somebody|someone|he|she|they) (?:would|was going to|were going to) (?:come|be back|call)\\b[^.!?]{0,60}\\b(?:nobody|no one) (?:has|did|ever)\\b',
  '(?:got |was |were )?(?:charged|billed) (?:me |us )?for the whole (?:thing|job|amount|\\w+)\\b',
  // "did you guys forget about me", "the upstairs bathrooms look like nobody touched them", "is mike
  // coming back to fix the shelf he put up".
  "(?:you|you guys|y'all) forg[eo]t (?:about )?(?:me|us)|like (?:nobody|no one) (?:touched|cleaned|did)|(?:is|was) (?:he|she|they|someone|somebody|anyone|anybody|\\w+) (?:ever )?coming back to (?:fix|finish|redo)",
  // "the guy he sent was really pushy", "i'm not paying that extra".
  '(?:really |very |so )?(?:pushy|unprofessional|disrespectful)',
  "(?:not|won't|refuse to|shouldn't have to) pay(?:ing)? (?:that|this|the|for (?:that|this|the)) (?:extra|charge|fee|difference)",
  '(?:was|were|got|been) (?:charged|billed) (?:twice|double|too much|more than)',
  'still waiting (?:on|for)',
  'supposed to (?:come|be here|show|call|finish)',
  'you promised',
  '(?:terrible|bad|poor) job',
  'shoddy',
  // "he left a mess there's muddy footprints all over the carpet".
  '(?:he|she|they|the (?:guy|crew|tech|cleaners?|painters?)) left (?:a|such a|quite a|a huge|a big|a real) mess\\b',
  // Cheated, not "the line got ripped off by a falling branch".
  '(?<!\\b(?:line|wire|roof|shingles?|siding|gutters?|flashing|cover|cap|drop|door|panel) (?:got |was |were |came |just |all )?)ripped off(?! (?:by (?:a |the )?(?:falling )?(?:tree|branch|limb|wind|storm|gust)|in the (?:wind|storm)))',
  'rip off',
  'overcharged',
  // "i'm not paying for that", "i don't think i should have to pay for the repair".
  "(?:i'm|i am|we're|we are) not (?:going to |gonna )?pay(?:ing)? (?:for )?(?:that|this|it|the (?:repair|bill|invoice|charge|fee))|(?:don't|do not) think (?:i|we) should (?:have to )?pay",
  // A bill disputed: "six hundred more than what we agreed", "an after hours charge that's almost
  // double", "it says three hours ... i'd like somebody to explain that".
  '(?:bill|invoice)\\b[^.!?]{0,160}\\b(?:more than (?:what )?(?:we|i|you|he|they) (?:agreed|were told|was told|quoted|said)|(?:almost|nearly) double|(?:explain|explains) (?:that|it|this|the (?:bill|charge|invoice)))',
  // Damage left unowned: "nobody left a note ... someone should own up to it".
  'own up to (?:it|that|this)',
  // A bill disputed.
  "(?:bill|invoice|charged?|statement)\\b[^.!?]{0,50}\\b(?:doesn't look right|isn't right|looks wrong|is wrong|too high|incorrect|a mistake|an error|(?:doesn't|does not) seem right|seems (?:way )?(?:high|wrong|off))",
  // "i got charged a hundred and sixty i don't think that's right", "the bill ... it's way more than
  // what mike told me", "it says three hours ... your guy is there twenty minutes tops".
  "(?:bill|invoice|charged?|statement)\\b[^.!?]{0,60}\\b(?:(?:i|we) (?:don't|do not) think (?:that's|that is|it's|it is) (?:right|correct|fair)|way more than (?:what )?(?:we|i|you|he|she|they|\\w+) (?:told|said|quoted|agreed))|(?:hours?|bill|charged|billed)\\b[^.!?]{0,120}\\b(?:\\w+ )?minutes tops\\b",
  // "i was quoted one sixty and the invoice came in at three twenty": the price told and the price billed.
  '(?:quoted|estimate|quote|bid)\\b[^.!?]{0,60}\\b(?:invoice|bill)\\b[^.!?]{0,10}\\b(?:came in|came to|says|said|is|was) (?:at |like |around |about |over |almost |nearly )?(?:\\$?\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|double|twice)',
  'nobody told (?:me|us)\\b[^.!?]{0,30}\\b(?:extra|charges?|went up|would be (?:double|more)|cost)',
  // "a hundred and twenty dollar trip charge on there nobody told me about", "nobody asked him to do that".
  '(?:charge|fee|line)\\b[^.!?]{0,30}\\bnobody (?:told|asked) (?:me|us)|nobody asked (?:him|them|you|her) to',
  // "he said it'd be like 150 but the invoice he texted says 240".
  '(?:said|told (?:me|us)|quoted)\\b[^.!?]{0,40}\\b(?:but|and now) (?:the |his )?(?:invoice|bill)\\b[^.!?]{0,20}\\b(?:says|said|is|came)',
  // Hours billed for minutes on site, told either way round.
  '(?:hours?|charged|billed)\\b[^.!?]{0,40}\\b(?:he|she|they|the (?:guy|tech|plumber|electrician|painter|worker)) (?:was|were) (?:only )?(?:here|there|out) (?:(?:maybe|like|about|for|only) )*(?:\\w+ ){1,3}minutes|(?:was|were) (?:only )?here (?:(?:maybe|like|about|for|only) )*(?:\\w+ ){1,3}minutes\\b[^.!?]{0,80}\\b(?:charged|billed)',
  '(?:i|we) paid good money',
  // Not "waiting on our tax refund".
  '(?<!\\btax )refund',
  // "the final bill is six hundred more than the quote".
  '(?:more|higher) than (?:the|your|what you) (?:quote|quoted|estimate|estimated|bid)',
  'unacceptable',
  // Left waiting by this business: "i've left three messages and nobody calls back".
  "(?:left|called|sent) (?:\\w+ ){0,2}(?:messages|voicemails|texts|times)\\b[^.!?]{0,60}\\b(?:nobody|no one|never|haven't heard|no answer|no word)",
  // A bill or a result the caller will not accept.
  'i (?:want|expect) (?:that|this|it|the bill|the invoice|the charge) (?:corrected|refunded|made right|taken off)',
  "i don't accept (?:that|this)",
  '(?:want|get) (?:my|our) money back',
  'go over (?:that|the|this) (?:invoice|bill)',
  'marked up',
  '(?:showed|came|turned) up (?:\\w+ ){0,3}(?:late|early) (?:no|with no|without (?:an?|any)) (?:excuse|apology|call)',
  'did it anyway',
  // Let down by this business's people: "stood me up for the estimate", "he rolled his eyes", "showed up
  // two hours late", "none of that was on the quote", "more than what mike quoted me".
  'stood (?:me|us) up',
  'rolled (?:his|her|their) eyes',
  '(?:showed up|got here|came|arrived) (?:\\w+ ){0,4}(?:hours?|minutes) late',
  "(?:wasn't|weren't|was not|were not|none of (?:that|this|it) was) (?:on|in) (?:the|your|his|my) (?:quote|estimate|bid)",
  'more than (?:what )?(?:\\w+ )?quoted',
  // "the bill came in way over what he quoted", "four hundred more than what he told us on the phone".
  '(?:came in|came to|was|is|ran) (?:way |a lot |much |like )?(?:over|above) (?:what )?(?:he|she|they|you|\\w+) (?:quoted|estimated|told (?:me|us)|said)',
  "(?:more|higher) than what (?:he|she|they|you|\\w+) (?:told (?:me|us)|said)(?! it'd| it would| it might)",
  'nickel and dim(?:ed|ing)',
  'upsold',
  "(?:didn't|did not) even (?:sweep|clean up|apologi[sz]e|say sorry)",
  "(?:hasn't|haven't|has not|have not) been back|never came back to (?:finish|fix)",
  "(?:wasn't|weren't) even (?:touched|done|cleaned)",
  // Not "our yard's the worst one on the street".
  'worst (?:job|service|experience|company|contractor|work|customer service)',
  'los trabajadores de ustedes',
  // "le hablo para quejarme": calling to complain.
  'quej(?:a|arme|arnos|ando)',
  // Promised back and never seen, a hole or a gate left open: "nobody has come back like he said",
  // "he left a hole in my siding", "his crew ... left my gate open and my dog got out".
  "(?:nobody|no one|no-one) (?:has |'s |ever )?(?:come|came) back",
  '(?:he|they|she|your (?:\\w+ )?(?:guy|guys|crew|worker|workers)) left (?:a|the|an) (?:big |huge |giant )?hole',
  'left (?:my|our|the) (?:back |side |front |yard |garage )?(?:gate|door)s? (?:wide )?open',
  'not a happy call',
  // Paid in full for work not done as agreed: "i paid for the full clean", "i pay full price", "yo pagué completo".
  '(?:i|we) (?:paid|pay) (?:for )?(?:the )?(?:full|whole|complete)\\b(?! (?:amount|balance) (?:today|now|online))|pagu[ée] completo',
  // The wrong thing done, or damage driven away from: "they cut wrong tree", "he just kept going".
  '(?:cut|painted|removed|took down|trimmed|pulled|sprayed|installed|put in) (?:the |my )?wrong (?:tree|one|wall|room|color|colour|side|bush|shrub|unit|part)|(?:he|she|they) (?:just )?kept (?:on )?going\\b|ran (?:right )?over\\b[^.!?]{0,40}\\bkept (?:on )?going\\b',
  // "rompieron la ventana", not "se me rompieron dos aspersores", mine broke.
  '(?<!\\bse (?:me |nos |le )?)rompieron',
]);
const repair = anyWord(failureWords);
/**
 * Work of the kinds a call is quoted for whatever else it tells (eval/quoteOrSchedule.md, rule 3):
 * painting, cleaning, landscaping, a handyman's list, work being planned, a price or an estimate.
 */
const quotedKinds = [
  'quotes?',
  'estimates?',
  'bids?',
  // Not "the flat roof over the paint booth".
  'paint(?:ed|ing)?(?! (?:booth|shop|department|aisle)\\b)',
  'pint(?:ar|en|e|aran?)',
  'stain(?:ed|ing)',
  'clean(?:ings?|ed)?',
  'grind',
  'stump',
  'limpi(?:eza|en|e|ar|aran?)',
  // Not "before the new tenants move in", a day told.
  '(?<!\\b(?:tenants?|they|people|buyers|guests|renters|residents|family) )move (?:out|in)',
  'mow(?:ing)?',
  // Grass cut, laid or taken out; not "el pasto se está secando", a sprinkler's trouble told.
  '(?:cort\\p{L}*|poner|quitar) (?:el )?(?:pasto|zacate)|pasto nuevo',
  // A tree or a branch cut and hauled off, caulking redone.
  'corten|cortar (?:un |el |la |las |los )?(?:[áa]rbol|ramas?)|silic[óo]n',
  // Carpets washed, leaves raked up, a television hung, furniture put together, holes patched.
  'laven|lavar(?:me|nos)? (?:las |los |la |el )?(?:alfombras?|carpetas?|tapetes?|ventanas|vidrios|paredes)|levant(?:ar|en) (?:\\p{L}+ ){0,2}hojas|colg(?:ar|uen)|cuelguen|arm(?:ar|en) (?:un|una|la|el|los|las)|tap(?:ar|en) (?:\\p{L}+ )?hoyos?|(?:lo|los|la|las) tap(?:e|en)',
  'trim(?:med|ming)?',
  'mulch(?:ed)?',
  'aerate',
  'fertilize',
  'cleanup',
  'plantings',
  'retaining wall',
  'pavers?',
  'backsplash',
  'grab bars?',
  'barras',
  'cabinets',
  'accent wall',
  'recessed lights',
  'mini split',
  'crown molding',
  'list of small repairs',
  // A handyman's list (eval/quoteOrSchedule.md, rule 3): "i've got a honey do list", "there's a list
  // closet doors off the track ...", "tengo una listita de cositas"; not a list of questions.
  "(?:i've got|i have|i got|we've got|we have|we got|there's|got) (?:a |one )?(?:little |short |long |whole |small |big )?(?:honey[- ]?do )?list\\b(?! of (?:questions|things to ask))|honey[- ]?do|listita de cositas",
  'small jobs',
  'odd jobs',
  'snow removal|quitar la nieve|palear',
  // Added by choice: "a couple more outlets put in out front", "an extra circuit for the shop".
  '(?:more|extra|additional) (?:\\w+ )?(?:outlets|lights|circuits?|shelves|storage)',
  // How often a service comes ("clean every other week"), not how often something happens ("we've got
  // events in there every week").
  '(?<!\\b(?:events?|meetings?|services|classes|practice|happens|there|here)\\b[^.!?]{0,12})every (?:other )?(?:week|month)',
  'once a (?:week|month)',
  'weekly',
  'biweekly',
  'grounds maintenance',
  'windows',
  // Branches over a roof or a fence cut back: "i'd like them cut back before it snows".
  '(?:cut|cutting|trimmed) (?:\\w+ ){0,2}back',
  '(?:power|pressure) wash(?:ed|ing)?|wash(?:ed|ing)|seal(?:ed|ing)|shampoo(?:ed|ing)?|steam clean(?:ed|ing)?|detail(?:ed|ing)',
  // Not "i'm actually looking to hire somebody", said to tell a seller from a customer.
  'interested in|thinking (?:about|of)|planning (?:on|to)|looking (?:to|into)(?! hire\\b)',
  'generator|ev charger|hot tub|gutter guards',
  // Yard work, painting, cleaning, caulking and remodelling in their other forms.
  'prun(?:e|ed|ing)|plant(?:ed|ing)|aerat\\w*|overseed\\w*|sod|hedges?|plow(?:ed|ing)?|repaint\\w*|restain\\w*|wallpaper|caulk\\w*|maid|housekeep\\w*|cleaners?|remodel\\w*|renovat\\w*|refinish\\w*',
];
/** New work of any kind: the quoted kinds, and anything installed, added, replaced or built. */
const newWork = anyWord([
  ...quotedKinds,
  'install(?:ed|ing)?',
  // Not "the previous owners put in a bunch of can lights": work someone did, not work wanted.
  '(?<!\\b(?:owners?|they|he|she|we|builder|builders|who|that|had) )put (?:in|up)',
  'new (?:ac|unit|system|roof|water heater|furnace)',
  'upgrade',
  'instalen',
  'instalar',
  'outlet put in',
  'removed',
  'hauled away',
  'redone',
  // New work, whatever the trade: something built, added, replaced, redone, or a service done. Not a
  // new year, a new tenant or a new owner, nor "the building" or "the addition" the trouble is in.
  "new (?!years?\\b|year's|tenants?\\b|owners?\\b|number\\b|phone\\b|job\\b|customer\\b)\\w+",
  'replac(?:e|ed|ing|ement)',
  'redo(?:ne|ing)?|resurfac\\w*|(?<!\\b(?:the|this|that|our|my|your|office|apartment|shop|whole|same|main|a) )build(?:ing)?|built|(?<!\\b(?:the|this|that|our|my|an) )addition',
  'add(?:ing)? (?:an?|another|some)',
  // Not "the doors are hanging crooked" or "it's just hanging there", which is something wrong, nor
  // "before we hang up" the phone; not "a loose wire" either, a wire's trouble.
  'hung|hang(?:ing)?(?! (?:crooked|loose|down|off|open|low|wrong|by|there|over|from|on|onto|into|out|half|kind|up$)|$)|mount(?:ed|ing)?|assembl(?:e|ed|ing)|put together|wired (?:for|up|in)|wire (?:up|in|it|a|the|for)|(?:to|and) wire|run (?:a|an|some) (?:circuit|line|wire|outlet)|dedicated circuit',
  '(?:taken|cut|take|cut) down|removal|(?<!\\blong )haul(?:ed|ing)?|grad(?:ed|ing)|level(?:ed|ing)|pour(?:ed)? (?:a|some|new)',
  'poner|pongan?|instal\\p{L}*|nuev[oa]s?|pod(?:ar|en)|cambi(?:ar|en)(?:l[oa]s?)?|me interesa|cotiz\\p{L}*',
  'inspections?|rewir\\w*|upgrad\\w*|swap(?:ped)? out',
]);
const quotedWork = anyWord(quotedKinds);
/**
 * Work wanted done, said as a wish and a participle ("need the popcorn ceiling scraped", "want my
 * hedges done"); not a state told ("we have a toilet that's clogged", "have been dead since").
 */
const wantedDone =
  /\b(?:need|needs|want|wants|would like|'d like|looking (?:for|to)|get|getting|have|having)\b(?:\s+(?!(?:been|is|are|was|were|that's|it's|they're|which|that)\b)[a-z']+){0,6}?\s+([a-z]+ed|done|(?:re)?built|redone|hung|laid|dug|taken (?:off|out|down)|put up)\b/;
/** Participles that ask for a repair, not new work. */
const repairDone =
  /^(?:fixed|repaired|serviced|checked|looked|snaked|unclogged|cleared|stopped|diagnosed|recharged|patched|replaced|changed|tuned|called)$/;
const price = anyWord([
  'how much',
  'price',
  'pricing',
  'cost',
  'charge',
  'rates?',
  'ballpark',
  // "roughly what are we looking at", "what would something like that run".
  'what (?:are we|am i|would we be|would i be|are you) looking at',
  '(?:would|will|does|did) (?:that|it|something like that|this) (?:run|set (?:me|us) back)',
  'what (?:does|would|will) (?:that|it|something like that|this) (?:usually|normally|typically|generally) run',
  // "what would a 50 gallon gas one run roughly".
  'what (?:would|will|does) (?:a|an) (?:\\w+ ){0,4}(?:one|unit|system|job) run',
  'quotes?',
  'estimates?',
  'bids?',
  'financing',
  'discount',
  // "what's your minimum to come out for something small like that" (eval/quoteOrSchedule.md, rule 1).
  "(?:what's|what is|is there|do you have) (?:your |a )?minimum",
  'cu[áa]nto (?:cuesta|cobran|sale|costar[íi]a|me cobran)',
  'precio',
]);
/** "i don't need a price or anything just send somebody", "whatever your rate is is fine": no price asked. */
const priceWaived =
  /\b(?:(?:i |we )?(?:don't|do not) need (?:a |an )?(?:price|estimate|quote|bid)(?: or anything)?|whatever (?:it costs|your (?:rate|price) is)(?: is fine)?|(?:the )?price (?:was|is) fine|(?:we're|i'm|we are|i am) (?:good|ok|okay|fine|happy) with (?:the|your|his) (?:price|estimate|quote|bid|number))\b/g;
/** Asked to come, book or go ahead; "can mike come look" by the owner's name from settings. */
const booking = perOwner((owner) =>
  anyWord([
    '(?:just )?send (?:somebody|someone|a guy|a tech)(?: out| over)?\\b(?! (?:a|an|the|me|us) (?:price|quote|estimate|bid|number))|put (?:me|us) (?:on|down for) (?:the|your) (?:list|schedule)|book (?:me|us) in|just come (?:fix|do|out)',
    // "ok then can someone come look", "go ahead and put me down", "can you get me on the list then".
    `(?:put (?:me|us) down|get (?:me|us) on (?:the|your) (?:list|schedule|calendar))\\b|(?:ok|okay|alright|all right|then) (?:then )?can (?:someone|somebody|you|he${orOwner(owner)}) come (?:out )?(?:and )?(?:look|take a look|check)`,
    '(?:book|schedule|set up|make) (?:an? |the |my )?(?:appointment|visit|service call|time)',
    'can i (?:book|schedule)',
    // Upkeep booked as a visit: "calling to set up an ac check", "book my furnace tune up".
    '(?:set up|book|schedule) (?:an? |the |my |our )?(?:\\w+ ){0,2}(?:check|check ?up|tune ?up|inspection|blow ?out|start ?up)\\b',
    // "it needs to be started up for the summer and probably new pads", "get the sprinklers started up":
    // the season's start-up, upkeep booked as a visit.
    '(?:needs? to be|get (?:it|them|my \\w+(?: \\w+)?|the \\w+(?: \\w+)?|our \\w+(?: \\w+)?)|have (?:it|them)) (?:started up|de-?winteri[sz]ed|winteri[sz]ed|blown out)\\b',
    "(?:i'd|i would|we'd|we would) like to (?:book|schedule)",
    "(?:re-?schedul\\w*|cancel) (?:my |our |the |an |tomorrow's |today's )?(?:appointment|visit)",
    'appointment',
    '(?:get|have) (?:it|that|this|the (?:job|work)) scheduled|go ahead and (?:schedule|book|get it scheduled)',
    '(?:get|put) (?:it|that|this|us|me|him|her|them)? ?on (?:the|your|his|her) (?:schedule|calendar|books)',
    // A price already agreed: "we want to go ahead with it", "we went with you guys", "when can he start".
    // A set day asked for the visit (eval/quoteOrSchedule.md, rule 4): "ideally starting monday the
    // twenty fourth", "get someone out there friday afternoon", "this saturday if you can squeeze it in";
    // not a deadline told as background ("we're moving in friday").
    `(?:(?:you|someone|somebody|he|a crew)(?: guys)? (?:could |can |to )?come(?: out| by| over)?|(?:you|someone|somebody|he)(?: guys)? (?:could|can) (?:do it|get it done|put it (?:up|in))|be (?:here|there)|(?:get|need|want) (?:someone|somebody|you|him|a crew) (?:out|over)(?: there| here)?|squeeze (?:it|us|me|them) in|fit (?:it|us|me) in)\\b[^.!?]{0,25}\\b(?:this |next |on )?${weekday}\\b`,
    // A holiday named for the visit: "i'd love somebody to come clean up the next day on new year's day".
    `(?:someone|somebody|you|a crew)(?: guys)? (?:to |could |can )come\\b[^.!?]{0,40}\\bon (?:new year's (?:day|eve)|christmas (?:eve|day)|thanksgiving|the fourth)\\b`,
    `(?<!\\b(?:school|work|classes|they|we|i) )start(?:ing)? (?:on |this |next )?${weekday}\\b`,
    // "could you paint just that one room before friday, is that possible".
    `(?:could|can) (?:you|someone|somebody|he)(?: guys)? (?:\\w+ ){1,5}(?:before|by) (?:${weekday}|the weekend|this weekend)\\b[^.!?]{0,30}\\b(?:is that possible|is that doable|can you do that|could you do that)`,
    // "i need someone out here the eighteenth or the nineteenth": a day of the month, for the visit.
    '(?:need|want|get) (?:someone|somebody|you|him|a crew) (?:out|over)(?: there| here)? (?:on )?the (?:first|second|third|fifth|\\w+th|twenty[- ]?\\w+|thirty[- ]?first|\\d{1,2}(?:st|nd|rd|th))\\b',
    `${weekday}\\b[^.!?]{0,40}\\bif (?:you|somebody|someone|he|they) (?:can|could) (?:squeeze (?:it|us|me) in|fit (?:it|us|me) in|come|make it)\\b`,
    // The same in Spanish: "necesito que vengan a limpiar el domingo", "pueden venir este viernes".
    '(?:vengan?|pueden? venir)(?: a \\p{L}+)?(?: \\p{L}+){0,3}? (?:este |el |el pr[óo]ximo )?(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)(?![\\p{L}])',
    'go ahead with (?:it|the (?:\\w+ ){0,2}(?:job|work|estimate|quote|bid|repair))|went with (?:you|your company|summit)|(?<!not )ready to (?:book|get started|move forward)|when can (?:he|you|they|you guys) start',
  ]),
);
/** "i'd like somebody to come look whenever you have an opening": a visit, said as a wish. */
const visitAsked = anyWord([
  "(?:i'd like|i would like|have|get) (?:somebody|someone) (?:to )?come (?:out )?(?:and )?(?:take a look|look)(?: at it)?(?=\\s*(?:$|whenever|when|this week|it's not))",
  // "i'd like somebody to come look at it and wrap that pipe", "i just want somebody to come fix it properly".
  "(?:i'd like|i would like|i want|i need|we'd like|we want|just want|like|have|get) (?:somebody|someone|a tech|a plumber|an electrician) (?:to )?(?:come )?(?:out )?(?:and )?(?:look at|take a look|check|fix|wrap|see about)\\b",
  'when(?:ever)? you (?:guys )?have an opening',
  // "i figured i'd just get the furnace tuned up anyway", "i'd like to get a tune up on the calendar".
  '(?:get|have) (?:\\w+ ){0,3}tuned up|(?:get|book|schedule|want|need|due for) (?:a |the |my |our )?(?:\\w+ )?tune[- ]?up',
  // Asked as a question: "can someone come check it out", "can somebody swap the spigot out for me",
  // "any chance he can get out here before saturday".
  '(?:can|could|would|will) (?:you|someone|somebody|anyone|anybody|he|mike|one of your guys|a tech)(?: guys)? (?:please )?(?:just )?(?:come|get out|get over|swing by|stop by|swap|fix|replace|cut|change|turn|hang|put up|check)\\b|any chance (?:he|you|someone|somebody|mike) (?:can|could) (?:come|get out|get over|swing by)',
]);
/** How the business works, asked: licence, insurance, warranty, permits, payment, the size of job taken. */
const termsQuestion = perOwner((owner) =>
  anyWord([
    `(?:are you|is (?:he${orOwner(owner)}|your company)|you're|they're) (?:\\w+ )?(?:licensed|insured|bonded)`,
    '(?:do|does) (?:you|he)(?: guys)? (?:take|accept) (?:credit |debit )?cards',
    '(?:your|the) (?:labor |workmanship )?(?:warranty|guarantee)\\b[^.!?]{0,30}\\b(?:cover|transfer|last|good for)',
    'how long do you (?:guarantee|warranty)',
    '(?:do|does) (?:you|i|he)(?: guys)? (?:need|pull|get) (?:a |the )?permits?',
    '(?:do|does) (?:you|he)(?: guys)? (?:take|do) small jobs',
    // Papers an association or an insurer asks for: "can you send a certificate of insurance".
    "certificate of insurance|liability insurance|workers' comp|workers comp|(?:do|does) (?:you|i|he)(?: guys)? need a (?:contractor's )?license",
    // How a visit goes: "do i need to be home", "do your girls bring their own vacuum", "is it the same lady every time".
    "(?:do|will) (?:i|we) (?:need|have) to be (?:home|there)|bring (?:their|your|his|her) own(?: (?:\\w+ )?(?:supplies|vacuum|products|equipment|stuff|things)| or\\b)|same (?:person|lady|girl|guy|crew|cleaner|team) every time|(?:do|does) (?:you|he)(?: guys)? sub (?:it |that |the \\w+ )?out|what(?:'s| is) included in|(?:does|will|would) (?:the |my )?insurance (?:usually )?(?:cover|pay for) (?:that|it|this)|what kind of insurance",
    // What the business takes on: "do you guys work on well pumps or is it just house plumbing".
    '(?:do|does|can) (?:you|he|your (?:handyman|guy|guys|crew))(?: guys)? (?:do|work on|build|fix|clean|put in|install|handle)\\b[^.!?]{1,50}\\bor (?:just|only|is it just|is that just|is it only|do i need)\\b',
    // The same in Spanish, and where the business works: "arreglan techos de teja o nomás de shingle", "y trabajan en northglenn".
    '(?:arreglan|hacen|instalan|limpian|trabajan con) [^.!?]{1,50} o (?:nom[áa]s|solo|solamente)\\b|(?:ustedes |y )trabajan (?:en|por|hasta) \\p{L}+',
    '(?:do|does) (?:you|he)(?: guys)? (?:work|go|come out|service|cover|travel) (?:in|out to|up to|down to|as far as|out as far as) [a-z]+',
  ]),
);
/**
 * Price words that ask no price: a surname ("it's devon price", "dana price"), someone else's rates
 * ("the water company already raised the rates on us"), a hose bib misheard as "hose bid", how much
 * to water new sod.
 */
const notAPrice =
  /(?:^|\b(?:my name is|name's|it's|this is|i'm|i am) (?:[a-z]+, )?)(?!(?:the|a|what|what's|whats|good|fair|best|your|his|that|any|no|ok|okay|same|full|total|lower|higher|fixed|flat|rough|ballpark|right|real|sale|retail|asking|give|gave|need|want|get|send|know|ask|wanted|needed|lowest|cheap|cheaper|better)\b)[a-z]+ price(?= *$| *,| (?:and|here|calling|my|\d))|\b(?:raised|raise|raising|increased|hiked|upped) (?:the |our |their |my |his |her )?rates\b|\bhose bid\b|\bhow much (?:should|do|can) (?:i|we) (?:be )?(?:water|mow|run|use|feed|fertiliz)\w*/g;
const estimateGiven =
  /\b(?:go (?:ahead|forward) with (?:the|his|your|that) (?:\w+ ){0,2}(?:estimate|quote|bid)|gave (?:us|me) (?:an?|the|his|a free) (?:estimate|quote|bid|price)|(?:got|have|accepted) (?:an?|your|the|his|\w+'s) (?:estimate|quote|bid)(?: email| text| letter)?(?= and| for| from| last| yesterday)|(?:clicked )?accept(?:ed)? (?:on )?(?:the|your|his) (?:estimate|quote|bid)|compared (?:the |all )?(?:\w+ )?(?:bids|quotes|estimates))\b[^.!?]*?(?=\band\b|$)/g;
/**
 * How the business charges, asked before any job: "do you charge for the estimate", "is there a
 * trip charge", "how much do you want down". A question about terms, not a price for work.
 */
const chargingTerms =
  /\b(?:(?:charge|fee|pay)\w* (?:anything |extra )?(?:for|to) (?:the |an |your |a )?(?:estimates?|quotes?|bids?|coming out|come out|trip|travel|drive|driving|mileage|distance)|(?:trip|travel|mileage|service call|call[- ]out|diagnostic) (?:charge|fee)s?|(?:is|are) (?:the |your |that )?(?:estimates?|quotes?) (?:really )?free|free estimates?|per mile|(?:how much (?:is|are) (?:the |your |a )?)?(?:deposits?|down payment)|(?:how much (?:do|would|will) you )?(?:want|need|take|ask for) (?:\w+ ){0,2}(?:down|up front)|how (?:long|many days) is (?:the|your|that|an?) (?:price|quote|estimate) good|how much (?:is|are) (?:the |your |a )?(?:service call|call[- ]out|trip)\b(?! to))\b/g;
/**
 * The charge to come out asked, of a job told ("the gfci won't reset ... what's your trip charge"):
 * a price asked (eval/quoteOrSchedule.md, rule 1: "the minimum or trip charge"), not only terms.
 */
const tripChargeAsked =
  /\b(?:what(?:'s| is| are)|is there|do you(?: guys)? (?:have|charge)|how much (?:is|are|do you(?: guys)? charge))\b[^.!?]{0,25}\b(?:trip|service call|call[- ]out|diagnostic) (?:charge|fee)s?\b|\b(?:how much|what) do you(?: guys)? charge (?:just )?(?:to|for) (?:come|coming) (?:out|look)\b/;
/** "Are you hiring helpers?": work wanted from the business, not for it. */
const jobSeeker = perOwner((owner) =>
  anyWord([
    `(?:are you|you guys|is (?:he${orOwner(owner)})) (?:hiring|taking on|looking for)(?: any)? (?:help|helpers?|apprentices?|workers?|guys|someone|anyone|painters|plumbers|electricians|roofers|laborers|techs|technicians|cleaners|drivers|crew|landscapers)`,
    'take (?:someone|somebody|me) on to learn',
    'send (?:you |in |over )?my resume',
    'looking for (?:work|a job)',
    // "i'm looking for a plumbing apprenticeship or like any helper job", "i want to get into a trade".
    `apprenticeship|helper job|get into (?:a|the) trades?\\b|(?:are you|you guys|is (?:he${orOwner(owner)})) taking (?:anybody|anyone|somebody|someone) on`,
    '(?:job|position) (?:opening|available)',
    // "hi um are you guys hiring? could i talk to the owner".
    // "i wanted to ask if you guys are hiring at all".
    `(?:are you|you guys(?: are)?|is (?:he${orOwner(owner)}))(?: guys)? (?:still )?hiring\\b(?! (?:out|a sub|subs|subcontractors))`,
  ]),
);
/** "i'd like to pay it over the phone": a bill paid, heard both as an errand and as a courtesy call. */
const payOverThePhone = 'pay (?:it|the bill|the invoice|my bill) over the phone';
/** Business with the business, not a job for the caller (eval/quoteOrSchedule.md, rule 11). */
const businessErrand = anyWord([
  '(?:trying to|want to|wanted to|need to|calling to|like to|just) pay (?:my|the|our|an|this|his) (?:invoice|bill|balance)|(?:give|read) (?:him|you) (?:the|my) card number',
  payOverThePhone,
  '(?:building|permit|code enforcement) (?:division|department|desk|office)|correction notice|the final (?:got |was )?(?:rejected|failed)',
  // "we got a shingle drop scheduled for tomorrow ... or we gotta push the delivery".
  '(?:load|delivery|truck ?load) of (?:shingles|lumber|osb|drywall|plywood|pavers|mulch|sod|gravel|rock|materials|tile)|shingle drop|(?:push|reschedule|confirm) the delivery|(?:roofing|lumber|plumbing|electrical|tile|stone|building|landscape)(?: and \\w+)? supply\\b[^.!?]{0,40}\\b(?:sitting|parked|out front|here with|your order|the order|delivery)|about (?:his|your) (?:\\w+ ){0,2}delivery\\b',
  // A supply house on the line: "this is dana from front range plumbing supply", "brent over at front
  // range plumbing supply", "at the will call counter".
  '(?:from|with|over at|out at|down at) (?:\\w+ ){0,3}(?:plumbing|electrical|lumber|roofing|building|tile|stone|landscape)(?: and \\w+)? supply\\b|will ?call counter',
  // "it's nate from mountain states supply": a supply house by its own name; not water "from the supply line".
  "(?:it's|this is|i'm) \\w+ (?:from|with|over at|at) (?!(?:the|a|an|my|our|your|his|her|their|this|that|water|main|hot|cold)\\b)(?:\\w+ ){1,3}supply(?: house| company| co)?\\b(?! (?:lines?|valves?|pipes?|hoses?|side|tubes?)\\b)",
]);

/** "your guy ... came", "mike's crew ... put": this business's people, at work (after "your" or the owner's name). */
const businessPeople =
  '(?:\\w+ )?(?:plumber|helper|guy|guys|crew|tech|techs|technician|fella|cleaners?|workers?|painters?|roofers?|electrician|installers?|foreman|team|men|girls|ladies|lady|man|gals|landscapers?|mowers?|handyman)';
/** What they did, up to a few words on: "came", "put", "cut". */
const didWork =
  '\\b[^.!?]{0,40}\\b(?:came|was|were|did|put|installed|replaced|painted|fixed|finished|left|told|said|started|showed|snaked|unclogged|serviced|repaired|patched|tore|charged|cut|shingled|planted|hung|mowed|wired|rewired|aerated|stained|sealed|flushed|cleaned|mounted|trimmed|washed)';
const businessPeopleDid = `${businessPeople}${didWork}`;

/** "mike did her whole yard": a referral's work, not the caller's. */
const forSomeoneElse =
  "(?! (?:her|his|their|my (?:\\w+ )?(?:neighbou?r|friend|sister|brother|mom|mother|dad|father|parents|son|daughter|cousin|aunt|uncle|boss|coworker)(?:'s|s')?)\\b)";

/** Work this business did, by whoever did it. */
const pastWork = anyWord([
  // "ustedes me pintaron la cocina", "ustedes nos arreglaron el techo".
  'ustedes (?:me |nos |le )?\\p{L}+aron',
  `your ${businessPeopleDid}`,
  // The owner's people, said of him: "his guys took the tarp off", "his crew left my gate open".
  `his (?:guys|crew|men|workers|helpers?|painters|roofers)${didWork}`,
  // Told in plain verbs by callers still learning English: "your worker come yesterday", "you fix my
  // roof in april", "your company change my roof"; not asked for ("can your guy come").
  '(?<!\\b(?:can|could|would|will|should|if|when|do|does|did|to|let|might|may) )(?:you|your (?:\\w+ )?(?:man|worker|workers|guy|guys|people|company|crew|electrician|plumber|painter|roofer|tech)) (?:come|install|fix|change|paint|cut|clean|put) (?:my|our|the|yesterday|last|on)\\b',
  'your (?:company|people)\\b[^.!?]{0,20}\\b(?:did|put|installed|replaced|painted|redid|re-did|built|rebuilt)',
  // "calling about the painters who did my kitchen", "the handyman who was here today"; not "the guy who
  // mowed for us all summer", "the plumber who did our toilet": another outfit's, as often as not.
  // Nor "the guy who did my neighbor's roof", a referral.
  `(?:your|about the) ${businessPeople} (?:who|that) (?:was|were|came|did|put|installed|painted|cleaned|fixed|hung|mowed|redid)\\b${forSomeoneElse}|the ${businessPeople} (?:who|that) (?:was|were|came) (?:here|out|over|by) (?:today|yesterday|this (?:morning|afternoon)|on ${weekday}|${weekday})\\b`,
  // "the painters just finished our bedrooms yesterday": said to the business, its own crew.
  '(?:the|your) (?:painters|crew|cleaners|roofers) (?:just )?finished (?:our|my)\\b',
  // A customer of its rounds: "we're on your fertilizer program", "we're on your weekly mowing plan".
  'on your (?:\\w+ ){0,2}(?:program|plan)\\b',
  // "because i paid you guys to do the move out clean".
  'i paid (?:you|you guys|your (?:company|crew|guys|people|cleaners)) (?:to|for)\\b',
  // "had our furnace replaced by you guys in november".
  '(?:replaced|installed|put in|done|painted|fixed|serviced|built|redone) by (?:you|you guys|your (?:company|crew|guys|people))\\b',
  // Not asked for: "can you put in a new faucet".
  "(?<!\\b(?:can|could|would|will|should|if|when|do|did) )(?:you|you guys|you folks|you people|y'all) (?:supposedly |just |already |recently )?(?:did|put|installed|replaced|painted|redid|re-did|fixed|repaired|patched|flushed|built|rebuilt|poured|serviced|finished|sent|wired|blew|turned on|started up|recharged|mowed|hung|cleaned|stained|sealed|winterized|aerated|trimmed|plowed|tuned|planted|laid|tiled|rewired|shingled|re-shingled|roofed|re-roofed|sprayed|treated|fertilized|seeded|power washed|pressure washed)\\b(?! me\\b)",
  // "i had you guys do a deep clean on thursday", "i had a plumber from you out on the tenth".
  // "we had our first cleaning from you guys on tuesday".
  '(?:i|we) had (?:our|my|a|the) (?:first |last |second |\\w+ )?(?:cleaning|service|visit|appointment|install\\w*|job|mowing|tune ?up) (?:from|with|by) (?:you|you guys|your (?:company|crew|guys|people|cleaners))\\b',
  // A round of this business's: "we had our every other week cleaning friday and ... wasn't touched".
  `(?:i|we) had (?:our|my) (?:\\w+ ){0,4}(?:cleaning|mowing|service|treatment|tune ?up) (?:on )?(?:${weekday}|yesterday|today|this morning)\\b`,
  // "you had a guy out here in may to mount our tv".
  '(?:you|you guys) had (?:a|your|the) (?:guy|tech|crew|man|plumber|electrician|painter|handyman) (?:out|over) (?:here|there)\\b',
  '(?:i|we) had (?:you|you guys|your (?:\\w+ )?(?:crew|guys|company|people|girls|cleaners)|(?:a|an|the|your) \\w+ from (?:you|you guys|your company)) (?:do|out|come|clean|paint|fix|put|install|over)\\b',
]);
/** "mike painted our living room", "mike's crew put in", "mike was out last monday and replaced the igniter": the owner's own work, by his name from settings. */
const ownerDidIt = perOwner((owner) =>
  owner
    ? new RegExp(
        `\\b${owner}'s ${businessPeopleDid}|\\b${owner}\\s+(?:already |just |recently |supposedly )?(?:did|put|installed|replaced|painted|redid|fixed|built|rebuilt|serviced|finished|wired|hung|cleaned|stained|sealed|repaired|patched|came out|was (?:out|here|over)(?! of\\b))\\b${forSomeoneElse}`,
      )
    : null,
);

/**
 * How work just done fails, told after it: "mike put in a new faucet last week and now there's water
 * under the sink every morning", "two of them flicker now", "now the mount is pulling away from the wall".
 * Only of work done lately (justDone): "mike did our roof two years ago and now there's a drip" is a
 * repair, trouble new since.
 */
const failsSince = (() => {
  const trouble =
    "(?:leak\\w*|drip\\w*|flicker\\w*|water (?:under|on the floor|all over|coming|everywhere)|puddles?|pulling (?:away|out|loose|off)|sagg\\w*|peel\\w*|crack(?:ed|ing|s)?|rattl\\w*|buzz\\w*|louder|noisy|trip(?:s|ping)|(?:won't|doesn't|don't|isn't|aren't|stopped|quit) (?:\\w+ )?(?:work|working|turn(?:ing)? on|com(?:e|ing) on|clos(?:e|ing)|latch(?:ing)?|drain(?:ing)?|heat(?:ing)?|cool(?:ing)?)|go(?:es)? (?:off|out) by (?:it|them)sel(?:f|ves)|came loose|fell (?:off|down|out)|loose|bubbl\\w*|came (?:right |clean |straight )?(?:out of|off) the wall)";
  return anyWord([
    `now\\b[^.!?]{0,40}?\\b${trouble}`,
    `${trouble}\\b[^.!?]{0,15}\\b(?:now|this morning|today|already)`,
    // "mike put a new faucet in two weeks ago ... but since friday it's been dripping from the spout".
    `since (?:${weekdayNames}|yesterday|last (?:night|week)|the weekend|this morning)\\b[^.!?]{0,25}?\\b${trouble}`,
  ]);
})();
const justDone = anyWord([
  `yesterday|today|this (?:morning|week)|last (?:week|month)|(?:a|one|two|three|four|five|six|a few|a couple(?: of)?|\\d+) (?:days?|weeks?) ago|(?:about |like )?a month ago|${weekday}`,
  // "mike put in a new garbage disposal for me back in april and now there's water dripping", "end of
  // may", "it's only two months old": this season's work.
  `(?:back in|(?:the )?(?:end|beginning|middle|start) of) ${month}|(?:a|one|two|three|a couple(?: of)?) months? (?:ago|old)`,
]);
const longAgo = anyWord(['years? ago|last (?:year|spring|summer|fall|autumn|winter)|(?:in|of) (?:19|20)\\d\\d']);
/** Work told against what was chosen or what was there: "way darker than the sample we picked", "cut way too short". */
const worseThanAsked = anyWord([
  '(?:darker|lighter|louder|noisier|worse|shinier|glossier|brighter|smaller|shorter) than (?:the (?:old one|sample|swatch|chip|picture|one we (?:picked|chose|had))|before|what (?:we|i) (?:picked|chose|wanted|asked for|ordered))',
  '(?:way|much|far|a lot) too (?:short|dark|light|low|high|shiny|glossy|loud|thin)',
]);

/** The work gone wrong since: not fixed, back again, damage or a mess left. */
const workFailed = anyWord([
  // "the oven and the baseboards weren't done", "it's still blowing warm": paid for and not delivered.
  "(?:wasn't|weren't|isn't|aren't) (?:even )?(?:done|touched|cleaned|wiped|vacuumed|blown out|winterized)\\b",
  // Said of work already paid for: "i'm pretty annoyed", "no es justo" (glossed "not fair").
  "(?:i'm|i am|we're|we are) (?:pretty |really |very |so )?(?:upset|annoyed|unhappy|disappointed|frustrated)|(?:it's |that's |it is |that is )?not fair",
  "(?:didn't|did not|never) (?:really |actually )?(?:fix|finish|clean|cover|touch|do|put|repair|solve)",
  "(?:isn't|wasn't|not|never|weren't|aren't) (?:really |actually |even )?(?:fixed|finished|done right|covered|touched|cleaned|right)\\b",
  '(?:leak|leaking|leaks|dripping|drips|peeling|bubbling|cracking|cracked|quit|broke|broken|stopped|failed|backing up|clogged)\\b[^.!?]{0,15}\\b(?:again|ever since|since then|already)',
  "(?:again|ever since|already|still)\\b[^.!?]{0,15}\\b(?:leak\\w*|drip\\w*|peel\\w*|bubbl\\w*|crack\\w*|broke\\w*|quit|stopp\\w*|burn(?:ed|t) out|fail(?:ed|ing)|falling (?:off|apart)|coming (?:off|loose)|won't (?:start|work|turn on|stop)|turning (?:yellow|brown)|dead|pull\\w* (?:out|off|away))",
  // "the kitchen outlets your guy put in two of them don't work at all".
  "(?:don't|doesn't|do not|does not) work at all",
  'overspray|(?:paint )?(?:specks|speckles|flecks) (?:all )?(?:over|everywhere)|trampled|se est[áa] pelando|ya se (?:pel[óo]|cay[óo]|rompi[óo])|(?:again|already|still)\\b[^.!?]{0,15}\\b(?:going|goes|went) out\\b',
  '(?:no|without|never put down) (?:any )?drop cloths?|nobody (?:put|covered)|(?:paint|splatters?|spatters?|dust|drywall dust|nails?|mud|scratches|gouges) (?:all )?(?:over|everywhere|on (?:the|our|my) (?:floor|floors|carpet|couch|driveway))',
  'band[- ]aid',
  // "one of them pulled right out of the wall", "the crew missed my lawn two weeks in a row",
  // "the upstairs bathroom didn't get done at all", "the paint doesn't match", "nobody showed".
  "pulled (?:right |straight )?(?:out of|off|away from) the wall|missed (?:my|our) (?:lawn|yard|house|place|day|week)|(?:two|three|four|\\d+) (?:weeks|times|days) in a row|(?:didn't|did not|never) (?:get|got) (?:done|cleaned|finished|touched)|(?:doesn't|does not|don't|do not) match|nobody (?:showed|came)|(?:come|came) back (?:and|to) finish",
  // "the bathroom was barely touched", "he left the thermostat hanging off the wall".
  'barely (?:touched|cleaned|done|wiped|vacuumed|mopped|dusted)|left (?:the|a|my|our) (?:\\w+ ){0,2}(?:hanging|dangling)\\b',
  // "guess what it's back same exact spot", "tripped three times since", "starting to peel".
  "(?:it's|it is|they're|they are|the (?:leak|problem|issue|noise|drip|clog)(?:'s| is)) back\\b(?! (?:yard|door|porch|bedroom|room|side|deck|fence|wall|corner|of|in|here|there|up|on|to (?:the|my|our)))",
  'same (?:exact )?spot|the same (?:\\w+ )?(?:room|bedroom|bathroom|kitchen|place|corner|area|wall|ceiling) again|coming (?:in|through|out) (?:in |at |from )?the same place|(?:puddle|water|wet)\\b[^.!?]{0,30}\\bagain\\b',
  // "the noise is still there same like before", "zone three still isn't popping up".
  "(?:noise|leak|drip|smell|problem|issue|crack|stain)(?:'s| is| was) still there|same (?:like|as) before|still (?:isn't|is not|aren't|are not|not) \\w+ing\\b",
  '\\b(?:twice|(?:two|three|four|five|several|a few|\\d+) times) (?:since|this week|already|now|in a week)',
  'starting to (?:peel|crack|leak|sag|rust|fade|chip|flake|bubble|lift|come (?:off|loose|apart))',
  "still (?:doesn't|does not|won't|isn't|is not) (?:\\w+ )?(?:work|cool|heat|drain|hold|start)\\w*",
  '(?:ordered|put in|installed|brought) the wrong',
  // "so now i get to sleep in the wrong color", "you put up the wrong fixture".
  '\\bthe wrong (?:color|colour|paint|shade|stain|tile|size|model|fixture|faucet|shingles?|gr[ae]y|white|beige|blue|green|tan)\\b',
  // "now the drain valve is dripping, it wasn't doing that before": a fault since the work.
  "(?:wasn't|weren't|didn't|never) (?:doing|do|did) (?:that|this|it) before",
  // The work told, then how it fails: "you guys put in recessed lights a month ago / and now four of them
  // flicker"; not "mike fixed our water heater last spring and now the kitchen faucet is leaking", new trouble.
  "\\band now (?:it|they|(?:some|one|two|three|four|half|all|a few|\\w+) of them)(?:'s| is| are)? (?:\\w+ ){0,2}(?:flicker\\w*|leak\\w*|drip\\w*|(?:won't|doesn't|don't) (?:work|start|stop|close|latch|drain|turn on)|quit|stopped working|went out|go out|goes out|cracked|peeling|sagging|buzz\\w*|trips?|tripping)\\b",
  // Damage done on the job: "three of my sprinkler heads are snapped right off", "one of the ladders
  // put a pretty good dent in my gutter", "there's shingles flapping up on the back side".
  '(?:snapped|knocked|broken|broke) (?:right |clean )?off|(?:put|left|made) (?:a |some )?(?:\\w+ ){0,3}(?:dent|dents|hole|holes|gouge|gouges|scratch|scratches) in (?:my|our|the)\\b|shingles? (?:are |is )?(?:flapping|lifting|blowing)',
  // "they missed the wall behind the bedroom door", "paint drips on the hardwood floor".
  '(?:missed|skipped|forgot) (?:the|a|some|one|two|part|half|a spot|spots|a wall|a room)\\b|(?:paint )?drips on (?:the|our|my)',
  'came back (?:twice|two times|three times|again)',
  // "they drove that machine right across my front yard ... big ruts", "never plugged it back in",
  // "he left a pile of screws".
  '\\bruts\\b|drove\\b[^.!?]{0,30}\\b(?:across|over|through) (?:my|our|the) (?:\\w+ )?(?:lawn|yard|grass|beds?)|never (?:plugged|hooked|put|turned) (?:\\w+ )?back (?:in|on|up)|left (?:a )?(?:pile|bunch|mess) of',
  // "it's doing the same exact thing again", "i specifically told the lady not to", "white marks all down the hallway".
  '(?:doing|did|does) (?:the )?(?:same|exact same|same exact) thing(?: again| as before)?|same (?:exact )?(?:problem|issue) (?:again|as before)',
  '(?:specifically|clearly|explicitly) (?:told|asked)\\b[^.!?]{0,60}\\bnot to',
  "(?:marks|drips|chips|spots|streaks|scratches) all (?:down|over|along)|(?:doesn't|does not) look like (?:anybody|anyone|they|he|she) \\w+",
  "still (?:don't|do not|haven't) (?:have|got)",
  // "it's rocking again", "blowing warm again", "whatever he did didn't hold", "it lasted two days";
  // not the caller "moving again" or "calling again", nor the season's "leaves are coming down again",
  // nor "i want the same thing again".
  "(?<!\\b(?:leaves|weeds|grass|snow|needles|pollen)(?: are| is|'s)? )\\b(?!(?:moving|calling|thinking|looking|planning|trying|asking|going|doing|getting|selling|buying|hosting|travell?ing|painting|redoing|thing|something|anything|nothing|everything)\\b)\\w+ing (?:\\w+ )?again\\b",
  "(?:didn't|did not|doesn't|won't) hold\\b|(?:only )?lasted (?:a |one |two |three |a couple |\\w+ )?(?:days?|weeks?|hours?)",
  'keeps? (?:tripping|leaking|dripping|popping|shutting off|going out|cutting out)',
  'never got (?:\\w+ed|done|finished|fixed|painted|cleaned)|left (?:the )?(?:tape|trash|debris|a mess|nails|paint)',
  "(?:is that|is it|isn't that|isn't it|wasn't that) (?:covered|under (?:the |your )?warranty)",
  // Said of the business's own work, someone sent back to it: "could somebody come back out and take a
  // look" (38 of the 42 tune calls that say it of work done are complaints), "it's a brand new roof";
  // not "can they come back and do it this week, that's totally my fault".
  "(?<!\\b(?:my|our) fault\\b[^.!?]{0,80})\\b(?:come|coming) back (?:out )?(?:and |to )?(?:look|take a look|check|fix|redo|re-do|finish|see about)\\b(?![^.!?]{0,80}\\b(?:my|our) fault\\b)|it's (?:a )?brand new(?: (?:roof|furnace|unit|faucet|toilet|water heater|panel|system))?\\b",
  // "it's not the color we picked", "the half that went in first is totally brown now".
  'not the (?:color|colour|shade|paint|stain|tile|one) (?:we|i) (?:picked|chose|ordered|asked for|wanted)|(?:totally|all|completely) (?:brown|dead|yellow) now',
  // Told of work just done: "the stain is coming off in patches already", "the caulk is already turning
  // black", "picked like thirty nails out of the driveway", "my car is covered in little white specks",
  // "the oven was supposed to be included", "a brown strip since the last treatment".
  '(?:coming|peeling|flaking|chipping) off (?:in (?:patches|spots|places|sheets|chunks)|already)|already (?:turning|going|getting|coming|peeling|flaking|chipping|falling|cracking|leaking|sagging|rusting)\\b',
  '(?:picked|picking|found|finding|pulled) (?:up )?(?:\\w+ ){0,3}nails\\b|overspray|(?:covered|speckled) (?:in|with) (?:\\w+ ){0,3}(?:specks|spots|paint|dots|drips)',
  '(?:was|were) supposed to be (?:included|done|cleaned|part of)|since (?:the|your) last (?:treatment|visit|cleaning|service|application|mowing|spray)',
]);
/** Whose bad work it was, when it was not this business's: "the outfit that put in my ac", "we had a handyman patch it". */
const otherCompany = anyWord([
  "(?:wasn't|was not|it wasn't|not) (?:you|you guys|your (?:company|guys|crew|people))\\b",
  '(?:some|the other|the last|the previous|our old|my old|our last|my last|the old|our previous|my previous) (?:\\w+ )?(?:company|outfit|contractor|guy|plumber|electrician|painter|roofer|handyman|crew|landscaper|cleaners?|installer)\\b',
  '(?:we|i) (?:had|hired|used|paid|booked) (?:a|some|another|this|two|three|a couple(?: of)?) (?:\\w+ )?(?:guys?|handym[ae]n|contractors?|compan(?:y|ies)|outfits?|crews?|plumbers?|electricians?|painters?|roofers?|cleaners?|landscapers?)\\b',
  // Named by what they did for the caller: "the company that put in our sprinkler system", "the
  // company we had last year", "the lady i booked", "the furnace people were supposed to come back".
  '(?:the|a) (?:\\w+ )?(?:company|outfit|contractor|guy|lady|people|crew|roofer|plumber|electrician|painter|handyman|landscaper|cleaners?|installer)s? (?:that|who|we|i) (?:had|hired|used|booked|paid|put|installed|did|started|was supposed|were supposed)\\b(?! to\\b)',
  "the (?:\\w+ )?(?:people|roofer|plumber|electrician|painter|handyman|landscaper|contractor|installer)s? (?:never|didn't|tore|took (?:a|my|our|the) deposit|were supposed|was supposed|just (?:left|quit|disappeared|stopped))\\b",
  // Not "your door hanger said first clean eighty nine dollars": this business's own.
  '(?<!\\byour )door hanger',
  // "i've left messages with two other plumbers and nobody's called back".
  '(?:\\w+ )?other (?:companies|company|contractors?|plumbers?|electricians?|roofers?|painters?|places|outfits|guys)\\b',
  // Let down elsewhere before calling here: "i've called like four roofers and two never showed up", "a guy
  // from facebook said he'd come", "a cleaning lady through an app", "my brother started it last summer".
  '(?:called|tried|had|hired|used) (?:like |about )?(?!(?:you|your)\\b)(?:\\w+ ){0,2}(?:roofers|plumbers|painters|electricians|companies|places|contractors|cleaners|guys)\\b',
  '(?:the last|the other|the previous) (?:two |three |couple |few )?(?:places?|painters|plumbers|roofers|guys)\\b',
  '(?:guy|lady|man|woman|somebody|someone|company) (?:from|on|off|through) (?:facebook|craigslist|nextdoor|an app|the app|thumbtack|angi|yelp)|through an app',
  'my (?:brother|husband|dad|father|son|neighbou?r|friend|cousin|uncle|brother-in-law|landlord) (?:started|did|tried|put|was doing)\\b',
  // "another plumber came out looked at it ... and then nobody ever came back".
  'another (?:company|contractor|plumber|electrician|roofer|painter|outfit|guy|handyman|landscaper) (?:came|was|did|told|said|looked|quoted)\\b',
]);
/** A call to thank, to say a review was left, to return the business's call, to pay a bill, an inspector's: no job to book. */
const courtesy = perOwner((owner) =>
  anyWord([
    '(?:just )?(?:wanted|calling|want) to (?:call and )?(?:say )?(?:a )?(?:big )?thank(?:s| you)',
    // Praise and a referral passed on: "i don't need anything i just wanted to say the crew did a beautiful job".
    `(?:just )?(?:wanted|calling|want) to (?:say|tell (?:you|him${orOwner(owner)})) (?:that )?(?:the crew|your (?:crew|guys|guy|people)|it|they|he|everything)(?:'s)? (?:did|does|looks?|turned out|came out) (?:a )?(?:\\w+ )?(?:beautiful|great|amazing|fantastic|wonderful|nice|awesome|perfect|gorgeous)|gave (?:your|his${owner ? `|${owner}'s` : ''}) number to (?:my|our|a)\\b`,
    'say thank you',
    '(?:wrote|left|posted|write|leave|post) (?:a|you a|the) (?:\\w+ )?review',
    '(?:send|email|e-mail|text) (?:me )?(?:an? |the )?(?:itemized (?:invoice|receipt|bill)|copy of (?:the|my) (?:invoice|receipt|bill))',
    'five stars',
    "returning (?:a|your|the|his|her|\\w+'s) (?:call|message|voicemail)",
    // A reference checked, a referral passed on, a bill mailed: no job either.
    "checking (?:on )?references?|reference check|(?:gave|listed|put down) (?:me |us )?(?:\\w+'s|your|his|her) name as a reference",
    // A visit called off: "i need to cancel", not "what if i have to cancel" nor an insurer cancelling a policy.
    '(?<!\\bif (?:i|we) )(?:need|have|want|gonna have|going to have|calling|like|got) to cancel\\b(?! (?:my|our|the) (?:contract|policy|insurance|subscription|card|account))',
    "give (?:her|him|them) (?:\\w+'s|his|your) number",
    'mail (?:you )?(?:a|the) check',
    '(?:somebody|someone|you) called me from this number',
    '(?:got|had|have|saw) a missed call from (?:this|your) number|calling back to see who (?:it was|called)',
    // A bill to pay, an inspector at the door: no job to book either.
    '(?:want|wanted|like|need|trying) to (?:just )?pay (?:off )?(?:it|the|my|this|that|an?) ?(?:bill|invoice|balance)?',
    payOverThePhone,
    "(?:with|from|at) the (?:city|county)(?: and county of \\w+)?(?:'s)? (?:building|inspections?|permits?)|(?:this is|i'm|it's) (?:\\w+ ){0,3}(?:the |your |an? )?(?:building |city |county )?inspector\\b|building inspections",
    // Paperwork, a supplier, a former worker's employer, a tool left behind, a visit
    // run late for: business about work already booked or done, nothing to book.
    "lien (?:release|waiver)|\\bw-?9\\b|(?:need|want|lost|find) (?:a |another )?copy of (?:the |my |our )?(?:receipt|invoice)\\b|(?:can't|cannot) find (?:the|my|our) (?:receipt|invoice)\\b|(?:never got|didn't get|haven't gotten|haven't got) (?:an?|the|my) (?:invoice|bill|receipt)",
    // Not "my water heater order arrived, can you put it in": a supplier's news, for the business.
    '(?:order|shipment)\\b[^.!?]{0,60}\\b(?:came in|is in|is ready for (?:pick ?up|him)|back ?ordered)|\\bback ?ordered\\b',
    'employment verification|dates of employment|verify (?:his|her|their) employment|(?:verify|confirm) (?:that )?(?:he|she) (?:works|worked)',
    '(?:left|forgot) (?:his|their|my|an?|the|your|her) (?:\\w+ ){0,3}(?:ladder|toolbox|tool ?box|tools|drill|saw|tape measure|cooler|jacket)\\b',
    "(?:i'll|i will|i'm gonna|we'll|i'm going to) be (?:\\w+ ){0,3}late\\b|(?:i'm|we're) running (?:\\w+ )?late",
    // A quote turned down, a repair that held: "we decided to go with another company", "it's been running perfect".
    '(?:decided to go|going|gonna go|ended up going|went) with (?:another|a different|the other|someone else)\\b',
    `(?:wanted|calling) to let (?:him|you${orOwner(owner)}) know (?:it's|it has|everything's|everything is|that it's) (?:been )?(?:running|working|holding up|doing) (?:perfect|perfectly|great|fine|good)`,
    '(?:has been|been|is) (?:running|working) (?:great|perfect|perfectly|fine|good) (?:since|ever since)|(?:wanted|want|calling) to tell \\w+ thank(?:s| you)|tell \\w+ (?:i said )?(?:hi and )?thanks',
  ]),
);
/** "I have a question about my bill": a question announced, before it is asked. */
const announcedQuestion = anyWord([
  "(?:(?:i|we) (?:just |only )?(?:have|had|got)|(?:i've|we've) (?:just |only )?got) (?:a |one |a couple(?: of)? |some )?(?:quick |random |simple )?questions?",
  "(?:don't|do not) need anything done (?:right now|yet|now|today)",
  '(?:quick|random|simple) question',
  // "we're new here ... nothing's broken right now knock on wood".
  "(?:nothing's|nothing is) (?:broken|wrong|leaking) (?:right now|yet|at the moment)",
  '^(?:(?:hi|hey|hello|yeah|um|uh|so) )*question\\b',
  'not ready to (?:book|schedule|do anything|set (?:anything|it|something) up)',
  "(?:i'm|i am|we're|we are) not booking (?:yet|anything|today|right now)|(?:don't|do not) (?:wanna|want to) set (?:anything|something|it) up|(?:just )?(?:wanted to|wanna|want to) know before (?:he|she|i|we) (?:calls?|books?|decides?)",
  'just (?:wanted|want|calling|called) to ask',
  // Only asking, and saying so: "no i'm not hiring anybody i just figured a painter would know", "i'm
  // just asking around right now", "i'm not looking for another one i'm just comparing the warranty stuff".
  "just (?:asking(?: around| for later)?|wondering)|(?:i'm|i am|we're|we are) just (?:comparing|curious)|not hiring (?:anybody|anyone)|not looking for (?:another|a|an) (?:bid|quote|estimate)|(?:that's|that is) (?:really )?all i (?:wanted|needed) to know|nothing to schedule (?:yet|right now)",
  'just (?:gathering|getting) (?:some )?information|just doing (?:some )?(?:homework|research)',
  'double[- ]checking',
]);
/** A caller who says they only wanted to know: "ok good to know that's all i was wondering", "no that's it just wanted to know". */
const doneAsking = anyWord([
  answeredAll,
  "(?:that's|that is|thats) (?:it|all)\\b[^.!?]{0,12}\\b(?:i )?just (?:wanted|needed) to (?:know|ask|check)",
  "(?:that's|that is|thats) (?:what|all) i (?:needed|wanted|was after)\\b(?! (?:done|fixed|painted|cleaned|put))",
  '(?:okay|ok|thanks|great|perfect) (?:thanks |thank you )?that helps|that helps (?:thanks|thank you|a lot)',
  // "nomás quería saber" (I just wanted to know), "ahorita no necesito nada" (I need nothing right now); not a closing "no necesito nada más".
  'nom[áa]s quer[íi]a saber|ahorita no (?:necesito|ocupo) nada',
]);
/** About a visit already booked: "is he still coming today", "is that part in yet", "when's he coming back". */
const aboutVisit = perOwner((owner) =>
  anyWord([
    '(?:is|are) (?:he|she|they|you|the crew|your (?:guy|guys|crew|tech|technician))(?: guys)? still coming',
    "(?:is|has) (?:the|that|my|our) (?:\\w+ )?part (?:come in|came in|in yet|arrived|shown up|gotten in)|(?:if|whether) (?:the|that|my|our) (?:\\w+ )?part (?:came|has come|is|was) in|(?:date|eta) (?:from|on) the (?:supplier|part)|when the part(?:'s| is) (?:coming|getting) in",
    `what time(?: window)? is (?:he|she${orOwner(owner)}|the crew|your (?:guy|tech|crew)) coming`,
  ]),
);
/** An hour said with a booked visit: "a cleaning scheduled for ten today", "at 9 tomorrow". */
const clockHour =
  "(?:\\d{1,2}(?::\\d\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)(?: (?:thirty|fifteen|forty five|am|pm|a m|p m|o'?clock))?";
const visitBooked = perOwner((owner) =>
  anyWord([
    "(?:i|we)(?: have|'ve got| got) (?:someone|somebody|a guy|your guy|a tech|the crew|an appointment)\\b[^.!?]{0,30}\\b(?:coming|scheduled|tomorrow|today|this (?:afternoon|morning))",
    `(?:you're|you are|you guys are|he's|he is|they're|they are|the crew is|your (?:guy|guys|crew|tech)(?: is| are)?${orOwner(owner)}(?:'s| is)?) (?:coming|fixing|doing|starting|scheduled|supposed to (?:come|start)|due|(?:staining|painting|cleaning|mowing|aerating|installing|replacing|wiring|roofing|servicing|sealing) (?:our|my|the))\\b[^.!?]{0,50}\\b(?:tomorrow|today|tonight|this (?:afternoon|morning|week)|${weekday})`,
    "reminder (?:about|for)|tomorrow's appointment|(?:guy|crew|tech|cleaners?) coming (?:this afternoon|this morning|today|tomorrow)|(?:we're|we are) on for",
    // "i have an ac tune up on the books for thursday", "we're on the list for aeration tomorrow", "we've
    // got you guys scheduled to start painting monday", "we're on the every other week schedule".
    `\\bon the books for\\b|(?:we're|i'm|we are|i am) on (?:the|your) (?:list|schedule)\\b(?: for\\b)?[^.!?]{0,30}\\b(?:tomorrow|today|this week|next week|${weekday})|(?:we've got|we have|i've got|i have|we got) (?:you|you guys|your (?:guy|guys|crew|tech|cleaners?)) (?:scheduled|coming|booked)\\b|(?:we're|i'm|we are|i am) on (?:the|your) (?:\\w+ ){1,3}(?:schedule|rotation|plan)\\b`,
    // "i have a furnace tune up tomorrow morning with you guys", "i have a cleaning scheduled tomorrow at ten".
    `(?:i|we)(?: have|'ve got| got) (?:a|an|the|my|our) (?:\\w+ ){0,3}(?:tune ?up|cleaning|appointment|install(?:ation)?|service call|visit|estimate|inspection)\\b(?: (?:scheduled|booked|set up|set))?(?: (?:with you(?: guys)?|for|on))?(?: (?:at )?${clockHour})? (?:tomorrow|today|tonight|this (?:afternoon|morning|week)|next week|(?:this |next )?${weekday})`,
    // "this is for the electrician coming thursday to put in the outside outlet", "for the cleaning tomorrow at nine".
    `(?:for|about) (?:the|my|our) (?:\\w+ ){0,2}(?:cleaning|appointment|tune ?up|visit|mowing|install(?:ation)?|estimate) (?:tomorrow|today|tonight|this (?:afternoon|morning)|on ${weekday}|${weekday})\\b`,
    "(?:for|about) the (?:electrician|plumber|painters?|cleaners?|tech|crew|roofers?|handyman|guys?) (?:who is |who's |that's )?(?:coming|scheduled)\\b",
    // "i have an appointment for a furnace tune up wednesday at 10".
    `(?:i|we) have (?:a|an) appointment (?:for|with)\\b[^.!?]{0,30}\\b(?:tomorrow|today|${weekday})\\b`,
    // "we need to skip our cleaning on the 14th", "calling to make sure mike's still coming tomorrow": a visit on the calendar.
    `make sure (?:he's|she's|they're|you're|the crew is${owner ? `|${owner}'s|${owner} is` : ''}) still coming`,
    '(?:skip|move) (?:our|my) (?:next )?(?:\\w+ )?(?:cleaning|mowing|appointment|visit|service|tune ?up)\\b',
  ]),
);
/** Word passed on about such a visit: how to get in, where to park, the dog, a yes to a reminder. */
const passingWord = anyWord([
  '(?:gate|lockbox|door|garage|alarm|lock box) (?:code|combo)|lock ?box|heads up|pass (?:\\w+ )?along|give (?:him|her) the message',
  // The day moved: "is there any way to move it to thursday", "can we push it to next week".
  '(?:move|push|switch|bump) (?:it|that|us|me|the (?:appointment|visit|cleaning|day|time)) (?:back |over )?to\\b|reschedule',
  // "can you just skip that one and we'll pick back up after".
  '(?:skip|cancel) (?:that|this|the next|next|our next|my next|our|my) (?:one|week|cleaning|visit|mowing|time|appointment)',
  "just (?:calling|wanted) to (?:say yes|confirm)|(?:i'm|we're|just) confirming|(?:can|could) (?:he |she |they |you |the crew )?park\\b|(?:gate|lockbox|lock box|garage|door) (?:has|is on) a (?:code|combo|keypad)|(?:the|our) dog\\b|no need to call(?: me)? back|(?:don't|do not) need (?:a|to) call ?back",
]);
const willCallBack = anyWord([
  "(?:i'll|i will|we'll|i can|i'll just|i'll have to|let me) (?:just )?call (?:you (?:guys |all )?|y'all )?back",
  "i'll [^.!?]{0,50} and call (?:you )?back",
  "i'll call (?:you (?:guys |all )?|y'all )?(?:again|later|tomorrow|next week)",
  // "no don't call i'll call you": said to close the call.
  "i'll call (?:you|you guys|y'all)$",
  "i'll (?:try|ring) (?:you|you guys|you all|y'all) (?:again |back )?(?:later|tomorrow|next week|monday|tuesday|wednesday|thursday|friday|in the morning)",
  // "i'll just try again tomorrow and talk to somebody then".
  "i'll (?:just )?try (?:again|back)\\b[^.!?]{0,30}\\band (?:talk|speak) (?:to|with)",
  "i'll get back to you",
  // "ok let me measure it ... and i'll give you a call back", "i'll give you guys a call back".
  "(?:i'll|i will|we'll|we will) (?:just )?give (?:you|you guys|you all|y'all|ya) a (?:call|ring|holler)(?: back)?",
  // Leaving to decide: the caller will be in touch, not waiting for a call.
  // Not "i'll talk it over with him when he comes out for the estimate": a visit still wanted.
  // Not told to someone else: "he wanted me to sign and i said let me think about it".
  "(?<!\\b(?:said|told (?:him|her|them|the guy)|says|say)\\s)(?:i'll|i will|let me|we'll|we will) (?:just )?(?:think (?:about it|it over)|shop around|let you know|talk it over|talk to my \\w+|check with my \\w+|discuss it)(?![^.!?]*\\bwhen (?:he|she|they|you|someone) (?:comes?|gets?|is) (?:out|here|over|by))",
  // "yo les llamo" (I'll call you), not "les llamo por la factura" (I'm calling you about the bill) nor
  // "por eso les llamo otra vez" (that's why I'm calling you again).
  '(?<!\\bpor eso )les llamo(?! (?:por|para|porque|de|del|sobre|acerca|a preguntar|a ver)\\b)',
  // "lo voy a pensar" (I'll think about it), "lo platico con mi esposo".
  'lo voy a pensar|lo (?:pienso|platico|consulto|hablo)\\b',
]);

const advice = anyWord([
  '(?:is|was) (?:that|it|this) (?:normal|bad|a (?:big )?(?:problem|concern|deal)|dangerous|safe|serious|common|ok(?:ay)?|something to worry about|a fire hazard)',
  'should i (?:be )?(?:worried|concerned|worry)',
  'do i need to (?:worry|be worried)',
  '(?:what|why) (?:would|could|might) (?:cause|be causing)',
  // "the co detector is chirping is that the battery", "is that something i should have looked at or does that just happen".
  '(?:is|could) (?:that|it|this) (?:just )?(?:the|a|low) (?:battery|batteries|filter|fuse)|something i should (?:have|get) (?:looked at|checked)|(?:does|did) (?:that|it) just happen',
  // About a visit booked or work done: "is that going to be a problem for the paint", "is it every
  // month or every three months", "do i need to buy the anchors or does he bring all that", "what color
  // and sheen you used".
  '(?:is|will) (?:that|it|this) (?:going to|gonna) be a problem|will (?:that|it|this) be a problem|(?:does|will) (?:that|it) matter',
  'is it every (?:\\w+ )?(?:month|week|year|months|weeks|years)\\b',
  '(?:do|should) i (?:need to )?(?:buy|get|clear|move|take down|be home|be there|have (?:the|it))\\b[^.!?]{0,40}\\bor (?:does|will) (?:he|she|they|your guy)',
  'what (?:\\w+ (?:and|or) )?(?:color|colour|paint|brand|sheen|stain|finish) (?:\\w+ (?:and|or) \\w+ )?(?:you|you guys|they|he|your (?:guys|crew|painters)) used',
  // How to care for work done: "am i supposed to rake those up or just leave them", "how long before we can
  // put the furniture back", "i forgot how often i'm supposed to change it", "if i can put smart bulbs in
  // them or will that mess with the dimmer".
  // Not "we're supposed to turn the sprinklers on", "i'm supposed to meet mike at eight": told, not asked.
  "(?:am i|are we|should i|should we|how (?:often|long|much|many times a (?:day|week)) (?:i'm|i am|we're|we are)) (?:supposed|meant|allowed) to \\w+|how long (?:before|until|till) (?:we|i) can\\b|(?:if|whether) (?:i|we) can (?:\\w+ ){1,8}?or (?:will|would|does) (?:that|it)\\b",
  // Upkeep asked about: "how often do those need to be changed".
  'how often do (?:those|they|these|it|we|i)(?: actually| really)? (?:need|have) to\\b',
  // "is that how they're supposed to work", "how long i should wait before hanging pictures", "can i wipe the walls down yet".
  "(?:is (?:that|this)|that's) how (?:they're|it's|they are|it is) supposed to (?:work|be|look|sound)|how long (?:should (?:i|we) |(?:i|we) should |do (?:i|we|they|the kids) (?:have to |need to )?)(?:wait|stay off|keep off)\\b|can (?:i|we) (?:\\w+ ){1,4}yet\\b",
  // Upkeep asked about: "how often am i supposed to change the furnace filter".
  '(?:how often|how long) (?:am i|should i|do i|should we|do we|are we|do you) (?:be )?(?:supposed to |need to |have to )?(?:chang(?:e|ing)|replac(?:e|ing)|clean(?:ing)?|servic(?:e|ing)|flush(?:ing)?|seal|reseal|stain|trim|aerate|water(?:ing)?|mow|wait)\\b',
]);

/**
 * Getting ready for a visit booked, asked in the same breath: "you guys are doing our new roof starting
 * thursday ... do we need to take stuff out of the attic, and can we leave the cars in the garage". Not a
 * first call's "do i need to clear out under the sink first", which books a visit.
 */
const readyForVisit = anyWord([
  'do (?:we|i) need to (?:take|move|clear|leave|cover|put)\\b|can (?:we|i) (?:leave|keep) (?:the|my|our)\\b',
]);

/** What one turn adds to the signals; `question`, `emergency` and `person` come from the brain's other detectors. */
export function readSignals(
  utterance: string,
  extra: {
    question: boolean;
    emergency: boolean;
    askedForPerson: boolean;
    gaveAddress: boolean;
    afterDetails?: boolean;
    /** The owner's name from settings, for his own past work ("mike painted our living room"). */
    ownerName?: string;
  },
): Partial<IntentSignals> {
  const text = normalizeUtterance(utterance);
  const ownerName = extra.ownerName ?? '';
  const signals: Partial<IntentSignals> = {};
  if (extra.askedForPerson) signals.askedForPerson = true;
  if (extra.askedForPerson && extra.afterDetails) signals.askedAfterDetails = true;
  if (extra.emergency) signals.emergency = true;
  if (extra.question) signals.askedQuestion = true;
  if (extra.gaveAddress) signals.gaveAddress = true;
  if (complaint.test(text) || (yourPastWorkAgain.test(text) && !(wantsItAgain.test(text) && !workFailed.test(text))))
    signals.complained = true;
  if (notComplaining.test(text)) signals.notComplaining = true;
  if (repair.test(text)) signals.repair = true;
  const done = wantedDone.exec(text)?.[1];
  // "Mike gave us an estimate and we'd like to get it scheduled": a price already given is not asked for.
  // Nor are the business's terms ("do you charge for the estimate?") a price for work.
  const priced = text.replace(notAPrice, ' ').replace(estimateGiven, ' ');
  const asked = priced.replace(chargingTerms, ' ').replace(priceWaived, ' ');
  if (asked !== priced) signals.askedQuestion = true;
  if (jobSeeker(ownerName).test(text)) signals.jobSeeker = true;
  if (businessErrand.test(text)) signals.errand = true;
  const workAt = [pastWork.exec(text)?.index, ownerDidIt(ownerName)?.exec(text)?.index].filter((at) => at !== undefined);
  if (workAt.length > 0) signals.pastWork = true;
  const sinceWork = workAt.length > 0 ? text.slice(Math.min(...workAt)) : '';
  if (
    workFailed.test(text) ||
    (failsSince.test(sinceWork) && justDone.test(sinceWork) && !longAgo.test(sinceWork)) ||
    worseThanAsked.test(sinceWork)
  )
    signals.workFailed = true;
  if (courtesy(ownerName).test(text)) signals.courtesy = true;
  if (otherCompany.test(text)) signals.otherCompany = true;
  const newWorkAt = newWork.exec(asked)?.index;
  if (newWorkAt !== undefined || (done !== undefined && !repairDone.test(done))) signals.newWork = true;
  // "i want the ductwork checked", "i need some drywall patched": work on something already there.
  if (done !== undefined && repairDone.test(done)) signals.repair = true;
  if (quotedWork.test(asked)) signals.quotedWork = true;
  // Both read in the same words, so their places compare.
  const repairAt = repair.exec(asked)?.index;
  if (signals.repair && (!signals.newWork || (repairAt !== undefined && newWorkAt !== undefined && repairAt < newWorkAt)))
    signals.repairFirst = true;
  if (price.test(asked) || tripChargeAsked.test(priced)) signals.priceAsked = true;
  if (willCallBack.test(text)) signals.willCallBack = true;
  if (advice.test(text)) signals.askedAdvice = true;
  if (booking(ownerName).test(text)) signals.booking = true;
  if (visitAsked.test(text)) signals.visitAsked = true;
  if (announcedQuestion.test(text)) signals.askedQuestion = signals.announcedQuestion = true;
  if (doneAsking.test(text)) signals.askedQuestion = signals.announcedQuestion = signals.doneAsking = true;
  if (aboutVisit(ownerName).test(text)) signals.askedQuestion = signals.announcedQuestion = signals.askedAboutVisit = true;
  if (visitBooked(ownerName).test(text)) {
    signals.visitBooked = true;
    if (readyForVisit.test(text)) signals.askedAdvice = true;
  }
  if (passingWord.test(text)) signals.passingWord = true;
  if (termsQuestion(ownerName).test(text)) signals.askedQuestion = signals.askedTerms = true;
  return signals;
}

/** The signals of a call after one more turn: what was told first stays first. */
export function addSignals(previous: IntentSignals, turn: Partial<IntentSignals>): IntentSignals {
  return { ...previous, ...turn, repairFirst: previous.repairFirst || (turn.repairFirst === true && !previous.newWork) };
}

/**
 * The call's intent in the call log's categories, from everything said so far: a request for a
 * person, a complaint about past work, a repair or emergency (schedule), new work or a price
 * (quote), questions only ending in "I'll call back" or asking whether a symptom matters (question),
 * an address given for whatever was described (schedule), and 'other' when nothing is clear.
 */
export function classifyIntent(signals: IntentSignals): CallerIntent {
  const job = signals.repair || signals.newWork || signals.emergency || signals.priceAsked;
  // A complaint about someone else's work ("the outfit that put it in did a terrible job") is a job here.
  const aboutOthers = signals.otherCompany && !signals.pastWork;
  const complained =
    ((signals.complained && !aboutOthers) || (signals.pastWork && signals.workFailed)) && !signals.notComplaining;
  // The seeker's own trade is no job wanted ("i did a couple seasons tearing off for a roofer"): all 16
  // tune calls from job seekers are labelled other.
  if (signals.jobSeeker && !signals.emergency && !signals.priceAsked && !signals.complained) return 'other';
  // Rule 11 of eval/quoteOrSchedule.md: a supplier, an inspector, a certificate of insurance, an invoice
  // paid; asking for Mike does not make such a call a transfer, nor the shingles on the truck a job.
  if (signals.errand && !signals.emergency && !signals.complained && !signals.workFailed) return 'other';
  // An emergency is a visit to schedule, whoever the caller asks for to get it; so is a job told first,
  // with its address, even one the rules cannot name ("se me están parpadeando las luces").
  // A job named, or told with the address to come to even in words the rules do not know.
  const jobTold = signals.repair || signals.newWork || signals.gaveAddress;
  const jobFirst = signals.askedAfterDetails && jobTold;
  if (signals.askedForPerson && !jobFirst && !complained && !signals.emergency) return 'transfer';
  // "Your guys left their ladder by the garage": left behind, not left wrong.
  // "It's been running fine since, but i'd like somebody to look at it": a visit still wanted.
  if (signals.courtesy && !signals.emergency && !signals.workFailed && !signals.visitAsked) return 'other';
  // "mike ordered a part and it never came, now the furnace is off and we've got a baby": the danger
  // now is a visit to schedule, whatever went wrong before.
  if (complained && !signals.emergency) return 'complaint';
  // "you're fixing the stove tomorrow ... the lockbox code is 1954": word about a visit already booked, no new job.
  if (signals.visitBooked && signals.passingWord && !signals.emergency && !signals.priceAsked && !signals.workFailed)
    return 'other';
  // "Quick question, do you charge more on Saturdays?": a caller who says they are asking, and gives
  // no address to come to, asks; even about a job or a price.
  // So is one who asks how the business works ("are you licensed?") and gives no address to come to.
  const asking = signals.announcedQuestion || signals.askedTerms;
  // The address then is where a booked visit already is, or where the caller lives, not one to come to.
  const addressForAVisit = signals.gaveAddress && !signals.askedAboutVisit && !signals.doneAsking && !signals.visitBooked;
  if (asking && !addressForAVisit && !signals.booking && !signals.emergency) return 'question';
  if (signals.emergency) return 'schedule';
  // One who asks and will ring again asked, a price too: "how much an hour ... ok i'll call you back"
  // is a question, as the original authors label it (6 of 6 tune calls; eval/quoteOrSchedule.md).
  // One who told a job and asked nothing ("I need a deep clean, I'll call you when I have the keys")
  // still wants that job, for when they call.
  const toldJobOnly = (job || signals.booking) && !signals.askedQuestion;
  if (signals.willCallBack && !signals.gaveAddress && !toldJobOnly) return job || signals.askedQuestion ? 'question' : 'other';
  // "is it okay to keep running it ... i'd like somebody to come look": advice asked, then a visit.
  // The work the caller tells may be work booked or done ("you're painting monday ... it says rain
  // tuesday is that a problem", "your crew put in new sod ... yellow patches is that normal"): asking about it is no new job.
  const jobAskedAbout = signals.visitBooked || signals.pastWork;
  if (
    signals.askedAdvice &&
    !signals.priceAsked &&
    !signals.visitAsked &&
    ((!signals.newWork && !signals.booking) || jobAskedAbout)
  )
    return 'question';
  // A visit booked by name is scheduling, even for new work; a price or an estimate asked for is a quote.
  if (signals.booking && !signals.priceAsked) return 'schedule';
  if (signals.priceAsked) return 'quote';
  // "I need the bathroom painted": new work a quote, a repair a visit. Whether the caller is after a
  // price or a visit, the intent heads (callerModel.ts) read better from how the job is put.
  if (signals.newWork && (signals.quotedWork || !signals.repairFirst)) return 'quote';
  if (signals.repair) return 'schedule';
  if (signals.newWork) return 'quote';
  // "the smoke detector chirps every minute" then the address: a visit, whatever the symptom's words.
  if (signals.gaveAddress && (!signals.askedQuestion || signals.visitAsked)) return 'schedule';
  return signals.askedQuestion ? 'question' : 'other';
}
