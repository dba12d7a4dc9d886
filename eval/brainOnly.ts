import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createOfflineBrain } from '../electron/core/brain/offline/offlineBrain';
import type { BrainContext, BrainReply } from '../electron/core/brain/types';
import { keepCallback, noCallback } from '../electron/core/conversation/keptCallback';
import { questionsForOwner } from '../electron/core/domain/callerQuestions';
import type { Turn } from '../electron/shared/models';
import { defaultSettings, type Settings } from '../electron/shared/settings';
import { loadCorpus, playedAt, type Script } from './corpusSchema';
import { markdownTable, scoreScript, summarize, type Observed, type ScriptScore } from './score';

/**
 * Plays each script's caller turns straight into the offline brain (no server, no engine) and
 * scores what the replies say, including the fields the engine does not store yet: the caller's
 * kind (spam, wrong number), unanswered questions and the language.
 */

const settings: Settings = {
  ...defaultSettings,
  businessName: 'Summit Roofing',
  ownerName: 'Mike',
  twilioPhoneNumber: '+13035550100',
  forwardingNumber: '+13035550111',
  ownerPhone: '+13035550122',
  voiceMode: 'always',
  timezone: 'America/Denver',
};

function localHhmm(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: settings.timezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** Mirrors what the call engine stores from each reply: collected fields kept when given, the latest intent. */
export async function playBrainOnly(
  script: Script,
  brain = createOfflineBrain(),
  /** Told each reply with the index of the caller turn it answers. */
  onReply: (turn: number, reply: BrainReply) => void = () => {},
): Promise<Observed> {
  const now = new Date(playedAt(script));
  const turns: Turn[] = [];
  let state: Record<string, unknown> = {};
  const lead: { name: string | null; address: string | null; project: string | null } = {
    name: null,
    address: null,
    project: null,
  };
  let intent: string | null = null;
  let callback = noCallback;
  let putThrough = false;
  let callerKind: BrainReply['callerKind'] = 'caller';
  let language: string | null = null;
  const questions: string[] = [];
  let waiting = false;
  for (const [turn, utterance] of script.callerTurns.entries()) {
    if (!utterance) continue;
    const context: BrainContext = {
      settings,
      callerNumber: script.from,
      ...(script.stirVerstat ? { callerAttestation: script.stirVerstat } : {}),
      lead: { ...lead, urgency: null, previousCalls: 0, lastCall: null },
      turns: [...turns],
      utterance,
      state,
      now,
      searchKnowledge: () => [],
    };
    const reply = await brain.reply(context);
    onReply(turn, reply);
    const at = now.toISOString();
    turns.push({ speaker: 'caller', kind: 'speech', text: utterance, confidence: null, at } as Turn);
    turns.push({ speaker: 'ai', text: reply.say, at } as Turn);
    state = reply.state;
    lead.name = reply.collected.name?.trim() || lead.name;
    lead.address = reply.collected.address?.trim() || lead.address;
    lead.project = reply.collected.project?.trim() || lead.project;
    intent = reply.intent ?? intent;
    if (reply.callback) callback = keepCallback(callback, reply.callback);
    if (reply.callerKind) callerKind = reply.callerKind;
    if (reply.language) language = reply.language;
    questions.push(...(reply.questions ?? []));
    if (reply.action === 'transfer') putThrough = true;
    waiting = reply.action === 'continue' && reply.putThroughIfSilent === true;
    if (reply.action !== 'continue') break;
  }
  // Out of lines, the caller waits on the line in silence (as the webhook eval plays it): a caller
  // asked one more thing before a put-through is put through (conversation/silence.ts).
  if (waiting) putThrough = true;
  const notACaller = callerKind === 'spam' || callerKind === 'wrong_number';
  return {
    intent,
    name: lead.name,
    need: lead.project,
    address: lead.address,
    callbackWanted: callback.callbackRequested,
    callbackTime: callback.callbackTime ? localHhmm(callback.callbackTime) : null,
    putThrough,
    outcome: notACaller ? (callerKind ?? null) : putThrough ? 'transferred' : 'completed',
    hasLead: !notACaller,
    questions: questionsForOwner(callerKind ?? 'caller', questions),
    language,
  };
}

function describeMiss(script: Script, got: Observed, field: string): string {
  const t = script.truth;
  const pairs: Record<string, [unknown, unknown]> = {
    intent: [t.intent, got.intent],
    name: [t.name, got.name],
    need: [t.needKeywords, got.need],
    address: [t.address, got.address],
    callbackWanted: [t.callbackWanted, got.callbackWanted],
    callbackTime: [t.callbackAfter, got.callbackTime],
    emergencyPutThrough: [true, got.putThrough],
    personPutThrough: [true, got.putThrough],
    spamKeptFromOwner: [t.spam ? 'spam' : 'wrong_number', got.outcome],
    questions: [t.questions, got.questions],
    language: [t.language, got.language],
  };
  const [want, have] = pairs[field] ?? [null, null];
  return `expected ${JSON.stringify(want)}, got ${JSON.stringify(have)} | ${script.callerTurns.join(' / ')}`;
}

export interface BrainOnlyRun {
  scores: ScriptScore[];
  /** One line per wrong field, with the caller's turns. */
  misses: string[];
}

/** Plays every script into the offline brain and scores it. */
export async function runBrainOnly(corpus: Script[]): Promise<BrainOnlyRun> {
  const scores: ScriptScore[] = [];
  const misses: string[] = [];
  for (const script of corpus) {
    const got = await playBrainOnly(script);
    const score = scoreScript(script, script.truth, got);
    scores.push(score);
    for (const [field, right] of Object.entries(score.fields)) {
      if (right === false) misses.push(`${script.id} ${field}: ${describeMiss(script, got, field)}`);
    }
  }
  return { scores, misses };
}

/** The table for tune, holdout and all, headed as the brain-only measurement. */
export function brainOnlyReport(scores: ScriptScore[]): string {
  const parts = [
    { name: 'tune', summary: summarize(scores.filter((s) => s.part === 'tune')) },
    { name: 'holdout', summary: summarize(scores.filter((s) => s.part === 'holdout')) },
    { name: 'fresh', summary: summarize(scores.filter((s) => s.part === 'fresh')) },
    { name: 'all', summary: summarize(scores) },
  ];
  return `### offline brain, brain only (no engine: caller kind, questions and language as the brain replies them)\n\n${markdownTable(parts)}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      part: { type: 'string', default: 'all' },
      only: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const corpus = loadCorpus(join(import.meta.dirname, 'corpus')).filter(
    (script) => (values.part === 'all' || script.part === values.part) && (!values.only || script.id.startsWith(values.only)),
  );
  const run = await runBrainOnly(corpus);
  if (values.verbose) for (const miss of run.misses) console.log(miss);
  console.log(brainOnlyReport(run.scores));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
