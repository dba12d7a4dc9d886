import { TZDate } from '@date-fns/tz';
import { toE164 } from '../../../shared/phone';
import { ownerLine } from '../../domain/ownerLine';
import { extractCallbackTime } from '../offline/extractCallbackTime';
import * as lines from '../offline/receptionistLines';
import type { BrainContext, BrainReply, CallbackRequest, CollectedLead } from '../types';
import type { ModelReply } from './modelReply';
import { mentionsPrivate, toPlainText } from './plainText';

/** The OpenAI brain's memory between turns. It shares `transferAttempted` with the offline brain's. */
interface OpenAiState {
  transferAttempted: boolean;
}

const readState = (state: Record<string, unknown>): OpenAiState => ({ transferAttempted: state.transferAttempted === true });

const placeholder = /^(?:unknown|n\/?a|none|null|not (?:given|provided|said))$/i;

/** A field the caller said, tidied: one line, no placeholder words, at most `max` characters. */
function cleanField(value: string | null, max: number): string | undefined {
  const text = value
    ?.replace(/\s+/g, ' ')
    .replace(/^["']+|["']+$/g, '')
    .trim();
  if (!text || placeholder.test(text)) return undefined;
  return text.slice(0, max).trim();
}

const maxAheadMs = 90 * 24 * 3600_000;
/** "Call me now" may land a little before the reply is stored. */
const maxBehindMs = 15 * 60_000;

/** The model's `localTime` as an instant on the business's clock, if it is a real time not already past. */
function fromLocalTime(localTime: string | null, context: Pick<BrainContext, 'settings' | 'now'>): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(localTime?.trim() ?? '');
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const local = new TZDate(year, month - 1, day, hour, minute, context.settings.timezone);
  const sameWallClock =
    local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === day && local.getHours() === hour;
  const ahead = local.getTime() - context.now.getTime();
  if (!sameWallClock || ahead < -maxBehindMs || ahead > maxAheadMs) return null;
  return new Date(local.getTime()).toISOString();
}

/**
 * When to call back, as an instant. The model's reading of the caller's words is used when it is
 * a real time ahead of now (it knows "the day after tomorrow"); otherwise the words go through
 * the offline brain's parser (which knows that "after 5" said at 9 PM means tomorrow).
 */
export function resolveCallbackTime(
  callback: Pick<ModelReply['callback'], 'phrase' | 'localTime'>,
  context: Pick<BrainContext, 'settings' | 'now'>,
): string | null {
  const fromModel = fromLocalTime(callback.localTime, context);
  if (fromModel || !callback.phrase) return fromModel;
  const { timezone, businessHoursStart } = context.settings;
  return extractCallbackTime(callback.phrase, { now: context.now, timeZone: timezone, businessHoursStart })?.time ?? null;
}

function toCallback(callback: ModelReply['callback'], context: BrainContext): CallbackRequest | null {
  const phrase = cleanField(callback.phrase, 80) ?? null;
  const number = callback.number ? toE164(callback.number) : null;
  // A caller who said not to call them back takes back any request and time heard earlier.
  if (callback.declined) return { requested: false, time: null, phrase: null, number, declined: true };
  if (!callback.requested && !phrase && !number) return null;
  return { requested: callback.requested, time: resolveCallbackTime({ ...callback, phrase }, context), phrase, number };
}

/** At most this many questions a turn, each a line: the owner reads them in a text message. */
const maxQuestionsPerTurn = 5;

function toQuestions(questions: readonly string[]): string[] {
  return questions.flatMap((q) => cleanField(q, 200) ?? []).slice(0, maxQuestionsPerTurn);
}

function toCollected(collected: ModelReply['collected']): CollectedLead {
  const fields: CollectedLead = {
    name: cleanField(collected.name, 60),
    address: cleanField(collected.address, 160),
    project: cleanField(collected.project, 200),
    urgency: collected.urgency ?? undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/**
 * Turns what the model proposed into what the call does. The model's words are spoken only when
 * they are plain speech that names no private number or secret; a transfer always goes to the
 * owner (the engine dials the configured numbers, never one the model or caller names), is
 * announced in the app's own words, and happens at most once per call (with no number to ring,
 * the caller is offered a voicemail instead).
 */
export function toBrainReply(model: ModelReply, context: BrainContext, secrets: readonly string[] = []): BrainReply {
  const { settings } = context;
  const previous = readState(context.state);
  const notALead = model.callerKind !== 'caller';
  // A robocall or wrong number tells the owner nothing: no details kept, and never put through.
  const collected = notALead ? {} : toCollected(model.collected);
  const emergency = collected.urgency === 'emergency';
  let action = notALead && (model.action === 'transfer' || model.action === 'voicemail') ? 'end' : model.action;
  let say: string;

  // Someone to put the caller through to, and no transfer yet on this call.
  const canTransfer = ownerLine(settings) !== null && !previous.transferAttempted;
  if (action === 'transfer' && canTransfer) {
    say = emergency ? lines.emergencyTransfer(settings) : lines.transfer(settings);
  } else if (action === 'transfer') {
    action = 'voicemail';
    say = emergency ? lines.emergencyMessage(settings) : lines.offerMessage(settings);
  } else {
    say = toPlainText(model.say);
    const privateNumbers = [settings.forwardingNumber, settings.ownerPhone, ...settings.blockedNumbers].filter(Boolean);
    if (mentionsPrivate(say, { numbers: privateNumbers, secrets })) {
      say = `Sorry, I can't share that. I can take a message for ${settings.ownerName.trim() || 'the owner'}, though. What can I help you with?`;
      action = 'continue';
    }
  }

  return {
    say,
    intent: model.intent,
    sentiment: model.sentiment,
    action,
    collected,
    callback: notALead ? null : toCallback(model.callback, context),
    callerKind: model.callerKind,
    questions: toQuestions(model.questions),
    language: model.language,
    state: { transferAttempted: previous.transferAttempted || action === 'transfer' } satisfies OpenAiState,
    // An emergency, or a caller who asked for a person, still talking is being asked where it is or
    // who is calling (the prompt says so): silence puts them through.
    putThroughIfSilent: action === 'continue' && (emergency || model.intent === 'transfer') && canTransfer && !notALead,
  };
}

/** The actions of a turn that only talks, for checking words that came with no actions. */
export const talkOnly: Omit<ModelReply, 'say'> = {
  intent: 'other',
  sentiment: 'neutral',
  action: 'continue',
  callerKind: 'caller',
  questions: [],
  language: 'en',
  collected: { name: null, address: null, project: null, urgency: null },
  callback: { requested: false, declined: false, phrase: null, localTime: null, number: null },
};

/**
 * A reply whose model wrote words but called no tool. The words may have been spoken already, so
 * they stand, checked as any reply's are; the turn goes on and claims nothing it did not hear: no
 * intent, mood, details, questions, callback, caller kind or change of language.
 */
export function wordsOnlyReply(say: string, context: BrainContext, secrets: readonly string[] = []): BrainReply {
  const checked = toBrainReply({ say, ...talkOnly }, context, secrets);
  return {
    say: checked.say,
    intent: null,
    sentiment: null,
    action: checked.action,
    collected: {},
    callback: null,
    questions: [],
    state: checked.state,
  };
}
