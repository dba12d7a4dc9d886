import { orOwner, perOwner, type OwnerOptions } from './ownerNames';
import { isNegatedAt, normalizeUtterance } from './utteranceText';
import { weekday, weekdayNames } from './calendarWords';

/** The one in charge by how people call him: "the head guy", "the guy in charge", "the big boss". */
const headPerson =
  "(?:head (?:guy|man|honcho)|top (?:guy|man|dog)|boss ?man|(?:the )?man himself|whoever (?:owns|runs) (?:the |this |your )?(?:company|business|place|show)|whoever (?:does|gives|did|writes) (?:the )?(?:estimates?|quotes?|bids?)|whoever (?:schedules|books|handles|does the scheduling|is in charge of)|(?:guy|man|person|lady|woman|one) in charge|whoever(?:'s| is) in charge|main (?:guy|man)|big (?:guy|boss|man)|(?:guy|man|lady|woman|person|one) (?:who|that) owns (?:(?:the |this |your )?(?:company|business|place)|it|this))";
const person = `(?:a |an |the |your |some )?(?:real |actual |live |living |human )?(?:person|human|human being|individual|someone|somebody|anyone|anybody|owner|boss|manager|supervisor|operator|representative|rep|agent|technician|tech|electrician|plumber|handyman|painter|roofer|contractor|landscaper|him|her|them|estimator|foreman|crew lead|project manager|office manager|dispatcher|scheduler|whoever(?:'s| is)? (?:in charge|on call)|(?:young |older |old )?(?:guy|man|lady|woman|fella|gentleman) (?:who|that)|(?:real|actual) (?:guy|man|lady|woman|fella)|(?:young )?(?:guy|man|lady|woman|fella|gentleman) (?:i|we) (?:spoke|talked) (?:to|with)|on[- ]call (?:tech|technician|guy|person|plumber|electrician|roofer)|whoever (?:just )?called me|whoever (?:does|handles|takes care of) (?:the )?(?:hiring|scheduling|estimates?|billing|bids?)|proprietor|(?:the )?(?:furnace|heating|heater|boiler|ac|air conditioning|roof|roofing|plumbing|paint|painting|yard|lawn|gutter|electric|electrical|cleaning|tree|fence|deck|sprinkler) (?:man|guy|fella|lady|woman|person)|(?:that|the) same (?:person|guy|lady|man|woman) (?:again|as (?:last time|before))|(?:mister|mr|mrs|ms|miss)\\.? [a-z]+|president|${headPerson})`;
/** Someone in charge, asked for by role: unlike "someone", never a request to send a worker out. */
const inCharge = `(?:the |your )?(?:owner|proprietor|boss|manager|supervisor|operator|representative|president|${headPerson})`;
/** Languages a caller may ask to be spoken to in. */
const languages =
  '(?:spanish|russian|vietnamese|chinese|mandarin|cantonese|korean|arabic|somali|amharic|french|portuguese|polish|ukrainian|tagalog|hindi|punjabi)';
/** A human rather than a worker: "get a human on the line", unlike "get someone out here". */
const aHuman = '(?:a |an )?(?:real |actual |live )?(?:human|person|human being)';
/** "is Mike available to come out Tuesday" asks about a visit, not to talk now. */
const availableNow = `(?!\\s+(?:to (?!talk|speak|chat|take)|tomorrow|next|on |this (?:week|weekend|afternoon|evening)|${weekday}))`;
/** Where someone is when he can take a call: "is Mike in", "is the owner on today", "is he around". */
const atWork = `(?:there|in|around|available|free|busy|reachable|in the office|on site|on(?=\\s+(?:today|now|right now|duty|i|i'm|please)\\b|$))${availableNow}`;
/** Sent to a job, not to the phone: "get me someone out here today". */
const sentOut = '(?!\\s+(?:out|over|here|down|up|in|to come|to look|to fix|to check|to see))';
/** One of the business's people: "one of your guys", "your roofer", "your office lady". */
const ofTheBusiness =
  '(?:one of your (?:guys|crew|workers|techs|people|employees|cleaners|roofers|painters|plumbers|electricians)|your (?:roofer|plumber|electrician|painter|tech|technician|guy|worker|employee|cleaner|foreman|installer|estimator|crew lead|office (?:lady|manager|girl|guy)))';
/** "talk to", "speaking with", "chat with": asking to talk to whoever follows. */
const talkTo = '\\b(?:talk|speak|chat)(?:ing)?\\s+(?:(?:directly|personally)\\s+)?(?:to|with)\\s+';
const requestPatterns = [
  // At a one-person business the tradesman is the owner: "is the plumber himself in".
  new RegExp(
    `\\bis (?:the|your) (?:contractor|plumber|electrician|roofer|painter|handyman|landscaper|technician|tech)(?: himself| herself)? ${atWork}`,
  ),
  new RegExp(`${talkTo}${person}\\b`),
  // "i need to speak to whoever owns it": the business, when it is the one asked to the phone (not "i
  // can't get ahold of whoever owns it", the empty house next door).
  new RegExp(`${talkTo}whoever (?:owns|runs) it\\b`),
  // "i need to talk to teresa the owner": the owner by a name the settings may not know.
  new RegExp(`${talkTo}[a-z]+,? (?:the|your) (?:owner|boss)\\b`),
  // The business's own desk or the owner's people: "can i talk to dispatch", "can i talk to his wife
  // she does the books", "the crew leader".
  new RegExp(
    `${talkTo}(?:dispatch|billing|scheduling|accounting|accounts|the (?:office|front desk|crew (?:leader|lead|chief)|site (?:supervisor|lead))|(?:his|her|the owner's) (?:wife|husband|son|daughter|partner|assistant|secretary|office manager|bookkeeper)|whoever does the books)\\b`,
  ),
  // One of the business's people by name: "can i talk to dave your roofer", "is tony there he's one of
  // your guys"; not "is dave your roofer coming tomorrow", a visit asked about.
  ...[`${talkTo}[a-z]+,?`, `\\bis\\s+[a-z]+\\s+${atWork},?`].map(
    (asked) => new RegExp(`${asked}\\s+(?:(?:he's|she's|he is|she is|who's)\\s+)?${ofTheBusiness}\\b`),
  ),
  new RegExp(
    `\\b(?:put|get|patch)\\s+me\\s+(?:(?:straight|right|directly)\\s+)?(?:through|over)\\b|\\bpatch me in\\b|\\btransfer\\s+me\\b|\\bconnect\\s+me\\b|\\bget\\s+me\\s+${person}\\b${sentOut}`,
  ),
  // Not "does a real person ever answer this phone", "does a real person pick up at night", "if something
  // breaks on a saturday do i get a real person or just this": the service asked about.
  /(?<!\b(?:do|will|would|can) (?:i|we|you) (?:get|reach) (?:a |an )?)\b(?:real|actual|live|living)\s+(?:person|human|body)\b(?!\s+(?:ever\s+|always\s+|usually\s+)?(?:answers?|picks? up)\b)/,
  /\bhuman being\b/,
  new RegExp(`\\bis\\s+(?:there\\s+(?:an?\\s+)?)?${inCharge}\\s+${atWork}`),
  // "is mister oyler in": at a one-person business, the owner by his surname.
  new RegExp(`\\bis (?:mister|mr|mrs|ms|miss)\\.? [a-z]+ ${atWork}`),
  ...askedFor(inCharge),
  // "is he in?" said on its own: at a one-person business, he is the owner.
  new RegExp(`^(?:(?:hi|hey|hello|yeah|yes|um+|uh+|so|oh)\\s+)*is (?:he|she) ${atWork}(?:\\s+(?:today|now|right now))?$`),
  new RegExp(`\\b(?:get|have)\\s+(?:${aHuman}|${inCharge})(?:\\s+on the (?:line|phone)|\\s+please|$)`),
  new RegExp(`\\b(?:get (?:a )?hold of|get ahold of|reach)\\s+${inCharge}\\b`),
  /\b(?:someone|somebody|anyone|anybody|a manager|a supervisor|a person|a human|an owner|a (?:girl|lady|woman|guy|man|fella|gentleman|technician|tech|plumber|electrician|roofer|contractor|painter|handyman|estimator))\s+(?:(?:actually|there|in the office|around)\s+)*(?:i|we)\s+(?:can|could)\s+(?:actually\s+)?(?:talk|speak)\s+(?:to|with)\b/,
  /\b(?:i'd like|i would like|can i (?:get|have)|give me)\s+(?:a |an )?(?:real |live |actual )?(?:operator|representative|agent|human|person|human being)\b(?!\s+(?:to (?!talk|speak)|out|over|here|who can (?:come|fix)))/,
  // "could you get mister kowalski on the phone": someone by name, fetched to the phone.
  /\b(?:put|get)\s+(?:mister|mr|mrs|ms|miss)\.? [a-z]+\s+on (?:the )?(?:phone|line)\b/,
  /\bi(?:'ll| will) (?:wait|hold|hang on)\b[^.!?]{0,30}\b(?:get|grab|reach) (?:him|her)\b|\bjust (?:get|grab) (?:him|her)\b(?!\s+(?:to|out|over|here|back)\b)/,
  // "put the electrician on", "can he jump on a quick call", "can you page him", "i want him live".
  /\b(?:put|get) (?:the |your )?(?:electrician|plumber|roofer|contractor|painter|handyman|technician|tech|owner|boss) on\b(?!\s+(?:the (?:schedule|list|calendar|job)|it)\b)/,
  // "put the heating fella on", said as the whole request: not "get the guy on the roof".
  /\b(?:put|get) (?:the |your )?(?:\w+ )?(?:fella|guy|man|lady|woman) on(?: (?:the )?(?:phone|line))?(?: please| now| for me)?$/,
  /\b(?:can|could) (?:he|she) (?:jump|hop|get) on (?:a |the )?(?:quick )?(?:call|phone|line)\b|\b(?:could|can|would) (?!you\b|i\b|we\b)[a-z]+ (?:be able to )?(?:hop|jump) on (?:(?:real|really|super) quick|for a (?:sec|second|minute))\b|\b(?:any way|anyway|any chance|possible) (?:that )?(?!you\b)[a-z]+ (?:could|can|would be able to) (?:hop|jump) on\b|\bpage (?:him|her)\b|(?<=\bwant )(?:him|her) live\b|\bring (?:his|her) (?:phone|cell) while i'm on\b/,
  /\b(?:somebody|someone|whoever|anybody|anyone) (?:who )?can (?:actually )?(?:decide|make the call|make (?:a |the )?decision)\b/,
  new RegExp(`\\bput me in touch with\\s+${person}\\b`),
  // "operator please, i just want an operator".
  /(?:^|\b(?:please|yes|yeah|okay|ok|no|look|listen|operator) )(?:i )?(?:just |really )?(?:need|want) (?:a |an )?(?:real |live |actual )?(?:human|person|operator|representative|agent)(?: please| now| on the (?:line|phone))?$/,
  new RegExp(`\\b(?:have )?a (?:quick |quick little )?word with ${person}\\b`),
  // A live one, by any name: "a live attendant", "somebody live", "a living breathing person".
  /\b(?:somebody|someone|anybody|anyone|a person|an attendant|attendant) live\b|\b(?:somebody|someone) real(?=$| please| i can| to (?:talk|speak))|\blive (?:attendant|operator|agent)\b|\bliving,? breathing\b/,
  /\bput me (?:on|over) (?:with|to)\b|\bput me with (?:whoever|someone|somebody|the (?:guy|person|one|lady|man))\b|\bring (?:me )?through\b|\bescalate(?:d)? (?:this |it )?to\b/,
  /\b(?:can|could|would) you (?:get|grab|fetch) (?:him|her)(?: for me| on the (?:phone|line))?(?: please| real quick| quick| right now| now)?(?=$|\s+(?:i|i'm|i'll|he|she|it's)\b)|\b(?:need|want) (?:him|her) on the (?:phone|line)\b/,
  new RegExp(`\\b(?:need|want) ${inCharge}\\b(?!'s|\\s+to (?!talk|speak|call me))`),
  /\b(?:need|want) the (?:guy|man|lady|woman|fella|gentleman) (?:who|that) (?:was (?:here|out)|came (?:out|by|over)|did|fixed|hung|installed|put|worked)\b/,
  /\b(?:rather|prefer to|want to|like to) (?:just )?(?:deal|talk|speak|go over (?:it|this|that)) (?:directly )?with (?:him|her|them|the \w+) (?:directly|myself|personally)\b|\brather (?:just )?tell (?:him|her) myself\b/,
  /\bno (?:machines?|robots?|computers?|recordings?)\b/,
  // "i'm not doing this with a computer", "i'll call back when a person picks up".
  /\bnot (?:doing|talking to|talking with|doing this with) (?:this )?(?:with |to )?(?:a |an )?(?:computer|machine|robot|bot)\b|\bwhen a (?:real |live )?(?:person|human) (?:picks up|answers)\b/,
  // "can i get the guy who runs it on the phone", "can i get through to the office", "i need him live on the phone".
  /\b(?:get|put) (?:the )?(?:guy|man|lady|woman|person|one) (?:who|that) (?:runs|owns) (?:it|this|the (?:place|company|business|show)) on (?:the )?(?:phone|line)\b|\bget through to (?:the )?(?:office|owner|boss|someone|somebody|a person|a human)\b|\b(?:need|want) (?:him|her) (?:live|on the phone)\b/,
  /\b(?:he's|she's|he is|she is) expecting (?:my|this|a) call\b/,
  // "is he around, i want my usual guy", "is he reachable i don't want to play phone tag", "is he free right
  // now? i literally need two minutes with him".
  /\bis (?:he|she) (?:there|in|around|available|free|reachable|in the office|close by|nearby)(?: (?:today|now|right now|by any chance|at all)){0,2}(?=$|\s+(?:i|i'm|we|my|or|because|cause|okay|please|then|he|she|to (?:talk|speak|chat))\b)/,
  // "can you get him on the line", "just put him on", "conference him in", "i'll hold for him".
  // Not "i'll put her on": the caller handing over the phone.
  /(?<!\b(?:i'll|i will|let me|gonna|going to|i can) )\b(?:put|get) (?:him|her) (?:on(?=$|\s+(?:the (?:line|phone|radio|horn)|please|now|then|real quick|quick|(?:for )?(?:a|one|two|a few|a couple|thirty|ten|five) (?:secs?|seconds?|minutes?|min)|i'm|i|if (?:he's|she's|he is|she is) (?:there|in|around|free))\b)|through(?=$|\s+(?:please|now|right now|i|i'll|i'm)\b))|\b(?:patch|conference|loop) (?:him|her) in\b|\bi(?:'ll| will| can| don't mind)? (?:just )?(?:wait|hold|hang on) for (?:him|her)\b(?!\s+to\b)/,
  /\b(?:can|could) (?:he|she) (?:come to|get on|pick up) the (?:phone|line)\b|\b(?:be )?connected (?:to|with) (?:the |a )?(?:lady|fella|guy|man|woman|gentleman|owner|boss|person)\b/,
  // "i'd rather talk to john himself", "the guy himself", "can you put him on with him", "can you get me
  // jim then dear", "put gary on please": someone by name, asked for now.
  new RegExp(
    String.raw`\b(?:talk|speak) (?:to|with) (?:the )?[a-z]+ (?:himself|herself)\b|\bput (?:him|her|my \w+) on with (?:him|her|the \w+|mike)\b|\b(?:can|could|would) you (?:get|grab|fetch) me (?!(?:a|an|the|some|that|this|it|one|out|over|in|there|${weekdayNames}|today|tomorrow|tonight)\b)[a-z]+(?: then)?(?: dear| please| now| honey)?$|\bput (?!it\b|that\b|this\b|them\b|one\b)[a-z]+ on (?:please|the (?:phone|line))\b`,
  ),
  /\b(?:don't|do not|didn't) want\s+(?:to (?:talk|speak) (?:to|with) )?(?:a|an|the|your|some)\s+(?:machine|robot|computer|recording|bot|answering service)\b/,
  // "can i get somebody on the line", "can someone pick up": anyone at all, to the phone.
  /\b(?:get|put) (?:someone|somebody|anyone|anybody)(?: (?:real|live))? on the (?:line|phone)\b|\b(?:can|could|will|would) (?:someone|somebody|anyone|anybody|a (?:real |live )?(?:person|human)) (?:please )?(?:pick up(?=$| the phone| please)|come to the phone|get on the (?:phone|line))/,
  new RegExp(`\\b(?:send|forward) me (?:through |over )?to\\s+${person}\\b`),
  // "do you guys have someone who speaks spanish", "you have somebody speak russian": someone who
  // can talk to them, asked for by language (the by-file cross-validation's misses).
  new RegExp(
    `\\b(?:you have|do you (?:guys |all )?have|is there|have you got) (?:a |an )?(?:somebody|someone|anyone|anybody|person|guy|lady) (?:who |that )?(?:can )?(?:speaks?|talks?) ${languages}\\b`,
  ),
  // "is there korean speaking person", "can i talk to korean person": someone asked for by language.
  new RegExp(
    `\\b(?:is there|do you (?:guys |all )?have|you have|have you got|(?:talk|speak) (?:to|with)|need|want) (?:a |an |some )?${languages}(?:[- ]?speaking)? (?:person|someone|somebody|rep|representative|agent|guy|lady|man|woman|tech)\\b(?!\\s+(?:to (?!talk|speak)|who can (?:come|fix)|out|over|here))`,
  ),
  // "i need somebody on the phone now", "is there a way to reach him directly", "can you ring him through".
  /\b(?:need|want) (?:someone|somebody|a (?:real |live )?(?:person|human)) on the (?:phone|line)\b|\breach (?:him|her) directly\b|\b(?:can|could|would) you (?:ring|buzz) (?:him|her)(?: through| for me| please| now| right now)?$/,
  // "can you have him pick up": fetched to the phone.
  /\b(?:can|could) you (?:have|get) (?:him|her) (?:to )?pick up\b/,
  // "can you tell him i'm on the line": the caller waiting for him now.
  /\b(?:tell|let) (?:him|her)(?: know)? (?:that )?i'm (?:(?:on the (?:line|phone)|still (?:here|on the line))\b|(?:holding|waiting)(?=$|\s+(?:now|right now|please|on the line)\b))/,
  // A human, asked for bluntly in the middle of a turn: "i want a person", "put a person on", "is there
  // a person on this line", "i'd rather talk to a real one". Not "i need a person to come look at it".
  /\b(?:want|need) (?:a |an )?(?:real |live |actual )?(?:person|human)\b(?!\s+(?:to (?!talk|speak)|out|over|here|who|that|for (?:the|a|this|my)))/,
  /\b(?:put|get) (?:a |an )?(?:real |live |actual )?(?:person|human) on\b(?=$|\s+(?:please|now|the (?:line|phone)|i|i'm)\b)/,
  /\bis there (?:a |an )?(?:real |live |actual )?(?:person|human)(?: being)? (?:there|on (?:this|the) (?:line|phone)|(?:i|we) can (?:get (?:a ?hold|ahold) of|reach))\b/,
  /\b(?:talk|speak) (?:to|with) a (?:real|live) one\b/,
  // "i don't do robots", "i don't talk to recorders", as refusesMachine words them.
  /\bi refuse (?:machines?|robots?|computers?|recordings?|recorders?|bots?)\b/,
  // "can i get a manager or supervisor on the phone", "is there a manager or the owner i can talk to".
  new RegExp(`\\b(?:get|have|put) (?:a |an )?${inCharge} or (?:a |an )?${inCharge} on (?:the )?(?:phone|line)\\b`),
  new RegExp(
    `\\bis there (?:a |an )?${inCharge} or (?:a |an )?${inCharge} (?:(?:i|we) can (?:talk|speak) (?:to|with)|(?:there|in|around|available))\\b`,
  ),
  // "can you connect us", "can i get him on the horn", "is the guy who actually does the work around".
  /\b(?:can|could|would) you (?:please )?connect us\b(?=$|\s+(?:please|now|to (?:him|her)|with (?:him|her))\b)/,
  /\b(?:can|could) i (?:get|grab) (?:him|her) on the (?:horn|phone|line)\b/,
  /\bis (?:the|your) (?:guy|man|lady|woman|fella|person|one) (?:who|that) (?:\w+ ){1,5}?(?<!\b(?:be|get|go|come|stay|out) )(?:there|around|available)(?=$|\s+(?:today|now|right now|i|i'd|please)\b)/,
  // "can i just get the actual guy on the phone", "can you wake him up", "does he have a cell i can call".
  /\bget (?:the |a )?(?:actual |real )?(?:guy|man|lady|woman|fella|person|owner|boss) on (?:the )?(?:phone|line)\b|\b(?:need you to|can you|could you|please) wake (?:him|her) up\b/,
  // "yeah is the guy there", said as the whole request; "it is possible to talk him now", as a learner asks.
  /^(?:(?:hi|hey|hello|yeah|yes|so|oh)\s+)*is (?:the|your) (?:guy|man|fella|boss|owner) (?:there|in|around|available)(?: (?:today|now|right now))?$/,
  /\b(?:possible|can i|could i|i want|i need) (?:to )?(?:talk|speak) (?:him|her)(?= now| right now| please|$)/,
  // "can i please just get someone who can actually help me", "is this a real person ... then get me
  // one please", "i'd rather talk to tony if he's in": a person now, however it is put.
  /\b(?:get|put me (?:on )?with|talk to|speak to|speak with) (?:someone|somebody|a person|a human) (?:who|that) (?:can|could) actually (?:help|answer|do something)\b|^(?:(?:then|so|well|okay|ok)\s+)+(?:can you |could you )?get me one\b|\brather (?:talk|speak) (?:to|with) [a-z]+ if (?:he's|she's|he is|she is) (?:in|there|around|available)\b/,
  // "put the man on if he's there", "can you get the man for me dear": the owner, fetched to the phone.
  /\bput the (?:man|guy|fella|lady|boss|owner) on (?:if|when) (?:he's|she's|he is|she is) (?:there|in|around|free)\b|\b(?:can|could|would) you (?:get|grab|fetch) (?:me )?the (?:man|guy|fella|lady|boss|owner)(?: for me)?(?=$|\s+(?:dear|please|now|right now|honey|hon|sweetheart)\b)/,
];
/** "i don't do robots", "i don't talk to recorders", "i'm not gonna sit here and talk to a computer". */
const refusesMachine =
  /\b(?:i (?:don't|do not|won't|will not) (?:do|talk to|speak to|deal with)|i'm not (?:gonna|going to) (?:sit here and )?(?:talk|speak) (?:to|with)) (?:a |an |the |your |this |no )?(machines?|robots?|computers?|recordings?|recorders?|bots?)\b/g;
/**
 * A bare "operator!" or "representative" is how people ask for a human on any phone system, often after
 * pressing to stop the menu: "stop. stop. operator", "zero zero representative".
 */
const bareRequest =
  /^(?:(?:an?|the|um+|uh+|yeah|just|stop|zero|hello|hey)[.,!]*\s+)*(?:operator|representative|rep|agent|human|person|real person|owner|customer service)(?:[.,]?\s+please)?[.,!]*$/;

/**
 * Someone asked for by a name that is not the owner's, and told in the same breath as the one who did
 * the caller's work: "i'm trying to get ahold of steve is he there he did our yard last year", "is tony
 * there ... tony painted my dining room two years ago". One of the owner's people, or the owner under
 * a name the settings do not know: the owner takes the call. Not "is tony there" alone, a misdial as often.
 */
const namedAskedFor =
  /\b(?:(?:speak|talk) (?:with|to)|is|ask(?:ing)? for|get a ?hold of|trying to (?:reach|get))\s+([a-z]+)\b(?=\s+(?:please|there|around|available|in|still (?:there|their|around|in|available|with you|working (?:there|for you|with you)))\b)/;
const notAWorker = new Set(
  'a an the it that this you your my our his her their him them someone somebody anyone anybody there here he she'.split(' '),
);
function didTheWork(words: string, name: string): boolean {
  return new RegExp(
    `\\b(?:he|she|${name})(?:'s| has| had)? (?:did|was (?:out )?(?:here|there|over)|came (?:out|by|over)|painted|fixed|put in|installed|cleaned|mowed|redid|repaired|serviced|quoted)\\b(?! (?:\\w+ )?(?:truck|car|house|boat))`,
  ).test(words);
}
/**
 * Asked whether they meant someone else, the caller tells what the one they asked for did for them:
 * "he was out here in the fall", "she cleaned for us last month".
 */
export function saysTheyDidTheWork(utterance: string): boolean {
  return didTheWork(requestWords(utterance), 'he|she');
}
function asksForTheOneWhoDidTheWork(words: string): boolean {
  const name = namedAskedFor.exec(words)?.[1];
  return name !== undefined && !notAWorker.has(name) && didTheWork(words, name);
}

/** Whether the caller asks to talk to a human or the owner ("let me speak to the owner", "is Mike there?"). */
export function detectTransferRequest(utterance: string, { ownerName }: OwnerOptions): boolean {
  const words = requestWords(utterance);
  if (bareRequest.test(words)) return true;
  if (asksForTheOneWhoDidTheWork(words)) return true;
  // Checked every turn: stop at the first request for now.
  return patternsFor(ownerName).some((pattern) => requestTime(words, pattern) === 'now');
}

/**
 * Whether the caller wants to talk to someone later, not on this call: "my wife wants to talk to mike
 * when he comes out", "i'll talk to him when he calls back". A trained model's hunch, hearing "talk to
 * mike", must not put such a caller through.
 */
export function putsOffTalking(utterance: string, { ownerName }: OwnerOptions): boolean {
  const words = requestWords(utterance);
  const when = patternsFor(ownerName).map((pattern) => requestTime(words, pattern));
  return when.includes('later') && !when.includes('now');
}

function patternsFor(ownerName: string): RegExp[] {
  return [...requestPatterns, ...ownerPatterns(ownerName)];
}

/** When the request a pattern finds in the caller's words is for; null where it finds none. */
function requestTime(words: string, pattern: RegExp): RequestTime | null {
  const match = pattern.exec(words);
  return match === null ? null : whenAsked(words, match.index, match.index + match[0].length);
}

/** The caller's words as the request patterns read them. */
function requestWords(utterance: string): string {
  // "can i umm talk to umm the lady": hesitations are no words of the request.
  return (
    normalizeUtterance(utterance)
      .replace(/\b(?:um+|uh+|erm?)\b/g, ' ')
      // "a real person not a machine put me through": what the caller does not want, no request denied.
      .replace(/\bnot(?= (?:with )?(?:a |an )?(?:machine|robot|recording|computer|bot)\b)/g, ' ')
      // "i want eddie to do it not anybody else is he there": whom else they do not want, no request denied.
      .replace(/\b(?:not|and not) (?:anybody|anyone|somebody|someone) else\b/g, 'only him')
      // "yeah no get me a person", "no i don't do robots": a "no" that answers the machine, not the request.
      .replace(
        /^((?:(?:yeah|yes|okay|ok|well|oh)\s+)*)(?:no|nope|nah)\s+(?=(?:i|get|put|give|let|connect|transfer|just)\b)/,
        '$1',
      )
      // "i don't do robots put a person on": a refusal of the machine, whose "don't" denies no request after it.
      .replace(refusesMachine, 'i refuse $1')
      .replace(/[^a-z0-9' ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** "I'll talk to him first", "let me talk to them and get back to you": someone at home, consulted later. */
const consultsFirst =
  /\b(?:i'll|i will|i'm going to|i'm gonna|gonna|we'll|we will|i should|we should)\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?:him|her|them)\b/;
/** "are you a real person or is this a recording": asking what answered, not for someone else. */
const askingWhatAnswered =
  /\b(?:are you|is this|is that|am i (?:talking|speaking) (?:to|with))\s+(?:a |an )?(?:(?:recording|machine|robot|computer|bot|ai|real person|person)\s+or\s+(?:a |an )?)?$/;
/** "he said he had to talk to mike to get a price": what someone else had to do, told, not asked. */
const someoneElseHad =
  /\b(?:(?:my|our) (?:\w+ )?(?:husband|wife|partner|spouse|son|daughter|dad|father|mom|mother|landlord|tenant|neighbou?r|friend|brother|sister|boss)|he|she|they)\s+(?:has|had|was hoping|is hoping|were hoping)\s+to\s+$/;
/** "he'll talk to mike when he gets home": someone else, later, not this call. */
const someoneElseLater = /\b(?:he'll|she'll|they'll|he will|she will|they will|he can|she can|they can)\s+(?:\w+\s+)?$/;
const thenGetsBack =
  /^\s*(?:first\b|about it first\b|and (?:then )?(?:call|get|let you know|see|decide|figure)|(?:about it )?before (?:i|we) (?:decide|book|go ahead|commit|do anything|sign))/;
/** "before anybody comes out can i talk to the owner first": asked of this call, before anything else. */
const askedToTalkNow = /\b(?:can|could|may) (?:i|we) (?:please )?(?:talk|speak|chat)\s+(?:to|with)\b[^.!?]*$/;
/**
 * "my husband wants to talk to the roofer when he comes out": at the visit, not on this call; nor
 * "i'd like to talk to mike about the colors when he has a minute, no hurry": when he is free.
 */
const inPerson =
  /^[^.!?]{0,30}\b(?:when (?:he|she|they|you|someone|somebody|the \w+) (?:(?:comes?|gets?|is|are|shows?) (?:out|here|over|by|up)|comes?\b|calls?(?: (?:me|us))?(?: back)?\b|(?:has|have|gets?) (?:a |the )?(?:minute|chance|sec(?:ond)?|moment))|no (?:hurry|rush)|while (?:he's|she's|they're|you're) (?:here|out)|at the (?:appointment|visit|estimate)|in person|when (?:i|we)(?:'m| am|'re| are| get) (?:at )?home|later)\b/;
/**
 * "the inspector said I need to talk to an electrician", "my buddy said call summit and ask for
 * mike": passed on, not asked of this call.
 */
const reported =
  /\b(?:said|says|told (?:me|us)|recommended|suggested)\s+(?:that\s+)?(?:(?:i|we) (?:should|need to|have to|gotta|ought to)\s+|to\s+)(?:talk|speak|chat)\s+(?:to|with)\b|\b(?:said|says|told (?:me|us))\s+(?:to\s+)?(?:call\s+(?:\w+\s+)?(?:and\s+)?)?(?:to\s+)?ask for\b/;

/** "i'm glad i got a real person": relief at what answered, not a request for someone else. */
const gladOfIt =
  /\b(?:glad|good|nice|great|happy|relieved|thank (?:god|goodness))\b[^.!?]{0,15}\b(?:got|get|reached|have|hear|talking to)\s+(?:a |an )?$|^(?:(?:oh|ah|well|hey)\s+)*(?:good|great|finally|nice|thank (?:god|goodness))\s+(?:a |an )?$/;
/** "when's a good time to catch mike": when to call again, not to be put through now. */
const whenToCall = /\b(?:good|best|better|right) time to\s+$/;
/** "i'll call back later when i can actually talk to him": a later call, not this one. */
const whenICan =
  /\b(?:when|once|after|until|till|next time)\s+(?:i|we)(?:'m| am|'re| are)?\s+(?:can |could |get to |have time to |able to )?(?:actually |really |properly )?$/;
/** "oh good am i talking to a real person finally": asking what answered, glad of it, and asking for no one. */
const askingIfHuman = /\b(?:am i|are we)\s+$/;
const someoneHuman = /\b(?:person|human|someone|somebody|people)\b/;
/** "i'll just call back monday ... and talk to him then", "i'll try again tomorrow and talk to somebody": a later call. */
const laterCall =
  /\bi(?:'ll| will) (?:just )?(?:call (?:back|again)|try (?:again|back))\b(?:(?!\b(?:but|if|unless|or|so)\b)[^.!?])*$/;
/** "I spoke to a real person last time": a past call, not a request. */
const talkedBefore =
  /\b(?:spoke|talked|was (?:talking|speaking)|were (?:talking|speaking)|have spoken|already spoke)\s+(?:to|with)\s+(?:a |an |the )?$|\b(?:was|were|been)\s+$/;
/**
 * "a real person's going to call me back right", "a real person would call me back", "i'd want mike
 * himself to call me back", "does a real person actually read these messages": who will ring or read
 * later, not someone wanted now.
 */
const callsBack =
  /^(?: himself| herself| personally)?(?:'s| is| will|'ll| would| can| should| to)? (?:(?:going to|gonna) )?(?:(?:call|ring|phone|get back to) (?:me|us)\b|(?:actually |ever )?(?:reads?|listens? to|gets?|checks?|hears?) (?:these|the|my|your|this) (?:messages?|voicemails?)\b)/;

const worksHere = new RegExp(
  `\\b(?:${ofTheBusiness}|(?:from|at|in) your (?:office|crew|company|team|shop)|works? (?:for|with) (?:you|y'all|you guys)|(?:he|she) works there)\\b`,
);

/**
 * Asked whether they meant someone else, the caller says the one they asked for is of this
 * business: "he's one of your guys he did my gutters", "jess from your office she set up my
 * appointment". A request for that person, which the owner takes.
 */
export function saysTheyWorkHere(utterance: string): boolean {
  return worksHere.test(normalizeUtterance(utterance));
}

/** A request heard: for this call, for a later talk or visit, or none at all (denied, past, passed on, asking what answered). */
type RequestTime = 'now' | 'later' | 'none';

/** When the request found at start..end is for: the caller asking to talk to someone on this call, or later. */
function whenAsked(words: string, start: number, end: number): RequestTime {
  if (isNegatedAt(words, start)) return 'none';
  const through = words.slice(0, end);
  const after = words.slice(end);
  const before = words.slice(0, start);
  if (talkedBefore.test(before) || reported.test(through)) return 'none';
  if (askingWhatAnswered.test(before) || gladOfIt.test(before)) return 'none';
  if (askingIfHuman.test(before) && someoneHuman.test(words.slice(start, end))) return 'none';
  const later =
    whenToCall.test(before) ||
    whenICan.test(before) ||
    // Not "i'll call back when a person picks up": a protest, asking for one now.
    (laterCall.test(before) && !/^ (?:right )?now\b/.test(after) && !/^when\b/.test(words.slice(start))) ||
    consultsFirst.test(through) ||
    (thenGetsBack.test(after) && !(/^\s*first\b/.test(after) && askedToTalkNow.test(through))) ||
    inPerson.test(after) ||
    callsBack.test(after);
  if (later) return 'later';
  // "my grandma wants to talk to him she's right here", "he wants to talk to mike directly": someone
  // with the caller, asking through them now (10 of the 14 tune calls that say it; the other 4 say
  // when, "when he comes out", and are heard as later above). Not "he'll talk to him": theirs, later.
  if (someoneElseLater.test(before) || someoneElseHad.test(before)) return 'none';
  return 'now';
}

/**
 * Ways of asking for someone (the owner by name, or whoever is in charge) that do not need a talk
 * verb: asking or calling for him, trying to catch him, getting him on, his time, his call returned.
 */
function askedFor(who: string): RegExp[] {
  return [
    new RegExp(`\\b(?:ask(?:ing)?|call(?:ing)?|looking) for\\s+(?:(?:mister|mr)\\.? )?${who}\\b(?!'s)`),
    // "can you conference mike in", "would mike be available by any chance".
    new RegExp(`\\b(?:patch|conference|loop)\\s+${who}\\s+in\\b`),
    new RegExp(`\\b(?:would|will|might) ${who} be (?:available|around|free|in)${availableNow}`),
    // "i'd prefer to discuss this with the owner": not "... when he comes out" (inPerson, later).
    new RegExp(`\\b(?:prefer|rather|like|want) to (?:discuss|go over|talk about) (?:(?:this|it|that|the \\w+) )?with ${who}\\b`),
    new RegExp(
      `\\b(?:catch|reach|track down|get through to|get (?:a )?hold of|get ahold of|get in touch with|put me in touch with|trying to get|(?:send|forward) me (?:through |over )?to)\\s+${who}\\b(?!'s)`,
    ),
    new RegExp(`\\b(?:put|get)\\s+${who}\\s+(?:on|through)\\b(?!\\s+(?:the (?:schedule|list|calendar|job)|it)\\b)`),
    new RegExp(
      `\\b(?:can|could|would|will|have)\\s+${who}\\s+(?:come to the phone|pick up|get on(?: the (?:phone|line))?|take (?:my|this|the) call)\\b`,
    ),
    new RegExp(`\\bdoes\\s+${who}\\s+have (?:a|one|two) (?:minute|second|sec|moment)\\b`),
    // "could i grab mike for a second".
    new RegExp(
      `\\b(?:grab|steal|borrow)\\s+${who}\\s+(?:for (?:a|one) (?:sec|second|minute|min|moment)|real quick|quick|quickly)\\b`,
    ),
  ];
}

/**
 * "Don't put me through, just have him call", "no need to bother him", "you don't need to get mike",
 * "i don't need mike himself", "he doesn't need to talk to anybody", "never mind, you can just take a
 * message", "never mind then, just take a message", "ah he's busy, never mind i'll just tell you", "oh,
 * ok, no that's fine, you can probably help me", "never mind you can just take it", "don't worry about
 * it you can just write it down for him": the caller turns a transfer down.
 */
const turnedDown = perOwner(
  (owner) =>
    new RegExp(
      `\\b(?:never ?mind(?:,? (?:then|that|it's fine|that's fine|that's okay|okay|ok))?|don't worry about it|forget it),? (?:you can |you could |i'll )?(?:just )?(?:(?:take|leave) a message|tell you|take it\\b(?! (?:out|off|away|apart|back|over|easy|down|up)\\b)|write (?:it|this|that) down)\\b|\\bjust (?:take|leave) a message\\b|\\b(?:no|that's fine|that's ok(?:ay)?|never ?mind),? (?:maybe )?you (?:can|could) (?:probably |just )?help (?:me|us)\\b|\\b(?:don't|do not|doesn't|does not|no need to|you don't have to|you don't need to) (?:put me through|transfer me|bother (?:him|her${orOwner(owner)})|interrupt (?:him|her)|pull (?:him|her) off|get (?:him|her${orOwner(owner)})(?: on)?\\b(?! (?:to|out|over|back|here)\\b)|need (?:him|her${orOwner(owner)})(?: (?:himself|herself|personally|directly))?\\b(?! to\\b)|need to (?:talk|speak) (?:to|with) (?:him|her|anyone|anybody|the owner${orOwner(owner)}))\\b`,
    ),
);

/**
 * "who am i talking to, is this an answering service or is this like a computer": asked of the
 * receptionist, to be answered, not a request to be put through (a caller who wants a person says
 * so, and the rules hear it).
 */
const whoAnswers =
  /\b(?:who am i (?:talking|speaking) (?:to|with)|is (?:this|that) (?:an? |like an? |some (?:kind of )?|one of those )?(?:answering service|computer|machine|robot|recording|bot|ai)|(?:am i|are you) (?:talking to |speaking (?:to|with) )?(?:an? |like an? )?(?:computer|machine|robot|recording|bot))\b/;
export function asksWhoAnswers(utterance: string): boolean {
  return whoAnswers.test(normalizeUtterance(utterance));
}

/** Whether the caller has turned down being put through, which a model's hunch must not override. */
export function turnsDownTransfer(utterance: string, { ownerName }: OwnerOptions): boolean {
  return turnedDown(ownerName).test(normalizeUtterance(utterance));
}

const ownerPatterns = perOwner((owner): RegExp[] => {
  if (!owner) return [];
  return [
    new RegExp(`\\bis\\s+(?:there\\s+an?\\s+)?${owner}\\s+${atWork}`),
    // "Mike around?" said on its own, without the "is"; "any chance mike's around".
    new RegExp(
      `^(?:(?:hi|hey|yeah|um+|uh+|so)\\s+)*(?:any chance\\s+)?${owner}(?:'s|\\s+is)?\\s+(?:there|in|around|available|free)(?:\\s+(?:today|now|right now|by (?:any )?chance|at all))*$`,
    ),
    new RegExp(`\\bis (?:this|that) ${owner}\\b(?!'s)`),
    new RegExp(
      `\\b(?:see|check|find out|know|(?:i was |i'm |was )?wondering|wonder) (?:if|whether) ${owner}(?:'s| is| was)\\s+${atWork}`,
    ),
    new RegExp(`\\b${owner}(?:'s| is) expecting (?:my|this|a) call\\b`),
    new RegExp(`\\b(?:deal|work) (?:directly )?with ${owner} (?:directly|himself|herself|personally)\\b`),
    // Also as a learner of English says it: "i want speak mister mike".
    new RegExp(
      `\\b(?:talk|speak|chat)(?:ing)?\\s+(?:(?:to|with)\\s+)?(?:(?:mister|mr)\\.? )?${owner}\\b|\\ba (?:quick |quick little )?word with ${owner}\\b`,
    ),
    new RegExp(
      `\\b(?:get|want|need)\\s+(?:me\\s+)?(?:the (?:real|actual) )?${owner}\\b(?!'s|\\s+(?:to|out|over|here|back|again|for(?! me\\b| us\\b))\\b)`,
    ),
    // "mike knows me ... can you get him": the owner named, then fetched to the phone.
    new RegExp(`\\b${owner}\\b.*\\b(?:get|grab|fetch) (?:him|her)(?: for me| on the (?:phone|line))?(?: please)?$`),
    // "i'm one of mike's customers he's at my house right now and i need to reach him".
    new RegExp(
      `\\b${owner}\\b.*\\b(?:need|have|got|gotta|trying|want) to (?:reach|get (?:a )?hold of|get ahold of|get in touch with|track down) (?:him|her)\\b`,
    ),
    ...askedFor(owner),
    // "Mike told me to call and ask for him": the owner named, then asked for.
    // Not "mike did our roof ... so i said i'd call for her", on the neighbour's behalf.
    new RegExp(`\\b${owner}\\b.*\\bask(?:ing)? for (?:him|her)\\b`),
    // "yeah mike please", "gimme mike": the owner asked for by name alone.
    new RegExp(
      `^(?:(?:hi|hey|hello|yeah|yes|um+|uh+)\\s+)*(?:can i have |can i get |i'd like |gimme )?(?:(?:mister|mr)\\.? )?${owner}(?:\\s+please)?$`,
    ),
    // "mike's the one i need to talk to", "mike is who i want to speak with".
    new RegExp(
      `\\b${owner}(?:'s| is) (?:the (?:one|guy|man|person) |who )(?:i|we) (?:need|want|have|gotta|got) to (?:talk|speak) (?:to|with)\\b`,
    ),
    // "give me mike", "hook me up with mike bro": fetched to the phone, bluntly.
    new RegExp(
      `\\b(?:give me|hook me up with|patch me to|put me on with)\\s+${owner}\\b(?!'s|\\s+(?:a call|a ring|a shout|a text|your number)\\b)`,
    ),
    // "mike are you there", "hey mike it's dave pick up": talking to him as if he had answered.
    new RegExp(
      `^(?:(?:hey|hi|hello|yo|oh)\\s+)*${owner}\\b[^.?!]{0,40}\\b(?:are you there|you there|pick up)(?=$|\\s+(?:if|please|man|buddy|it's|i)\\b)`,
    ),
    new RegExp(
      `\\b(?:tell|let) ${owner}(?: know)? (?:that )?i'm (?:(?:on the (?:line|phone)|still (?:here|on the line))\\b|(?:holding|waiting)(?=$|\\s+(?:now|right now|please|on the line)\\b))`,
    ),
    // "please put me with mike he know me", as a learner of English asks to be put through.
    new RegExp(`\\bput me (?:with|to) ${owner}\\b`),
    // "can you hand the phone to mike", "can i get mike for two seconds". Not "i'll hand the phone to my husband".
    new RegExp(
      `(?<!\\b(?:i'll|i will|let me|gonna|going to) )\\bhand (?:the phone|it) (?:over )?to ${owner}\\b|\\b(?:can|could) i (?:get|grab) ${owner} (?:for (?:a|one|two|a couple) (?:sec|secs|second|seconds|minute|minutes|min|moment)|real quick|on the (?:horn|phone|line))\\b`,
    ),
    // "does mike have a cell number i can just call him on": a way to call him now, which the transfer
    // is. Not "a cell number i can text pictures to".
    new RegExp(
      `\\b(?:does ${owner} have|(?:can|could) i (?:get|have) ${owner}'s|what's ${owner}'s) (?:a )?(?:cell|cell phone|mobile|direct|personal) (?:number|line|phone) (?:i|we) can (?:just )?(?:call|reach|ring) (?:him|her)\\b`,
    ),
    // "where's Mike": asking for him by name.
    new RegExp(`^(?:(?:hi|hey|yeah|um+|uh+)\\s+)*where's\\s+${owner}(?:\\s+at)?$`),
    // "can mike jump on the phone", "i'll hold for mike", "ring mike for me": as "can he jump on a call".
    // Not "have mike ring me" nor "ring mike back later", a call back.
    new RegExp(
      `\\b(?:can|could) ${owner} (?:jump|hop|get) on (?:(?:a |the )?(?:quick )?(?:call|phone|line)\\b|(?:real )?quick\\b|for a (?:sec|second|minute)\\b)|\\bi(?:'ll| will| can)? (?:wait|hold|hang on) for ${owner}\\b(?!\\s+to\\b)|(?<!\\bhave )\\b(?:ring|buzz|page) ${owner}(?: for me| please| now| right now)?$`,
    ),
  ];
});
