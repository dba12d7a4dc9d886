import type { CallerIntent, CallerSentiment, Urgency } from '../../../shared/models';
import { isCallerNumber, toE164 } from '../../../shared/phone';
import type { Brain, BrainAction, BrainContext, BrainReply, CollectedLead } from '../types';
import { nextSlot, readState, type ConversationState, type Question, type Slot } from './conversationState';
import { describeCallbackTime } from './describeCallbackTime';
import { onCallerClock } from '../../domain/callerClocks';
import { callerTimeZone } from './callerTimeZone';
import { declinesCallback, detectCallbackRequest } from './detectCallbackRequest';
import { detectConfirmation } from './detectConfirmation';
import {
  detectEmergency,
  detectEmergencyAcrossTurns,
  detectSpanishEmergencyAcrossTurns,
  saysItCanWait,
  soundsOverAlready,
} from './detectEmergency';
import { detectGoodbye, isFarewell, saysThatsAll } from './detectGoodbye';
import { answerFromSettings } from './answerFromSettings';
import { callbackTimeText, relativeCallbackTime, soundsLikeATime, whenFreeClause } from './callbackTimeText';
import { addSignals, classifyIntent, readSignals, type IntentSignals } from './classifyIntent';
import { mentionsWork } from './workThings';
import { describeNeed, needAbout } from './describeNeed';
import { committedCallerModel, intentCues, judgeCaller, sureOf, type CallerModel, type CallerOdds } from './callerModel';
import {
  asksForAKey,
  asksForSomeoneByName,
  someoneElseAskedFor,
  tradeSaidBack,
  detectCallerKind,
  namesTheBusiness,
  introducedByCompany,
  namesTheOwner,
  saysFollowingUp,
  saysOwnerKnowsThem,
  soundsLikeSales,
  speaksForASeller,
} from './detectCallerKind';
import { findQuestions } from './findQuestions';
import { safetyFirst } from './safetyFirst';
import { glossSpanish, turnLanguage } from './spanish';
import * as spanishLines from './spanishLines';
import { digitsInSpeech } from './spokenNumbers';
import { detectSentiment } from './detectSentiment';
import {
  detectTransferRequest,
  putsOffTalking,
  saysTheyDidTheWork,
  saysTheyWorkHere,
  turnsDownTransfer,
  asksWhoAnswers,
} from './detectTransferRequest';
import { detectUrgency } from './detectUrgency';
import { directionWords, extractAddress, streetSaidAgain } from './extractAddress';
import { extractCallbackTime } from './extractCallbackTime';
import { extractName, namesAskedFor, spelledWithSpaces, withoutTitle } from './extractName';
import { extractPhoneNumber } from './extractPhoneNumber';
import { extractProject } from './extractProject';
import { isQuestion } from './isQuestion';
import { isFillerOnly, normalizeUtterance } from './utteranceText';
import * as lines from './receptionistLines';
import { toSpokenAnswer } from './toSpokenAnswer';
import { keepPrivate } from '../keepPrivate';

export { describeCallbackTime } from './describeCallbackTime';
export { detectCallbackRequest } from './detectCallbackRequest';
export { detectConfirmation } from './detectConfirmation';
export { detectEmergency } from './detectEmergency';
export { detectGoodbye, isFarewell } from './detectGoodbye';
export { answerFromSettings } from './answerFromSettings';
export { classifyIntent } from './classifyIntent';
export { describeNeed } from './describeNeed';
export { detectCallerKind } from './detectCallerKind';
export { findQuestions } from './findQuestions';
export { turnLanguage } from './spanish';
export { detectSentiment } from './detectSentiment';
export { detectTransferRequest } from './detectTransferRequest';
export { detectUrgency } from './detectUrgency';
export { extractAddress } from './extractAddress';
export { extractCallbackTime } from './extractCallbackTime';
export { extractName } from './extractName';
export { extractPhoneNumber } from './extractPhoneNumber';
export { extractProject } from './extractProject';
export { speakDigits } from './speakDigits';
export { toSpokenAnswer } from './toSpokenAnswer';

/** Two answers that give nothing for the same question and the receptionist moves on. */
const maxMisses = 2;
/** A knowledge answer longer than this is cut to its first sentence, to stay a phone-length reply. */
const maxAnswerWords = 30;

/**
 * The no-key receptionist: used without an OpenAI key and whenever the AI brain fails. Rules,
 * with a small trained model as a second opinion on where the call goes (callerModel.ts); tests
 * and the eval's cross-validation pass a model of their own.
 */
export function createOfflineBrain(options: { callerModel?: CallerModel } = {}): Brain {
  return {
    name: 'offline',
    reply: (context) =>
      Promise.resolve(keepPrivate(replyTo(context, options.callerModel ?? committedCallerModel()), context.settings)),
  };
}

/** What this turn learned, beyond the state itself. */
interface Learned {
  collected: CollectedLead;
  filled: Set<Slot>;
  /** The caller said a new number this turn, to be read back. */
  numberJustSaid: boolean;
}

function nothingLearned(): Learned {
  return { collected: {}, filled: new Set(), numberJustSaid: false };
}

/** The caller's turn, as said and as the detectors read it (Spanish glossed in English). */
interface Heard {
  said: string;
  /** Lower case; Spanish phrases glossed in English so the same detectors read both. */
  text: string;
  /** The questions asked in it, found once: kept for the owner, and never taken for the job. */
  questions: string[];
}

function hear(said: string, text: string, ownerName: string): Heard {
  return { said, text, questions: findQuestions(said, { ownerName }) };
}

/** Speech-to-text can deliver very long run-ons; nothing useful is said after this many characters. */
const maxUtterance = 2000;

function replyTo(context: BrainContext, model: CallerModel): BrainReply {
  const previous = readState(context.state);
  const state: ConversationState = {
    ...previous,
    turns: previous.turns + 1,
    misses: { ...previous.misses },
    skipped: [...previous.skipped],
    signals: { ...previous.signals },
    openQuestions: [...previous.openQuestions],
  };
  const said = context.utterance.trim().slice(0, maxUtterance);
  state.language = turnLanguage(said) ?? state.language;
  const { ownerName } = context.settings;
  const heard = hear(said, state.language === 'es' ? glossSpanish(said) : normalizeUtterance(said), ownerName);
  const takingOver = previous.turns === 0 && context.turns.some((turn) => turn.speaker === 'caller');
  const firstTurn = previous.turns === 0 && !takingOver;
  if (takingOver) recoverEarlierTurns(state, context);
  const returningName = firstTurn && state.name === null ? context.lead.name : null;
  if (returningName) state.name = returningName;
  state.sentiment = laterSentiment(state.sentiment, detectSentiment(heard.text));

  // The trained model's second opinion on everything said so far (callerModel.ts); English only.
  const everythingSaid = [...callerWords(context), heard.text];
  const odds = state.language === 'en' ? judgeCaller(model, everythingSaid) : null;
  const notACaller = screenCaller(state, context, heard, firstTurn, odds);
  if (notACaller) return notACaller;

  // "That sounds like an emergency, what's the address?" ... "it's been dry since, we just want it
  // looked at": the trouble is over, so it is an ordinary call after all.
  const troubleOver = state.emergencyPending && !state.transferAttempted && soundsOverAlready(heard.text);
  if (troubleOver) {
    state.emergencyPending = false;
    state.emergencyTakenBack = true;
    state.signals = { ...state.signals, emergency: false };
    state.urgency = null;
  }
  const acrossTurns = () =>
    state.language === 'es'
      ? detectSpanishEmergencyAcrossTurns([...callerWords(context).map(glossSpanish), heard.text])
      : detectEmergencyAcrossTurns(everythingSaid) ||
        (odds !== null && sureOf(odds, 'emergency') && !saysItCanWait(everythingSaid));
  const emergency = detectEmergency(heard.text) || (!state.signals.emergency && !state.emergencyTakenBack && acrossTurns());
  const askedForPerson =
    detectTransferRequest(heard.text, { ownerName }) ||
    // "is tony there" ... "he's one of your guys": the one asked for works here.
    (previous.checkingWrongNumber &&
      (saysTheyWorkHere(heard.text) || saysTheyDidTheWork(heard.text)) &&
      asksForSomeoneByName(everythingSaid.at(-2) ?? '', ownerName)) ||
    (odds !== null &&
      !state.transferAttempted &&
      sureOf(odds, 'askedForPerson') &&
      !asksWhoAnswers(heard.text) &&
      !turnsDownTransfer(everythingSaid.join('. '), { ownerName }) &&
      !putsOffTalking(everythingSaid.join('. '), { ownerName }));
  // A question asked in an emergency or with a request for the owner ("should I shut the main off?")
  // goes unanswered while the call is put through: it is kept for the owner like any other.
  const unanswered = () => questionsFor(heard, ownerName);
  if (emergency || state.emergencyPending) {
    const learned = learn(state, context, heard, { firstTurn, transfer: false, emergency: true });
    noteSignals(state, heard, { emergency: true, askedForPerson: false, question: false, learned, ownerName }, odds);
    setUrgency(state, learned.collected, 'emergency');
    // Gas, carbon monoxide, smoke or fire, or someone hurt: get out or call 911 before anything is asked.
    const first = safetyFirstLine(state, everythingSaid);
    // The address first, so help can be sent even if the transfer is not answered; asked twice at most,
    // and once more of a caller who answered with their name ("dana whitfield"): an answer, not a refusal.
    const gaveName = previous.asked === 'address' && learned.filled.has('name');
    const asks = gaveName ? 3 : 2;
    if (state.address === null && state.emergencyAsks < asks && !askedForPerson && !state.transferAttempted) {
      state.emergencyPending = true;
      state.emergencyAsks++;
      state.asked = 'address';
      const ask =
        state.emergencyAsks === 1
          ? say(state).emergencyAddress(context.settings)
          : gaveName && state.name !== null
            ? say(state).addressAfterName(state.name, context.settings)
            : say(state).ask('address', { business: context.settings, misses: 1 });
      return finish(state, learned.collected, first + ask, 'continue', unanswered());
    }
    // The address known, who is calling, once: the owner picks up knowing, and a transfer nobody
    // answers still leaves a lead with a name. Whatever the answer, or silence, the transfer follows.
    const askName =
      state.address !== null && state.name === null && !state.emergencyNameAsked && !askedForPerson && !state.transferAttempted;
    if (askName) {
      state.emergencyPending = true;
      state.emergencyNameAsked = true;
      state.asked = 'name';
      const ask = previous.emergencyPending
        ? say(state).nameAfterAddress(context.settings)
        : say(state).emergencyName(context.settings);
      return finish(state, learned.collected, first + ask, 'continue', unanswered());
    }
    state.emergencyPending = false;
    return transferOrMessage(
      state,
      context,
      learned.collected,
      (business) => first + say(state).emergencyTransfer(business),
      (business) => first + say(state).emergencyMessage(business),
      unanswered(),
    );
  }
  // "is mike there" ... "oh never mind, you can just take a message": the request taken back before the
  // owner is rung, so the call goes on as any other and is filed by its job.
  const requestTakenBack = state.transferPending && !askedForPerson && turnsDownTransfer(heard.text, { ownerName });
  if (requestTakenBack) {
    state.transferPending = false;
    state.signals = { ...state.signals, askedForPerson: false, askedAfterDetails: false };
  }
  if (askedForPerson || state.transferPending) {
    const learned = learn(state, context, heard, { firstTurn, transfer: true });
    const afterDetails =
      !previous.signals.askedForPerson &&
      previous.project !== null &&
      (previous.name !== null || previous.address !== null || previous.signals.repair || previous.signals.newWork);
    noteSignals(
      state,
      heard,
      { emergency: false, askedForPerson: true, question: false, learned, afterDetails, ownerName },
      odds,
    );
    // Like any receptionist: who is calling, once, so the owner picks up knowing. Never a gate: any
    // answer, or none (conversation/silence.ts), and the caller is put through.
    const screening = !state.transferPending && !state.transferAttempted;
    if (screening && state.name === null) {
      state.transferPending = true;
      state.asked = 'name';
      return finish(state, learned.collected, say(state).whoIsCalling(context.settings), 'continue', unanswered());
    }
    // Sellers ask for "the owner" too: someone speaking for a company (asked for it, or told with the
    // name) who did not ask for the owner by name and told no job yet is asked what it is about, so a
    // pitch shows itself before the owner is rung.
    const answeredWho = state.transferPending && previous.asked === 'name';
    const allSaid = everythingSaid.join('. ');
    const seller = () => {
      // One who names a company that sells to businesses is asked too, even after asking for Mike by
      // name and saying he knows them: sellers say both to be put through.
      if (speaksForASeller(heard.text)) return true;
      return (
        (state.salesManner || introducedByCompany(heard.text)) &&
        !namesTheOwner(allSaid, ownerName) &&
        !saysOwnerKnowsThem(allSaid)
      );
    };
    // "it's pete he's expecting me", "mike and i talked i'm just following up": asked too, as sellers
    // say it, but silence then is someone waiting for Mike. So is "it's josh": a first name alone (not
    // "dave from the church", nor after "he knows what it's about"), as sellers give theirs, says
    // nothing of why, and the owner picks up knowing. One who answers that with a company that sells
    // to businesses ("josh with peak fleet solutions") is asked once more.
    const answeredAbout = state.transferPending && state.aboutAsks === 1 && previous.asked === null;
    const mayAsk = (screening || answeredWho || answeredAbout) && state.project === null && state.aboutAsks < 2;
    const sells = mayAsk && seller();
    const followsUp = mayAsk && saysFollowingUp(heard.text);
    const firstNameOnly =
      mayAsk &&
      answeredWho &&
      !state.nameAskedAgain &&
      state.name !== null &&
      !state.name.includes(' ') &&
      !/\b(?:from|with|at|of)\b/.test(heard.text) &&
      !saysOwnerKnowsThem(allSaid);
    if (sells || followsUp || firstNameOnly) {
      state.transferPending = true;
      state.aboutAskedOfKnown = !sells;
      state.aboutAsks++;
      state.asked = null;
      const thanked = firstNameOnly && !sells && !followsUp ? state.name : null;
      return finish(state, learned.collected, say(state).whatItsAbout(context.settings, thanked), 'continue', unanswered());
    }
    // "he knows what it's about", "just put me through": an answer with no name is asked for it once
    // more, as a receptionist would, so the owner picks up knowing who it is and a transfer he misses
    // still leaves a name (on the tune part, 430 more names kept and every request still put through).
    // The next answer, whatever it is, or silence puts the caller through.
    if (answeredWho && state.name === null && !state.nameAskedAgain) {
      state.nameAskedAgain = true;
      state.asked = 'name';
      return finish(state, learned.collected, say(state).nameForOwner(context.settings), 'continue', unanswered());
    }
    state.transferPending = false;
    return transferOrMessage(state, context, learned.collected, say(state).transfer, say(state).offerMessage, unanswered());
  }

  const answersReadBack =
    previous.asked === 'callbackNumber' && previous.numberToConfirm !== null && detectConfirmation(heard.text) !== null;
  const willCallBack = readSignals(heard.text, {
    question: false,
    emergency: false,
    askedForPerson: false,
    gaveAddress: false,
  }).willCallBack;
  const ending =
    isFarewell(heard.text) ||
    willCallBack === true ||
    (!answersReadBack && detectGoodbye(heard.text, { afterAnythingElse: previous.asked === 'anythingElse' }));
  const questions = ending ? [] : questionsFor(heard, ownerName);
  const asking = questions.length > 0;
  const learned = learn(state, context, heard, {
    firstTurn,
    transfer: false,
    quiet: ending,
    willCallBack: willCallBack === true,
  });
  noteSignals(state, heard, { emergency: false, askedForPerson: false, question: asking, learned, ownerName }, odds);
  if (ending && doneAsking(state, heard.text)) {
    // "okay that's all for now thanks" after only questions, no name or address given: they asked,
    // were answered, and want nothing followed up.
    state.signals = { ...state.signals, announcedQuestion: true };
    state.intent = intentOf(state.signals, odds);
    declineCallback(state);
  }
  const urgency = detectUrgency(heard.text);
  if (urgency !== 'normal' || learned.collected.project !== undefined || troubleOver)
    setUrgency(state, learned.collected, urgency);
  const answers = asking ? answerQuestions(state, context, questions) : null;

  // "I'll call you back once I know the date": their name first, so the owner knows who rang; asked once.
  const nameFirst = willCallBack === true && state.name === null && state.project !== null && !state.nameBeforeGoing;
  if (ending && nameFirst) {
    state.nameBeforeGoing = true;
    state.asked = 'name';
    return finish(state, learned.collected, say(state).nameBeforeGoing(context.settings), 'continue');
  }
  if (ending || (previous.asked === 'name' && previous.nameBeforeGoing)) {
    state.asked = null;
    return finish(state, learned.collected, wrapUp(state, context), 'end');
  }

  if (previous.asked === 'anythingElse' && !asking && learned.filled.size === 0) {
    return afterAnythingElse(state, context, learned.collected, heard);
  }

  const parts: string[] = [];
  if (returningName) parts.push(`Hi ${lines.firstName(returningName)}, good to hear from you again.`);
  if (answers) {
    if (learned.collected.name) parts.push(thanks(state, learned.collected.name));
    parts.push(answers.say);
  } else {
    // "Who may I say is calling?" answered by taking the request back is no name missed: the caller is
    // told a message will do, and asked for their name plainly when it comes to it.
    const ack = requestTakenBack
      ? say(state).messageInstead(context.settings, learned.collected.name ?? null)
      : countMiss(state, previous.asked, learned)
        ? say(state).slotGivenUp()
        : acknowledge(state, context, learned);
    if (ack) parts.push(ack);
  }
  // "its sharon" to "what can we help you with?": thanked, then asked plainly, not "Sorry, could you...".
  parts.push(askNext(state, context, learned.numberJustSaid, learned.collected.name !== undefined));
  return finish(state, learned.collected, parts.join(' '), 'continue', answers?.unanswered ?? []);
}

/** The questions to keep for the owner: not "could i speak to mike?", which the transfer answers. */
function questionsFor(heard: Heard, ownerName: string): string[] {
  return heard.questions.filter((question) => !detectTransferRequest(question, { ownerName }));
}

/** What the caller said on the earlier turns of this call. */
function callerWords(context: BrainContext): string[] {
  return context.turns.filter((turn) => turn.speaker === 'caller').map((turn) => turn.text);
}

/**
 * Robocalls, sales pitches and wrong numbers: ended politely, never put through, no lead. An
 * errand no contractor handles, said before any job, name or address ("hello" ... "is this the
 * pharmacy"), is checked ("were you trying to reach someone else?") rather than assumed. Returns
 * null for a caller with a job.
 */
function screenCaller(
  state: ConversationState,
  context: BrainContext,
  heard: Heard,
  firstTurn: boolean,
  odds: CallerOdds | null,
): BrainReply | null {
  const apologised = apologisesForNothing(state, heard.text);
  const said =
    detectCallerKind(heard.text, {
      attestation: context.callerAttestation,
      earlierSalesManner: state.salesManner,
      ownerName: context.settings.ownerName,
      businessName: context.settings.businessName,
    }) ?? (apologised ? 'wrong_number' : null);
  const checking = state.checkingWrongNumber;
  state.checkingWrongNumber = false;
  // "a roofing company? the listing has this number on it": the trade said back is no job.
  const answer = checking ? heard.text.replace(tradeSaidBack, ' ') : heard.text;
  // Once a caller who said "wrong number" went on to a job, the words still weigh on the model's
  // reading of the call: only a misdial said again counts. So with a caller asked whether they meant
  // someone else who answers with work ("is jayden there" ... "a roofing company? good, my roof leaks").
  const answeredWithWork = checking && mentionsWork(answer);
  const sign = said ?? (state.misdialOffered || answeredWithWork ? null : modelsCallerKind(odds));
  if (state.project === null && soundsLikeSales(heard.text)) state.salesManner = true;
  const offered = state.misdialOffered && state.callerKind === 'wrong_number';
  // A recorded call for someone else ("if you are sylvia arrington press one"), told where it called,
  // goes on asking for keys ("press three"): still a misdial, not a robocall to the business.
  const recordingGoesOn = offered && asksForAKey(heard.text);
  if ((sign === 'spam' && !recordingGoesOn) || state.callerKind === 'spam') {
    state.callerKind = 'spam';
    state.asked = null;
    return finish(state, {}, lines.spamGoodbye(context.settings), 'end');
  }
  if (offered) {
    // "oh you're summit something too, do you guys do decks": the right number after all.
    // "oh who is this, summit roofing? so sorry, i meant to call my son": they heard, and still misdialled.
    const stays =
      !recordingGoesOn &&
      (mentionsWork(heard.text) ||
        namesTheOwner(heard.text, context.settings.ownerName) ||
        namesTheBusiness(heard.text, context.settings.businessName)) &&
      !stillMisdialled.test(heard.text);
    if (!stays) return finish(state, {}, say(state).wrongNumber(context.settings), 'end');
    state.callerKind = 'caller';
    return null;
  }
  // A caller who says they misdialled before any job is told where they called, and may stay: the
  // name of the business can be just who they were after.
  if (
    said === 'wrong_number' &&
    !state.misdialOffered &&
    !checking &&
    (state.project === null || apologised) &&
    !isFarewell(heard.text)
  ) {
    state.callerKind = 'wrong_number';
    state.misdialOffered = true;
    // "is mike there" ... "oh shoot wrong mike sorry": the person asked for was another's.
    state.transferPending = false;
    state.asked = null;
    return finish(state, {}, say(state).wrongNumberOffer(context.settings), 'continue');
  }
  // "No, I'm trying to get Mike the furnace man": the owner named, so the right number after all.
  // "oh it's rosa from the flower shop, dave does the heating at our shop": a job told, not a misdial.
  // "what do you mean roofing company man i'm standing outside the bar": the trade said back in disbelief.
  const disbelief = /\bwhat do you mean\b/.test(heard.text);
  // "is jayden there" ... "can jayden come to the park": still after the one they asked for.
  const askedFor = checking ? someoneElseAskedFor(callerWords(context).at(-1) ?? '', context.settings.ownerName) : null;
  const confirmsMisdial =
    checking &&
    !namesTheOwner(heard.text, context.settings.ownerName) &&
    !saysTheyWorkHere(heard.text) &&
    !saysTheyDidTheWork(heard.text) &&
    !reachedUsBefore.test(heard.text) &&
    (!answeredWithWork || disbelief) &&
    (detectConfirmation(heard.text) === 'yes' ||
      disbelief ||
      // "are you sure?", "who is this", or just "bye": nothing here for them.
      /\b(?:are you|you're) sure\b|\bwho(?: is|'s) this\b/.test(heard.text) ||
      // "303 555 0148", the number they meant read out again, and it is not this one.
      readsAnotherNumber(heard.text, context.settings.twilioPhoneNumber) ||
      isFarewell(heard.text) ||
      (askedFor !== null && asksAgainFor(askedFor).test(heard.text)) ||
      // "this isn't the insurance? this is the number on the back of his card", "huh i dialed the same
      // number again", "a roofing company? the listing has this number": surprise, with no work told.
      /\b(?:sorry|oops|my bad|oh|never ?mind|my mistake|i thought this was|(?:trying to|wanted to) (?:reach|call|get)|looking for|perd[óo]n|disculpe|ay|huh|weird|typo|(?:this|it) (?:isn't|is not|ain't)|i dialed|(?:the|this) number(?:'s| was| is)? on)\b/.test(
        heard.text,
      ) ||
      namesWhomTheyWanted.test(heard.text));
  if (sign === 'wrong_number' || confirmsMisdial) {
    state.callerKind = 'wrong_number';
    state.asked = null;
    return finish(state, {}, say(state).wrongNumber(context.settings), 'end');
  }
  // A name is no job: "this is erin at foothills animal hospital" gives one before the errand.
  // Nor is a first turn with no work in it ("andy? andy it's me").
  const nothingOfAJob = (state.project === null || !mentionsWork(state.project)) && state.address === null;
  // About to be put through, "this is westgate properties right?": checked before the owner's phone rings.
  if (sign === 'off_topic' && (firstTurn || nothingOfAJob || state.transferPending)) {
    state.callerKind = 'wrong_number';
    state.checkingWrongNumber = true;
    // "this is trish at summit family dental": the name is kept for the lead should the caller
    // turn out to have a job; a misdial leaves no lead, so it goes nowhere otherwise.
    const learned = nothingLearned();
    learnName(state, context, heard, learned);
    return finish(state, learned.collected, say(state).checkWrongNumber(context.settings), 'continue');
  }
  state.callerKind = 'caller';
  return null;
}

/**
 * Asked whether they meant someone else, the caller names whom: "kevin my roommate he gave me this
 * number", "yeah carla my sister". A relative or housemate, never a job.
 */
const namesWhomTheyWanted =
  /^(?:(?:yeah|yes|uh|um|well|i wanted|i want)\s+)*(?:[a-z]+(?: [a-z]+)?,? )?(?:(?:he's|she's|is) )?my (?:friend|classmate|roommate|housemate|sister|brother|son|daughter|mom|mother|dad|father|cousin|aunt|uncle|wife|husband|girlfriend|boyfriend|grandma|grandmother|grandpa|grandfather|nephew|niece|buddy)\b/;

/** "can jayden come to the park", "jayden?": the one they asked for, asked for again; not "my neighbor jayden said you do roofs". */
const asksAgainFor = (name: string) =>
  new RegExp(
    `^(?:(?:um+|uh+|oh|well|but|so|no|yeah)\\s+)*${name}\\b|\\b(?:can|could|is|where's|where is|put|tell|get) ${name}\\b`,
  );

/** "oh ok yeah i did put in a request on your website": a customer who reached us before. */
const reachedUsBefore =
  /\b(?:i|we) (?:did |already )?(?:put in|submitted|sent|filled out|left|made) (?:a |an |the |that )?(?:request|form|message|inquiry|voicemail|appointment)|\b(?:on|through|from) your (?:website|site|page|ad|listing)\b/;

/** Whether the turn is a phone number and little else, one that is not the business's own. */
function readsAnotherNumber(said: string, ownNumber: string): boolean {
  const asDigits = digitsInSpeech(said);
  const digits = asDigits.replace(/\D/g, '');
  // Not "fourteen hundred south colorado boulevard suite two ten": an address has words between.
  const otherWords = asDigits.split(/\s+/).filter((word) => word !== '' && !/\d/.test(word));
  return /^1?(?:\d{3})?\d{7}$/.test(digits) && otherWords.length <= 2 && !toE164(ownNumber)?.endsWith(digits.slice(-7));
}

/** Told where they called, a caller who still meant someone else, or never wanted a contractor at all. */
const stillMisdialled =
  /\b(?:meant to (?:call|dial|reach|get)|never called|take (?:me|my number) off|stop calling|(?:i'm|i am) so sorry|not who i|(?:definitely|must be|so) (?:the |a )?wrong number)\b/;

/**
 * "is this the pool company for the cottonwood hoa" ... "oh okay sorry about that": an apology and
 * nothing else, from a caller who has told no work, name or address, is one who found out whom they
 * reached. Told where they called and asked what we can help with, a customer can still stay.
 */
function apologisesForNothing(state: ConversationState, said: string): boolean {
  const toldWork = state.project !== null && mentionsWork(state.project);
  return !toldWork && state.name === null && state.address === null && bareApology.test(said);
}
const bareApology =
  /^(?:(?:oh|okay|ok|no|um+|uh+|ah|well|alright|oops|whoops)\s+)*(?:i'm |i am )?(?:so |very |really )?sorry(?: about that| to bother you| for bothering you| for the trouble)?(?:,? (?:my mistake|my bad))?(?:,? (?:bye(?: bye)?|thanks|thank you|have a (?:good|nice) (?:day|one)))*$/;

/** What the model alone would keep from the owner, when it is sure enough. */
function modelsCallerKind(odds: CallerOdds | null): 'spam' | 'wrong_number' | null {
  if (odds === null) return null;
  if (sureOf(odds, 'spam') && odds.spam >= odds.wrongNumber) return 'spam';
  if (sureOf(odds, 'wrongNumber')) return 'wrong_number';
  return null;
}

/** What to do first, once, when the danger calls for leaving the house or for 911; '' otherwise. */
function safetyFirstLine(state: ConversationState, everythingSaid: readonly string[]): string {
  if (state.toldSafetyFirst) return '';
  const step = safetyFirst(everythingSaid);
  if (step === null) return '';
  state.toldSafetyFirst = true;
  return `${say(state).safetyFirst(step)} `;
}

/** The lines in the caller's language. */
function say(state: ConversationState) {
  if (state.language !== 'es') return lines;
  return { ...lines, ...spanishLines };
}

/** Whether every word of a name is a word of the address already given. */
function namesTheStreet(name: string, address: string | null): boolean {
  if (address === null) return false;
  const street = new Set(address.toLowerCase().split(/\s+/));
  return name
    .toLowerCase()
    .split(/\s+/)
    .every((word) => street.has(word));
}

/** The caller's own home, told beside the job's: "i live in castle rock", "i'm up in cheyenne", "my own address". */
const callersOwnAddress =
  /\b(?:i live|(?:i'm|i am|we're|we are) (?:in|up in|down in|over in|out in|at home in)|my (?:own |home )address)\b[^.!?]*\b(?:but|the job|the work|her (?:house|place)|his (?:house|place)|their (?:house|place)|go to her|go to his|not here)\b/;

/** The rules' reading of the call, unless the intent heads read it otherwise (callerModel.ts); the rules alone for Spanish. */
function intentOf(signals: IntentSignals, odds: CallerOdds | null): CallerIntent {
  const rules = classifyIntent(signals);
  return odds?.intentGiven(intentCues(signals, rules)) ?? rules;
}

/** `odds`: the model's opinion on everything said so far, null for a Spanish caller or earlier turns recovered. */
function noteSignals(
  state: ConversationState,
  heard: Heard,
  extra: {
    emergency: boolean;
    askedForPerson: boolean;
    question: boolean;
    learned: Learned;
    afterDetails?: boolean;
    ownerName: string;
  },
  odds: CallerOdds | null,
): void {
  const signals = readSignals(heard.text, { ...extra, gaveAddress: extra.learned.filled.has('address') });
  state.signals = addSignals(state.signals, signals);
  state.intent = intentOf(state.signals, odds);
}

/**
 * The AI brain failed mid-call and this brain picks up with empty state: what the lead record and
 * the earlier turns already say is recovered rather than asked again.
 */
function recoverEarlierTurns(state: ConversationState, context: BrainContext): void {
  state.name = context.lead.name;
  state.address = context.lead.address;
  state.project = context.lead.project;
  for (const turn of context.turns) {
    if (turn.speaker !== 'caller' || turn.kind === 'keypad') continue;
    const heard = hear(turn.text, normalizeUtterance(turn.text), context.settings.ownerName);
    const learned = learn(state, context, heard, { firstTurn: false, transfer: false, quiet: true });
    noteSignals(
      state,
      heard,
      { emergency: false, askedForPerson: false, question: false, learned, ownerName: context.settings.ownerName },
      null,
    );
  }
}

/** Once every slot is collected: a "yes" invites more, silence twice ends the call, anything else is noted. */
function afterAnythingElse(state: ConversationState, context: BrainContext, collected: CollectedLead, heard: Heard): BrainReply {
  const business = context.settings;
  const again = (line: string) => {
    state.asked = 'anythingElse';
    return finish(state, collected, line, 'continue');
  };
  if (isFillerOnly(heard.text)) {
    const misses = (state.misses.anythingElse ?? 0) + 1;
    state.misses.anythingElse = misses;
    if (misses < maxMisses) return again(say(state).ask('anythingElse', { business, misses }));
    state.asked = null;
    return finish(state, collected, wrapUp(state, context), 'end');
  }
  if (detectConfirmation(heard.text) === 'yes')
    return again(state.language === 'es' ? 'Claro, ¿en qué más le ayudo?' : 'Sure, what else can I help with?');
  state.notes.push(heard.said);
  const noted = state.language === 'es' ? 'Entendido, se lo paso.' : lines.passedAlong(business);
  return again(`${noted} ${say(state).ask('anythingElse', { business, misses: 0 })}`);
}

interface LearnOptions {
  firstTurn: boolean;
  /** A request for a person: only the name is kept, so nothing the caller adds is acted on. */
  transfer: boolean;
  /** The caller is leaving, so their words are not the job description. */
  quiet?: boolean;
  /** The turn describes an emergency, which is the job even if a question was taken for it earlier. */
  emergency?: boolean;
  /** "i'll just call again tomorrow": the caller will call, so no callback is asked for. */
  willCallBack?: boolean;
}

/**
 * "Ustedes limpian canaletas? las mías están llenas": in Spanish, whose work words the need's reading
 * does not know, asking whether they do the work is how the job is told; not "trabajan los sábados".
 */
function doYouDoThis(question: string, state: ConversationState): boolean {
  return state.language === 'es' && /^ustedes\b/.test(question);
}

/** Fills every slot the utterance answers, whichever was asked; a street address said again replaces the first. */
function learn(state: ConversationState, context: BrainContext, heard: Heard, options: LearnOptions): Learned {
  const learned = nothingLearned();
  const asked = state.asked;
  const withDigits = digitsInSpeech(heard.text);
  // The job in the caller's words, read once: up to three of the steps below ask for it, and a long
  // turn takes about half a millisecond to read.
  let need: string | null | undefined;
  const toldNeed = () => (need === undefined ? (need = describeNeed(heard.said)) : need);
  const nameNotJob = asked === 'project' && state.name === null ? nameForTheJob(heard.said, toldNeed) : null;
  learnName(state, context, heard, learned, nameNotJob);
  if (options.transfer) {
    // What the call is about, in the caller's words, so the owner picks up knowing; nothing else is acted on.
    const about = needAbout(heard.said);
    const told = about ?? toldNeed();
    const project = replacesNeed(state.project, about === null && told !== null && !mentionsWork(told) ? null : told);
    if (project) {
      state.project = learned.collected.project = project;
      learned.filled.add('project');
    }
    return learned;
  }

  // "do you do emergencies?" then "water is pouring through my ceiling": the question stays among the
  // open questions, the emergency becomes the job.
  const askedFirst = options.emergency === true && state.project !== null && isQuestion(state.project);
  const told = askedFirst ? toldNeed() : null;
  if (told) {
    state.project = learned.collected.project = told;
    learned.filled.add('project');
  }
  if (state.project !== null && !options.quiet) {
    const project = replacesNeed(state.project, toldNeed());
    if (project) {
      state.project = learned.collected.project = project;
      learned.filled.add('project');
    }
  } else if (
    state.project === null &&
    !state.skipped.includes('project') &&
    (!options.quiet || options.willCallBack) &&
    !(nameNotJob !== null && learned.filled.has('name'))
  ) {
    const expectingProject = (options.firstTurn || asked === 'project') && detectConfirmation(heard.text) === null;
    // A caller who will call back ("i'll check it myself and call you back") may have told the job in
    // the same breath: a job named is kept, the rest of the goodbye is not taken for one.
    // "any day after four thirty" or "seventeen oh six east nineteenth" said to "what can we help you
    // with?" asked again is when to call or where, not the job; a first turn is the caller's story,
    // which may well begin "after eight months of...".
    const saysWhenOrWhere =
      !options.firstTurn &&
      (soundsLikeATime(callbackTimeText(heard.text)) || extractAddress(withDigits, { expectingAddress: false }) !== null);
    const project = options.quiet
      ? toldNeed()
      : (toldNeed() ??
        (heard.questions.some((question) => !doYouDoThis(question, state)) || saysWhenOrWhere
          ? null
          : extractProject(heard.text, { expectingProject })));
    if (project) {
      state.project = learned.collected.project = project;
      learned.filled.add('project');
    }
  }
  const address =
    extractAddress(withDigits, { expectingAddress: asked === 'address' }) ??
    streetAfterNumber(state, withDigits) ??
    addressOutOfTurn(state, withDigits, learned) ??
    addressPutRight(state, withDigits) ??
    streetPutRight(state, withDigits, heard.text);
  state.addressStart = asked === 'address' ? houseNumberAlone(address ?? withDigits) : null;
  // "she's at 918 kimbark" ... "i'm in thornton, 5300 east 136th, but the job's at her place": the
  // caller's own address, told after the job's, does not replace it.
  const callersOwn = state.address !== null && callersOwnAddress.test(heard.text);
  if (address && address !== state.address && (state.address === null || /\d/.test(address)) && !callersOwn) {
    state.address = learned.collected.address = address;
    learned.filled.add('address');
  }
  if ((options.willCallBack || declinesCallback(heard.text, context.settings)) && !detectCallbackRequest(heard.text)) {
    state.callbackRequested = false;
    state.callbackTime = state.callbackPhrase = null;
    if (!options.willCallBack) declineCallback(state);
  } else learnCallbackTime(state, context, heard, withDigits, learned);
  learnNumber(state, heard.text, learned);
  return learned;
}

/**
 * "hugh pemberton", "its sharon" said to "what can we help you with?": the caller gave their name, as
 * people do when someone picks up, and the job is still to be asked. Only a full name, or one said
 * with "it's" or "i'm", and nothing of the work ("junk haul", "gutters").
 */
function nameForTheJob(said: string, toldNeed: () => string | null): string | null {
  const name = extractName(said, { expectingName: true });
  if (name === null || mentionsWork(said) || toldNeed() !== null) return null;
  const answer = said
    .toLowerCase()
    .replace(/[.,!?]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const bare = answer.replace(/^(?:(?:um+|uh+|oh|yeah|it's|its|it is|i'm|im|i am|this is|my name is|my name's|name's)\s+)+/, '');
  const introduced = bare !== answer;
  return bare === name.toLowerCase() && (introduced || name.includes(' ')) ? name : null;
}

/**
 * The job as the caller now tells it, when it should be kept: the first description, or one that
 * names something to work on after a first that did not ("a coworker gave me mike's name", then
 * "we've got soft spots on the roof over the garage").
 */
function replacesNeed(current: string | null, told: string | null): string | null {
  if (told === null) return null;
  if (current === null) return told;
  if (preface.test(current) && !preface.test(told) && mentionsWork(told)) return told;
  return !mentionsWork(current) && mentionsWork(told) ? told : null;
}

/**
 * "i got one of your door hangers", "is this mike's roofing the one with the green trucks", "calling
 * about your mowing crew this afternoon", "mike did our roof last year and it's been great" (not "...
 * and it's leaking again"), "wanted to say thanks the new gutters look great",
 * "my neighbor said mike did a great job on her deck so i'm calling about mine", "the guy at the
 * counter over at the plumbing supply gave me your number", "i found you on angi": how the call
 * begins, which names work without being the job.
 */
const preface =
  /^(?:(?:hi|hello|hey|um+|uh+|so|yeah|ok|okay|good|oh)\s+)*(?:(?:(?:i |we )?(?:just )?wanted to (?:say )?(?:tell (?:you|him|mike) )?|tell mike )(?:thanks|thank you)\b|(?:mike|he|you guys|your (?:guys|crew)) (?:did|put (?:up|in)|fixed|installed|replaced|painted|cleaned|redid|came by|came out)\b.*?\b(?:last (?:year|spring|summer|fall|winter|month|week)|(?:a|one|two|three|a few|a couple(?: of)?) (?:years?|months?|weeks?) ago)\b(?:$|.*\b(?:loved|great|happy|thanks|thank you|need him again)\b)|(?:i|we) (?:got|saw|found|have) (?:one of )?your (?:door ?hangers?|flyers?|yard signs?|signs?|trucks?|cards?|ads?|postcards?|mailers?)\b|is this \S+ (?:\S+ )?(?:roofing|plumbing|painting|electric|heating|cleaning|landscaping|company)\b|(?:i'm )?(?:calling )?about your (?:\w+ )?(?:crew|painters|guys|people|tech|cleaners|roofers)(?: (?:this (?:morning|afternoon)|yesterday|today))?$|(?:my |a |our )?(?:neighbou?r|friend|buddy|co-?worker|sister|brother|cousin|mom|dad|mother|father|realtor|landlord)\b[^.!?]{0,40}\b(?:said|says|told me|recommended)\b[^.!?]{0,50}\b(?:great|good|nice|amazing|terrific) (?:job|work)\b[^.!?]{0,40}$|[^.!?]{0,80}\bgave me (?:your|this|the) (?:number|name|card)\b(?:[^.!?]{0,40}\b(?:said|says) (?:you|mike|he) (?:do|does|did|are|is)\b[^.!?]{0,30})?$|(?:i |we )?found you (?:on|through) (?:angi|angie's list|google|yelp|nextdoor|facebook|thumbtack|homeadvisor)\b(?:$| but\b[^.!?]*$))/i;

/**
 * "twenty three fifty south vine" said when the name was asked: an answer to a question not yet
 * asked, taken as the address when nothing else came with it and it has a house number's shape
 * (three digits or more, or a direction after it), unlike "3 outlets in the garage".
 */
function addressOutOfTurn(state: ConversationState, withDigits: string, learned: Learned): string | null {
  const answering = state.asked === 'name' || state.asked === 'project' || state.asked === 'anythingElse';
  if (!answering || state.address !== null || learned.filled.has('name')) return null;
  if (!/^(?:(?:um+|uh+|it's|its|we're (?:at|on)|i'm at|at)\s+)*\d/i.test(withDigits.trim())) return null;
  const address = extractAddress(withDigits, { expectingAddress: true });
  return address && /^(?:\d{3,6}[a-z]?|\d+\s+(?:north|south|east|west|n|s|e|w)\b)\s/i.test(address) ? address : null;
}

/**
 * "it's sean kimura" ... "no it's s h a u n shaun", "well it's elizabeth on the card so put elizabeth
 * moran": the name given, put right on a later turn, as the caller says who they are again (not
 * "no rush"). A first name alone keeps the surname. "cam" ... "cameron ellis": a short name said
 * first, then the full name it is short for.
 */
function namePutRight(name: string, said: string): string | null {
  const rest =
    /^(?:(?:oh|um+|uh+|well)\s+)*(?:no|actually|sorry|wait|well)\b[\s,]+(?:(?:actually|sorry|wait)\s+)?((?:it's|its|it is|i'm|this is|my name|the name|put)\b.+)$/i.exec(
      said.trim(),
    )?.[1];
  const told = rest && !/\d/.test(rest) ? extractName(rest, { expectingName: true }) : null;
  if (!told)
    return surnamePutRight(name, said) ?? spelledCorrection(name, said) ?? nameInFull(name, said) ?? nameSpelledAgain(name, said);
  if (told.toLowerCase() === name.toLowerCase()) return null;
  // "sam okafor" ... "sorry it's okafor o k a f o r": one word of the name spelled out, not a new first name.
  if (!told.includes(' ') && name.toLowerCase().split(' ').includes(told.toLowerCase())) return null;
  const surname = name.split(' ').slice(1).join(' ');
  return told.includes(' ') || !surname ? told : `${told} ${surname}`;
}

/** "you can just write seun", "so put annie wolcott", "everybody call me angeles is fine": the name to use, asked for. */
const nameToUse =
  /\b(?:you can (?:just )?(?:write|put|say|use|call me)|(?:just|so|please) (?:write|put))(?: down)?\s+([a-z]+)\b(?! on\b| through\b)|\b(?:everybody|everyone) calls? me ([a-z]+) (?:is|is fine|is ok(?:ay)?|that's fine)\b/i;

/**
 * "oluwaseun adebayo" ... "you can just write seun", "nguyen thi lan you can say lan": the first name
 * the caller asks to be called by, with the family name (first, when the name to use ends the name).
 */
function preferredName(name: string, said: string): string | null {
  const [, asked, used] = nameToUse.exec(said) ?? [];
  const first = asked ?? used;
  const words = name.split(' ');
  if (!first || words.length < 2 || first.toLowerCase() === words[0]!.toLowerCase()) return null;
  const preferred = extractName(first, { expectingName: true });
  if (!preferred || preferred.includes(' ')) return null;
  const surname = words.at(-1)!.toLowerCase() === first.toLowerCase() ? words[0]! : words.at(-1)!;
  return `${preferred} ${surname}`;
}

/** "nicole brandt" ... "wait no sorry nicole brandon i always do that": the same first name, the surname put right. */
function surnamePutRight(name: string, said: string): string | null {
  if (!/^(?:(?:oh|um+|uh+|well|wait|no)\s+)*(?:no|sorry|actually|wait)\b/i.test(said.trim()) || /\d/.test(said)) return null;
  const again = extractName(said, { expectingName: true });
  const first = (full: string) => full.split(' ')[0]!.toLowerCase();
  return again?.includes(' ') && first(again) === first(name) && again.toLowerCase() !== name.toLowerCase() ? again : null;
}

/** "no sorry marquez m a r q u e z": a correction, one word of the name and its spelling. */
const spelledWord = /^(?:(?:no|sorry|actually)\b[\s,]+)+(\p{L}+)[\s,]+((?:\p{L} ){2,}\p{L})[\s.!]*$/iu;

/**
 * "luis martinez" ... "no sorry marquez m a r q u e z": the word put right is the one it sounds
 * like, by its first letter ("sean kimura" ... "no shaun s h a u n"), else the surname, which is
 * the one people get wrong.
 */
function spelledCorrection(name: string, said: string): string | null {
  const [, word, letters] = spelledWord.exec(said.trim()) ?? [];
  const words = name.split(' ');
  if (!word || !letters || letters.replace(/ /g, '') !== word.toLowerCase() || words.length < 2) return null;
  const corrected = extractName(word, { expectingName: true });
  if (!corrected) return null;
  const firstSoundsLike = words[0]![0]!.toLowerCase() === word[0]!.toLowerCase();
  const lastSoundsLike = words.at(-1)![0]!.toLowerCase() === word[0]!.toLowerCase();
  return firstSoundsLike && !lastSoundsLike
    ? [corrected, ...words.slice(1)].join(' ')
    : [...words.slice(0, -1), corrected].join(' ');
}

/**
 * "al" ... "alberto reyes", "chef antonio" ... "antonio ruiz", "we're the teals" ... "marcus teal": a
 * one-word name, then on a later turn a full name beginning with it, or ending with it as the surname.
 */
function nameInFull(name: string, said: string): string | null {
  const known = withoutTitle(name).toLowerCase();
  if (/\d/.test(said)) return null;
  const full = extractName(said, { expectingName: true });
  // "my name juan pablo" ... "juan pablo reyes": both first names, then the surname.
  if (known.includes(' ')) return full?.toLowerCase().startsWith(`${known} `) ? full : null;
  const [first, ...rest] = full?.toLowerCase().split(' ') ?? [];
  return full && rest.length > 0 && (first!.startsWith(known) || rest.at(-1) === known) ? full : null;
}

/**
 * "this is carry" ... "kerry with a k, k e r r y, kerry nash", "my name is voy tech" ... "it's polish,
 * w o j c i e c h, last name nowak": the name said again and spelled, as a caller does who heard it
 * taken down wrong.
 */
function nameSpelledAgain(name: string, said: string): string | null {
  if (/\d/.test(said)) return null;
  const spelled = [...said.toLowerCase().matchAll(spelledWithSpaces)].map((run) => run[0].replace(/ /g, ''));
  if (spelled.length === 0) return null;
  const full = extractName(said, { expectingName: true });
  const words = full?.toLowerCase().split(' ') ?? [];
  // In full, and with a word spelled that was not in the name taken down: "kevin marsh" ... "m a r s h"
  // spells what was already right.
  const known = name.toLowerCase().split(' ');
  const putRight = spelled.some((letters) => words.includes(letters) && !known.includes(letters));
  return words.length > 1 && putRight ? full : null;
}

/**
 * "his address is 5512 west byers place" ... "no wait it's 5520 west byers sorry i always mix that
 * up", "uh no it's 660 sorry 660 south race": the address given, put right on a later turn, whatever
 * was asked since. The same street, or the house number alone.
 */
function addressPutRight(state: ConversationState, withDigits: string): string | null {
  if (state.address === null) return null;
  const before = /^(\d{1,6})\s/.exec(state.address)?.[1];
  // "ay perdón no es la 6310 es la 6130", "no el 750 no perdón es el 570", "it's not 2840 it's 2814":
  // the number as given, then the right one.
  const swapped =
    /\b(?:not|no(?: es)?(?: el| la)?)\s+(\d{1,6})[\s,]+(?:(?:no|sorry|perd[óo]n)[\s,]+)*(?:it's|it is|es(?: el| la)?)\s+(\d{1,6})\b/i.exec(
      withDigits,
    );
  if (swapped && swapped[1] === before) return state.address.replace(/^\d{1,6}/, swapped[2]!);
  const said =
    /^(?:(?:oh|um+|uh+|or|and)\s+)*(?:(?:no wait|no sorry|wait|sorry|actually|i mean|oops|correction|no(?=[\s,]+(?:it's|it is)\b))[\s,]+)+(?:(?:it's|it is|that's|make that)\s+)?(\d.*)$/i.exec(
      withDigits.trim(),
    )?.[1];
  if (!said) return null;
  const told = said.replace(/[\s,]*\b(?:sorry|my bad|oops)\b.*$/i, '');
  // "or no wait it's 4013 not 4031 sorry": the house number alone, as long as the one it puts right
  // (not "sorry fifty five zero fifty" for the apartment), the street as it was.
  // "oh sorry 5105 i always flip those": the number, and words that name no street.
  const address = extractAddress(told, { expectingAddress: true });
  const number = (/^(\d{1,6})(?:\s+not\s+\d{1,6})?[\s.,!]*$/.exec(told) ??
    (address ? null : /^(\d{1,6})\s+\D*$/.exec(told)))?.[1];
  if (number && before?.length === number.length) return state.address.replace(/^\d{1,6}/, number);
  const street = (written: string) => /^\S+\s+(?:(?:north|south|east|west)\s+)?(\S+)/i.exec(written)?.[1]?.toLowerCase();
  return address && street(address) === street(state.address) ? address : null;
}

/** Three letters or more said one by one: a word spelled out. */
const lettersSaid = /\b(?:\p{L} ){2,}\p{L}\b/u;

/**
 * "twenty three forty yo semi tea street" ... "no yosemite y o s e m i t e": the street's name, misheard,
 * put right on a later turn that gives no address of its own (learn asks only once extractAddress
 * found none in it).
 */
function streetPutRight(state: ConversationState, withDigits: string, said: string): string | null {
  if (state.address === null) return null;
  return streetSaidAgain(state.address, withDigits, { spelled: lettersSaid.test(said) });
}

/** A house number said on its own, maybe with a direction ("1910", "it's 4410 north", "29 75"): the start of an address. */
function houseNumberAlone(said: string): string | null {
  const match = new RegExp(
    `^(?:(?:it's|it is|its|um|uh|the|number|house number is|is)\\s+)*(\\d{1,6}|\\d{1,2} [1-9]\\d)((?:\\s+(?:${directionWords}))?)\\.?$`,
    'i',
  ).exec(said.trim());
  // "twenty nine seventy five": said in pairs, as house numbers are.
  return match ? `${match[1]!.replace(' ', '')}${match[2]}` : null;
}

/** The street said in the answer after a house number said alone ("1910", then "berwick avenue"). */
function streetAfterNumber(state: ConversationState, withDigits: string): string | null {
  // A number in the answer is another house number, but for the unit's ("vrain street apartment 6").
  const unitless = withDigits.replace(/\b(?:apartment|apt|unit|suite|number|#)\s*\d+\w*/gi, '');
  if (state.addressStart === null || /\d/.test(unitless)) return null;
  // "that's the house number and the street is south holly street": the street, without the lead-in.
  // "oh the street vrain street", as the caller goes on to say it.
  const street = withDigits.replace(/^.*?\b(?:(?:the )?street(?: name)? is|the street(?: name)?(?:'s)?)\s+/i, '');
  return extractAddress(`${state.addressStart} ${street}`, { expectingAddress: true });
}

/**
 * A caller who only asked (questions, no name, no address to come to, no call back asked for) and
 * now says that was all.
 */
function doneAsking(state: ConversationState, text: string): boolean {
  return (
    saysThatsAll(text) && state.signals.askedQuestion && !state.callbackRequested && state.name === null && state.address === null
  );
}

/** "no need to call me back": nothing more is asked about a call back, and none is promised. */
function declineCallback(state: ConversationState): void {
  state.callbackDeclined = true;
  for (const slot of ['callbackTime', 'callbackNumber'] as const) if (!state.skipped.includes(slot)) state.skipped.push(slot);
}

function learnCallbackTime(
  state: ConversationState,
  context: BrainContext,
  heard: Heard,
  withDigits: string,
  learned: Learned,
): void {
  const wantsCall = detectCallbackRequest(heard.text);
  if (wantsCall) {
    state.callbackRequested = true;
    if (state.callbackDeclined)
      state.skipped = state.skipped.filter((slot) => slot !== 'callbackTime' && slot !== 'callbackNumber');
    state.callbackDeclined = false;
  }
  const said = callbackTimeText(heard.text);
  // Unasked, "... the house is at 2115 east cedar call me after 4:30": the clause that says when,
  // found before "i'm home after 2:30" is put as "after 2:30".
  const unasked = state.asked !== 'callbackTime';
  const clause = unasked ? whenFreeClause(withDigits) : null;
  const inPassing = clause !== null ? callbackTimeText(clause) : unasked ? whenFreeClause(said) : null;
  if (!wantsCall && unasked && !soundsLikeATime(said) && inPassing === null) return;
  const text = inPassing ?? said;
  const { timezone, businessHoursStart } = context.settings;
  // "i'm in chicago so after two my time": the clock is the caller's, and the owner is told so.
  const named = callerTimeZone(callerWords(context), heard.text);
  const theirs = named?.timeZone === timezone ? null : named;
  const callback =
    relativeCallbackTime(text, context.now) ??
    extractCallbackTime(text, { now: context.now, timeZone: theirs?.timeZone ?? timezone, businessHoursStart });
  if (!callback) return;
  const onTheirClock = theirs !== null && !/\bin \d/.test(callback.phrase);
  state.callbackPhrase = onTheirClock ? onCallerClock(callback.phrase, theirs) : callback.phrase;
  state.callbackTimeZone = onTheirClock ? theirs.timeZone : null;
  state.callbackTime = callback.time;
  state.callbackRequested = true;
  state.callbackDeclined = false;
  learned.filled.add('callbackTime');
}

/** The caller's name, or a correction of it; `nameNotJob`: a name said where the job was asked for. */
function learnName(
  state: ConversationState,
  context: BrainContext,
  heard: Heard,
  learned: Learned,
  nameNotJob: string | null = null,
): void {
  if (state.name === null) {
    // A name asked for and not caught may come an answer late ("mei ling zhou" when asked the address).
    const askedBefore = state.skipped.includes('name') || (state.misses.name ?? 0) > 0;
    const expectingName =
      state.asked === 'name' || ((state.emergencyPending || askedBefore) && !/\d/.test(digitsInSpeech(heard.text)));
    // Whom the caller asked for on earlier turns ("is gary around").
    const askedFor = namesAskedFor(callerWords(context).join('. '));
    const name =
      nameNotJob ??
      extractName(state.language === 'es' ? heard.text : heard.said, {
        expectingName,
        ownerName: context.settings.ownerName,
        askedFor,
      });
    // "918 kimbark street" ... "kimbark k i m b a r k": the street spelled, not a name given; "is
    // tony there" ... "tony painted my dining room": the man asked for, not the caller.
    if (name && !namesTheStreet(name, state.address) && !askedFor.has(name.split(' ')[0]!.toLowerCase())) {
      state.name = learned.collected.name = preferredName(name, heard.said) ?? name;
      learned.filled.add('name');
    }
  } else if (state.language === 'en') {
    const corrected = preferredName(state.name, heard.said) ?? namePutRight(state.name, heard.said);
    if (corrected) {
      state.name = learned.collected.name = corrected;
      learned.filled.add('name');
    }
  }
}

/**
 * A number is only taken when the receptionist asked for one or the caller offers it as theirs,
 * and is only kept as the callback number after the caller hears it read back and says yes.
 */
function learnNumber(state: ConversationState, utterance: string, learned: Learned): void {
  if (state.callbackNumber !== null) return;
  const asked = state.asked === 'callbackNumber';
  const offered = asked || /\b(?:call me|reach me|my (?:number|cell|phone)|number is|best number)\b/i.test(utterance);
  const spoken = offered ? extractPhoneNumber(utterance) : null;
  if (spoken && spoken !== state.numberToConfirm) {
    state.numberToConfirm = spoken;
    learned.numberJustSaid = true;
    return;
  }
  if (!asked || state.numberToConfirm === null) return;
  // Saying the number being confirmed again counts as a yes.
  const confirmation = spoken === state.numberToConfirm ? 'yes' : detectConfirmation(utterance, { readBack: true });
  if (confirmation === 'yes') {
    state.callbackNumber = state.numberToConfirm;
    state.numberToConfirm = null;
    learned.filled.add('callbackNumber');
  } else if (confirmation === 'no') {
    state.numberToConfirm = null;
  }
}

/** Counts an answer that gave nothing for the slot asked; true when that slot is now given up on. */
function countMiss(state: ConversationState, asked: Question | null, learned: Learned): boolean {
  if (asked === null || asked === 'anythingElse' || learned.filled.has(asked) || learned.numberJustSaid) return false;
  const misses = (state.misses[asked] ?? 0) + 1;
  state.misses[asked] = misses;
  if (misses < maxMisses) return false;
  state.skipped.push(asked);
  return true;
}

function thanks(state: ConversationState, name: string): string {
  return state.language === 'es' ? spanishLines.thanks(name) : `Thanks, ${lines.firstName(name)}.`;
}

/** One short acknowledgement of the most personal thing learned this turn. */
function acknowledge(state: ConversationState, context: BrainContext, { filled, collected }: Learned): string | null {
  const es = state.language === 'es';
  if (collected.name) return thanks(state, collected.name);
  if (filled.has('project')) {
    const complaint = state.intent === 'complaint';
    if (es) return spanishLines.acknowledge(complaint ? 'complaint' : 'project');
    return complaint ? "I'm sorry to hear that." : 'Sure, I can help with that.';
  }
  if (filled.has('callbackTime')) return es ? spanishLines.acknowledge('time') : `Okay, ${spokenCallbackTime(state, context)}.`;
  if (filled.has('callbackNumber')) return es ? spanishLines.acknowledge('number') : 'Great.';
  if (filled.has('address')) return es ? spanishLines.acknowledge('address') : 'Got it.';
  return null;
}

/**
 * Answers what it can: hours, days and time zone from Settings, anything else from the knowledge
 * base when an entry shares the question's words (a warranty question never gets a price entry).
 * The rest is promised to the owner and returned as unanswered.
 */
function answerQuestions(
  state: ConversationState,
  context: BrainContext,
  questions: string[],
): { say: string; unanswered: string[] } {
  const spoken: string[] = [];
  const unanswered: string[] = [];
  for (const question of questions) {
    const answer = answerFromSettings(question, context.settings, state.language) ?? knowledgeAnswer(context, question);
    if (answer) {
      if (!spoken.includes(answer)) spoken.push(answer);
    } else unanswered.push(question);
  }
  state.openQuestions.push(...unanswered);
  if (unanswered.length > 0) spoken.push(say(state).noAnswer(context.settings));
  return { say: spoken.slice(0, 2).join(' '), unanswered };
}

const questionStopWords = new Set(
  'do does you your the a an is are can could what how i it to on of for in we our my will would there that this and or any much guys'.split(
    ' ',
  ),
);

/** The best knowledge-base entry, read aloud, when it shares at least two thirds of the question's content words. */
function knowledgeAnswer(context: BrainContext, question: string): string | null {
  const content = question.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2 && !questionStopWords.has(word));
  if (content.length === 0) return null;
  const best = context.searchKnowledge(question, 3).find((entry) => {
    const text = `${entry.category} ${entry.content}`.toLowerCase();
    const shared = content.filter((word) => text.includes(word.replace(/s$/, ''))).length;
    // Two thirds: "a warranty on roof replacements" shares only half its words with a roof price entry.
    return shared * 3 >= content.length * 2;
  });
  if (!best) return null;
  const spoken = toSpokenAnswer(best.content, 2);
  return spoken.split(' ').length > maxAnswerWords ? toSpokenAnswer(best.content, 1) : spoken;
}

function askNext(state: ConversationState, context: BrainContext, numberJustSaid: boolean, justThanked = false): string {
  // A number the caller just volunteered is read back at once, whatever was asked: left for later,
  // their "yes" would answer another question and the number would never be kept.
  const readBack = numberJustSaid && state.numberToConfirm !== null && state.callbackNumber === null;
  const question: Question = readBack ? 'callbackNumber' : (nextSlot(state) ?? 'anythingElse');
  if (question === 'callbackNumber' && state.numberToConfirm === null && !state.callerIdOffered) {
    state.callerIdOffered = true;
    state.numberToConfirm = isCallerNumber(context.callerNumber) ? toE164(context.callerNumber) : null;
  }
  state.asked = question;
  return say(state).ask(question, {
    business: context.settings,
    misses: justThanked ? 0 : (state.misses[question] ?? 0),
    numberToConfirm: state.numberToConfirm,
    numberJustSaid,
  });
}

function transferOrMessage(
  state: ConversationState,
  context: BrainContext,
  collected: CollectedLead,
  putThrough: (business: BrainContext['settings']) => string,
  takeMessage: (business: BrainContext['settings']) => string,
  questions: string[] = [],
): BrainReply {
  state.asked = null;
  if (state.transferAttempted) return finish(state, collected, takeMessage(context.settings), 'voicemail', questions);
  state.transferAttempted = true;
  return finish(state, collected, putThrough(context.settings), 'transfer', questions);
}

/** A thank-you ("tell mike the new sod looks amazing"): no job to call about, unless the caller asks for the call. */
function thankYouOnly(state: ConversationState): boolean {
  return state.signals.courtesy && state.intent === 'other' && !state.callbackRequested;
}

function wrapUp(state: ConversationState, context: BrainContext): string {
  if ((state.callbackDeclined || thankYouOnly(state)) && state.language !== 'es') return lines.messageTaken(context.settings);
  const nothingToFollowUp = state.project === null && state.name === null && !state.callbackRequested;
  if (state.language === 'es')
    return spanishLines.wrapUp(
      context.settings,
      nothingToFollowUp || state.signals.willCallBack || state.callbackDeclined || thankYouOnly(state),
    );
  if (state.signals.willCallBack) return `Sounds good. Thanks for calling ${context.settings.businessName}. Goodbye.`;
  return lines.wrapUp({
    business: context.settings,
    name: state.name,
    nothingToFollowUp,
    when: state.callbackPhrase === null ? null : spokenCallbackTime(state, context),
    number: state.callbackNumber,
  });
}

/** The callback time as said to the caller: on their own clock when they gave it on theirs ("after 2 PM your time"). */
function spokenCallbackTime(state: ConversationState, context: BrainContext): string {
  const theirs = state.callbackTimeZone;
  const spoken = describeCallbackTime(
    { phrase: state.callbackPhrase ?? '', time: state.callbackTime },
    { now: context.now, timeZone: theirs ?? context.settings.timezone },
  );
  return theirs && state.callbackTime ? `${spoken} your time` : spoken;
}

function finish(
  state: ConversationState,
  collected: CollectedLead,
  line: string,
  action: BrainAction,
  questions: string[] = [],
): BrainReply {
  // A caller with a job expects a call back unless they said they would call; a pitch or misdial never.
  // The engine keeps a request once made, so it is only inferred once the call reaches the callback
  // questions or ends, after the caller had the chance to say "I'll call back".
  const reachedCallback =
    action === 'end' || state.asked === 'callbackTime' || state.asked === 'callbackNumber' || state.asked === 'anythingElse';
  const aJob = state.project !== null && !thankYouOnly(state);
  const jobToFollowUp = (aJob && reachedCallback) || state.callbackPhrase !== null;
  const requested =
    state.callerKind === 'caller' &&
    !state.signals.willCallBack &&
    !state.callbackDeclined &&
    (state.callbackRequested || jobToFollowUp);
  const knowsCallback = requested || state.callbackTime !== null || state.callbackNumber !== null;
  // "don't worry about calling me, i'll call you back tomorrow": a call back the engine kept from an
  // earlier turn is taken back, as when one is declined.
  const declined = state.callbackDeclined || (state.signals.willCallBack && !state.callbackRequested);
  const notACaller = state.callerKind !== 'caller';
  // A seller who asked to be rung back before the pitch showed ("i can try him back at four"): any
  // request kept from an earlier turn is dropped as the call ends.
  const dropped = { requested: false, time: null, phrase: null, number: null, declined: true };
  return {
    say: line,
    intent: notACaller ? 'other' : state.intent,
    sentiment: state.sentiment ?? 'neutral',
    action,
    collected,
    callback:
      notACaller && action === 'end' && state.turns > 1
        ? dropped
        : (knowsCallback || declined) && !notACaller
          ? {
              requested,
              time: state.callbackTime,
              phrase: state.callbackPhrase,
              number: state.callbackNumber,
              ...(declined ? { declined: true } : {}),
            }
          : null,
    state: { ...state },
    callerKind: state.callerKind,
    questions,
    language: state.language,
    // Only the emergency's address, "who may I say is calling?" and "what's it about?" asked of one
    // "following up" stand before a put-through; a seller asked what it is about is not put through
    // on silence.
    putThroughIfSilent:
      action === 'continue' &&
      (state.emergencyPending || (state.transferPending && (state.asked === 'name' || state.aboutAskedOfKnown))),
  };
}

/** A complaint colours the whole call; otherwise the latest clear feeling wins. */
function laterSentiment(current: CallerSentiment | null, detected: CallerSentiment): CallerSentiment | null {
  if (current === 'negative' || detected === 'neutral') return current ?? detected;
  return detected;
}

/** Records a new urgency; an emergency is never talked down later in the call. */
function setUrgency(state: ConversationState, collected: CollectedLead, urgency: Urgency): void {
  if (state.urgency === 'emergency' || state.urgency === urgency) return;
  state.urgency = collected.urgency = urgency;
}
