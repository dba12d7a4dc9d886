import { failureWords } from './failureWords';
import { anyWord, normalizeUtterance } from './utteranceText';

/** Said by robocalls and sales pitches, never by someone with a job for a contractor. */
const pitch = anyWord([
  'press (?:one|two|three|four|five|six|seven|eight|nine|zero|\\d)',
  '(?:factory|extended|auto|vehicle|car) warranty',
  "(?:vehicle's|car's|vehicle|auto) (?:factory )?warranty",
  'warranty (?:coverage|specialist)',
  'google (?:listing|business|my business|maps|partner|verification|specialist|ranking)',
  '(?:business|google) (?:listing|page) (?:has|is|will|may)',
  'listing (?:is|may be) not verified|not (?:been )?(?:verified|claimed)',
  'merchant (?:services|processing|statement|fees?)',
  'processing (?:fees|rates)',
  'credit card (?:terminal|processing)',
  'visa and mastercard',
  'decision maker',
  '(?:second|final) notice',
  'courtesy call',
  'removed from (?:our|the) list',
  'first page of google',
  'top (?:of|spot on) google',
  '(?:number one|#1|top) (?:ranking|on google|spot)',
  'page (?:one|two|three|\\d) for',
  'mobile friendly',
  '(?:seo|search engine optimization)',
  'more leads',
  'new (?:\\w+ )?customers a month',
  'business funding',
  'pre ?-?approved',
  'whoever handles your marketing',
  'senior analysts?',
  'do websites',
  'local listings',
  'business hours are wrong',
  "customers can't find you",
  // Card-services, energy and insurance robocalls, as the FCC and FTC transcribe them.
  '(?:card|cardholder|consumer|account|financial) services',
  '(?:lower(?:ing)?|reduc(?:e|ing)) (?:your )?(?:credit card )?interest rates?',
  'zero percent',
  "(?:you are|you're) (?:now )?eligible|your eligibility",
  'public service announcement',
  '(?:this is )?a (?:recorded|pre-?recorded|automated) (?:message|call)',
  '(?:urgent|important) (?:call|message) (?:about|regarding) your',
  // Not "solar panels" alone: roofers and electricians work around them.
  'solar (?:program|savings|incentives?|rebates?)|free solar',
  '(?:electric(?:ity)?|energy|utility) (?:bill|account)s?\\b[^.!?]{0,30}\\b(?:in half|overcharged|advisor)',
  "(?:you are|you're) being overcharged",
  'energy (?:advisor|consultant|supplier)',
  '(?:you|your business) (?:may |might )?qualif(?:y|ies) for',
  'meet the qualifications?',
  'lower (?:your )?premiums?',
  'health insurance',
  'working capital',
  'cash advance',
  'no collateral',
  // Sales calls to the business: leads, advertising, payroll, phones, websites.
  '(?:exclusive|qualified|more) leads',
  'send you (?:\\w+ )?leads',
  'advertis(?:e|ing) your business',
  '(?:reaching out|calling) to (?:small |local )?business owners',
  '(?:few|five|two|couple(?: of)?|\\d+) minutes of your time',
  "(?:it's )?(?:just )?a sales call",
  '(?:in charge of|handles?|who handles) (?:the |your )?(?:payroll|phones|phone system|internet|marketing|advertising|credit card processing)',
  'payroll (?:processing|services|costs)',
  'when people search',
  '(?:with|from) (?:\\w+ ){1,2}(?:marketing|media|digital|seo|advertising|funding|capital|payments|solar|solutions|consulting|technologies|software|leads|listings|telecom|wireless|merchant|lending)\\b',
  // Consumer scams the FTC lists: warranties, government, shopping accounts, prizes.
  'extended (?:service contract|warranty)|(?:vehicle|auto|car) service contract',
  'social security (?:number|administration)|the irs\\b|internal revenue|arrest warrant|legal action against you',
  'suspicious (?:purchase|activity|charge)|unauthori[sz]ed (?:purchase|charge)',
  "you(?:'ve| have)? (?:won|been selected)|gift card|free cruise|vacation package",
  'your (?:power|service|account|number|listing|profile|business) (?:will be|is going to be|has been) (?:disconnected|suspended|deactivated|deleted|cancell?ed|shut off)',
  'we buy houses|cash for your (?:house|home|property)|interested in selling your (?:business|house|home|property)',
  // Selling to the business: reviews, directories, websites, phones, staff, leads, surveys.
  '(?:get|help) you (?:get )?(?:more )?(?:five star|5 star|positive|good)? ?reviews|remove (?:\\w+ )?(?:negative|bad) reviews',
  '(?:business|local) directory|verify your (?:listing|business|account|information)',
  'free website',
  '(?:pos|point of sale) system|upgrad(?:e|ing) your phone|business (?:phone|internet) (?:plan|service|lines?)',
  'staffing agency|qualified workers',
  '(?:doing|conducting) a (?:quick |short )?survey|take (?:a|our) (?:quick |short )?survey',
  'we have (?:jobs|leads|homeowners|customers) (?:in|for) your area|(?:calling|call) (?:local )?businesses in your area',
  "(?:this is \\w+(?: \\w+)? (?:from|with|at)|(?:i'm|i am|we're|we are) (?:calling )?(?:from|with)|calling (?:from|on behalf of)) (?:the )?(?:homeadvisor|home advisor|angi|angie's list|thumbtack|yelp|bark|porch|networx|google|verizon|at&t|comcast|spectrum|amazon|the electric company|your (?:bank|utility|electric company))",
  "(?:in charge of|handles?) (?:the |your )?(?:company's )?(?:energy|electric|utility|phone) bill",
  // The same robocalls in Spanish.
  'presione (?:el )?(?:uno|dos|\\d)|(?:usted )?ha ganado|tasa de inter[ée]s|servicios de tarjeta|garant[íi]a de su (?:auto|veh[íi]culo|carro)',
]);
/** Sales-call manners that a customer might also use, so they count only with another sign. */
const salesManner = anyWord([
  '(?:the|a) business owner',
  'is the owner available',
  'am i speaking with the (?:business )?owner',
  'our records (?:indicate|show)',
  'important message',
  "(?:it'll|it will) only take",
  'few minutes of your time',
  "we're only taking",
  'we help (?:\\w+ )*(?:companies|contractors|plumbers|businesses)',
  'your business',
  'your (?:account|website)',
  'extremely urgent',
  'is this the (?:business )?owner',
  'are you the (?:business )?owner',
  '(?:contractors|businesses|companies) like (?:you|yours)',
  'get(?:ting)? (?:you )?more (?:jobs|calls|customers|clients|reviews)',
  'do you have a (?:moment|minute|second) to (?:chat|talk)',
  "(?:i'm|i am) calling (?:from|on behalf of)",
  'follow(?:ing)? up on (?:the|a|my) call',
  'the person in charge of',
  "(?:we're|we are) offering|we offer (?:a|free)|we'd love to",
  'local contractors',
  '(?:only|just) take (?:a|one|two|\\d+) minutes?',
]);
const wrongNumber = anyWord([
  'wrong number',
  'dialed (?:the )?wrong',
  'must have (?:the )?wrong',
  "(?:this|you) (?:isn't|is not|aren't|are not) (?:the |a )?(?:\\w+'s )?(?:\\w+ ){0,2}(?:bakery|pizza|pharmacy|doctor|office|store|restaurant|clinic|bank|walmart|school|place|shop|company|garage|salon|dentist|hospital|hotel)",
  "oh you're a contractor",
  'oh this is a business',
  'mis-?dial(?:ed|led)?',
  // Not "I think I have the wrong size gutters".
  '(?:i think )?i (?:have|got) the wrong(?: (?:number|place|business|company|person|one|office|store))?(?=\\s*(?:$|sorry|oops|my bad|i|[.!?,]))',
  "(?:sorry|oops)[^.!?]{0,25}(?:was|am|i'm) trying to (?:reach|call|get)",
  'número equivocado',
  'me equivoqué de número',
]);
/** Errands no contractor handles: on a first turn they suggest a misdial worth asking about. */
const offTopic = anyWord([
  'cake',
  'pizza',
  'pepperoni',
  // Not "the doctor said my mom needs grab bars".
  "(?:to|see|reach|with|for) (?:the |a |my )?doctor|doctor's",
  'prescription',
  'pharmacy',
  'walmart',
  'dvd',
  'catalog',
  'insurance claims',
  'hey mom',
  'hi mom',
  'muffler',
  'transmission',
  'oil change',
  'dentist|dental',
  'veterinarian|the vet',
  'hair (?:appointment|salon)',
  'towing|tow truck',
  'taxi|cab to',
  'reservation',
  'ebay',
  '^(?:\\w+ )?is that you',
  '(?:hi|hey|hello) (?:dad|grandma|grandpa|honey|babe|sweetie)',
  'is (?:this|that) (?:the )?(?:\\w+ ){0,2}(?:office|school|restaurant|store|salon|clinic|hospital|pharmacy|bank|bakery|pizza place)(?!\\s+(?:for|of|at)\\b)',
  "(?:dr|doctor) \\w+(?:'s)? office",
  'dmv',
  'apartment for rent',
  '(?:es|está) (?:la|el) (?:farmacia|consultorio|pizzer[íi]a|restaurante|escuela|banco|doctor)|es la casa de',
  '(?<!\\b(?:anyone|anybody|someone|somebody) )is (?!anyone|anybody|someone|somebody)\\w+ home',
  "where's \\w+$",
]);
/**
 * A job for a trade said in the same breath ("a tow truck knocked down my fence", "we have a
 * reservation for a cleaning"): the errand words are part of the job, not a misdial.
 */
const tradeJob = anyWord([
  ...failureWords,
  'knocked (?:down|over|into)',
  'backed into',
  're-?paint(?:ed|ing)?|paint(?:ed|ing)?',
  'cleaning|clean(?:ed)?',
  'roof(?:ing)?|gutters?|siding|fence|deck|drywall|furnace|plumbing|pipes?|outlets?|wiring|lawn|yard|trees?|hedges?',
]);

/** Twilio's StirVerstat values for a caller ID that failed or could not be attested. */
export function attestationFailed(verstat: string | undefined): boolean {
  return verstat !== undefined && /failed|no-tn-validation/i.test(verstat);
}

export type CallerKindSign = 'spam' | 'wrong_number' | 'off_topic' | null;

/**
 * What this turn says about who is calling: a robocall or sales pitch, someone who says they
 * dialled the wrong number, an errand no contractor handles (worth asking about), or nothing.
 */
export function detectCallerKind(
  utterance: string,
  { attestation, earlierSalesManner = false, ownerName = '' }: CallerKindOptions = {},
): CallerKindSign {
  const text = normalizeUtterance(utterance);
  if (wrongNumber.test(text)) return 'wrong_number';
  const signs =
    (pitch.test(text) ? 2 : 0) +
    (salesManner.test(text) ? 1 : 0) +
    (earlierSalesManner ? 1 : 0) +
    (attestationFailed(attestation) ? 1 : 0);
  if (signs >= 2) return 'spam';
  if (offTopic.test(text) && !tradeJob.test(text) && !asksForOwner(text, ownerName)) return 'off_topic';
  return asksForSomeoneElse(text, ownerName) ? 'off_topic' : null;
}

/** "where's Mike", "is Mike home": the owner asked for by name, which the transfer detector answers. */
function asksForOwner(text: string, ownerName: string): boolean {
  const owner = normalizeUtterance(ownerName).split(' ')[0] ?? '';
  return owner !== '' && new RegExp(`\\b(?:where's|is) ${owner}\\b`).test(text);
}

/** Words after "is this" that name no one: "is this the plumber", "is this a business". */
const notSomeone = new Set(
  'a an the it that this you your my our his her their business company number place right okay ok still where what who'.split(
    ' ',
  ),
);

/**
 * "is this jennifer?" on its own: the caller expected someone the business is not (the owner's
 * own name is a request for him, heard elsewhere).
 */
function asksForSomeoneElse(text: string, ownerName: string): boolean {
  const name = /^(?:(?:hi|hello|hey|yeah|um+|uh+)\s+)*is this ([a-z]+)\??$/.exec(text)?.[1];
  if (!name || notSomeone.has(name)) return false;
  const owner = normalizeUtterance(ownerName).split(' ')[0] ?? '';
  return name !== owner;
}

export interface CallerKindOptions {
  /** Twilio's StirVerstat for the call, when present. */
  attestation?: string;
  /**
   * An earlier turn, before any job was described, had a sales manner ("is the owner available"):
   * the pitch that follows it ("we help contractors like you") is the second sign.
   */
  earlierSalesManner?: boolean;
  /** The owner's name from settings: "is this Mike" asks for him, not for someone else. */
  ownerName?: string;
}

/** Whether the turn has a sales call's manner ("is the owner available", "your website"), one sign of a pitch. */
export function soundsLikeSales(utterance: string): boolean {
  return salesManner.test(normalizeUtterance(utterance));
}
