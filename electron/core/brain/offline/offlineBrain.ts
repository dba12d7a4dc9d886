import type { CallerIntent, CallerSentiment, Urgency } from '../../../shared/models';
import { toE164 } from '../../../shared/phone';
import type { Brain, BrainAction, BrainContext, BrainReply, CollectedLead } from '../types';
import { nextSlot, readState, type ConversationState, type Question, type Slot } from './conversationState';
import { describeCallbackTime } from './describeCallbackTime';
import { detectCallbackRequest } from './detectCallbackRequest';
import { detectConfirmation } from './detectConfirmation';
import { detectEmergency } from './detectEmergency';
import { detectGoodbye, isFarewell } from './detectGoodbye';
import { detectIntent } from './detectIntent';
import { detectSentiment } from './detectSentiment';
import { detectTransferRequest } from './detectTransferRequest';
import { detectUrgency } from './detectUrgency';
import { extractAddress } from './extractAddress';
import { extractCallbackTime } from './extractCallbackTime';
import { extractName } from './extractName';
import { extractPhoneNumber } from './extractPhoneNumber';
import { extractProject } from './extractProject';
import { isQuestion } from './isQuestion';
import { isFillerOnly } from './utteranceText';
import * as lines from './receptionistLines';
import { toSpokenAnswer } from './toSpokenAnswer';
import { keepPrivate } from '../keepPrivate';

export { describeCallbackTime } from './describeCallbackTime';
export { detectCallbackRequest } from './detectCallbackRequest';
export { detectConfirmation } from './detectConfirmation';
export { detectEmergency } from './detectEmergency';
export { detectGoodbye, isFarewell } from './detectGoodbye';
export { detectIntent } from './detectIntent';
export { detectSentiment } from './detectSentiment';
export { detectTransferRequest } from './detectTransferRequest';
export { detectUrgency } from './detectUrgency';
export { extractAddress } from './extractAddress';
export { extractCallbackTime } from './extractCallbackTime';
export { extractName } from './extractName';
export { extractPhoneNumber } from './extractPhoneNumber';
export { extractProject } from './extractProject';
export { isQuestion } from './isQuestion';
export { speakDigits } from './speakDigits';
export { toSpokenAnswer } from './toSpokenAnswer';

/** Two answers that give nothing for the same question and the receptionist moves on. */
const maxMisses = 2;
/** A knowledge answer longer than this is cut to its first sentence, to stay a phone-length reply. */
const maxAnswerWords = 30;

/** The rule-based receptionist: used without an OpenAI key and whenever the AI brain fails. */
export function createOfflineBrain(): Brain {
  return {
    name: 'offline',
    reply: (context) => Promise.resolve(keepPrivate(replyTo(context), context.settings)),
  };
}

/** What this turn learned, beyond the state itself. */
interface Learned {
  collected: CollectedLead;
  filled: Set<Slot>;
  /** The caller said a new number this turn, to be read back. */
  numberJustSaid: boolean;
}

function replyTo(context: BrainContext): BrainReply {
  const previous = readState(context.state);
  const state: ConversationState = {
    ...previous,
    turns: previous.turns + 1,
    misses: { ...previous.misses },
    skipped: [...previous.skipped],
  };
  const utterance = context.utterance.trim();
  const { ownerName } = context.settings;
  const takingOver = previous.turns === 0 && context.turns.some((turn) => turn.speaker === 'caller');
  const firstTurn = previous.turns === 0 && !takingOver;
  if (takingOver) recoverEarlierTurns(state, context);
  const returningName = firstTurn && state.name === null ? context.lead.name : null;
  if (returningName) state.name = returningName;

  const intent = detectIntent(utterance, { ownerName });
  state.intent = strongerIntent(state.intent, intent);
  state.sentiment = laterSentiment(state.sentiment, detectSentiment(utterance));

  if (detectEmergency(utterance)) {
    const learned = learn(state, context, utterance, { firstTurn, transfer: false });
    setUrgency(state, learned.collected, 'emergency');
    return transferOrMessage(state, context, learned.collected, lines.emergencyTransfer, lines.emergencyMessage);
  }
  if (detectTransferRequest(utterance, { ownerName })) {
    const learned = learn(state, context, utterance, { firstTurn, transfer: true });
    return transferOrMessage(state, context, learned.collected, lines.transfer, lines.offerMessage);
  }

  const answersReadBack =
    previous.asked === 'callbackNumber' && previous.numberToConfirm !== null && detectConfirmation(utterance) !== null;
  const ending =
    isFarewell(utterance) ||
    (!answersReadBack && detectGoodbye(utterance, { afterAnythingElse: previous.asked === 'anythingElse' }));
  const asking = !ending && isQuestion(utterance) && (intent === 'question' || intent === 'quote');
  const learned = learn(state, context, utterance, { firstTurn, transfer: false, quiet: ending || asking });
  const urgency = detectUrgency(utterance);
  if (urgency !== 'normal' || learned.collected.project !== undefined) setUrgency(state, learned.collected, urgency);

  if (ending) {
    state.asked = null;
    return finish(state, learned.collected, wrapUp(state, context), 'end');
  }

  if (previous.asked === 'anythingElse' && !asking && learned.filled.size === 0) {
    return afterAnythingElse(state, context, learned.collected, utterance);
  }

  const parts: string[] = [];
  if (returningName) parts.push(`Hi ${lines.firstName(returningName)}, good to hear from you again.`);
  if (asking) {
    if (learned.collected.name) parts.push(thanks(learned.collected.name));
    parts.push(answer(state, context, utterance));
  } else {
    const ack = countMiss(state, previous.asked, learned) ? 'No problem.' : acknowledge(state, context, learned);
    if (ack) parts.push(ack);
  }
  parts.push(askNext(state, context, learned.numberJustSaid));
  return finish(state, learned.collected, parts.join(' '), 'continue');
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
    if (turn.speaker === 'caller' && turn.kind !== 'keypad')
      learn(state, context, turn.text, { firstTurn: false, transfer: false, quiet: true });
  }
}

/** Once every slot is collected: a "yes" invites more, silence twice ends the call, anything else is noted. */
function afterAnythingElse(
  state: ConversationState,
  context: BrainContext,
  collected: CollectedLead,
  utterance: string,
): BrainReply {
  const again = (say: string) => {
    state.asked = 'anythingElse';
    return finish(state, collected, say, 'continue');
  };
  if (isFillerOnly(utterance)) {
    const misses = (state.misses.anythingElse ?? 0) + 1;
    state.misses.anythingElse = misses;
    if (misses < maxMisses) return again(lines.ask('anythingElse', { business: context.settings, misses }));
    state.asked = null;
    return finish(state, collected, wrapUp(state, context), 'end');
  }
  if (detectConfirmation(utterance) === 'yes') return again('Sure, what else can I help with?');
  state.notes.push(utterance);
  return again(`${lines.passedAlong(context.settings)} ${lines.ask('anythingElse', { business: context.settings, misses: 0 })}`);
}

interface LearnOptions {
  firstTurn: boolean;
  /** A request for a person: only the name is kept, so nothing the caller adds is acted on. */
  transfer: boolean;
  /** The caller is leaving or asking something, so their words are not the job description. */
  quiet?: boolean;
}

/** Fills every slot the utterance answers, whichever was asked. */
function learn(state: ConversationState, context: BrainContext, utterance: string, options: LearnOptions): Learned {
  const learned: Learned = { collected: {}, filled: new Set(), numberJustSaid: false };
  const asked = state.asked;
  if (state.name === null) {
    const name = extractName(utterance, { expectingName: asked === 'name' });
    if (name) {
      state.name = learned.collected.name = name;
      learned.filled.add('name');
    }
  }
  if (options.transfer) return learned;

  if (state.project === null && !state.skipped.includes('project')) {
    const expectingProject =
      (options.firstTurn || asked === 'project') && !options.quiet && detectConfirmation(utterance) === null;
    const project = extractProject(utterance, { expectingProject });
    if (project) {
      state.project = learned.collected.project = project;
      learned.filled.add('project');
    }
  }
  if (state.address === null) {
    const address = extractAddress(utterance, { expectingAddress: asked === 'address' });
    if (address) {
      state.address = learned.collected.address = address;
      learned.filled.add('address');
    }
  }
  learnCallbackTime(state, context, utterance, learned);
  learnNumber(state, utterance, learned);
  return learned;
}

function learnCallbackTime(state: ConversationState, context: BrainContext, utterance: string, learned: Learned): void {
  const wantsCall = detectCallbackRequest(utterance);
  if (wantsCall) state.callbackRequested = true;
  if (!wantsCall && state.asked !== 'callbackTime') return;
  const { timezone, businessHoursStart } = context.settings;
  const callback = extractCallbackTime(utterance, { now: context.now, timeZone: timezone, businessHoursStart });
  if (!callback) return;
  state.callbackPhrase = callback.phrase;
  state.callbackTime = callback.time;
  state.callbackRequested = true;
  learned.filled.add('callbackTime');
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
  const confirmation = spoken === state.numberToConfirm ? 'yes' : detectConfirmation(utterance);
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

function thanks(name: string): string {
  return `Thanks, ${lines.firstName(name)}.`;
}

/** One short acknowledgement of the most personal thing learned this turn. */
function acknowledge(state: ConversationState, context: BrainContext, { filled, collected }: Learned): string | null {
  if (collected.name) return thanks(collected.name);
  if (filled.has('project')) return state.intent === 'complaint' ? "I'm sorry to hear that." : 'Sure, I can help with that.';
  if (filled.has('callbackTime')) return `Okay, ${spokenCallbackTime(state, context)}.`;
  if (filled.has('callbackNumber')) return 'Great.';
  if (filled.has('address')) return 'Got it.';
  return null;
}

/** The best knowledge-base entry read aloud, or a promise that the owner will answer. */
function answer(state: ConversationState, context: BrainContext, utterance: string): string {
  const best = context.searchKnowledge(utterance, 3)[0];
  if (!best) {
    state.openQuestions.push(utterance);
    return lines.noAnswer(context.settings);
  }
  const spoken = toSpokenAnswer(best.content, 2);
  return spoken.split(' ').length > maxAnswerWords ? toSpokenAnswer(best.content, 1) : spoken;
}

function askNext(state: ConversationState, context: BrainContext, numberJustSaid: boolean): string {
  const question: Question = nextSlot(state) ?? 'anythingElse';
  if (question === 'callbackNumber' && state.numberToConfirm === null && !state.callerIdOffered) {
    state.callerIdOffered = true;
    state.numberToConfirm = toE164(context.callerNumber);
  }
  state.asked = question;
  return lines.ask(question, {
    business: context.settings,
    misses: state.misses[question] ?? 0,
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
): BrainReply {
  state.asked = null;
  if (state.transferAttempted) return finish(state, collected, takeMessage(context.settings), 'voicemail');
  state.transferAttempted = true;
  return finish(state, collected, putThrough(context.settings), 'transfer');
}

function wrapUp(state: ConversationState, context: BrainContext): string {
  return lines.wrapUp({
    business: context.settings,
    name: state.name,
    nothingToFollowUp: state.project === null && state.name === null && !state.callbackRequested,
    when: state.callbackPhrase === null ? null : spokenCallbackTime(state, context),
    number: state.callbackNumber,
  });
}

function spokenCallbackTime(state: ConversationState, context: BrainContext): string {
  return describeCallbackTime(
    { phrase: state.callbackPhrase ?? '', time: state.callbackTime },
    { now: context.now, timeZone: context.settings.timezone },
  );
}

function finish(state: ConversationState, collected: CollectedLead, say: string, action: BrainAction): BrainReply {
  const requested = state.callbackRequested;
  const knowsCallback = requested || state.callbackTime !== null || state.callbackNumber !== null;
  return {
    say,
    intent: state.intent,
    sentiment: state.sentiment ?? 'neutral',
    action,
    collected,
    callback: knowsCallback
      ? { requested, time: state.callbackTime, phrase: state.callbackPhrase, number: state.callbackNumber }
      : null,
    state: { ...state },
  };
}

const intentStrength: Record<CallerIntent, number> = { other: 0, question: 1, quote: 2, schedule: 2, complaint: 3, transfer: 4 };

/** The first clear intent sticks; only a stronger one (a complaint, a transfer) replaces it. */
function strongerIntent(current: CallerIntent | null, detected: CallerIntent): CallerIntent {
  if (current === null || intentStrength[detected] > intentStrength[current]) return detected;
  return current;
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
