import type { Call, CallOutcome, Lead, Turn } from '../../shared/models';
import { formatPhoneForDisplay, isCallerNumber } from '../../shared/phone';
import { formatCallbackTime } from '../domain/callbackTime';

interface SummaryInput {
  call: Pick<
    Call,
    | 'from'
    | 'callerIntent'
    | 'callbackRequested'
    | 'callbackTime'
    | 'callbackNumber'
    | 'transferredTo'
    | 'outcome'
    | 'callerQuestions'
  >;
  callbackPhrase: string | null;
  lead: Pick<Lead, 'name' | 'address' | 'project' | 'urgency'> | null;
  turns: readonly Turn[];
  timezone: string;
}

const intentPhrases: Record<string, string> = {
  quote: 'wants a quote',
  schedule: 'wants to schedule a visit',
  question: 'had a question',
  complaint: 'has a complaint',
  transfer: 'asked for you',
  other: 'called',
};

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/**
 * A job in a few words reads "called about a roof quote"; a caller's own sentence ("my gutter is
 * hanging off", kept as they said it when no job name was heard) is quoted instead.
 */
const saidAsSentence =
  /\b(?:is|are|was|were|has|have|had|got|came|fell|broke|keeps|isn't|aren't|wasn't|won't|doesn't|don't|didn't|can't)\b/i;
const aboutProject = (project: string) => (saidAsSentence.test(project) ? `said "${project}"` : `called about ${project}`);

/** The caller's unanswered questions as one sentence for the owner ("" when there are none). */
export function questionsSentence(questions: readonly string[]): string {
  if (questions.length === 0) return '';
  const quoted = questions.map((q) => `"${q.replace(/[.?!]+$/, '')}?"`);
  return `Asked${questions.length > 1 ? '' : ' a question'} for you to answer: ${quoted.join(' ')}`;
}

/** The number that reaches the caller: their caller ID, or the one they gave when they withheld it. */
export const callerNumber = (call: Pick<Call, 'from' | 'callbackNumber'>): string | null =>
  isCallerNumber(call.from) ? call.from : call.callbackNumber;

/** That number as the owner reads it. */
export const reachCallerOn = (call: Pick<Call, 'from' | 'callbackNumber'>): string | null => {
  const number = callerNumber(call);
  return number ? formatPhoneForDisplay(number) : null;
};

/** Who called, for the owner: the name and number when known. */
const callerFor = (name: string | null | undefined, phone: string | null): string =>
  name ? `${name}, ${phone ?? 'no caller ID'}` : (phone ?? 'a caller with no caller ID');

/**
 * The owner's 2-3 sentence summary, composed from what the call collected. Used with no AI key,
 * and whenever the AI summary is unavailable, so a call never ends without one.
 */
export function composeSummary(input: SummaryInput): string {
  const { call, lead } = input;
  const known = callerFor(lead?.name, reachCallerOn(call));
  const who = lead?.name ? `${known},` : known.charAt(0).toUpperCase() + known.slice(1);
  const voicemail = input.turns
    .filter((t) => t.kind === 'voicemail')
    .map((t) => t.text)
    .join(' ');
  const callerWords = input.turns.filter((t) => t.speaker === 'caller');
  const parts: string[] = [];
  if (call.outcome === 'spam') return `${who}: a robocall or sales pitch, ended politely and not put through.`;
  if (call.outcome === 'wrong_number') return `${who} had the wrong number; the call was ended politely.`;

  const where = lead?.address ? ` at ${lead.address}` : '';
  const what = lead?.project
    ? aboutProject(lead.project.replace(/[.!?]+$/, ''))
    : (intentPhrases[call.callerIntent ?? 'other'] ?? 'called');
  parts.push(sentence(`${who} ${what}${where}`));

  if (lead?.urgency === 'emergency') parts.push('Flagged as an emergency.');
  if (call.transferredTo) parts.push(`Put through to ${formatPhoneForDisplay(call.transferredTo)}.`);
  const asked = questionsSentence(call.callerQuestions);
  if (asked) parts.push(asked);
  if (call.callbackRequested) {
    const when = call.callbackTime
      ? ` ${input.callbackPhrase ? `${input.callbackPhrase} (${formatCallbackTime(call.callbackTime, input.timezone)})` : formatCallbackTime(call.callbackTime, input.timezone)}`
      : input.callbackPhrase
        ? ` ${input.callbackPhrase}`
        : '';
    const on = call.callbackNumber ? ` at ${formatPhoneForDisplay(call.callbackNumber)}` : '';
    parts.push(sentence(`Wants a callback${when}${on}`));
  }
  if (voicemail) parts.push(sentence(`Voicemail: "${voicemail.slice(0, 300)}"`));
  else if (call.outcome === 'voicemail') parts.push('Left a voicemail (transcription pending).');
  if (callerWords.length === 0 && !voicemail && !call.transferredTo) parts.push('Hung up before saying anything.');
  return parts.join(' ');
}

/** The call's transcript as one text (the seed's `transcript` column), written once at wrap-up. */
export function composeTranscript(turns: readonly Turn[]): string {
  return turns
    .map((t) => (t.kind === 'keypad' ? `Caller pressed ${t.text}` : `${t.speaker === 'caller' ? 'Caller' : 'AI'}: ${t.text}`))
    .join('\n');
}

/** How the call ended, when no handoff already decided it. */
export function deriveOutcome(input: {
  current: CallOutcome | null;
  /** Who the receptionist judged was calling: a robocall or wrong number is never a lead. */
  callerKind: 'caller' | 'spam' | 'wrong_number';
  hasVoicemail: boolean;
  callbackRequested: boolean;
  lead: Pick<Lead, 'name' | 'project'> | null;
  callerTurns: number;
}): CallOutcome {
  if (input.current) return input.current;
  if (input.callerKind !== 'caller') return input.callerKind;
  if (input.hasVoicemail) return 'voicemail';
  if (input.callbackRequested) return 'scheduled';
  if (input.lead?.name || input.lead?.project || input.callerTurns > 0) return 'qualified';
  return 'dropped';
}

/** Two SMS segments of plain (GSM-7) characters: past this a text costs more and arrives in pieces. */
export const ownerSmsBudget = 306;

const cutAtWord = (text: string, max: number) => {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 3));
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/, '')}...`;
};

/**
 * The owner's text, what matters first: an emergency as one line to act on, then who called, the
 * questions they want answered, when to call back, and the summary, cut to keep the text within
 * two segments. No emoji: one would make every segment less than half as long.
 */
export function composeOwnerSms(input: {
  call: Pick<Call, 'from' | 'callbackNumber' | 'callbackRequested' | 'callbackTime' | 'callerQuestions' | 'isTest'>;
  callbackPhrase: string | null;
  lead: Pick<Lead, 'name' | 'address' | 'project' | 'urgency'> | null;
  summary: string;
  timezone: string;
}): string {
  const { call, lead } = input;
  const phone = reachCallerOn(call);
  const caller = callerFor(lead?.name, phone);
  const lines: string[] = [];
  if (lead?.urgency === 'emergency') {
    const what = lead.project?.replace(/[.!?]+$/, '') || 'an emergency';
    const where = lead.address ? ` at ${lead.address}` : '';
    lines.push(`URGENT: ${what}${where}, ${lead.name ?? phone ?? 'no caller ID'}, call back now`);
  }
  // A test call's text must not send the owner after a lead that is not there.
  lines.push(call.isTest ? `Test call from ${caller}` : `New call from ${caller}`);
  const asked = questionsSentence(call.callerQuestions);
  if (call.callerQuestions.length > 0)
    lines.push(`Asked: ${call.callerQuestions.map((q) => `"${q.replace(/[.?!]+$/, '')}?"`).join(' ')}`);
  if (call.callbackRequested) {
    const at = call.callbackTime ? formatCallbackTime(call.callbackTime, input.timezone) : null;
    const when =
      input.callbackPhrase && at ? `${input.callbackPhrase} (${at})` : (input.callbackPhrase ?? at ?? 'as soon as you can');
    lines.push(`Call back: ${when}`);
  }
  const head = lines.join('\n');
  const summary = (asked ? input.summary.replace(asked, '') : input.summary).replace(/\s+/g, ' ').trim();
  if (!summary) return head;
  return `${head}\n${cutAtWord(summary, Math.max(80, ownerSmsBudget - head.length - 1))}`;
}
