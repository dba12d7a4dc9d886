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
]);
const wrongNumber = anyWord([
  'wrong number',
  'dialed (?:the )?wrong',
  'must have (?:the )?wrong',
  "(?:this|you) (?:isn't|is not|aren't|are not) (?:the |a )?(?:\\w+'s )?(?:\\w+ )?(?:bakery|pizza|pharmacy|doctor|office|store|restaurant|clinic|bank|walmart|school)",
  "oh you're a contractor",
  'oh this is a business',
  'número equivocado',
  'me equivoqué de número',
]);
/** Errands no contractor handles: on a first turn they suggest a misdial worth asking about. */
const offTopic = anyWord([
  'cake',
  'pizza',
  'pepperoni',
  'doctor',
  'prescription',
  'pharmacy',
  'walmart',
  'dvd',
  'catalog',
  'insurance claims',
  'hey mom',
  'hi mom',
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
export function detectCallerKind(utterance: string, { attestation }: { attestation?: string } = {}): CallerKindSign {
  const text = normalizeUtterance(utterance);
  if (wrongNumber.test(text)) return 'wrong_number';
  const signs = (pitch.test(text) ? 2 : 0) + (salesManner.test(text) ? 1 : 0) + (attestationFailed(attestation) ? 1 : 0);
  if (signs >= 2) return 'spam';
  return offTopic.test(text) ? 'off_topic' : null;
}
