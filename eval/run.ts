import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Call, Lead } from '../electron/shared/models';
import { startTestCore } from '../test/support/testCore';
import { playScript } from '../electron/core/twilio/simulator/simulatedCall';
import { brainOnlyReport, runBrainOnly } from './brainOnly';
import { loadCorpus, playedAt, type Script } from './corpusSchema';
import { markdownTable, scoreScript, summarize, type Observed, type ScriptScore } from './score';

const { values } = parseArgs({
  options: {
    part: { type: 'string', default: 'all' },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const part = values.part;
if (part !== 'tune' && part !== 'holdout' && part !== 'fresh' && part !== 'all') {
  console.error(`--part must be tune, holdout, fresh or all (got "${part}")`);
  process.exit(2);
}

const here = import.meta.dirname;
const corpus = loadCorpus(join(here, 'corpus')).filter(
  (script) => (part === 'all' || script.part === part) && (!values.only || script.id.startsWith(values.only)),
);
if (corpus.length === 0) {
  console.error('No script matches --part/--only.');
  process.exit(2);
}

const ownerNumber = '+13035550111';
const timezone = 'America/Denver';

/** Local HH:MM of an ISO time in the business's time zone. */
function localHhmm(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/** Plays one script against a fresh core (so no lead carries over) and reads back what it stored. */
async function play(script: Script, env: Record<string, string>): Promise<Observed> {
  const startedAt = Date.now();
  const at = Date.parse(playedAt(script));
  const clock = () => at + (Date.now() - startedAt);
  const core = await startTestCore({ timezone, forwardingNumber: ownerNumber }, { now: () => new Date(clock()), env });
  try {
    const call = core.call({
      from: script.from,
      clock,
      dialedParty: () => ({ answer: 'answer', talkSeconds: 30 }),
      ...(script.stirVerstat ? { extraParams: { StirVerstat: script.stirVerstat } } : {}),
    });
    await playScript(call, script.callerTurns, { thenWait: true });
    await core.settle();
    const dialed = call.events.some((event) => event.type === 'dial');
    const calls = (await (await core.api('/api/calls')).json()) as Call[];
    const stored = calls.find((c) => c.twilioCallSid === call.callSid);
    if (!stored) throw new Error(`${script.id}: the call was not stored`);
    const detail = (await (await core.api(`/api/calls/${stored.id}`)).json()) as Call & {
      callerQuestions?: string[];
      language?: string | null;
    };
    const leads = (await (await core.api('/api/leads')).json()) as Lead[];
    const lead = leads.find((l) => l.id === detail.leadId) ?? null;
    return {
      intent: detail.callerIntent,
      name: lead?.name ?? null,
      need: lead?.project ?? null,
      address: lead?.address ?? null,
      callbackWanted: detail.callbackRequested,
      callbackTime: detail.callbackTime ? localHhmm(detail.callbackTime) : null,
      putThrough: dialed || detail.transferredTo !== null || detail.outcome === 'transferred',
      outcome: detail.outcome,
      hasLead: lead !== null,
      questions: detail.callerQuestions ?? [],
      language: detail.language ?? null,
    };
  } finally {
    await core.stop();
  }
}

interface BrainRun {
  brain: string;
  scores: ScriptScore[];
  observed: Record<string, Observed>;
}

async function runBrain(brain: string, env: Record<string, string>): Promise<BrainRun> {
  const scores: ScriptScore[] = [];
  const observed: Record<string, Observed> = {};
  for (const script of corpus) {
    const got = await play(script, env);
    observed[script.id] = got;
    const score = scoreScript(script, script.truth, got);
    scores.push(score);
    if (values.verbose) {
      if (score.questionNotAsked) console.log(`${script.id} questions stored but not asked: ${JSON.stringify(got.questions)}`);
      for (const [field, right] of Object.entries(score.fields)) {
        if (right === false)
          console.log(
            `${script.id} ${field}: expected ${JSON.stringify(expectedOf(script, field))}, got ${JSON.stringify(gotOf(got, field))}`,
          );
      }
    }
  }
  return { brain, scores, observed };
}

function expectedOf(script: Script, field: string): unknown {
  const t = script.truth;
  const map: Record<string, unknown> = {
    intent: t.intent,
    name: t.name,
    need: t.needKeywords,
    address: t.address,
    callbackWanted: t.callbackWanted,
    callbackTime: t.callbackAfter,
    emergencyPutThrough: 'put through',
    personPutThrough: 'put through',
    spamKeptFromOwner: t.spam ? 'outcome spam, no lead' : 'outcome wrong_number, no lead',
    questions: t.questions,
    language: t.language,
  };
  return map[field];
}

function gotOf(got: Observed, field: string): unknown {
  const map: Record<string, unknown> = {
    intent: got.intent,
    name: got.name,
    need: got.need,
    address: got.address,
    callbackWanted: got.callbackWanted,
    callbackTime: got.callbackTime,
    emergencyPutThrough: got.putThrough ? 'put through' : 'not put through',
    personPutThrough: got.putThrough ? 'put through' : 'not put through',
    spamKeptFromOwner: `outcome ${got.outcome}, ${got.hasLead ? 'a lead' : 'no lead'}, ${got.putThrough ? 'put through' : 'not put through'}`,
    questions: got.questions,
    language: got.language ?? 'en (assumed)',
  };
  return map[field];
}

function report(run: BrainRun): string {
  const parts = [
    { name: 'tune', summary: summarize(run.scores.filter((s) => s.part === 'tune')) },
    { name: 'holdout', summary: summarize(run.scores.filter((s) => s.part === 'holdout')) },
    { name: 'fresh', summary: summarize(run.scores.filter((s) => s.part === 'fresh')) },
    { name: 'all', summary: summarize(run.scores) },
  ];
  return `### ${run.brain} brain\n\n${markdownTable(parts)}\n`;
}

const runs: BrainRun[] = [await runBrain('offline', {})];
const openAiKey = process.env.OPENAI_API_KEY;
if (openAiKey) {
  const env: Record<string, string> = { OPENAI_API_KEY: openAiKey };
  if (process.env.OPENAI_BASE_URL) env.OPENAI_BASE_URL = process.env.OPENAI_BASE_URL;
  runs.push(await runBrain('openai', env));
} else {
  console.log('OPENAI_API_KEY is not set: skipped the OpenAI brain.\n');
}
for (const run of runs) console.log(report(run));
// The engine does not store the brain's caller kind, questions or language yet; the brain's own replies show them.
console.log(brainOnlyReport((await runBrainOnly(corpus)).scores));
writeFileSync(
  join(here, 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), part, only: values.only ?? null, runs }, null, 2)}\n`,
);
console.log(`Wrote ${join('eval', 'results.json')}.`);
