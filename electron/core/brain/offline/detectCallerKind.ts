import { failureWords } from './failureWords';
import { perOwner } from './ownerNames';
import { anyWord, normalizeUtterance, saidUndenied } from './utteranceText';

/** A recording's prompt for a key: "press one to confirm", "please press three". */
const keyPrompt = 'press (?:one|two|three|four|five|six|seven|eight|nine|zero|pound|star|\\d)';

const keyPromptHeard = anyWord([keyPrompt]);

/** Whether a recording asks for a key. */
export function asksForAKey(utterance: string): boolean {
  return keyPromptHeard.test(normalizeUtterance(utterance));
}

/** Said by robocalls and sales pitches, never by someone with a job for a contractor. */
const pitch = anyWord([
  // "one spot left for a plumbing ad on the back cover" of a coupon book.
  'coupon book|(?:spot|space) left for (?:a|an|your) (?:\\w+ )?ad\\b',
  // "you got a pretty negative review posted online ... one of our featured business packages"; a tool
  // truck's demo week sold on weekly payments.
  'negative reviews? (?:posted|online|about (?:you|your)|on your)|featured (?:business )?(?:packages?|listings?|placements?)|tool truck|demo (?:week|day) on|no credit check',
  keyPrompt,
  '(?:factory|extended|auto|vehicle|car) warranty',
  // Robocall scripts: a homeowner sought at a business's number, a notice for the owner, a renewal
  // taken by card over the phone, a prize, a loan "he applied for", a guaranteed spot on google.
  'is the homeowner (?:available|home|there|in)|(?:speak|talk) (?:to|with) the homeowner|are you the homeowner|is this the homeowner',
  // "we're doing premium reviews for roofing contractors ... most of you are overpaying".
  '(?:most of you|you guys|you|contractors) (?:are |may be |might be |could be )?(?:probably )?overpaying|premium reviews?',
  '(?:important|urgent|final) (?:message|notice) for the (?:business owner|owner|licensed contractor|contractor)',
  'need (?:a|your) credit card (?:number )?(?:for|to)',
  'congratulate you on|instant rebate|(?:your (?:warranty|coverage|policy|membership)|war and tea) is (?:up for renewal|about to expire|expiring)',
  '(?:funding|loan|financing|line of credit) (?:he|you|mike) applied for|(?:your|his) (?:funding|loan|financing) (?:was|has been|got|went) (?:approved|through)',
  'data provider to google|guaranteed (?:spot|placement|ranking|position)',
  // "your listing is on page four for roofer near me and we can get you into the top three spots".
  '(?:listing|website|business|company|ranking) (?:is |shows up |comes up )?on page (?:two|three|four|five|six|\\d+)\\b|(?:get|put|move) you (?:in|into|on|to) (?:the )?top (?:three|3|five|5|spots?|of google|of the (?:search|map))',
  // Scams on the business: a "compliance package" against an inspection, an energy rate asked for by
  // the account and meter numbers off a bill, bad reviews "against your business" removed for a fee,
  // a wrap paid by a check mailed up front and "sent on" to an installer.
  'compliance (?:package|kit|posters?)|(?:federal|state|u s|us) (?:labor|workplace|safety) (?:law )?compliance\\b|(?:osha|safety) inspection unless',
  '(?:electric|electricity|energy|gas) supply (?:rate|company|contract)|lock (?:you|your (?:business|company)) in at a (?:\\w+ ){0,2}rate|read me (?:the |your )?(?:account|meter) number',
  '(?:star )?reviews against your (?:business|company)|(?:remove|take down|stop) (?:them|the (?:reviews|ones)|those)\\b[^.!?]{0,30}\\b(?:already )?posted',
  'wrap (?:their|your) (?:vehicles?|vans?|trucks?|cars?)|(?:vehicle|van|truck|car) wrap (?:program|campaign|advertising)|send (?:part|some|the rest) of it on to',
  // The overpayment scam: "a cashier's check for the deposit, it will be more than your price because
  // you will pay my mover from it", "a cashier's check for the full amount plus the cost of my moving
  // company, and you will kindly pay the movers from it".
  // Also "a certified check for the full job plus extra, and you will send the extra to my mover", "a
  // cashier check for the deposit, it will be more than the deposit ... pay my landscape designer from it".
  "(?:cashier's|certified|cashiers|cashier) check\\b[^.!?]{0,60}\\b(?:more than (?:your|the) (?:price|quote|estimate|amount|deposit|total)|plus (?:extra|more|the (?:cost|fee)))|pay (?:my|the|her|his) (?:\\w+ )?(?:mover|movers|moving company|shipper|agent|assistant|decorator|designer|driver)s? (?:from|out of) (?:it|the check)|cashier's check for the full amount plus|send (?:the )?(?:extra|rest|difference|remainder|balance) to (?:my|the|her|his) (?:\\w+ )?(?:mover|movers|shipper|agent|assistant|decorator|designer|driver)s?\\b|send (?:her|him|them) the rest by (?:zelle|venmo|wire|cash app|paypal)",
  // "the vehicle you have registered, your warranty is about to expire".
  'your (?:\\w+ )?(?:warranty|coverage) (?:is (?:about|going|set) to|will soon|will) expire|vehicle you have registered',
  "(?:vehicle's|car's|vehicle|auto) (?:factory )?warranty",
  'warranty (?:coverage|specialist)',
  // Not where a customer found the number: "i got this number off google maps", "found you on google maps".
  "(?<!\\b(?:found|got|saw|looked|number|you|guys|y'all|up|ad|company) (?:on|off|from|in|through|via|at) )google (?:listing|business|my business|maps|partner|verification|specialist|ranking)",
  '(?:business|google) (?:listing|page) (?:has|is|will|may)',
  'listing (?:is|may be) not verified|not (?:been )?(?:verified|claimed)',
  'merchant (?:services|processing|statement|fees?|account)',
  // A seller's opening: "we noticed your website isn't showing up", "we work with a lot of roofing
  // companies like yours", "tell you about our software", "we're offering small business loans".
  // Not a customer's "i saw your reviews online", "we noticed your website says free estimates".
  "we (?:noticed|were looking at) (?:that )?your (?:website|site|listing|google \\w+|online \\w+|business|company|page|profile|reviews)\\b[^.!?]{0,25}\\b(?:isn't|is not|aren't|are not|not|doesn't|does not|don't|has no|have no|could use|missing|only has)\\b",
  '(?:we|i) (?:work|partner) with (?:a lot of |lots of |many |hundreds of |other )?(?:\\w+ ){0,2}(?:companies|contractors|businesses) like yours',
  'tell you (?:a (?:little|bit) )?about (?:our|a) (?:new )?(?:software|app|platform|program|product)',
  '(?:offering|offer you|qualify for|approved for|get you) (?:a |an )?(?:small business|business) (?:loans?|funding|financing|line of credit)',
  'processing (?:fees|rates)',
  'credit card (?:terminal|processing)',
  'visa and mastercard',
  'decision maker',
  '(?:second|final) notice',
  'courtesy call',
  'removed from (?:our|the) list',
  'first page of google',
  '(?:show|shows|showing) up first (?:on|in) google',
  // Scams and sellers of the second wave: a "yes" recorded, a licence threatened, leads sold, a
  // collect call, a campaign or a charity, funding "he applied for".
  // Not a customer's "i just need a yes or no today".
  'just need (?:a yes|you to say yes)(?! or no)|say yes (?:to confirm|after the tone)|accept the charges|collect call',
  'continuing education (?:credits|hours)|(?:license|licence) (?:is|will be|gets) (?:flagged|suspended|revoked|inactive)|on behalf of the (?:state )?licensing board',
  // Not "a lead pipe", "the lead paint test".
  "(?:per|for each) lead\\b(?! (?:pipes?|paint|line|service))|(?:dollars|bucks|hundred) for the lead\\b|pay per lead|lead generation|(?:send|sell) you the homeowner(?:'s)? info",
  '(?:state senate|city council|campaign|endorsement|political) (?:race|letter|contribution|volunteer)|chip in \\w+ (?:\\w+ )?(?:dollars )?to the campaign',
  // Not a gift certificate for a cleaning, or furniture hauled to a donation center.
  "(?:make|give) a gift\\b(?! (?:card|certificate))|(?:a|your) (?:tax[- ]deductible )?donation\\b(?! (?:pick ?up|bin|box|center|truck|drop))|children's hospital campaign",
  '(?:funding|loan) (?:he|you|they) applied for|(?:about|regarding) (?:his|your) (?:funding |loan )?file',
  'executive recruiter|(?:senior )?\\w+ role with (?:a|an)',
  // Answering services, a buyer for the business, insurance "lowered": "setting up an ai answering
  // service", "i have a qualified buyer", "about lowering your business insurance" (not a customer's "can you
  // lower your rates").
  '(?:ai|virtual|live) (?:answering|receptionist)(?: service)?|business broker|qualified buyer|what (?:the|your) business is worth|(?:lower|lowering|reduce|reducing|cut|cutting) your (?:business )?(?:insurance|premiums?|processing fees|(?:utility|phone|energy|electric) bills?)',
  // "it's about retirement planning for business owners, we help guys like mike set up a solo four oh one k".
  'retirement planning for (?:business owners|contractors|small business)|(?:set up|setting up|start) (?:a |your )?(?:solo |small business )?(?:401 ?k|four oh one k)',
  // A recruiter placing a worker: "i've got a great candidate a journeyman ... i'll send over his resume";
  // not a job seeker sending their own.
  '(?:great|strong|perfect|qualified|excellent|top) candidates?\\b|send (?:you |over )?(?:his|her|their) (?:resume|cv)\\b',
  'top (?:of|spot on) google',
  '(?:number one|#1|top) (?:ranking|on google|spot)',
  'page (?:one|two|three|\\d) for',
  'mobile friendly',
  '(?:seo|search engine optimization)',
  // "more roofing and handyman leads through our network".
  'more (?:\\w+ (?:and |or )?){0,3}leads',
  // A place on a paid list, or printing for the trade: "a list of preferred contractors ... a small
  // monthly listing fee", "we print yard signs door hangers and truck magnets for contractors".
  '(?:monthly |annual |small )?listing fee|list of preferred (?:contractors|vendors)|(?:we )?print (?:\\w+ ){0,3}(?:yard signs|door hangers|truck magnets|business cards|flyers)',
  // Sold to the owner, not a job for him: a dealer's discount, fuel cards for his trucks, a medical alert for "you".
  'dealer (?:discount|pricing|program)|(?:fleet )?fuel cards?|send (?:you )?(?:the |our )?rates over|medical alert (?:pendant|device|system|button|necklace|bracelet)|monitoring fee',
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
  // "this might sound like a sales call but it's not": denied, a manner (below), not a pitch.
  "(?<!\\b(?:like|not|isn't|is not|it's not)\\s)(?:it's )?(?:just )?a sales call",
  '(?:in charge of|handles?|who handles) (?:the |your )?(?:payroll|phones|phone system|internet|marketing|advertising|credit card processing)',
  'payroll (?:processing|services|costs)',
  'when people search',
  // Not "kyle with front range solar ... a roof we're both on": solar installers work beside roofers
  // and electricians (a solar pitch says what it sells: "solar savings", "free solar").
  // "brandon from front range storm leads"; not "from one of the leads".
  '(?:with|from) (?:\\w+ ){1,2}(?:marketing|media|digital|seo|advertising|funding|capital|payments|solutions|consulting|technologies|software|leads|listings|telecom|wireless|merchant|lending|staffing|recruiting)\\b|(?:with|from) (?!(?:your|the|a|an|my|our|his|her|their|some|one|those|these|all|each)\\b)(?:\\w+ ){3}(?:marketing|media|digital|seo|advertising|funding|capital|payments|solutions|consulting|software|leads|listings|lending|staffing|recruiting)\\b',
  // "we build ai voice agents for roofers and plumbers": a product for the trade, sold to it.
  '(?:we|i) (?:build|make|sell|offer|provide|develop) (?:\\w+ ){1,4}for (?:roofers|plumbers|contractors|electricians|painters|landscapers|hvac (?:companies|contractors|businesses)|home service (?:companies|businesses|pros)|trades(?:people)?|small businesses)\\b',
  // "it's jenna from peak local ads": a company named for its ads, not "i saw you from your yard sign ads".
  '(?:with|from) (?!(?:your|the|a|an|my|our|his|her|their|some|those|these|facebook|instagram|google|nextdoor|yelp|tv)\\b)(?:\\w+ ){1,2}ads\\b',
  // A storm chaser selling the contractor a roof: "my guy noticed the building at your address has some damage".
  '(?:noticed|spotted|saw) (?:that )?(?:the |your )(?:building|roof|house|property|place|shop)\\b[^.!?]{0,30}\\bhas (?:some )?(?:\\w+ )?damage',
  // Consumer scams the FTC lists: warranties, government, shopping accounts, prizes.
  'extended (?:service contract|warranty)|(?:vehicle|auto|car) service contract',
  'social security (?:number|administration)|the irs\\b|internal revenue|arrest warrant|legal action against you',
  'suspicious (?:purchase|activity|charge)|unauthori[sz]ed (?:purchase|charge)',
  "you(?:'ve| have)? (?:won(?!')|been selected)|gift card|free cruise|vacation package",
  'your (?:power|service|account|number|listing|profile|business) (?:will be|is going to be|has been) (?:disconnected|suspended|deactivated|deleted|cancell?ed|shut off)',
  'we buy houses|cash for your (?:house|home|property)|interested in selling your (?:business|house|home|property)',
  // Buyers of the business or its trucks: "an interested party who would like to pursue an acquisition", "we buy work trucks cash".
  'acquisitions? group|an interested party|we buy (?:\\w+ ){0,2}(?:trucks|vans|vehicles|equipment)\\b',
  // Selling to the business: reviews, directories, websites, phones, staff, leads, surveys.
  // A stranger's diagnosis of the business's website, and the cure for sale.
  "(?:you're|you are|he's|he is) (?:probably )?losing (?:calls|customers|clients|leads|jobs) every (?:day|week)|(?:rebuild|redesign|redo) (?:the|your|his) (?:whole |entire )?(?:web ?)?site|get (?:it|you|the site|your site) ranking|free mock ?up",
  '(?:get|help) you (?:get )?(?:more )?(?:five star|5 star|positive|good)? ?reviews|remove (?:\\w+ )?(?:negative|bad) reviews',
  '(?:business|local) directory|verify your (?:listing|business|account|information)',
  'free website',
  '(?:pos|point of sale) system|upgrad(?:e|ing) your phone|business (?:phone|internet) (?:plan|service|lines?)',
  'staffing agency|qualified workers',
  '(?:doing|conducting) a (?:quick |short )?survey|take (?:a|our) (?:quick |short )?survey',
  'we have (?:jobs|leads|homeowners|customers) (?:in|for) your area|(?:calling|call) (?:local )?businesses in your area',
  "(?:this is \\w+(?: \\w+)? (?:from|with|at)|(?:i'm|i am|we're|we are) (?:calling )?(?:from|with)|calling (?:from|on behalf of)) (?:the )?(?:homeadvisor|home advisor|angi|angie's list|thumbtack|yelp|bark|porch(?<!\\bthe porch)|networx|google|verizon|at&t|comcast|spectrum|amazon|the electric company|your (?:bank|utility|electric company))",
  "(?:in charge of|handles?) (?:the |your )?(?:company's )?(?:energy|electric|utility|phone) bill",
  // Donations and votes asked of whoever answers: charity drives, robo-polls.
  'paid for by|registered (?:\\w+ )?voters?|planning to vote|please say yes or no',
  // A sponsorship sold as a good cause: "asking local businesses to sponsor an ad in our annual calendar".
  'sponsor (?:a |an |our )?(?:\\w+ )?(?:ad|page|hole|event|calendar|program)\\b|(?:asking|inviting) (?:local |small |area )?businesses to (?:sponsor|donate|advertise|support)',
  '(?:benevolent|burn victims?|widows and orphans) fund|(?:support|donate to|give to|contribute to) (?:our|the) (?:\\w+ ){0,4}(?:fund|foundation|charity|drive)',
  '(?:put you down|count on you) for (?:a |the )?(?:\\w+ )?(?:dollars?|donation|pledge|gift)|(?:take|put) (?:it|a|your) (?:card|donation) over the phone|on a credit card tonight',
  // Buying the business or hiring its owner away.
  'what (?:your|their) (?:business|company) (?:is|might be|could be) worth|we pay (?:top (?:wages|rates)|(?:good|great|competitive) (?:wages|salaries))|top of the (?:pay )?scale',
  '(?:talk|speak) (?:to|with) about (?:your )?purchasing|(?:handles?|in charge of|does) (?:your |the )?purchasing|wholesale distributor',
  // Selling to the business: its phones, a show booth; scams in a store's or Medicare's name.
  "(?:percent|%) of (?:your )?calls|calls (?:go|going) unanswered|(?:we could|we can|we'll) beat (?:whatever|what) you're paying|booth spaces?",
  '(?:amazon|apple|paypal|microsoft|walmart) (?:security|fraud|account) (?:department|team|center)|ordered an? [a-z]+(?: [a-z]+)? for [a-z ]{3,30} dollars on your account',
  'medicare (?:benefits|card|plan)|no cost (?:knee|back) brace',
  // Student-loan, toner and license-board scams; software, staffing, retirement plans, truck wraps
  // and insurance sold to the business.
  'student loans?\\b[^.!?]{0,60}\\b(?:forgiveness|forgiven|eligible)|loan forgiveness',
  'toner (?:shipment|order|cartridges?)|toner\\b[^.!?]{0,40}\\b(?:invoice|past due|collections)|invoice\\b[^.!?]{0,40}\\bfor toner|(?:model|serial) number (?:on|of|off|from) your (?:copier|copy machine|printer)|checking on your (?:printer |copier )?toner',
  // A seller's "follow-up" on a talk about the business's website or listing that the owner never had.
  '(?:following up|follow up|circling back|checking back|checking in) (?:on|about|from|after) (?:our|the|my) (?:last )?(?:conversation|call|chat|talk)\\b[^.!?]{0,50}\\babout (?:your|the|his) (?:website|site|listing|marketing|advertising|seo|google|reviews|ads|online)',
  'licens(?:e|ing) board\\b[^.!?]{0,100}\\b(?:credit card|over the phone|fee)|(?:license|registration) will (?:lapse|expire|be (?:suspended|revoked))',
  '(?:see|show you|set up|schedule|book(?: you)?(?: in)?(?: for)?) a (?:quick |short |free |(?:\\w+ )?minute )?demo|(?:software|app) that (?:automatically )?(?:calls|texts|follows up)',
  'temp(?:orary)? (?:laborers|workers|labor|staff)|(?:day|temp) labor(?:ers)?|(?:place|supply) (?:\\w+ )?(?:laborers|workers) by the day',
  '(?:401 ?k|four oh one k) plans?|retirement plans? for (?:small )?(?:employers|businesses)',
  '(?:trucks?|vans?|vehicles?|fleet) wrapped|(?:truck|van|vehicle|fleet) wraps\\b|(?:full|partial)(?: (?:and|or) (?:full|partial))? wraps\\b|free (?:mock ?up|design|proof) (?:with|of) your logo',
  // Sold to the owner for his trucks, his shop or his crew: "getting gps on his trucks", "a promo on
  // tankless heaters", "anything on his desk i can bid on", "free sample cases of our degreaser",
  // "see if he's hiring", "a one sheet on our yard sign packages".
  '(?:gps|fleet tracking|tracking devices?|dash ?cams?) (?:on|for|in) (?:his|your|the) (?:trucks|vans|vehicles|fleet)',
  // Renewals and listings nobody asked for: "your domain name is about to expire", "update your yellow pages listing".
  'domain (?:name|registry|registration)\\b[^.!?]{0,40}\\b(?:expir\\w*|renew\\w*)|renewal notice|(?:yellow pages|directory) listing|update (?:your|the) (?:\\w+ )?listing|confirm the business name',
  // Leads sold to contractors: "i've got homeowners in that zip asking for roof replacement quotes".
  "(?:i've got|we've got|i have|we have) homeowners (?:in (?:that|your|the) (?:zip|area|neighborhood)|asking|looking|ready)",
  // Scams and rates to beat: "you're owed a refund", "an agency that can beat his current rate", "free rate reviews".
  "overpaid on your (?:last )?bill|(?:you're|you are) owed a refund|beat (?:his|your) (?:current )?(?:rates?|price|premium)|(?:free )?rate reviews?|save (?:a few hundred|hundreds|thousands|money) (?:a|per|every) month on (?:his|your|the (?:credit )?card)",
  "(?:we're|we are) raising (?:money|funds)\\b",
  // Leads, trackers, booths, ads and decals sold to the trade, as a second independent list of
  // pitches put them (eval/corpus/tune-not-a-job-after-all.json): "we send homeowners who need full
  // replacements over to local guys like you", "we put a little tracker in each truck", "a couple
  // booths left", "a quarter page runs four twenty five", "a paid advertising program ... a decal on
  // your truck", "fifteen minutes on the owner's calendar".
  '(?:send|sending|refer|referring|pass|passing) (?:\\w+ ){0,6}?(?:homeowners|jobs|customers|leads)\\b[^.!?]{0,40}\\b(?:over )?to (?:local )?(?:guys|contractors|companies|businesses|pros|roofers|plumbers|electricians|painters) like you|sample leads?',
  '(?:put|install|stick) a (?:little |small )?(?:gps )?tracker (?:in|on) (?:each|every|your|all your) (?:trucks?|vans?|vehicles?)',
  'booths? (?:left|available|still open)|exhibitor (?:floor|space|spots?|booths?)|(?:quarter|half|full)[- ]page (?:ad|runs|spot|placement)|(?:home )?services? spotlight',
  'paid advertising program|your (?:vehicle|truck|car) (?:was|has been) selected|decal on (?:your|their|his) (?:work )?(?:trucks?|cars?|vehicles?)',
  "(?:minutes|a few minutes|a call) on (?:the owner's|his|her|your|mike's) calendar",
  // What a seller who asked for the owner says the call is about: "it's regarding his google reviews
  // and local ranking", "it's about the rates on his card processing" (not a customer's "your reviews").
  "(?:rates?|fees|pricing) (?:on|for) (?:his|her|your|the) (?:credit )?card processing|(?:regarding|about|concerning) (?:his|her|the owner's) (?:google (?:reviews|listing|profile|ranking|business \\w+)|local (?:ranking|seo|listing|search)|online (?:reviews|presence|listing)|search ranking|seo|(?:credit )?card processing|processing (?:rates|fees)|merchant (?:account|services)|business (?:loan|funding|line of credit|listing|insurance renewal)|website (?:redesign|traffic|ranking))\\b",
  // Work trucks offered to contractors: "six trucks off a lease ... before they go to auction".
  '(?:trucks|vans|vehicles|pickups) (?:coming )?off (?:a |the )?lease|before (?:they|it) go(?:es)? to auction',
  "(?:we(?:'ve)? got|we have|we're running|running) a (?:\\w+ )?(?:promo|promotion|special) (?:on|going)|contractor (?:special|pricing)|(?:we're|we are) a (?:\\w+ )?distributor|anything (?:on (?:his|your) desk|coming up) (?:i|we) (?:can|could) (?:bid|quote) on",
  'free samples?(?: cases?| kits?)? of our|sending out (?:free )?samples?',
  // Not "wanted to see if he's hiring", a job seeker's (eval/quoteOrSchedule.md, rule 11): a caller, not a seller.
  "(?:i'm|i am) a (?:recruiter|headhunter)",
  '(?:yard signs?|door hangers?|truck magnets)\\b[^.!?]{0,20}\\bpackages?|send (?:over )?a one[- ]sheet|talk to about (?:the |your )?marketing',
  'save (?:him|you|your business) (?:a few hundred|some money|money|\\w+ (?:hundred|dollars|percent)) on (?:his|your) (?:policy|insurance|premiums?)',
  'lead (?:partners|pros|source|gen)\\b',
  // From a list of common calls to small businesses: ad time on the radio, a directory profile to
  // finish, a chamber membership, a buyer for the business, branded crew wear, a compliance "penalty".
  '(?:ad|advertising|radio|commercial) (?:spots?|slots?|packages?) (?:open|available|left)|(?:spots?|slots?) open for (?:\\w+ ){0,3}businesses',
  '(?:your|the) (?:business )?profile (?:is|was|looks) (?:incomplete|not complete|unfinished|missing)',
  'chamber of commerce\\b[^.!?]{0,40}\\bmembership|membership (?:for|in) (?:your|the) (?:business|company)',
  '(?:buys?|buying|acquires?|acquiring) (?:\\w+ ){0,2}(?:businesses|companies)\\b[^.!?]{0,40}\\b(?:selling|sell)\\b',
  'uniform company|branded (?:shirts|apparel|hats|gear|uniforms|jackets)',
  "(?:workers(?:'|'s)? comp(?:ensation)?|osha|labor law) (?:compliance|posters?|audit)|(?:compliance|penalty) (?:notice|pending|violation)",
  // The same robocalls in Spanish.
  // "le hablo para ofrecerle un préstamo para su negocio".
  'pr[ée]stamos? (?:para|a) su (?:negocio|empresa|compañ[íi]a)|financiamiento para su (?:negocio|empresa)|ofrecerle (?:un|una|nuestros?|nuestras?) (?:pr[ée]stamo|servicio|programa|plan|oferta)',
  'presione (?:el )?(?:n[úu]mero )?(?:uno|dos|\\d)|(?:usted )?ha ganado|tasa de inter[ée]s|servicios de tarjeta|garant[íi]a de su (?:auto|veh[íi]culo|carro)',
  '(?:su )?servicio (?:ser[áa]|va a ser) (?:desconectado|suspendido|cortado)|(?:este es )?un mensaje grabado',
  // Storm-chasing outfits after roofers: "we send you signed jobs", "our canvassers on your yard signs".
  '(?:looking for|want to find) (?:local |established |licensed )?(?:roofers|contractors|plumbers|electricians|painters|companies)(?: in \\w+)? to (?:partner with|install (?:them|our|these)|carry|sell|offer|sub(?:contract)?\\b|convert)|we send you (?:signed )?(?:jobs|leads|customers|contracts)|door knocking crews|canvassers|per signed contract',
  // A utility's name on a deposit or a card number asked for: the scam the utilities warn of.
  '(?:requires?|need) a deposit\\b[^.!?]{0,60}\\bcard number|can i get a card number',
  // Staffing, insurance and lead sellers: "we place licensed technicians with contracting firms", "we sell roofing leads".
  '(?:introduce|present) our services|we place (?:licensed |skilled )?(?:\\w+ ){0,3}(?:technicians|techs|workers|staff|laborers) with|(?:want|like) (?:to )?offer (?:a |you )?(?:good |great |better |low )?(?:price|rate)s? (?:for|on) (?:your |contractor |business )?insurance|(?:we|i) sell (?:\\w+ )?leads|exclusive (?:leads )?in your (?:zip|area|territory)',
  // Spanish robocalls and marketers: "garantía extendida de su troca", "oprima el uno", "salir primero en google".
  'oprima el (?:n[úu]mero )?(?:uno|dos|nueve|\\d)|garant[íi]a extendida|su cobertura est[áa] por vencer|salir primero en google|conseguir m[áa]s clientes',
  // Networks and partners selling to the business: "get your company signed up as a preferred
  // contractor", "you'd pay us a referral fee per job", "we write estimates and supplements for
  // roofing contractors"; and the Spanish solar call, "un programa del gobierno ... paneles solares sin costo".
  '(?:signed up|sign (?:you )?up|join(?:ing)?|added) (?:as )?(?:a |our )?(?:preferred (?:contractor|provider|vendor)|service provider network)|(?:grow|growing|expand|expanding|build|building) our (?:service )?(?:provider|contractor|vendor) network',
  '(?:pay|paying) us a referral fee|referral fee per (?:job|lead|install)|(?:looking|want|like) to partner with (?:local )?(?:handymen|contractors|roofers|plumbers|electricians|painters|guys|companies|businesses|pros)',
  'we (?:write|do|handle|offer|provide) (?:\\w+ ){0,4}(?:estimates|supplements|marketing|websites|bookkeeping|billing|financing|insurance|software|leads)\\b[^.!?]{0,30}\\bfor (?:roofing |hvac |plumbing |electrical |local |other )?contractors\\b',
  'paneles solares (?:sin costo|gratis|gratuitos)|programa (?:del|de gobierno|gubernamental)\\b[^.!?]{0,40}\\b(?:paneles|solar)',
  // Spanish sellers and scams, as the gloss leaves them: "los primeros lugares de google", "cuñas de 30
  // segundos", "una agencia de seguros for contractors", "una tarjeta de crédito dorada para your
  // business", "el departamento de cobranza de la compañía de luz", "su compañía ha sido preaprobada para
  // un préstamo ... el número de seguro social del dueño".
  'primeros lugares de google|cuñas de \\d+ segundos|agencia de seguros (?:for|para) (?:contractors|contratistas)|tarjeta de cr[ée]dito (?:\\p{L}+ )?para your business|aprobada aunque tenga mal cr[ée]dito|(?:ha sido|fue|est[áa]) (?:pre-?)?aprobad[oa] para (?:un|una) (?:pr[ée]stamo|cr[ée]dito|financiamiento|l[íi]nea de cr[ée]dito)|n[úu]mero de seguro social|departamento de cobranza\\b[^.!?]{0,40}\\b(?:luz|gas|electricidad|xcel)',
  // Investors after the caller's house, not work for the business.
  '(?:buying|buy) (?:up )?(?:houses|homes|properties)\\b[^.!?]{0,30}\\b(?:cash|as is|in (?:the|your) (?:area|neighbou?rhood))|would you consider (?:an |a )?(?:cash )?offer',
  // Leads by their shape: "exclusive panel upgrade and ev charger leads", "one electrician per zip
  // code", "you only pay when the call connects", "homeowner lists", "book estimates on your calendar".
  '(?:exclusive|pre ?-?qualified|pre ?-?screened|verified) (?:[a-z]+ (?:and |or )?){0,4}(?:leads|inbound calls|appointments)\\b',
  '(?:one|a single|only one) (?:\\w+ ){0,2}(?:contractor|roofer|plumber|electrician|painter|company|pro|business|partner) (?:per|in each|for each|in every) (?:zip(?: code)?|territory|area|town|city)',
  '(?:you )?only pay (?:when|for|if) (?:you get |the |a )?(?:calls?|leads?|appointments?|jobs?) (?:that )?(?:connect|book|close|come in|you (?:get|win|book))|(?:you )?only pay when you get a lead',
  'homeowner (?:lists|data|contact lists)|book (?:\\w+ ){0,2}(?:estimates|appointments) (?:right )?(?:on|into|onto) your calendar|appointment setting for',
  // Who at the business buys: "who handles the books and the payroll", "the person who handles fuel
  // for your work trucks", "who takes care of your uniforms", "who are you using for your payroll".
  "(?:who|whoever|the (?:person|one|guy|lady)(?: who| that)?)(?:'s| is)? (?:handles?|takes? care of|(?:is )?in charge of|(?:is )?responsible for|would i (?:talk|speak) to about) (?:the |your )?(?:company's |business's )?(?:books|bookkeeping|payroll|uniforms?|work shirts|shop towels|fuel|(?:work )?trucks|fleet|vehicles|utility bills?|electric bill|energy|insurance for the business)\\b",
  'who are you (?:guys )?(?:using|with|buying from) (?:today |now |right now |currently )?for (?:your |the )?(?:payroll|insurance|merchant services|credit card processing|phones|marketing|uniforms|fuel|workers comp)',
  "how many (?:trucks|vans|vehicles|techs|employees|crews) (?:are )?(?:you|y'all) (?:guys )?(?:running|got|have|operating)",
  // Sold to the business by name of the trade: fleet cards and leases, uniforms, cents off a gallon,
  // a renewal on its listing, liability cover, a franchise, a buyer of trade businesses.
  'fleet (?:cards?|leasing|program)|leasing company|(?:cents|percent) (?:a|per) gallon|uniform (?:service|rental|program|and linen)',
  'renewal (?:on|of|for) your (?:business )?(?:website|listing|domain|ad|directory|yellow pages)|general liability\\b[^.!?]{0,40}\\b(?:as low as|a month|renew\\w*|policy renews)|early termination fee',
  // "we're reaching out to homeowners about the energy rebate program ... a tax rebate of up to thirty seven hundred dollars".
  "(?:we're|we are|i'm|i am) reaching out to (?:home ?owners|residents|families) (?:in|about|across|throughout)|(?:a |tax )?rebate of up to",
  // "we're bringing a national roofing franchise into colorado ... roofers to convert".
  '(?:bringing|expanding|growing) (?:a |an |our )?(?:\\w+ ){0,4}franchise|(?:roofers|contractors|plumbers|electricians|painters|shops|businesses) to (?:convert|rebrand)|discovery call|franchise (?:consultant|opportunit\\w+|brand|territor\\w+)|(?:awarding|available|left|opened up) (?:\\w+ ){0,2}territor(?:y|ies)|territor(?:y|ies) (?:just )?(?:opened|open|available|left)',
  '(?:acquiring|buying|acquire|buy) (?:\\w+ (?:and |or )?){0,3}(?:businesses|companies)\\b(?! like)',
  // Charity drives in the name of the police, the firefighters or veterans, asked of local businesses.
  "(?<!\\bnot )(?:on behalf of|calling (?:for|from)|(?:i'm|we're|i am|we are) (?:with|from)|this is \\w+ (?:with|from)) (?:the |our )?(?:\\w+ ){0,3}(?:police|sheriffs?|deputy|deputies|firefighters?|fire fighters|troopers?|veterans?|officers?)'? (?:\\w+ ){0,3}(?:association|fund drive|fund|foundation|alliance|relief|benevolent)\\b|(?:most|many|other) (?:local )?businesses (?:are|have been) (?:giving|doing|donating|pledging|sponsoring)",
  // Scams that open on the business's account: "this message is for the account holder", "a
  // disconnection order has been issued", "the collections department calling about your website domain".
  'this (?:message|call) is for the (?:business owner|account holder|owner of (?:this|the) (?:business|number|line))|disconnection (?:order|notice)|collections department',
  // Storm outfits running jobs under the business's name, and partners wanted for referrals.
  "(?:run|do|sell) (?:the )?jobs under your (?:name|license)|under your company(?:'s)? name|contractor we can refer our clients to|(?:small )?onboarding fee",
  // More sellers by their shape: a podcast's feature or an award's plaque, a utility's "rate
  // department", a supplier's new bank account, an election poll, a powertrain warranty, a search
  // firm, a rep new to the territory, a network "connecting" contractors with customers.
  '(?:feature|interview) (?:your|the) (?:owner|company|business)\\b|award winner|commemorative plaque',
  '(?:department|office) (?:with|from|at) your (?:utility|electric|gas|power) company|(?:gas|electric|utility|power) company billing (?:office|department)',
  'update the (?:bank )?account you send (?:your )?payments to|new routing (?:number|info)|accounts receivable (?:at|from|with|department|for)',
  'who would you vote for|upcoming election|(?:support|vote for) a candidate',
  'powertrain (?:coverage|warranty)|coverage is about to expire|auto protection|registered to the business',
  '(?:search|recruiting) firm|confidential search',
  '(?:the |a )?new (?:outside |inside |sales |territory )?(?:rep|representative) (?:for|with|at|from)',
  'connecting (?:local )?(?:\\w+ (?:and )?){1,3}(?:contractors|handymen|roofers|plumbers|electricians|pros) with|most of our (?:roofers|contractors|clients|plumbers|electricians) (?:see|get|make)|(?:are|is|been) getting overcharged|homeowner matching',
  '(?:one|1) star reviews on your (?:business|listing|page|profile)|we have you (?:down|listed) as|contractor directory',
  '(?:a lot of|many|most) businesses (?:send|give|order|buy) (?:them|these)|sell (?:a|your|the) (?:house|home|property) as is|we finance (?:\\w+ ){0,2}(?:trucks|equipment|vans|trailers)|energy audits? for (?:small )?businesses',
]);
/** What a seller offers the business: its customers, its listing, businesses like it, leads sent its way. */
const forTheBusiness =
  '(?:your (?:business|company|customers|clients|listing|profile|online presence|website|reviews|rankings?|revenue|bottom line)|(?:increase|grow|boost) (?:your )?sales|(?:home service|service|local|small|roofing|plumbing|hvac|contracting|construction)? ?(?:businesses|companies|contractors|business owners)|(?:them|those|homeowners|customers|leads|jobs|work) your way|(?:a )?(?:small )?(?:business|company)(?:es)? like yours)';
/**
 * The trade itself, as what a seller works for: "we do general liability and workers comp for roofers";
 * not "i send a lot of clients looking for painters", a designer's referrals.
 */
const forTheTrade = `(?:${forTheBusiness}|roofers|plumbers|electricians|painters|landscapers|handymen|tradesmen)`;
/**
 * Work wanted on the caller's own place: "we do a lot of work for contractors and i need my own roof
 * looked at" says what the caller does for a living, then asks for a job.
 */
const ownJob = anyWord([
  "(?:(?:i|we) (?:need|want|would like)|(?:i'd|we'd) like) (?:my|our) (?:own )?(?:\\w+ ){1,2}(?:looked at|fixed|checked|repaired|replaced|redone|done|cleaned|painted)",
  'my own (?:house|home|place|roof|furnace|kitchen|bathroom|basement|yard|fence|deck|panel)',
]);
/**
 * Pitches and robocalls by their shape rather than their product: a service offered to the
 * business, a threat to its account or name with a deadline, a prize, a demand to call a number
 * back, a tech-support or funding scam, search rankings, leads for a fee. Said by sellers and
 * scammers, not by someone with a job.
 */
const pitchShape = anyWord([
  // "we place pre screened helpers with plumbing and hvac companies", "we do vehicle wraps for service contractors".
  `(?:we|our (?:company|team|firm|agency))\\b[^.!?]{0,15}?\\b(?:do|place|supply|run|make|sell|build|wrap|install|set up|set|book|finance|handle)\\b[^.!?]{0,40}?\\b(?:for|with|to) (?:\\w+ (?:and|&) )?${forTheTrade}`,
  `(?:we|i|our (?:company|team|firm|agency|staff|people)|a company that)\\b[^.!?]{0,25}?\\b(?:help(?:s|ing)?|offer(?:s|ing)?|provid(?:e|es|ing)|partner(?:s|ing)? with|specializ(?:e|es|ing) in|serv(?:e|es|ing)|send|refer|connect|grow|boost|increase|save)\\b[^.!?]{0,40}?\\b${forTheBusiness}`,
  '(?:send|refer) (?:them|those|these|homeowners|customers|leads|jobs|people) your way',
  // "i'm reaching out to our local contractors about membership", "we're letting contractors in your area
  // lock in"; not "i'm reaching out to contractors for bids", a customer shopping around.
  `(?:reaching out|reach out) to (?:our |all |the )?(?:local|area) (?:\\w+ )?(?:contractors|businesses|business owners|companies|roofers|plumbers|electricians|painters|landscapers)\\b(?! (?:for|to) (?:bids?|quotes?|estimates?))(?!,? (?:we're|we are|i'm|i am) (?:building|putting together|updating|filling) (?:out |up )?(?:our|a|my) (?:vendor|contractor) list)|letting ${forTheTrade} in (?:your|the) area`,
  // "we work with home service businesses on pricing your diagnostic and trip fees"; not "we work with
  // local contractors to keep our buildings up", a property manager's way of hiring.
  // "we work with contractors in denver to get you more google reviews".
  `we work with ${forTheBusiness}(?: (?:in|around|across)(?: \\w+){1,2}?)? (?:on (?:your|their|pricing|marketing|reviews|financing|payroll|insurance|advertising)|to (?:get|help|grow|increase|boost|save|improve|lower))`,
  'your (?:\\w+ ){0,3}(?:service|account|power|electricity|listing|profile|page|license|name|number|business|registration|domain|website)\\b[^.!?]{0,30}?\\b(?:(?:is |has been |are )?scheduled (?:for|to be)|will be|(?:is|are) being|has been|is about to be|is going to be|will (?:stop|no longer)|(?:is|are)(?= (?:flagged|suspended|deactivated|frozen|delisted)\\b))\\s*(?:disconnect\\w*|suspen\\w*|flagged|remov\\w*|taken down|deactivat\\w*|cancel\\w*|shut (?:off|down)|terminat\\w*|filed|frozen|delist\\w*|show(?:ing)? up|appear\\w*)',
  '(?:begin|start|further|initiate) (?:with )?(?:the )?legal (?:proceedings|action)|motion (?:is being|has been|was) filed|against your name|avoid (?:further |any )?(?:proceedings|legal action|interruption|disconnection|suspension)',
  "you(?:'ve| have) been (?:chosen|selected|approved|pre-?approved)|(?:chosen|selected) to (?:receive|get|win)|as a thank you for being a (?:valued|loyal) customer|free (?:home security|security system|gift card|vacation|trial)",
  'kindly (?:call|contact|revert|return)(?! me\\b)|call us back (?:on|at) (?:our|this|the following) number|this (?:call|message) is to inform you|contact our (?:office|department|firm) (?:immediately|right away|today|urgently)',
  '(?:windows|microsoft|apple|computer) (?:technical |tech |support |security )*(?:department|team|center)|(?:windows|microsoft|apple) (?:technical|tech) support|your (?:computer|pc|device|laptop) (?:has been|is|was) (?:sending|infected|hacked|compromised)|your (?:computer|pc|device|laptop) has (?:a |got a )?(?:virus|viruses|malware)',
  "(?:government |federal |small business )?grants? (?:department|program|money|funding)|(?:nominated|selected|chosen) for (?:an? |the )?(?:award|honor|feature|spotlight)|warrant for your arrest|(?:a )?warrant (?:will be|is being|has been) issued|(?:sheriff|police)(?:'s)? (?:office|department)\\b[^.!?]{0,40}\\bwarrants?",
  // The jury-duty scam: "a bench warrant for failure to appear ... resolved today with a bond payment".
  'bench warrant|failure to appear|warrants? (?:division|department|unit)|bond payment|deputies (?:are|will be|get) sent',
  // The business's own website or listing diagnosed by a stranger: "your website is loading slowly".
  "your (?:website|site|listing|page|profile|reviews)\\b[^.!?]{0,20}\\b(?:is|are|has|isn't|aren't|could|needs?)\\b[^.!?]{0,20}\\b(?:slow(?:ly)?|outdated|broken|not (?:showing|ranking|mobile|secure|optimi[sz]ed)|missing|wrong|hurting|costing)",
  // Selling leads or reviews: "homeowners in your area looking for your kind of work", "five bucks a review".
  'homeowners in your area|(?:lead|leads) (?:service(?! lines?\\b)|generation|gen|company|program|network)|(?:buy|sell|selling|buying) (?:the |exclusive |qualified )?leads|bad leads|pay (?:per|by the) (?:lead|connection|click|call|appointment)|(?:bucks|dollars) (?:a|per) (?:review|lead|click)|(?:fake|paid) reviews',
  // Sold to the business as a business: an answering service for its missed calls, finance for its
  // trucks, its crew's payroll, its copier's toner, a "complaint" to open through a link, its map
  // listing's support desk, stock wholesale, bonds, jobs in its zip code for a weekly fee.
  "(?:we|we're) (?:run |are |offer |provide |have )?(?:a |an )?(?:live |virtual |24/7 )?(?:answering service|call center|receptionist service)|any calls? you miss",
  '(?:reaching out to|calling) (?:local |small )?(?:contractors|business owners|service companies) (?:in|around|across)|(?:get|got) you (?:pre-?)?approved for',
  'co-? ?employer|make and model (?:on|of) your (?:office )?(?:copier|printer)|(?:orders|buys) your (?:toner|paper|supplies)',
  '(?:open|click|download) (?:the|that) (?:attachment|link)|respond through the link|better business bureau',
  '(?:map|listing|google) support|your hours are (?:showing|listed) wrong|support specialist',
  '(?:could|can) buy (?:them |it )?from (?:me|us) (?:cheaper|for less)|i sell \\w+(?: \\w+){0,4} wholesale',
  '(?:great |exclusive |special )?opportunity for (?:small )?(?:business owners|businesses|contractors|companies)',
  '(?:jobs|leads|homeowners|customers) in your (?:zip code|zip|area|neighbou?rhood|town) (?:ready|waiting|looking)|for a (?:small|low|flat|tiny) (?:weekly |monthly )?fee|just a (?:small|low|flat|tiny) (?:weekly|monthly) fee',
  // The business called back as if it were a customer: "about that construction work you said you needed done".
  "work you said you (?:needed|wanted)(?: done)?|you said you (?:weren't|were not) ready yet",
  // A recruiter: "we're hiring service plumbers, good pay, company truck".
  "(?:we're|we are|we've been|i'm|i am) (?:hiring|recruiting|looking to hire) (?:\\w+ )?(?:plumbers|electricians|techs|technicians|roofers|painters|installers|apprentices|helpers|guys like you)",
  'business (?:loan|funding|line of credit|credit line)|loan application|funds? (?:are )?(?:available|approved) for|(?:financing|funding) (?:to|for) your (?:customers|clients|business)',
  "(?:top|first page) of (?:the )?(?:map|maps|google|search|results|listings?)|map pack|(?:unclaimed|unverified) (?:listing|profile|page)|(?:shows?|showing|listed) as (?:unclaimed|unverified)|(?:customers|people|clients) (?:can't|cannot|may not be able to|won't be able to|aren't able to) find you",
  '(?:confirm|verify|update|correct) (?:a few |some )?(?:of )?(?:details|information|info) (?:on|for|about|in) your (?:listing|business|profile|page)|(?:confirm|verify|update|correct) your (?:business )?(?:details|information|info|listing)|(?:national|state|local) business (?:registry|directory|listing)',
  '(?:homeowners|customers|people|clients) in your area (?:asking|looking|searching|requesting)',
  // A supplier or a sub after the business's custom: "opening new contractor accounts", "who are you
  // buying your wire from", "get on your bid list", a price sheet sent over.
  '(?:opening|open) (?:up )?(?:new (?:\\w+ )?|(?:contractor|trade|wholesale|commercial|business) )accounts|who (?:are|do) you (?:guys )?(?:buying|buy|getting|get|using|use) your (?:\\w+ ){1,4}from|(?:get|be|put us) on your (?:bid|vendor|supplier|sub(?:contractor)?) list|send (?:you |over )?(?:our|a|my) (?:price sheet|price list|line card|catalog(?:ue)?|brochure)',
  // A new rep making the rounds: "calling to introduce myself i'm the new outside rep for your area",
  // "set up a trade account for you guys", "can i drop off a catalog".
  'calling to introduce myself|(?:outside|sales|territory|account) (?:rep|representative) for (?:your|the|this) area|set (?:you |you guys |your (?:shop|business|company) )?up (?:with )?(?:a |an )?(?:trade|contractor|wholesale|commercial) account|drop (?:off )?(?:a |our |the )?(?:catalog(?:ue)?|brochure|price list|line card)(?: off)?',
  // A collector tracing someone by phone: "regarding a personal business matter", "we have this number listed for him".
  '(?:regarding|about|concerning) a (?:personal |private |important |time sensitive )?business matter|(?:we|i) have this (?:number|phone number) (?:listed|on file|down) (?:for|as)',
  // A service sold to the business unasked: "i drove by your shop ... already paced it off and wrote up a number for you".
  'drove (?:by|past) your (?:shop|building|business|office|property|place)\\b[^.!?]{0,60}\\byour (?:building|trim|roof|parking lot|lot|windows|sign|siding|gutters)\\b[^.!?]{0,20}\\b(?:could (?:really )?use|needs?)|(?:paced (?:it )?off|wrote up a (?:number|quote|price|bid) for you)',
  // New cards, products or staff sold to the trade: "upgrading contractors to the new tap to pay readers",
  // "some new products for contractors", "a pool of vetted roofers and laborers".
  '(?:upgrading|switching|signing up) (?:contractors|businesses|companies|shops)|(?:new |free )?(?:products|samples|deals|specials) for (?:contractors|businesses|shops)|(?:construction )?staffing (?:agency|firm|company|service)|pool of (?:vetted|screened|qualified|pre-?screened) (?:\\w+ )?(?:workers|laborers|roofers|techs|candidates)',
  // Threats: the utility cut off tonight unless paid in prepaid cards, one-star reviews unless paid.
  // Not a customer whose gas the utility will shut off until the furnace is fixed: a balance owed.
  '(?:balance|past due|overdue)\\b[^.!?]{0,100}\\b(?:turned|shut|cut) off|prepaid (?:cards?|debit cards?|gift cards?)',
  "(?:bad|negative|one star|1 star|fake) reviews\\b[^.!?]{0,60}\\b(?:unless|if you don't)|(?:send|pay) (?:\\w+ ){0,3}(?:bucks|dollars) by (?:friday|monday|tomorrow|tonight|the end of)",
  // Studies, surveys and service agreements for the owner to sign.
  '(?:want|like) to be your (?:supplier|vendor|distributor)|(?:conducting|doing) (?:a )?(?:short |quick |brief )?(?:survey|poll)|paid (?:study|survey|research)|(?:sign|signs) (?:the|a|our) service agreement|free (?:uniform|uniforms) (?:setups?|program)',
  // From a second list of common calls to small businesses: a service "for contractors", their
  // phones answered, a quote on their trucks, their energy rates, scrap bought from them, supplies
  // for their jobs or in bulk, a catalog emailed, a membership up for renewal, a listing unclaimed.
  `(?:i'm|i am|this is \\w+|we're|we are) (?:with|from|calling from)? ?(?:a|an) (?:\\w+ ){0,3}(?:service|company|firm|agency|program|supplier) (?:for|that (?:helps|works with|serves)) ${forTheBusiness}`,
  '(?:we|i) (?:can |could |will )?(?:answer|handle|take|pick up) (?:all )?your (?:phones|calls|overflow calls|missed calls)|(?:quote|rate|price) on your (?:work )?(?:trucks|vans|fleet|vehicles|business insurance|liability|workers comp)',
  "your business(?:'s)? (?:energy|electric|electricity|utility|gas|phone) (?:bill|rates?|supplier)|(?:we|i) can (?:help )?lower your (?:energy |electric |electricity |utility )?(?:rates|bill)",
  `(?:we|i) buy (?:\\w+ ){1,3}from ${forTheBusiness}|(?:do|would) you (?:guys )?(?:need|use|want) (?:any )?(?:\\w+ ){1,2}for your (?:jobs|job sites|crews?|trucks|projects)|do you (?:guys )?buy (?!(?:your|my|our|the)\\b)(?:\\w+ ){1,3}in bulk`,
  '(?:send|email|mail) (?:you )?(?:over )?our (?:catalog(?:ue)?|price list|price sheet|brochure)|your membership (?:is|will be) (?:up for renewal|expiring|about to expire|due)|billboard (?:space|spot|location)',
  '(?:listing|profile|page)\\b[^.!?]{0,30}\\bis (?:unclaimed|unverified|not (?:claimed|verified))',
  // Fleet tracking sold to the business.
  '(?:gps|fleet) (?:tracking|management)|track (?:their|your) (?:trucks|vans|vehicles|fleet|drivers)',
  // Advertising sold to the business: "we're selling ad space in the yearbook to local businesses".
  '(?:interested in|about) advertising|advertis(?:e|ing) (?:in|on|with) (?:our|the|a) |(?:selling|sell|buy) (?:ad|advertising) space',
  // Goods offered to the trade: "figured a roofer might want them", "thought a working man might want to buy them".
  '(?:figured|thought|wondered if) (?:a|an|your|you) (?:\\w+ ){0,2}?(?:contractor|contracting (?:business|company)|roofer|plumber|electrician|painter|handyman|working man|tradesman|guy like you|business like yours|company like yours|outfit like yours)\\b[^.!?]{0,30}?\\b(?:might|would|could) (?:want|use|need|be interested in)(?: to buy)? (?:it|them|one|some)\\b',
  // A seller who says whom he sells for, then asks what the business needs.
  '(?:sales (?:rep|representative)|account (?:manager|executive)) (?:for|with|at) (?:a |an |the )?(?:\\w+ ){0,2}(?:company|supplier|distributor|firm)\\b[^.!?]*\\b(?:see if you|do you (?:guys )?(?:need|use)|interested in|would you (?:need|like|want))',
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
  'is this the (?:business |home ?)?owner',
  // A crew working nearby, to a contractor: "we're doing some work in your neighborhood".
  "(?:we(?:'re| are)|our crew(?:'s| is)) (?:doing|working on) (?:some |a couple (?:of )?)?(?:work|roofs|jobs|projects) (?:in|around) your (?:neighborhood|area|street)",
  'am i speaking (?:with|to) the home ?owner',
  'are you the home ?owner',
  'are you the (?:business )?owner',
  '(?:contractors|businesses|companies|(?:an? )?(?:\\w+ )?outfits?) like (?:you|yours)',
  'get(?:ting)? (?:you |them )?more (?:\\w+ )?(?:jobs|calls|customers|clients|reviews|leads)',
  '(?:i|we) work with (?:a lot of |lots of |many |hundreds of |thousands of )?(?:contractors|plumbers|roofers|electricians|businesses)',
  'do you have a (?:moment|minute|second) to (?:chat|talk)',
  "(?<!(?:one|number|phone|cell|line) )(?:i'm|i am) calling (?:from|on behalf of)(?= \\w)",
  'follow(?:ing)? up on (?:the|a|my) call',
  'the person in charge of',
  "(?:we're|we are) offering|we offer (?:a|free)|we'd love to",
  'local contractors',
  '(?:only|just) take (?:a|one|two|\\d+) minutes?',
  // Openings of pitches and robocalls that a customer could say too.
  'do you have (?:a|two|a few|a couple(?: of)?|five) (?:quick )?(?:moments?|minutes?|seconds?)',
  '(?:a |this is a )?message for the (?:business )?owner|owner of the business',
  "(?:we(?:'ve| have) been|we are) trying to reach you (?:about|regarding|concerning)",
  '(?:taking on|accepting|looking for) (?:any )?(?:new|more) (?:work|jobs|clients|customers|business)',
  "(?:i'm|i am|we're|we are|this is \\w+) (?:with|from|calling from) (?:a|an) (?:\\w+ ){0,2}(?:company|firm|agency|group|organization) that",
  // Not "can you hear me now? sorry the storm's messing with my phone": a bad line, asked again.
  'can you hear me(?! now)(?![^.!?]*\\b(?:storm|signal|bad line|breaking up|cutting out|reception|connection|bars)\\b)',
  'who answers your (?:phones?|calls)',
  // "this isn't a sales call": how sellers open more often than customers (3 of 4 tune calls), so a
  // sign, not a pitch, and not a denial either. Not "i'm not selling anything", customers' more often.
  "(?:isn't|is not|it's not|not|(?:sound|sounds|seem|seems) like) (?:a |calling (?:with|about) a )?sales call",
  '(?:few|five|ten|fifteen|twenty|couple(?: of)?|\\d+) minutes with the (?:owner|boss|decision maker)',
  "sales (?:rep|representative|person|guy|associate)|(?:wanted|calling|just calling) to see if you(?:'d| would)? (?:need|use|be interested|are interested|want)",
]);
/** "wrong summit", "wrong mike": the one they meant; not "wrong day", "wrong address", "wrong one". */
const wrongWhom =
  '(?!(?:day|time|date|address|street|unit|name|room|side|floor|house|model|size|parts?|colou?r|one|price|quote|estimate|bill|invoice|amount|info|information|email|code|key|kind|type|thing|stuff|filter|battery|breaker|fuse|measurements?)\\b)[a-z]+';
const wrongNumber = anyWord([
  // A trade named only to be told it is the wrong one: "is this the city streets department ... oh this is a contractor my mistake".
  "oh (?:this|you're|you are) (?:is )?(?:a |the )?(?:contractor|roofer|roofing company|plumber|business|company)\\b[^.!?]{0,20}\\b(?:my mistake|my bad|sorry|wrong number|oops)",
  // "oh different company okay my bad", said on being told who picked up.
  '^(?:oh|oops|ah|shoot)\\s+(?:a )?(?:different|another|other) (?:company|business|outfit|place)\\b[^.!?]{0,20}\\b(?:my mistake|my bad|sorry|oops)',
  'wrong number',
  // Told by surprise what the business is: "this is a roofing company oh my god i am so sorry".
  "(?:this is|you're|you are|it's) a (?:roofing|plumbing|painting|cleaning|landscaping|electrical|heating|hvac|construction|contracting|handyman) (?:company|business|outfit|service)\\b[^.!?]{0,30}\\b(?:sorry|my bad|oops|my mistake)",
  // The person they had this number for is gone: "rick who oh so this isn't him anymore".
  "(?:this|it)(?: isn't| is not|'s not) (?:him|her|them|his number|her number|his phone|her phone) anymore(?=\\s*(?:$|[.!?,]|oh|sorry|huh|then|my bad))",
  'dialed (?:the )?wrong',
  // "she must've given me the wrong one", "he must have given me the wrong mike sorry", "they must be a
  // different number", "it was probably one of those spoofed ones": a number that was never this business's.
  `(?:must|might)(?:'ve| have) (?:given|written|wrote|copied|dialed|dialled|put) (?:me |it |down )?(?:the )?wrong (?:one|number|digits?)|(?:must|might)(?:'ve| have) (?:given me|dialed|dialled|called) (?:the )?wrong ${wrongWhom}(?=[,.!?]?\\s*(?:sorry|my bad|bye|oops|oh|huh)\\b)|must be a different number|(?:probably|must(?:'ve| have) been|must be) (?:one of those |a )?(?:spoofed|spoof|spam|robo) ?(?:ones?|calls?|numbers?|things?)`,
  // A child with the phone: "she grabbed my phone she was just pressing buttons".
  '(?:grabbed|took|got (?:a )?hold of) my phone\\b[^.!?]{0,40}\\b(?:pressing|pushing|hitting|playing)',
  // A child asking for family: "i wanna talk to grandma", "is mommy there".
  '(?:wanna|want to|can i|i want) talk to (?:grandma|grandpa|granny|nana|mommy|daddy)\\b|^(?:(?:hi|hello|um+|uh+)\\s+)*is (?:grandma|grandpa|granny|nana|mommy|daddy) (?:there|home)\\b',
  'must have (?:the )?wrong',
  // "my dispatcher gave me this number must be wrong my bad".
  'gave me this number\\b[^.!?]{0,10}\\b(?:must be|is) wrong|this number must be wrong',
  // Not "that's not where the house is" or "this isn't my house, it's my mom's": where, not whom, they reached.
  "(?:this|you|that)(?: isn't| is not| ain't| aren't| are not|'s not|'re not) (?!(?:where|what|how|when|why|who|my|our)\\b)(?:the |a )?(?:[\\w']+ ){0,3}(?:bakery|pizza|pharmacy|doctor|office|store|restaurant|clinic|bank|credit union|walmart|school|place|shop|company|garage|salon|dentist|hospital|hotel|motel|resort|rental|agency|florist|phone|house|residence|number)",
  // Said alone, with the surprise or the apology: "oh shoot wrong person sorry", "oops wrong place".
  '^(?:(?:oh|oops|whoops|shoot|sorry|ah|uh|um|darn|dang|my bad|oh no)\\s+)*(?:i (?:have|got|dialed|called) )?(?:the )?wrong (?:number|person|place|house|guy|company|business|people)(?=\\s*(?:$|sorry|my bad|oops|,))',
  // "oh this is summit not peak sorry wrong company my bad": the apology said with it, mid-sentence.
  // Not "oops wrong one i meant the kitchen faucet": the slip ends what the caller says.
  '(?:sorry|oops|whoops|my bad),? (?:i (?:have|got) )?(?:the )?wrong (?:number|company|business|place|person|people|one)(?=\\s*(?:$|[.!?,]|sorry|my bad|bye|oops))',
  // "oh summit no sorry wrong company i have too many estimates on my fridge": a company is no slip of the tongue.
  '(?:sorry|oops|whoops|my bad),? (?:i (?:have|got|called) )?(?:the )?wrong (?:number|company|business)\\b',
  // "oh this is roofing my bad wrong summit": the business they meant shares a word with this one.
  `(?:sorry|oops|whoops|my bad),? wrong ${wrongWhom}(?: then)?(?=\\s*(?:$|[.!?,]|sorry|my bad|bye|oops))`,
  // "ha, wrong mike, sorry about that": said after a laugh or a pause.
  `\\b(?:ha|haha|oh|well),? wrong ${wrongWhom},? (?:sorry|my bad|oops|my mistake)\\b`,
  // "oh shoot wrong mike sorry about that": the apology after.
  `(?:oh|shoot|oops|whoops|dang|darn|ah) wrong ${wrongWhom},? (?:sorry|my bad|oops|my mistake)`,
  "oh you're a contractor",
  // "oh you're the contractor not the supply house sorry": told which one they reached.
  "(?:you're|you are) the (?:\\w+ ){1,2}not the (?:\\w+ ){1,3}?(?:sorry|my bad|oops|my mistake|whoops)\\b",
  'oh this is a business',
  'mis-?dial(?:ed|led)?',
  // "oh no sorry i think i got the number wrong from the listing".
  '(?:got|have|had|wrote down|copied) the (?:phone )?number wrong',
  // "pues me lo dieron mal perdón", "tengo el número guardado mal": the number they had was wrong.
  'me lo dieron mal|(?:n[úu]mero|lo) (?:guardado|apuntado|anotado) mal|tengo mal (?:el|su) n[úu]mero',
  // "i called the wrong company they've got almost the same name", "i pressed the wrong one on my list".
  // "i must have pushed the wrong one these phones", as a grandmother with a new phone says it.
  "i (?:must have |must've |might have |think i )?(?:called|dialed|dialled|rang|reached|pressed|pushed|hit|tapped|grabbed|picked|clicked) the wrong (?:number|company|place|business|one|office|button|name|contact|picture)(?! (?:on|for|in) (?:the|my|our) (?:thermostat|panel|remote|controller|keypad|breaker box|alarm|dishwasher|washer|dryer|oven|stove|microwave|tv|garage door|opener)\\b)",
  // "somebody gave me this number ... i think they wrote it down wrong", "maybe somebody typed it wrong".
  "(?:they|somebody|someone|he|she) (?:must have |must've |might have )?(?:wrote|written|typed|copied|put|gave me) (?:it|the number|this|this number) (?:down |in )?wrong",
  // A namesake found out: "summit roofing oh that's a different company isn't it".
  "(?:that's|that is|you're|you are) a different (?:company|business|outfit) (?:isn't it|aren't you|then|huh|right)",
  // The caller's own slip, not "you flipped the numbers on my invoice".
  'i (?:think i |must have |might have )?(?:flipped|switched|swapped|mixed up|transposed|reversed) (?:the )?(?:last |first )?(?:two |2 |a couple (?:of )?)?(?:numbers|digits)',
  "(?:oh )?you(?:'re| are) not the (?:cable|phone|gas|electric|water|power|internet|tv|insurance)(?: company| people| guys)?",
  // Not "I think I have the wrong size gutters".
  "(?:i think |i guess )?(?:i (?:have|got)|i've got|i have got) the wrong(?: (?:number|place|business|company|person|one|office|store))?(?=\\s*(?:$|sorry|oops|my bad|i|[.!?,]))",
  "(?:sorry|oops)[^.!?]{0,25}(?:was|am|i'm) trying to (?:reach|call|get)",
  "i thought (?:this|it) was (?:my |the |a |his |her |their )?(?:\\w+'s )?(?:number|phone|cell|line|house|home|office|place|store|shop|company|restaurant|school|pharmacy|clinic)\\b",
  'número equivocado',
  'me equivoqué de número',
  // The number itself blamed: "i must have one number off", "i think i copied it down wrong".
  '(?:one|a) (?:number|digit) off',
  // "this was the number on her lease application", "huh their number must be different", "it's in my
  // pocket sorry", "i dialed three oh three instead of the eight hundred number", "i'll look them up".
  "(?:this|that|it) (?:was|is) the number (?:on|from) (?:her|his|their) \\w+|(?:their|his|her) number must (?:be|have)|(?:it's|it was|phone's|phone was) in my pocket|pocket[- ]?dial\\w*|butt[- ]?dial\\w*|\\bi (?:dialed|called|typed|put in|punched in) [^.!?]{1,40} instead of\\b|(?:i'll|i will|let me) (?:just )?(?:look|find) (?:them|her|him) up\\b",
  // "oh it's a seven not a one", "maybe i got a digit wrong": a digit of the number mixed up.
  "(?:it's|it is|it was|might be|must be|could be|should be) (?:a|an) (?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\\d) not (?:a|an) (?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\\d)\\b|(?:got|have|had|wrote) (?:a|one|the last) (?:digit|number) wrong",
  // "i'm looking for my cousin marcus": family, not a customer.
  "(?:i'm|i am|i was) (?:looking for|trying to (?:reach|get|call|find)) my (?:cousin|sister|brother|mom|mother|dad|father|aunt|uncle|son|daughter|grandma|grandmother|grandpa|grandfather|niece|nephew|friend|buddy|girlfriend|boyfriend|wife|husband)\\b(?!'s)",
  // "this number's on their old appointment card", "it's on their letterhead": the number is another's.
  "(?:this|the) number(?:'s| is| was)? (?:right )?(?:on|from|in) (?:their|his|her) (?:old )?(?:\\w+ )?(?:card|letter|letterhead|website|flyer|ad|listing|paperwork|bill|statement)|it's (?:right )?on (?:their|his|her) (?:old )?(?:card|letter|letterhead|flyer|paperwork|statement)\\b",
  // A small child with the phone: "i'm four and a half", "is this santa", babble.
  "^(?:(?:hi|um+|uh+)\\s+)*i'm (?:two|three|four|five|six)(?: and a half)?(?: years old)?$|^(?:(?:hi|hello|um+)\\s+)*is (?:this|that) santa\\b|^(?:(?:ba|da|ma|ga|goo)\\s*){3,}$",
  // A school's attendance line: "he's going to be absent today".
  "(?:is|he's|she's|he is|she is|going to be|will be) absent (?:from school )?today|\\b(?:class|grade|teacher)\\b[^.!?]{0,40}\\bout sick today",
  '(?:oh )?(?:he|she|they) changed (?:his|her|their) (?:number|phone)',
  "(?:must have|must've|might have|think i|i) (?:dialed|called|copied|written|wrote|saved|typed|punched|put) (?:in )?(?:it|the number|this|that|hers|his|her number|his number|the numbers?)?\\s*(?:down |in )?wrong",
  "(?:he|she|they) (?:doesn't|does not|don't|do not) have this number anymore|(?:he|she|they) (?:hasn't|has not|haven't|have not) had this number (?:in|for) (?:years|a while|ages|a long time)",
  // Calling back a number that showed on their phone, spoofed by a scammer: "somebody from this number just called me".
  "(?:take|get) (?:me|my number) off your (?:\\w+ )?list|(?:somebody|someone|you(?: people| guys)?) (?:from|at|on|with) this number (?:just |keeps? |kept )?call(?:ed|ing|s)? me|(?:you people|you guys) (?:need to |have to |gotta )?(?:stop|quit|keep) calling (?:me|my (?:phone|number|cell))|this number(?:'s| has)? called me",
  // A missed call returned, and nothing of theirs here: "maybe somebody's using your number", "i don't
  // have anything going on with a contractor", "you didn't call me huh weird". Not "you said you'd call
  // and nobody called me", a customer let down, nor "i saw the missed call, is this about my estimate".
  "(?:somebody|someone)(?:'s| is) (?:using|spoofing) (?:your|this) number|(?:don't|do not) (?:have|got) anything (?:going on )?with (?:a |any )?(?:contractor|roofer|plumber|electrician|painter|landscaper|handyman|cleaner)s?|(?:don't|do not) have any (?:work|jobs?|projects?) going on\\b[^.!?]{0,40}\\b(?:must be|must have been|probably) a mistake|(?:don't|do not) know why (?:you'd|you would|you) (?:be )?call(?:ing|ed)? me(?! back)\\b",
  "(?:don't|do not) need (?:a |no |any )?(?:roofer|contractor|plumber|electrician|painter|landscaper|handyman|cleaner)s? i (?:just )?saw (?:the|a|your) missed call and (?:just )?called (?:it |you )?back$",
  "(?:you didn't|you did not|nobody(?: there)?|no one(?: there)?) call(?:ed)? me,? huh\\b",
  // A message meant for another office, or for family: "this message is for doctor hammond's office", "hey carla it's mom".
  "this (?:message|call|voicemail) is for (?:dr |doctor |the )?[a-z]+(?:'s)? (?:office|clinic|practice|salon|school)",
  "^(?:(?:hey|hi|hello)\\s+)[a-z]+,?\\s+it's (?:mom|dad|mommy|daddy|grandma|grandpa|nana|your (?:mom|dad|mother|father|sister|brother|aunt|uncle))\\b",
  // The oldest prank call there is.
  '(?:is|are) your (?:refrigerator|fridge) running|better go (?:and )?catch it',
  "(?:must have|must've) changed (?:it|(?:his|her|their) number|numbers)",
  'what number is this',
  // A table booked, a food or ride driver at the door, a hotel's shuttle, a thumb on the wrong
  // favourite, a name "almost the same": someone else's call.
  '(?:make|book) a (?:dinner |lunch )?reservation\\b|\\b(?:a|the) table for (?:two|three|four|five|six|seven|eight|ten|twelve|\\d+)\\b(?! (?:hours?|minutes?|days?|weeks?))',
  "(?:i'm|this is) your (?:doordash|door dash|uber eats|grubhub|instacart|amazon|lyft|uber) (?:driver|dasher|shopper)|(?:doordash|door dash|uber eats|grubhub|instacart) (?:driver|order)\\b[^.!?]{0,40}\\b(?:nobody|no one|customer|address)",
  "(?:waiting (?:for|on)|where(?:'s| is)) the (?:\\w+ ){0,3}shuttle\\b",
  'i thought i (?:was calling|called|dialed|was texting) (?:my|our) (?:sister|brother|mom|mother|dad|father|wife|husband|son|daughter|friend|aunt|uncle|cousin|grandma|boss)\\b|(?:thumb|finger) (?:hit|pressed|tapped|bumped) the wrong',
  "(?:almost|nearly|basically|pretty much) the same name\\b[^.!?]{0,30}\\b(?:sorry|my bad|oops|my mistake)|(?:oh |so )?(?:it's|you're) a different company\\?",
  "(?:must have|must've) (?:dialed |called )?(?:the |an )?old number",
  // Asked the other way round, with the surprise: "isn't this the hospital oh you're kidding sorry".
  "(?:isn't|is) (?:this|that) (?:the |a )?(?:\\w+ ){0,2}(?:hospital|pharmacy|clinic|bank|credit union|doctor's office|dentist|school|hotel|restaurant)\\b(?:[^.!?]{0,15}\\b(?:oh|you're kidding)|[^.!?]{0,50}\\b(?:sorry|oops|my bad|whoops))\\b",
]);
/** The trade said back at the start of a turn, on being told where the caller called: "a roofing company". */
const tradeNamed = `^(?:(?:oh|wait|um+|uh+|huh|so|what)\\s+)*(?:(?:you're|you are|this is|it's) )?(?:a |the )?(?:roofing|roofers?|plumbing|plumbers?|electrical|electricians?|heating|hvac|painting|painters?|landscaping|landscapers?|cleaning|cleaners?|handyman|contracting|contractors?|construction)(?: (?:company|business|outfit|place|guys|people))?`;
/**
 * The caller realising whom they did not reach, with the apology or surprise that says so: "this
 * ain't mario's oh my bad", "oh is this not lincoln elementary i'm so sorry". Checked only when no
 * trade and not the owner is named: "isn't this the plumber", "is this not mike's phone" are customers checking.
 */
const misdialRealised = anyWord([
  // Told who picked up: "you're not the wrecker?", "this isn't saint anthony's? oh. sorry", "oh you're not. do
  // you know who takes dogs", "somebody online had this listed as their number", "my bad i'll call the store".
  "^(?:(?:oh|so|wait|um|uh|hey)\\s+)*(?:you're|you are) not (?:the |a )?(?!(?:owner|boss|guy|one|person|right|only|same|company|business|number)\\b)[a-z']+(?: [a-z']+)?\\s*\\?\\s*$",
  "(?:it|this|that)(?: isn't| is not|'s not) (?:the |a )?[a-z' ]{2,40}\\?[^?]{0,40}\\b(?:sorry|my bad|oops|my mistake)\\b",
  "\\boh,? you're not\\b[^?]{0,10}\\b(?:do you know|sorry|my bad|okay thanks|thanks anyway)",
  '(?:had|has|have) (?:this|it) (?:listed|down|written down|saved) as (?:their|his|her|the) (?:number|phone)',
  "(?:my bad|sorry|oops),? i'll (?:call|try) (?:the|them|their|her|him|my) (?:store|main line|office|restaurant|other number)",
  // A driver at the door: "i'm at your place with your food", "the app says this is the number on the order".
  "(?:i'm|i am) (?:here |outside |at your (?:place|house|door|building) )(?:with )?your (?:food|order|pizza|delivery|groceries)|the app says this is the number",
  // "oh it's mile high seamless not you my bad", "then the phone book's wrong isn't it", said on being told who
  // picked up; "this is amber's number though", another's number insisted on (the owner's is heard as asked for).
  "\\bnot you,? (?:my bad|sorry|oops|whoops|my mistake)|then (?:the|your) (?:phone ?book|listing|website|directory|card)(?:'s| is| must be) wrong|^(?:(?:but|well|uh|um|no)\\s+)*(?:this|that)(?: is|'s) [a-z]+'s (?:number|phone|cell)(?: though)?$",
  // "is this the drug store? it isn't? well ... i'm sorry dear", "oh this number isn't his anymore? ok i'll
  // update the chart", "this isn't them? it came up when i searched. ok sorry": told, echoed, and gone.
  "(?:it|this|that)(?: number)?(?: isn't| is not|'s not)(?: (?:them|him|her|his|hers|theirs))?(?: anymore)?\\?[^?]{0,80}\\b(?:sorry|my bad|oops|my mistake|update|wrong)\\b",
  "is this not (?:the )?[\\w' ]{2,40}\\?\\s*(?:oh,? )?(?:i'm )?(?:so )?sorry",
  "(?:this|that|it|you)(?: isn't| is not| ain't|'s not| aren't| are not|'re not) (?:the |a )?(?:[\\w']+ ){1,6}?(?:(?:oh|huh|no|well|then|is it|are you)\\s+)*(?:(?:i'm |i am )?(?:so |very )?sorry|my bad|oops|whoops|my mistake|oh my (?:god|gosh)|okay thanks|i guess|oh dear|never ?mind|what is it then|who is this|(?:are )?you sure)",
  // "oh this isn't sal's okay she must have an old card", "this isn't adrian's phone is it": someone's, by name.
  "(?:this|that|it)(?: isn't| is not| ain't|'s not) (?!(?:my|our|your|his|her|their|the|a|an|it|one|that|this|what|how|anyone|anybody|everyone|everybody|someone|somebody|nobody)\\b)[a-z]+'s\\b(?! (?:fault|job|problem|house|place|work|roof|yard|business|doing)\\b)",
  // "i must have switched the last two again", "oh dear i've done it again": the slip owned.
  "\\bi (?:must have |must've |might have |probably |think i )?(?:(?:switched|swapped|mixed up|flipped|transposed) (?:the |two of the |a couple of the )?(?:last |first )?(?:two )?(?:digits|numbers)|(?:switched|swapped|flipped) the (?:last|first) two)|i've done it again",
  // "oh my gosh no sorry i think i hit a one instead of a seven bye": a key slipped.
  "\\bi (?:must have |must've |might have |probably |think i )?(?:hit|pressed|dialed|typed|punched(?: in)?) (?:a |an |the )?(?:\\d|one|two|three|four|five|six|seven|eight|nine|zero|oh|wrong (?:key|button|digit|number)) instead of\\b",
  // "this isn't little sprouts" said on its own: the place they meant to call, not a complaint.
  "^(?:(?:oh|wait|so|huh|hold on|um|uh)\\s+)*this (?:isn't|is not|ain't) (?!(?:working|right|fair|funny|good|okay|ok|helpful|fixed|done|over|new|normal|cheap|the (?:first|last|same|way|end))\\b)(?:the )?[a-z']+(?: [a-z']+){0,2}$",
  // "oh you're not danny", "this was his number for years": the person they wanted is not here.
  "oh you(?:'re| are) not (?!(?:open|the|a|an|taking|available|licensed|insured|busy|in|there|here|able|doing|going|real|human|sure|coming)\\b)[a-z]+\\b",
  '(?:this|it) (?:was|used to be) (?:his|her|their|my \\w+\\W?s) number',
  // A namesake: "oh summit peak you're not them ... sorry", "oh you're a different summit okay ... sorry".
  "you(?:'re| are) (?:not them|not the same (?:one|company|people)|a different (?!(?:time|day|price)\\b)\\w+)\\b[^.!?]{0,70}\\b(?:sorry|my bad|oops|my mistake|okay thanks|thanks anyway|huh|never ?mind)",
  // Told the trade, and gone: "oh you're roofing okay sorry"; not "oh you're busy okay sorry", nor "oh
  // you're the plumber sorry my sink is clogged".
  "^(?:(?:oh|so|wait|um|uh)\\s+)+you(?:'re| are) (?:a |the )?(?:roofing|roofers?|plumbing|plumbers?|electric(?:al|ians?)?|heating|hvac|painters?|painting|landscap\\w+|handyman|cleaners?|cleaning)(?: (?:company|people|guys))?\\s+(?:(?:okay|ok|oh|huh)\\s+)?(?:sorry|my bad|oops|never ?mind)(?: about that| to bother you)?(?: bye)?$",
  // Told where they called, in a few words: "you're not oh man it came up under locksmith", "oh this isn't
  // peak line huh google had this number"; not "this isn't cheap huh", a price heard.
  "^(?:(?:oh|um|uh|wait|so|huh)\\s+)*you(?:'re| are) not(?:\\s+(?:them|him|her))?\\s+(?:oh (?:man|no|shoot|dear|gosh|boy)|huh|never ?mind)\\b",
  "^(?:(?:oh|um|uh|wait|so|huh|no)\\s+)*(?:this|that|it)(?: isn't| is not|'s not) (?!(?:working|right|fair|funny|good|okay|ok|helpful|fixed|done|over|new|normal|cheap|bad|great|easy|hard|fast|much|enough|what|how|too|very|so|that|the (?:first|last|same|way|end)|(?:a |an )?(?:big|huge|real|serious|major|little|small|problem|issue|emergency|deal))\\b)(?:the )?[a-z']+(?: [a-z']+){0,3} (?:huh|oh (?:man|no|shoot|dear|gosh))\\b",
  // "you've never had anybody by that name", "oh it's a different business now", "this is shear envy right no okay sorry".
  "(?:never had|there's no|nobody|no one) (?:anybody |anyone )?(?:by|with) that name|(?:he|she) (?:doesn't|does not|never) work(?:s|ed)? there",
  // "this is the portrait studio right? oh, no? sorry about that": told no, and gone.
  "(?:it's|this is) a different (?:business|company|number) now|\\bright\\?? (?:oh,? )?no\\b\\??(?: okay| ok)?[^.!]{0,15}\\bsorry",
  // "no? huh, this is the only number i got for her, well sorry to bother you".
  "(?:this|that|it)(?: is|'s) the only number (?:i|we) (?:got|have) for (?:her|him|them|\\w+)\\b",
  // "oh you're a different company huh", "what do you mean there's no sandra": told, and taking it in.
  "(?:oh|so) you(?:'re| are) a different (?:company|business|outfit|place)\\b|what do you mean (?:there's|there is) no (?!(?:problem|rush|hurry|way|one|need)\\b)[a-z]+|what do you mean (?:this|it|that) (?:isn't|is not|ain't) (?!(?:the |a |an )?(?:right|working|fixed|done|covered|included|real|safe|an emergency|urgent)\\b)[a-z]+",
  // "oh no i was looking for the pooper scooper people sorry about that", "this is summit roofing? i was
  // trying to get summit grill, sorry".
  "(?:^|\\boh my (?:gosh|god)\\s+|\\boh (?:no|shoot|dear)\\s+|(?<=\\?)\\s*)(?:(?:oh|ah|um|uh|no)\\s+)*i (?:was|am|'m) (?:looking for|trying to (?:reach|get|call)) (?!(?:someone|somebody|anyone|anybody|help|through|a ?hold|a person|a human|an? (?:estimate|quote|appointment|price))\\b)(?:the )?[\\w' ]{2,40}?,?\\s(?:sorry|my bad|oops|my mistake)\\b",
  // "a roofing company no this is the number for greenberg and associates": the trade said back, denied.
  `${tradeNamed}\\??,? no\\b(?!,? (?:problem|worries|rush|hurry|i (?:need|want|have|got)(?! the (?:\\w+ )?(?:ones|guys|people|company|other)\\b))\\b)`,
  // "oh sorry is not the resettlement": the subject left out, as a second language puts it.
  "^(?:(?:oh|ok|okay)\\s+)*sorry,?\\s+(?:is|it's) not (?:the )?[a-z]+",
  // "okay okay is not you sorry sorry", "nah i meant big mike from work my fault".
  "(?:it's|it is|is) not you\\b[^.!?]{0,10}\\bsorry|i meant (?:big |little |the other )?[a-z]+ from (?:work|church|school|the gym|the shop)\\b",
  // "is this ace towing no oh crap okay sorry man": told no, and gone.
  'is (?:this|that) (?!(?:the|your|my|a|an|it|right|okay|ok|safe|normal|bad|real|legit)\\b)[a-z]+(?: [a-z]+){0,2}\\s+no\\b[^.!?]{0,25}\\b(?:sorry|my bad|oops|whoops)\\b',
  // Not "is that not how this works": asking about the machine, not the number.
  '(?:is this|is that|are you) not (?:the |a )?(?!(?:how|what|why|where|when|right|working|real|open|a person|human)\\b)\\w+',
]);
/** The trade said back as a question, "a roofing company?", on being told where the caller called. */
export const tradeSaidBack = new RegExp(`${tradeNamed}(?:\\?|\\s+(?=(?:the|this|that|i|what|no|huh|really|oh)\\b))`);

/**
 * The words without the business's name or trade said back to it ("oh this is summit roofing oh my
 * gosh i was trying to get summit pediatrics", "oh you're roofing okay sorry"): no job for it.
 */
function withoutWhatWeAre(text: string, businessName: string): string {
  const withoutName = businessName ? text.split(businessName.toLowerCase()).join(' ') : text;
  // "for crying out loud" is exasperation, not a loud noise to fix.
  return withoutName
    .replace(tradeSaidBack, ' ')
    .replace(/\byou(?:'re| are) (?:a |the )?[a-z]+(?: (?:company|people|guys))?/g, ' ')
    .replace(/\bfor crying out loud\b/g, ' ');
}

/** "mike's auto on colfax", "mike's pizza": another place named for a Mike, not this business's. */
const placesNamedForSomeone =
  'auto|auto body|body shop|garage|towing|tires?|transmissions?|muffler|car wash|pizza|pizzeria|bar|pub|grill|diner|deli|cafe|restaurant|tavern|subs|tacos|barber ?shop|barbers|liquor|market|pharmacy|bakery|bikes?|pawn|dry cleaners?|laundromat';
/** Errands no contractor handles: on a first turn they suggest a misdial worth asking about. */
const offTopic = anyWord([
  'cake',
  'pizza',
  'pepperoni',
  // Not "the doctor said my mom needs grab bars".
  "(?:to|see|reach|with|for) (?:the |a |my )?doctor|doctor's",
  'prescription',
  // "i'd like to book a cut and color with tasha thursday morning".
  'cut and colou?r|haircut|hair appointment|(?:hair|nail) salon',
  'pharmacy',
  'walmart',
  'dvd',
  'catalog',
  'insurance claims',
  // "set up a claim for my car accident": an auto insurer's errand.
  '(?:claim|claims) (?:for|on|about) (?:my|the|a) (?:car|auto|fender)|car accident|auto accident|fender bender',
  // "my claim they denied my husband's surgery bill": a health insurer's errand.
  "(?:denied|deny) (?:my|his|her|our|the) (?:\\w+'s )?(?:claim|surgery|procedure)|surgery bill|(?:claim|surgery) (?:was|got) denied",
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
  // Not "is this the office": this business's own.
  'is (?:this|that) (?:the (?:number|line|phone) for )?(?!(?:the |your )?(?:main |business |head )?office\\b)(?:the )?(?:\\w+ ){0,2}(?:office|school|restaurant|store|salon|clinic|hospital|pharmacy|bank|bakery|pizza place|bowling alley|gym|library|post office|church|theat(?:er|re)|cinema|daycare|dealership|airline|movers|moving company|locksmith|pediatrics|physical therapy|chiropractor|urgent care)(?!\\s+(?:for|of|at)\\b)',
  // "is this joe's auto body": another place, named for someone (a namesake of the owner is heard apart).
  `is (?:this|that) [a-z]+'s (?:${placesNamedForSomeone})\\b`,
  // "are you the twenty four hour locksmith", "i need to cancel my physical therapy appointment", "a sick visit".
  '(?:are you|is this|is that) (?:the )?(?:\\w+ ){0,3}locksmith|physical therapy appointment|sick visit',
  "(?:dr|doctor) \\w+(?:'s)? office",
  "dmv|(?:county|city) clerk|clerk's office|non[- ]emergency (?:line|number)|law (?:office|firm)|attorney's office|(?:cable|internet|cell phone|phone) bill",
  'apartment for rent',
  // A number read off a card to check it, "is this three oh three five five five oh one four eight":
  // customers ask for the business or the trade, not for the digits.
  'is (?:this|that) (?:the number )?(?:(?:\\d|oh|zero|one|two|three|four|five|six|seven|eight|nine)[\\s-]*){7,}',
  // Errands for a clinic, a school or a seller: "my test results", "your son's absence", "the car you have listed".
  "(?:my|her|his) (?:lab |blood |medical )?test results|(?:son|daughter|child|kid)(?:'s)? (?:absence|attendance|report card)|(?:car|truck|couch|bike|item) (?:you (?:have |had )?)?(?:listed|posted|advertised) for sale",
  // A missed call returned by someone who never called a contractor: "just calling back to see who it was".
  '(?:calling|called) (?:you )?back to see who (?:it was|called|this (?:is|was))',
  '(?:es|está) (?:la|el) (?:farmacia|consultorio|pizzer[íi]a|restaurante|escuela|banco|doctor)|es la casa de',
  '(?<!\\b(?:anyone|anybody|someone|somebody) )is (?!anyone|anybody|someone|somebody)\\w+ home',
  "where's \\w+$",
  // Family and friends, who expect to be known by their voice.
  '^(?:(?:hi|hey|hello|yeah)\\s+)*(?:mom|mommy|dad|daddy|grandma|grandpa|nana|papa|honey|babe|sweetie|bro|sis)\\b',
  "^(?:(?:hi|hey|hello|yeah)\\s+)*it's me\\b",
  '(?:come|coming) (?:over )?(?:to )?visit',
  // Hospitality, rentals and shop orders.
  'hotel|motel|resort|front desk|room (?:number )?\\d+',
  'lost (?:dog|cat|pet)|found (?:a|my|our) (?:dog|cat)|menu|take ?out order',
  "is this \\w+'s (?:cell|phone|number|house|line|place)",
  'rent(?:ed|al) (?:car|a car)|car (?:i|we) rented|rental (?:car|place|company|agency)',
  'florist|(?:dozen|bouquet of) (?:roses|flowers)|(?:order|ordered) (?:a |some )?(?:\\w+ )?(?:roses|flowers|pizzas?|sandwich(?:es)?|cakes?)|for (?:pickup|pick up|delivery) (?:today|tonight|this (?:afternoon|evening))',
  // "is this the wild hibiscus company": another business, asked for by name (a trade in it is a job, see tradeJob).
  'is (?:this|that) (?:the (?:number|line|phone) for )?(?!(?:a|an|your|still|just)\\b)(?:the )?(?!the\\b)(?:\\w+ ){1,3}(?:company|business|residence|house|agency|group|corporation|inc)(?=\\s*$|\\s+(?:i|we|please|sorry|or)\\b)',
]);
/** "is this dr patel's office i need to reschedule my cleaning": the cleaning is a dentist's. */
const asksForAClinic = /\bis (?:this|that) (?:the )?(?:(?:dr|doctor) \w+|dentist|dental|doctor's)\b/;
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
  'plumb\\w*|electric\\w*|hvac|heating|cooling|air conditioning|landscap\\w*|handyman|contract\\w*|construction|remodel\\w*|repairs?|maintenance|home services?|renovat\\w*',
]);

/** Twilio's StirVerstat values for a caller ID that failed or could not be attested. */
export function attestationFailed(verstat: string | undefined): boolean {
  return verstat !== undefined && /failed|no-tn-validation/i.test(verstat);
}

/**
 * A recorded call for a named person, who is asked to press a key: "this is a message for sylvia
 * arrington if you are sylvia arrington press one". Meant for whoever had this number, not for the
 * business: a wrong number, as the corpus's authors label all three such tune calls.
 */
const recordedCallForSomeone =
  /\b(?:message|call|calling) for (?:mr |mrs |ms |miss )?(?!(?:the|a|an|your|our|this|you|all)\b)([a-z]+(?: [a-z]+)?)\b[^.!?]{0,80}?\bif (?:this is|you are|you're) (?:not )?(?:mr |mrs |ms |miss )?\1\b|\bif (?:this is|you are|you're) (?!(?:the|a|an|your|our|this|you|all)\b)([a-z]+(?: [a-z]+)?),? (?:please )?press\b[^.!?]{0,60}?\bif (?:this is|you are|you're) not \2\b/;

/** A caller who only fears they misdialled. */
const misdialDoubted =
  /\b(?:(?:might|may|could)(?: have|'ve)|(?:not sure|don't know) if i (?:have|got)|hope i (?:have|got))(?: the| a)? (?:wrong|right) number\b/;

export type CallerKindSign = 'spam' | 'wrong_number' | 'off_topic' | null;

/**
 * What this turn says about who is calling: a robocall or sales pitch, someone who says they
 * dialled the wrong number, an errand no contractor handles (worth asking about), or nothing.
 */
export function detectCallerKind(
  utterance: string,
  { attestation, earlierSalesManner = false, ownerName = '', businessName = '' }: CallerKindOptions = {},
): CallerKindSign {
  const text = normalizeUtterance(utterance);
  // "oh this is the roofing mike's line, ha, wrong mike, sorry": the owner named only to say it is the wrong one.
  const namesOwner = asksForOwner(text, ownerName) && !(wrongOwner(ownerName)?.test(text) ?? false);
  const realised =
    (misdialRealised.test(text) || saysOurNameInDismay(text, businessName) || (wrongOwner(ownerName)?.test(text) ?? false)) &&
    !tradeJob.test(withoutWhatWeAre(text, businessName)) &&
    !namesOwner;
  if (recordedCallForSomeone.test(text) && !namesOwner) return 'wrong_number';
  if (wrongNumber.test(text) || realised) {
    // "i think i have the wrong number, i was looking for mike who fixes roofs": they found him.
    if (namesOwner) return null;
    // "i might have the wrong number, is this the painting guy": unsure, and asking for the trade.
    if (!misdialDoubted.test(text)) return 'wrong_number';
    return tradeJob.test(text) ? null : 'off_topic';
  }
  // "this is westgate properties right", said when asked who is calling: checking another place's name.
  if (checksAnotherPlace(text, businessName, ownerName)) return 'off_topic';
  const signs =
    (saidUndenied(text, everyPitch) || (pitchShape.test(text) && !ownJob.test(text)) ? 2 : 0) +
    (salesManner.test(text) ? 1 : 0) +
    (earlierSalesManner ? 1 : 0) +
    (attestationFailed(attestation) ? 1 : 0);
  if (signs >= 2) return 'spam';
  if (
    offTopic.test(text) &&
    (!tradeJob.test(text) || asksForAClinic.test(text)) &&
    !namesOwner &&
    !speaksFromCustomersPlace(text)
  )
    return 'off_topic';
  return asksForSomeoneElse(text, ownerName) || callsFamily(text, ownerName) ? 'off_topic' : null;
}

/**
 * A seller's words said, not denied: "we're not asking for a donation ... we need a quote on forty
 * fixtures" is a customer. "This isn't a sales call" is no denial to trust: it counts as a sales manner.
 */
const everyPitch = new RegExp(pitch.source, 'gu');

/** "where's Mike", "is this Mike's company": a caller who names the owner dialled the right number. */
function asksForOwner(text: string, ownerName: string): boolean {
  return ownerNamed(ownerName)?.test(text) ?? false;
}
/** "wrong mike": another of the owner's name, built once per owner's name. */
const wrongOwner = perOwner((owner) =>
  owner === null ? null : new RegExp(`\\bwrong ${owner}\\b|\\bthere(?:'s| are) two (?:${owner})s\\b`),
);
/** The owner named anywhere, built once per owner's name: checked several times a turn. */
const ownerNamed = perOwner((owner) =>
  // Not another of the name: "sorry wrong mike", "i meant big mike from work".
  owner === null
    ? null
    : new RegExp(
        `(?<!\\bwrong )\\b${owner}\\b(?!'s (?:${placesNamedForSomeone})\\b)(?! from (?:work|church|school|the gym|the shop|the office)\\b)`,
      ),
);

/** Words after "is this" or "calling for" that name no one: "is this the plumber", "can i talk to someone". */
const notSomeone = new Set(
  `a an the it that this you your my our his her their business company number place right okay ok still where what who
  him them someone somebody anyone anybody everyone nobody owner boss manager whoever yours
  dispatch billing scheduling accounting accounts office`.split(/\s+/),
);

/**
 * "is this jennifer?", "i'm calling for danny", "is tyler there": the caller expected someone the
 * business is not (the owner, by any form of his name, is a request for him, heard elsewhere).
 */
function asksForSomeoneElse(text: string, ownerName: string): boolean {
  const name = nameAskedFor(text);
  return name !== undefined && isSomeoneElse(name, ownerName);
}

/** The name in "is this jennifer?", "i'm calling for danny", "is tyler there", if that is all that is said. */
function nameAskedFor(text: string): string | undefined {
  return (
    /^(?:(?:hi|hello|hey|yeah|yes|um+|uh+|oh)\s+)*(?:is this|(?:i'm )?(?:calling|looking) for|(?:can|could|may) i (?:talk|speak) (?:to|with)|i (?:want|need|wanna|would like|'d like) to (?:talk|speak) (?:to|with))\s+([a-z]+)(?:\s+(?:there|home|around|please))?\??$/.exec(
      text,
    )?.[1] ??
    /^(?:(?:hi|hello|hey|yeah|yes|um+|uh+|oh)\s+)*is ([a-z]+) (?:there|home|around)\??$/.exec(text)?.[1] ??
    // "is this maria the cleaning lady she didn't show up today and this is the number i have for her".
    /^(?:(?:hi|hello|hey|yeah|yes|um+|uh+|oh)\s+)*is this ([a-z]+)\b[^.!?]{0,80}\bthe (?:only )?number i (?:have|had|got) for (?:her|him)\b/.exec(
      text,
    )?.[1]
  );
}

/** "is tony there", "can i talk to jess": someone asked for by a name that is not the owner's. */
export function asksForSomeoneByName(utterance: string, ownerName: string): boolean {
  return someoneElseAskedFor(utterance, ownerName) !== null;
}

/** Who "is tony there" asks for, when it is someone other than the owner; null otherwise. */
export function someoneElseAskedFor(utterance: string, ownerName: string): string | null {
  const name = nameAskedFor(normalizeUtterance(utterance));
  return name !== undefined && isSomeoneElse(name, ownerName) ? name : null;
}

/** A name that is someone in particular, and not the owner by any form of his name. */
function isSomeoneElse(name: string, ownerName: string): boolean {
  if (notSomeone.has(name)) return false;
  return !(ownerAlone(ownerName)?.test(name) ?? false);
}
/** The owner's name and nothing else, built once per owner's name. */
const ownerAlone = perOwner((owner) => (owner === null ? null : new RegExp(`^${owner}$`)));

/**
 * "tommy honey it's nana", "hey lorraine it's me i'm gonna be a little longer", "dad it's me": a
 * family call, to someone by name or with a pet name, not "hi it's me again the lady with the railing".
 */
const familyCall =
  /^(?:(?:hi|hey|hello|oh|um+|uh+)\s+)*(?:([a-z]+)[?!,.]?\s+){0,2}(?:(honey|sweetie|sweetheart|hon|babe|baby|darling)\s+)?it's (?:me|mom|mommy|mama|nana|grandma|granny|grandpa|papa|your (?:mom|mother|dad|father|grandma|grandmother|sister|brother|aunt|uncle))\b/;
/** "surely you recognize your own mother's voice". */
const ownVoice = /\byour own (?:mother's|mom's|father's|dad's|grandma's|sister's|brother's) voice\b/;
/** Words before "it's me" that are no one's name: "hey there it's me", "yeah hi it's me". */
const notAName = new Set([
  'there',
  'guys',
  'again',
  'yeah',
  'yes',
  'so',
  'well',
  'okay',
  'ok',
  'sorry',
  'just',
  'hi',
  'hey',
  'hello',
  'oh',
]);

function callsFamily(text: string, ownerName: string): boolean {
  if (ownVoice.test(text)) return true;
  const call = familyCall.exec(text);
  if (!call) return false;
  const [, name, petName] = call;
  return petName !== undefined || (name !== undefined && !notAName.has(name) && isSomeoneElse(name, ownerName));
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
  /** The business's name from settings: "this is summit right" checks the right place. */
  businessName?: string;
}

/** Words of a business's name that set it apart: "summit" and "roofing" of "Summit Roofing LLC". */
function businessWords(businessName: string): string[] {
  const plain = new Set(['the', 'and', 'of', 'co', 'company', 'inc', 'llc', 'services', 'service']);
  return businessName
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((word) => word.length > 2 && !plain.has(word));
}

/** Whether the caller says a word of the business's name. */
export function namesTheBusiness(text: string, businessName: string): boolean {
  return businessWords(businessName).some((word) => new RegExp(`\\b${word}\\b`).test(text));
}

/**
 * The business's name said back in dismay: "oh you're summit, shoot", "oh it's summit shoot my wife
 * wrote both numbers on the same sticky note", "summit roofing oh for crying out loud there's two
 * summits". Told where they called, the caller meant another place.
 */
function saysOurNameInDismay(text: string, businessName: string): boolean {
  if (businessName === '') return false;
  if (dismay?.businessName !== businessName) {
    const ours = businessWords(businessName).join('|');
    const saidBack = `^(?:(?:oh|wait|so|huh|hold on|um+|uh+)\\s+)*(?:(?:you're|you are|this is|it's)\\s+)?(?:${ours})(?: (?:${ours}))?[,.!?]?\\s+`;
    const dismayed =
      '(?:oh\\s+)?(?:shoot|oops|whoops|dang|darn|crap|my bad|my mistake|for crying out loud|ugh)|oh (?:no|man|brother|boy)';
    dismay = { businessName, pattern: new RegExp(`${saidBack}(?:${dismayed})\\b`) };
  }
  return dismay.pattern.test(text);
}
let dismay: { businessName: string; pattern: RegExp } | null = null;

/**
 * "this is westgate properties right?", "is this papa john's" (a place asked for by whose it is, and
 * nothing else said): the caller checking the name of the place they reached.
 */
const checksThePlace =
  /^(?:(?:oh|um+|uh+|yeah|wait|so|hi|hello|hey)\s+)*(?:this is (?:the )?([a-z' ]{2,60}?),? right|is (?:this|that) (?!(?:the|your|my|a)\b)([a-z]+(?: [a-z]+)?'s))\??$/;
/** Words that name no particular place: "this is the company right", "this is the number right". */
const noParticularPlace = new Set(
  `a an and of co company business inc llc services service place office number line guy guys people shop outfit one`.split(
    /\s+/,
  ),
);

/**
 * "this is westgate properties right", "this is front range roofing and gutters right": a name with
 * a word that is neither this business's own (the one that sets it apart, like "summit"), nor a
 * trade, nor the owner's; not "this is the roofing company right" or "this is summit right".
 */
function checksAnotherPlace(text: string, businessName: string, ownerName: string): boolean {
  const check = checksThePlace.exec(text);
  const named = check?.[1] ?? check?.[2];
  if (!named || businessName === '') return false;
  const ours = businessWords(businessName);
  const setApart = ours.filter((word) => !tradeJob.test(word));
  const words = named.replace(/'s\b/g, '').split(/\s+/).filter(Boolean);
  if (asksForOwner(named, ownerName)) return false;
  if (words.some((word) => setApart.includes(word))) return false;
  return words.some((word) => !noParticularPlace.has(word) && !ours.includes(word) && !tradeJob.test(word));
}

/** How a caller introduces themselves before saying where from: "this is david", "i'm kim", "my name's trish". */
const introduced = "\\b(?:this is|i'm|i am|my name is|my name's|it's) [a-z]+(?: [a-z]+)?";
/** "this is david calling from bright pixel web solutions": someone speaking for a company, not from a home. */
const companyIntroduction = new RegExp(
  `${introduced} (?:with|from|calling from|over at) (?!(?:the |my |our |a )?(?:house|home|apartment|unit|building|street|avenue|road|drive|number|neighbou?r|next door|down the street|across|work|church|school|office|job)\\b)[a-z]`,
);

/**
 * "this is trish at summit family dental", "karen from the pharmacy on colfax": a dentist's office or
 * a pharmacy the caller works at is a customer's place, not the errand of someone who misdialled,
 * unless it is the place's own errand for someone else (placesErrand).
 */
const speaksFromAPlace = new RegExp(`${introduced} (?:at|with|from|over at|calling from) [a-z]`);
/** "calling for john about his prescription", "to confirm your appointment": the place's own errand, for someone else. */
const placesErrand =
  /\b(?:calling for|message for|reminder|confirm (?:your|his|her|an?|the) (?:appointment|visit|order)|(?:your|his|her) (?:prescription|appointment|order|refill|results|pet|dog|cat))\b/;

/** Whether the caller speaks from a place of their own, not doing that place's errand for someone else. */
function speaksFromCustomersPlace(text: string): boolean {
  return speaksFromAPlace.test(text) && !placesErrand.test(text);
}

/** Whether the caller named the owner ("is mikey in"): someone who knows him, not a seller asking for "the owner". */
export function namesTheOwner(utterance: string, ownerName: string): boolean {
  return asksForOwner(normalizeUtterance(utterance), ownerName);
}

/** "it's personal, he knows me": how friends and old customers get past a receptionist (one seller among the 54 tune calls saying it). */
const knownToTheOwner =
  /\b(?:it's|it is) (?:kind of |sort of )?(?:personal|private|a personal (?:matter|thing))\b|\b(?:he|she) knows (?:me|who i am|what it's about)\b|\b(?:he|she)(?:'ll| will) know (?:who i am|what it's about)\b/;

/** Whether the caller says the owner knows them or the call is personal: someone who knows him. */
export function saysOwnerKnowsThem(utterance: string): boolean {
  return knownToTheOwner.test(normalizeUtterance(utterance));
}

/**
 * "josh with peak fleet solutions", "evan from the payroll company": a company whose name says it
 * sells to businesses (marketing, payroll, fleet tracking, signs, funding...), not a customer's firm
 * ("front range rentals", "peak point property management").
 */
const sellersCompany = new RegExp(
  String.raw`\b(?:with|from|calling from|over at) (?:the )?(?:[a-z'&]+ ){0,4}?(?:solutions|marketing|media|digital|seo|leads?|advertising|ads|directory|listings|payroll|merchant|processing|funding|capital|lending|financial|insurance agency|benefits|fleet|gps|tracking|telematics|print|printing|signs?|wraps|promotions|consulting|advisors|staffing|recruiting|search firm|placement|software|technologies|solar|coupons?|mailers)\b`,
);

/** Whether the caller speaks for a company that sells to businesses, whoever they asked for. */
export function speaksForASeller(utterance: string): boolean {
  return sellersCompany.test(normalizeUtterance(utterance));
}

/** "mike and i talked a few weeks back i'm just following up", "he's expecting my call": a seller's way past the front desk. */
const followingUp =
  /\b(?:(?:just )?following up|checking (?:in|back)|(?:we|mike and i|he and i) (?:talked|spoke)|(?:he's|he is) expecting (?:my call|me|to hear))\b/;

/** Whether the caller says they are following up or are expected, as sellers (and some customers) say. */
export function saysFollowingUp(utterance: string): boolean {
  return followingUp.test(normalizeUtterance(utterance));
}

/** Whether the caller introduced themselves as speaking for a company. */
export function introducedByCompany(utterance: string): boolean {
  return companyIntroduction.test(normalizeUtterance(utterance));
}

/** Whether the turn has a sales call's manner ("is the owner available", "your website"), one sign of a pitch. */
export function soundsLikeSales(utterance: string): boolean {
  return salesManner.test(normalizeUtterance(utterance));
}
