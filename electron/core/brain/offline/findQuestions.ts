import { orOwner, perOwner, type OwnerOptions } from './ownerNames';
import { normalizeUtterance } from './utteranceText';

/**
 * A Spanish question without a question word, as Twilio writes it (no "¿"): "ustedes limpian
 * canaletas", "aceptan tarjeta de crédito", "pueden venir hoy", "es normal que haga ruido". "Ustedes"
 * with a present-tense verb asks ("ustedes vinieron el lunes" tells); the other verbs ask only at
 * the start of a turn or after "y", "o", "también" or "una pregunta": "y tienen mucha grasa", "las
 * paredes tienen hoyitos" tell. "Pueden venir hoy" asks when; "me pueden llamar después de las tres"
 * asks for a call and "quería ver si me pueden podar los arbustos" for the job, as "can somebody come".
 */
const spanishAsks = String.raw`ustedes (?:también |tambien |nomás |nomas |sí |si )?(?:me |nos |le |les |lo |la |los |las )?[a-záéíóúñ]+(?:an|en)\b|(?<=^|¿|\b(?:y|o|también|tambien|pregunta|saber si|ver si|nomás|nomas|bueno|oiga|oigan|mire|hola|buenas|tardes|días|dias|noches)\s)(?:(?:me|nos|le) )?(?:pueden (?:venir(?! a)|dar|hacer|mandar)|puede venir|aceptan|cobran|traen|limpian|ponen|venden|arreglan|quitan|cambian|lavan|sacan|van hasta|trabajan|hacen|tienen|es normal|es peligroso|el (?:estimado|presupuesto) es gratis|se puede (?!hablar)|mike habla|el que viene)\b`;
/**
 * Where a question starts inside running speech: "... do you give a discount for biweekly". Not
 * "have" with a thing after it: "just have the owner call me", "i'd rather have it done by friday".
 */
const questionStart = new RegExp(
  String.raw`\b(?:(?:do|does|did|are|is|was|can|could|will|would|should|have(?!\s+(?:it|the|my|a|this|that|i)\b)|has)\s+(?:you|ya|your|i|it|that|this|the|we|they|there|my|a|he|she|y'all|somebody|someone|anybody|anyone)\b|does [a-z]+ (?:do|have|offer|take|charge|work|install|service|handle|fix|repair)\b|(?<=^|[,;]\s|\b(?:and|also|so|but|actually|yeah|oh|um|uh|well|okay|ok|hey|hi|hello|question)\s)(?:does|did|would|could|will|can|is|has) [a-z]+ (?:be|have|do|need|want|pull|take|give|bring|charge|offer|work|use|handle|come|still|ever|usually|also|(?:an? )?(?:licensed|insured|bonded|certified)|the one|[a-z]+s)\b|any chance|is there (?:any|a) way|(?:what|what's|whats|how|who|when|where|which|why)\b(?!\s+(?:to|i|we)\b)|(?:if|whether) [a-z']+|is it|cu[áa]nt[oa]s?|¿|${spanishAsks})`,
  'g',
);
/**
 * Clauses that look like questions but ask nothing: "how are you", "what a mess", "you know what";
 * "is this Dana", "is Luis around" ask for someone (any name, not only the owner's), not about the job;
 * "any chance" cut off; "the agreement was he'd pay half", "the guy did it's still heating": a
 * statement's verb before a contraction.
 */
const notAQuestion =
  /^(?:how are you|how's it going|what a|how about|what about|is this (?:the|a)|is this [a-z']+$|(?:is this|have i reached|did i reach) (?!(?:[a-z']+ )*(?:something|covered|normal|safe|possible|bad|serious|expensive|worth|common|urgent|included|going|gonna|an?)\b)(?:[a-z']+ ){0,2}[a-z']+$|who is this|is (?!it\b|that\b|this\b)[a-z']+ (?:still )?(?:there|around|available|in|out|on (?:a|the) job|busy)\b|are you new|what (?:city|number|company) is this|does [a-z']+ ever (?:pick up|answer)|(?:can|could|would|will) (?:[a-z']+ )?(?:please |just )*(?:call\b|have (?:him|her|[a-z]+|the owner|somebody|someone) (?:call|ring|text|get back|give (?:me|us) a (?:call|ring|buzz))\b|give (?:him|her|[a-z]+) (?:my|this|the|a) (?:number|message)\b|give me (?:his|her|[a-z]+'s) (?:number|cell)\b|get (?:him|her|[a-z]+) (?:on|to call|to the phone)\b|ring (?:me|us|him|her)\b|put me (?:through|on|in touch)\b|transfer|connect|give (?:me|us) a (?:call|ring|buzz|shout)\b|get back to (?:me|us)\b|put (?:us|me) (?:down|on the (?:schedule|list|calendar))\b|get (?:a ?hold|ahold) of (?:him|her)\b|put (?:someone|somebody) on\b)|can i (?:talk|speak)|(?:could|can|would) you (?:please )?(?:speak|talk) (?:up|louder|slower|more slowly)|(?:why|how come) (?:do )?you (?:gotta |got to |have to )?(?:talk|speak) so|(?:are you|is this|is that|am i (?:talking|speaking) (?:to|with)) (?:a |an |one of those )?(?:real|actual|live|robot|computer|machine|recording|person|human|bot|automated|ai)\b|can you hear me|are you (?:still )?there|any chance$|(?:do|does|did|are|is|was|were|can|could|will|would|should|have|has) (?:it|he|she|they|i|we|you|that|there)'(?:s|d|re|m|ll|ve)\b)\b/;
/**
 * A statement's verb taken for a question's: "mike ... and did a great job", "my dad ... has a heart
 * condition", "the tenant was there four years", "how it started is we got a heater"; a call or a
 * visit asked for, told ("have somebody call me", "i'd rather have someone look at it"); or a
 * question's first two words and nothing after ("would you", "is he").
 */
const statementVerb =
  /^(?:(?:did|has|was) an?\b|have (?:some|any)(?:body|one)\b|was there\b|(?:is|was) (?:i|we|they)\b|(?:do|does|did|is|was|are|can|could|would|will|have|has) (?:i|you|ya|he|she|it|we|they|there|somebody|someone|that)$)/;
/**
 * Asked of the receptionist, about the call, or asking for a person, not for the owner to answer:
 * "can you text me instead", "can you pass that along", "is there somebody there", "are you sure",
 * "any chance he did our roof back in 2021", "can i leave a message for mike", "can i do english";
 * "is this one of those machines", "can you grab mike for me", "who runs your company"; a quote
 * asked for and nothing more ("can i get a quote"), which the call itself takes.
 */
const aboutTheCall =
  /^(?:(?:can|could|would|will) (?:you|he|she|somebody|someone|they|y'all|you guys)(?: just| please| also)* (?:(?:text|email|e-mail) me(?= instead| rather|$| i\b| i'd| i'll| please)|leave (?:a |him a |her a )?message\b|pass (?:it |that |this |something |the message |a message )?along\b|remind (?:him|her)\b|tell (?:him|her)$|try (?:him|her|me)\b|reach (?:him|her)\b)|is there (?:some|any)(?:body|one)(?: there| on the line| home)?$|is there (?:an? )?(?:owner|supervisor|manager)\b|is there (?:an? )?(?:actual |real |live )?(?:[a-z]+ )?(?:(?:or|and) (?:some|any)(?:body|one) )?(?:[a-z]+ )?(?:i|we) can (?:talk|speak) (?:to|with)\b|any chance (?:i|i'd|i'm|i've|he|she|we|they) (?!can|could|would|will|might|is|was|has)|are you (?:sure|kidding|serious|one|where)\b|what was that\b|can i (?:just )?(?:leave (?:a|him a|her a) message|hold|hand (?:her|him) the phone|do english|speak english|talk in english)\b|do you (?:speak english|have a (?:minute|sec|second))\b|if you can hear me\b|what's going on$|(?:is this|am i talking to|are you) (?:one of those |an? |some (?:kind of )?)?(?:machines?|robots?|recording|real person|live person|person|human|answering (?:service|machine)|computer)\b|(?:can|could) (?:you|ya) (?:grab|get|put) (?:him|her|[a-z]+) (?:for me|on(?: the (?:line|phone))?|through)\b|who (?:runs|owns) (?:your|the) (?:company|business|place)\b|can (?:i|we) (?:get|have) (?:a |an )?(?:quote|estimate|price|bid)$)/;
/**
 * A word before an auxiliary that makes it a statement's verb: "i have a rental", "there was a bang",
 * "if you have an opening", "i always do that" ("thank you do you do decks" and "quick question for
 * you do you folks work on swamp coolers" still ask).
 */
const subjectBefore =
  /\b(?:i|we|they|he|she|there|who|whoever|which|that|this|to|(?<!\b(?:thank|for|with) )you)(?:\s+(?:always|usually|never|often|sometimes|just|really|also|still|even|already))?\s+$/;
/**
 * An auxiliary before "the", "my" or "a" mid-sentence is the verb of what was being said: "my
 * panel is a federal pacific", "mike did my neighbor's sprinkler system", "we already have the
 * estimate". It asks only at the start or after a pause ("hi is the owner in", "also does the
 * price include haul away"); "and do the xeriscape" goes on with the caller's own plan.
 */
const auxiliaryThenNoun = /^(?:do|does|did|are|is|was|can|could|will|would|should|have|has)\s+(?:the|my|a)\b/;
const plansGoOn = /\b(?:and|then|to)\s+$/;
/** "you guys came out last april and did the air conditioner check": a visit told, going on with what was done. */
const visitGoesOn = /\b(?:came|went|showed up|stopped by|(?:was|were) (?:here|out|over))\b[^.!?]{0,40}\band\s+$/;
const auxiliaryFirst = /^(?:do|does|did|are|is|was|can|could|will|would|should|have|has)\b/;
/**
 * Mid-sentence, "when", "where" or "which" usually joins a clause to a statement ("it leaks when it
 * rains", "where the dog tore it up"): it starts a question only after a pause word or when an
 * auxiliary follows ("the main thing when can you come").
 */
const whWord = /^(?:what|what's|whats|how|who|when|where|which|why)\b/;
const pauseBefore =
  /(?:^|\b(?:and|also|so|but|actually|yeah|yes|oh|um|uh|well|okay|ok|hey|hi|hello|question|wondering|know|ask|asking|curious|sure|like|just|tell me|guess|wait|sorry|thanks|see|quick one|real quick)\s+)$/;
const questionAfterWh =
  /^(?:what|what's|whats|how|who|when|where|which|why)\s+(?:do|does|did|is|are|was|were|can|could|would|will|should|much|many|long|soon|far|often|time|kind|sort|day|days|about|else)\b/;
/** "when's the soonest", "when you can come look" (said without the auxiliary first): asking, at a turn's start. */
const whenAsked = /^(?:when|where)(?:'s\s|'d\s|\s+you\b)/;
const someoneBefore =
  /\b(?:guy|guys|man|lady|woman|people|person|one|company|crew|contractor|plumber|electrician|painter|roofer|handyman|landscaper|cleaner|neighbou?r|tenant|owner)\s+$/;

const whoAsks = perOwner(
  (owner) =>
    new RegExp(
      `^(?:who|which)\\s+(?:\\w+\\s+)?(?:do|does|did|is|are|was|can|could|would|will|should)\\s+(?:you|i|we|he|she|they|it|y'all${orOwner(owner)})\\b`,
    ),
);

/** Where a question ends: the next sentence or a new statement. */
const questionEnd =
  /[.!?]|\s(?:i need|i want|i'd like|i have|we have|we need|i'm|because|so i|so we|thanks|thank you|es que|porque|me llamo|soy|necesito|quiero|ya (?:vino|tiene|está|fui|le))(?![a-záéíóúñ])/;
const maxWords = 16;
/** A question word, maybe one more and an auxiliary, and nothing after: "how often", "how long do". */
const unfinished =
  /^(?:how|what|when|where|which|who|why)(?: [a-z]+)?(?: (?:do|does|did|can|could|should|would|will|is|are|was|were))?$/;
/** A short question about "that" means the thing the caller just described ("i need a backsplash put in ... is that possible"). */
const anaphor = /\b(?:that|it|this|those|these|them)\b/;
const contextWords = 12;

/**
 * The questions in one caller turn, each from its first word to where it stops ("hi do you do
 * carpet cleaning we had a pet accident" -> ["do you do carpet cleaning"]). Run-ons are cut short.
 */
export function findQuestions(utterance: string, { ownerName }: OwnerOptions): string[] {
  const text = normalizeUtterance(utterance).replace(/¿/g, ' ¿').slice(0, 2000);
  const starts: number[] = [];
  for (const match of text.matchAll(questionStart)) {
    const previous = starts[starts.length - 1];
    // "do you ... and are you" are two questions; "is it the same crew" inside one is not split.
    if (previous !== undefined && match.index - previous < 12) continue;
    if (/\b(?:you know|i know|don't know|not sure)\s*$/.test(text.slice(0, match.index))) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (auxiliaryFirst.test(match[0]) && subjectBefore.test(before)) continue;
    // "do you guys do that kind of work", "can somebody do it thursday": the question going on; "we had a
    // guy do it three weeks ago": a statement's verb. No question starts there.
    if (/^(?:do|did) (?:it|that|this)\b/.test(match[0])) continue;
    // "only does it when it really rains", "and it still does it and": the trouble already told, going on.
    if (auxiliaryFirst.test(match[0]) && /(?:^|\bit )(?:only|still|always)\s+$/.test(text.slice(0, match.index))) continue;
    if (
      auxiliaryThenNoun.test(match[0]) &&
      (!pauseBefore.test(before) ||
        (/^do\b/.test(match[0]) && plansGoOn.test(before)) ||
        (/^did\b/.test(match[0]) && visitGoesOn.test(text.slice(0, match.index))))
    )
      continue;
    if (whWord.test(match[0]) && !pauseBefore.test(before) && !questionAfterWh.test(text.slice(match.index))) continue;
    // "when it rains hard there's a drip", "when mike did our tune up he said": a time told, even first.
    // "i was wondering when you could come out" still asks.
    if (
      /^(?:when|where)\b/.test(match[0]) &&
      !questionAfterWh.test(text.slice(match.index)) &&
      !whenAsked.test(text.slice(match.index)) &&
      !/\b(?:wondering|know|ask(?:ing)?|curious|tell me)\s+$/.test(before)
    )
      continue;
    // "the guy who did it last year said he'd be back": after someone, "who" describes them.
    if (/^who\b/.test(match[0]) && someoneBefore.test(before)) continue;
    // "the company who did our windows": after a noun, "who" and "which" start a description.
    if (/^(?:who|which)\b/.test(match[0]) && !pauseBefore.test(before) && !whoAsks(ownerName).test(text.slice(match.index)))
      continue;
    // "whether" opening a turn ("and whether you do the power washing") goes on asking.
    const opensTurn = /^whether/.test(match[0]) && /^(?:(?:and|also|or|so)\s+)?$/.test(text.slice(0, match.index));
    if (
      /^(?:if|whether)/.test(match[0]) &&
      !opensTurn &&
      !/\b(?:wondering|know|ask(?:ing)?|curious)\s*$/.test(text.slice(0, match.index))
    )
      continue;
    starts.push(match.index);
  }
  const questions: string[] = [];
  let previousEnd = 0;
  /** Where the last question kept ended, to join "... or ..." to it. */
  let pushedEnd = -1;
  starts.forEach((start, index) => {
    const next = starts[index + 1] ?? text.length;
    let clause = text.slice(start, next).replace(/^¿/, '');
    let from = 3;
    let end = questionEnd.exec(clause.slice(from));
    // "how often i'm supposed to change it", "how long do i have to wait": a "how" or "what" left
    // unfinished by what would start a statement elsewhere is still asking.
    while (end && /^\s(?:i'm|i have|we have)$/.test(end[0]) && unfinished.test(clause.slice(0, from + end.index).trim())) {
      from += end.index + end[0].length;
      end = questionEnd.exec(clause.slice(from));
    }
    if (end) clause = clause.slice(0, from + end.index);
    clause = clause
      .replace(/\s+(?:and|or|y|o|also|too)\s*$/, '')
      .replace(/[?¿,;:\s]+$/, '')
      .trim();
    const words = clause.split(/\s+/);
    const between = text.slice(previousEnd, start);
    const before = described(between);
    const previousPushed = pushedEnd === previousEnd;
    previousEnd = start + clause.length;
    if (words.length < 2 || notAQuestion.test(clause) || statementVerb.test(clause) || aboutTheCall.test(clause)) return;
    const question = words.slice(0, maxWords).join(' ');
    // "do you supply the detectors or do i buy them": one question, its two answers offered.
    if (previousPushed && /^\s*(?:or|o)\s*$/.test(between)) {
      questions[questions.length - 1] = `${questions.at(-1)!} or ${question}`;
    } else {
      questions.push(words.length <= 6 && anaphor.test(question) && before ? `${question} (${before})` : question);
    }
    pushedEnd = previousEnd;
  });
  return questions;
}

/** What the caller described before a question, without greetings and hesitation: its last few words, or null. */
function described(text: string): string | null {
  const words = text
    .replace(/^(?:(?:hi|hello|hey|yeah|yes|um+|uh+|so|well|ok|okay|and|but)\b[\s,.!-]*)+/, '')
    .replace(/(?:[\s,.!-]*\b(?:and|so|but|um+|uh+))+[\s,.!?-]*$/, '')
    .replace(/[.!?,;:]+/g, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 3 ? words.slice(-contextWords).join(' ') : null;
}
