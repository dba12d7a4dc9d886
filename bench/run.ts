import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { spawnServe, type ServeProcess } from '../electron/core/cli/spawnServe';
import { formatPhoneForDisplay } from '../electron/shared/phone';
import { openStore } from '../electron/core/store/store';
import { SimulatedCall } from '../electron/core/twilio/simulator/simulatedCall';
import { MediaStreamCall } from '../electron/core/twilio/simulator/mediaStreamCall';
import { timeStreamTurns } from './realtimeTurns';
import { modelTokensPerSecond, modelTtftMs, timeRelayFloor, timeTurns } from './relayTurns';
import { seedStore } from './seedStore';
import { speculationSummary, type PartialTiming } from './speculation';
import { loadCorpus } from '../eval/corpusSchema';
import { percentile, timeRuns } from './stats';
import { sampleCallerLines } from '../test/support/sampleCaller';

interface Row {
  what: string;
  measured: number;
  /** The same figure with no Pickup code (a plain server on this machine, or the model's own time), when there is one. */
  floor?: number;
  unit: 'ms' | 'MB' | 'kB' | 's' | '/s' | '×';
  /** null: reported for context, no target. */
  target: number | null;
}

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } },
});
const quick = values.quick;
const size = quick
  ? { concurrency: 4, memoryCalls: 40, storeCalls: 2_000, startups: 1 }
  : { concurrency: 20, memoryCalls: 1_000, storeCalls: 100_000, startups: 5 };
const callerPauseMs = 500;

/** The scripted model's fixed latency for the AI-overhead row. */
const modelLatencyMs = 300;

/** Issue #18's targets: a webhook's p99 within 1.2 × the plain server's, an AI turn's overhead within 2 ms of plain HTTP's. */
const webhookP99Ratio = 1.2;
const aiOverheadP99MarginMs = 2;
const round2 = (value: number) => Math.round(value * 100) / 100;

const serveArgs = (dataDir: string) => ['--data-dir', dataDir, '--port', '0', '--api-port', '0', '--no-tunnel'];
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `pickup-bench-${name}-`));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays `count` scripted calls, `concurrency` at a time, and returns every webhook's round trip.
 * `pauseMs` is the caller's time between turns: a real caller talks for seconds between webhooks,
 * so 20 concurrent calls are not 20 requests at the same instant.
 */
interface GatherTiming {
  from: string;
  /** 1 for the call's first gather, 2 for the second, ... */
  index: number;
  serverMs: number;
}

async function playCalls(
  serve: ServeProcess,
  count: number,
  concurrency: number,
  pauseMs = 0,
): Promise<{ roundTrip: number[]; server: number[]; gathers: GatherTiming[] }> {
  const roundTrip: number[] = [];
  const server: number[] = [];
  const gathers: GatherTiming[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const call = new SimulatedCall({
        publicUrl: serve.ready.publicUrl,
        authToken: serve.ready.localAuthToken!,
        from: `+1720555${String(n % 10_000).padStart(4, '0')}`,
      });
      await call.start();
      for (const line of sampleCallerLines) {
        if (call.state !== 'gathering') break;
        if (pauseMs > 0) await sleep(pauseMs * (0.5 + Math.random()));
        await call.say(line);
      }
      if (call.state !== 'ended') await call.hangup();
      if (call.events.some((e) => e.type === 'application-error')) throw new Error(`call ${n} hit an application error`);
      let index = 0;
      for (const request of call.requests.filter((r) => r.leg === 'caller')) {
        roundTrip.push(request.ms);
        if (request.serverMs == null) continue;
        server.push(request.serverMs);
        if (new URL(request.url).pathname.endsWith('/voice/gather'))
          gathers.push({ from: call.from, index: ++index, serverMs: request.serverMs });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { roundTrip, server, gathers };
}

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}

/** The webhook load on `serve`: the rows of the caller's side and saturation; returns the paced server times. */
async function benchWebhooks(rows: Row[]): Promise<number[]> {
  const serve = await spawnServe(serveArgs(tempDir('webhooks')));
  try {
    await playCalls(serve, size.concurrency, size.concurrency);
    const paced = await playCalls(serve, size.concurrency * 3, size.concurrency, callerPauseMs);
    rows.push({
      what: 'webhook round trip seen by the caller side (HTTP included) p50',
      measured: percentile(paced.roundTrip, 50),
      unit: 'ms',
      target: null,
    });
    rows.push({
      what: 'webhook round trip seen by the caller side (HTTP included) p99',
      measured: percentile(paced.roundTrip, 99),
      unit: 'ms',
      target: null,
    });
    const started = performance.now();
    const saturated = await playCalls(serve, size.concurrency * 3, size.concurrency);
    const seconds = (performance.now() - started) / 1000;
    rows.push({
      what: `webhooks per second with ${size.concurrency} callers that never pause (saturation)`,
      measured: saturated.roundTrip.length / seconds,
      unit: '/s',
      target: null,
    });
    rows.push({
      what: 'round trip p99 at saturation (queueing included)',
      measured: percentile(saturated.roundTrip, 99),
      unit: 'ms',
      target: null,
    });
    return paced.server;
  } finally {
    await serve.stop();
  }
}

/**
 * The app's own cost of an AI turn: each gather webhook's server time minus the time the model
 * took for that turn by its own clock (so the SDK, HTTP to the model, prompt building, parsing and
 * the store all count as overhead). The model runs in its own process, where the simulated
 * callers cannot make its timers late.
 */
async function benchAiOverhead(): Promise<number[]> {
  const model = await spawnBenchServer('benchModelServer.ts', ['--latency', String(modelLatencyMs)]);
  const serve = await spawnServe(serveArgs(tempDir('ai')), { OPENAI_API_KEY: 'bench-key', OPENAI_BASE_URL: model.url });
  try {
    await playCalls(serve, size.concurrency, size.concurrency, callerPauseMs);
    const { gathers } = await playCalls(serve, size.concurrency * 2, size.concurrency, callerPauseMs);
    model.child.stdin!.write('timings\n');
    const { timings } = JSON.parse(await model.nextLine()) as {
      timings: { callerId: string | null; callerMessages: number; ms: number }[];
    };
    const modelMs = new Map(timings.map((t) => [`${t.callerId}|${t.callerMessages}`, t.ms]));
    const overhead = gathers.flatMap((g) => {
      const ms = modelMs.get(`${formatPhoneForDisplay(g.from)}|${g.index}`);
      return ms === undefined ? [] : [g.serverMs - ms];
    });
    if (overhead.length < gathers.length * 0.9)
      throw new Error(`only ${overhead.length} of ${gathers.length} AI turns matched a model request`);
    return overhead;
  } finally {
    await serve.stop();
    model.child.kill('SIGTERM');
  }
}

interface BenchServer {
  url: string;
  child: ChildProcess;
  nextLine(): Promise<string>;
}

/** Starts one of the bench's own servers in a process of its own and waits for its `{"url"}` line. */
async function spawnBenchServer(script: string, args: string[]): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    });
  const { url } = JSON.parse(await nextLine()) as { url: string };
  return { url, child, nextLine };
}

/**
 * Sends `requestsPerWorker` requests from each of `concurrency` workers, pausing ~`callerPauseMs`
 * before each as the simulated callers do, and returns each request's round trip and the
 * server's own time from its Server-Timing header.
 */
async function pacedRequests(
  concurrency: number,
  requestsPerWorker: number,
  send: (worker: number, n: number) => Promise<Response>,
): Promise<{ roundTrip: number; server: number }[]> {
  const samples: { roundTrip: number; server: number }[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let n = 0; n < requestsPerWorker; n++) {
        await sleep(callerPauseMs * (0.5 + Math.random()));
        const started = performance.now();
        const response = await send(worker, n);
        await response.text();
        const roundTrip = performance.now() - started;
        if (!response.ok) throw new Error(`floor server answered ${response.status}`);
        samples.push({ roundTrip, server: Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1]) });
      }
    }),
  );
  return samples;
}

/**
 * The floor under the webhook target on this machine, with no Pickup code: a plain Node server
 * in its own process that reads the form, checks an HMAC-SHA1 signature, commits two turns with
 * `synchronous=FULL` and answers TwiML, under the same paced load of concurrent callers.
 */
async function benchWebhookFloor(): Promise<number[]> {
  const token = 'floor-token';
  const floor = await spawnBenchServer('floorServer.ts', ['--mode', 'webhook', '--token', token]);
  try {
    const url = `${floor.url}/voice/gather`;
    const send = (worker: number, n: number) => {
      const params = {
        CallSid: `CAfloor${worker}x${Math.floor(n / 8)}`,
        From: '+17205550100',
        SpeechResult: sampleCallerLines[n % sampleCallerLines.length]!,
        Confidence: '0.91',
      };
      const signed =
        url +
        Object.keys(params)
          .sort()
          .map((key) => key + params[key as keyof typeof params])
          .join('');
      return fetch(url, {
        method: 'POST',
        body: new URLSearchParams(params),
        headers: { 'x-twilio-signature': createHmac('sha1', token).update(signed).digest('base64') },
      });
    };
    await pacedRequests(size.concurrency, 8, send);
    const samples = await pacedRequests(size.concurrency, quick ? 8 : 24, send);
    return samples.map((s) => s.server);
  } finally {
    floor.child.kill('SIGTERM');
  }
}

/**
 * The floor under any model call on this machine, without Pickup: a plain Node client asking a
 * plain Node server in its own process that answers after the same fixed delay, with the same
 * concurrency and pauses. What it takes beyond the server's own time is loopback TCP and waking
 * two idle processes, and it is inside "app overhead" above.
 */
async function benchLoopbackFloor(): Promise<number[]> {
  const floor = await spawnBenchServer('floorServer.ts', ['--mode', 'model', '--latency', String(modelLatencyMs)]);
  try {
    const body = JSON.stringify({ model: 'floor', messages: [{ role: 'system', content: 'x'.repeat(6000) }] });
    const send = () => fetch(floor.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    await pacedRequests(size.concurrency, 2, send);
    const samples = await pacedRequests(size.concurrency, quick ? 3 : 12, send);
    return samples.map((s) => s.roundTrip - s.server);
  } finally {
    floor.child.kill('SIGTERM');
  }
}

async function benchStartup(rows: Row[]): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < size.startups; i++) {
    const dir = tempDir('startup');
    const serve = await spawnServe(serveArgs(dir));
    times.push(serve.startupMs);
    await serve.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  rows.push({ what: '`serve` start to ready line (median)', measured: percentile(times, 50), unit: 'ms', target: 1000 });
}

async function benchMemory(rows: Row[]): Promise<void> {
  const serve = await spawnServe(serveArgs(tempDir('memory')));
  try {
    await playCalls(serve, size.memoryCalls, size.concurrency);
    rows.push({
      what: `resident memory of serve after ${size.memoryCalls} calls`,
      measured: residentMb(serve.child.pid!),
      unit: 'MB',
      target: 130,
    });
  } finally {
    await serve.stop();
  }
}

function benchStore(rows: Row[]): void {
  const dir = tempDir('store');
  const store = openStore(join(dir, 'pickup.db'));
  try {
    const turnsPerCall = 6;
    const seedStart = performance.now();
    seedStore(store, size.storeCalls, turnsPerCall);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const label = `${size.storeCalls.toLocaleString('en-US')} calls, ${(size.storeCalls * turnsPerCall).toLocaleString('en-US')} turns`;
    rows.push({ what: `seeding a store of ${label}`, measured: seedSeconds, unit: 's', target: 30 });

    const newest = timeRuns(200, () => store.calls.list({ limit: 50 }));
    rows.push({ what: `${label}: newest 50 calls, p99`, measured: percentile(newest, 99), unit: 'ms', target: 5 });

    const words = ['skylight', 'chimney', 'Maple', 'hail damage', 'Riley'];
    let w = 0;
    const search = timeRuns(100, () => {
      const hits = store.calls.list({ limit: 50, search: words[w++ % words.length] });
      if (hits.length === 0) throw new Error('search found nothing');
    });
    rows.push({
      what: `${label}: full-text search, first 50 hits, p99`,
      measured: percentile(search, 99),
      unit: 'ms',
      target: 20,
    });

    const ids = store.db.prepare('SELECT id FROM voice_calls ORDER BY random() LIMIT 200').pluck().all() as string[];
    let i = 0;
    const open = timeRuns(ids.length, () => store.calls.detail(ids[i++]!));
    rows.push({ what: `${label}: open one call with its turns, p99`, measured: percentile(open, 99), unit: 'ms', target: 2 });
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A turn over ConversationRelay against the same turn over Gather, with the OpenAI brain on a
 * scripted model: streaming starts speaking when the model does, Gather waits for the whole reply.
 */
async function benchConversationTurns(rows: Row[]): Promise<void> {
  const label = `${size.concurrency} concurrent calls, model's first token at ${modelTtftMs} ms, ${modelTokensPerSecond} tokens/s`;
  const relay = await timeTurns('relay', tempDir('relay'), size.concurrency, callerPauseMs);
  rows.push({
    what: `ConversationRelay: \`prompt\` (last) to first \`text\` token p50, ${label}`,
    measured: percentile(relay.turnMs, 50),
    unit: 'ms',
    target: null,
  });
  rows.push({
    what: 'ConversationRelay: `prompt` (last) to first `text` token p99',
    measured: percentile(relay.turnMs, 99),
    unit: 'ms',
    target: null,
  });
  // The floor: a plain WebSocket server passing a plain-text stream's tokens on as they come.
  const floor = await timeRelayFloor(size.concurrency, callerPauseMs);
  rows.push({
    what: "ConversationRelay: first `text` token after the model's own first token p50 (words as plain text, the actions in a tool call after them)",
    measured: percentile(relay.afterModelMs, 50),
    floor: percentile(floor, 50),
    unit: 'ms',
    // Issue #18's target: within 10 ms of the floor.
    target: quick ? null : Math.round(percentile(floor, 50) + 10),
  });
  rows.push({
    what: "ConversationRelay: first `text` token after the model's own first token p99",
    measured: percentile(relay.afterModelMs, 99),
    floor: percentile(floor, 99),
    unit: 'ms',
    target: 30,
  });
  const gather = await timeTurns('gather', tempDir('gather'), size.concurrency, callerPauseMs);
  rows.push({
    what: `Gather, the same turn: speech result to the first sentence's TwiML p50 (floor: the model's first sentence, at the model), ${label}`,
    measured: percentile(gather.turnMs, 50),
    floor: percentile(gather.modelFirstSentenceMs, 50),
    unit: 'ms',
    target: null,
  });
  rows.push({
    what: "Gather, the same turn: speech result to the first sentence's TwiML p99",
    measured: percentile(gather.turnMs, 99),
    floor: percentile(gather.modelFirstSentenceMs, 99),
    unit: 'ms',
    target: null,
  });
  rows.push({
    what: 'Gather, the same turn: speech result to the TwiML with the whole reply (first sentence, then the continuation) p50',
    measured: percentile(gather.wholeReplyMs, 50),
    unit: 'ms',
    target: null,
  });
}

/**
 * Speech to speech: the caller's last voiced frame to the first audio frame back on the Twilio
 * socket, through Pickup's bridge and through a floor relay that only pipes frames, against the
 * same scripted Realtime model (its own process; both wait out its 500 ms of server VAD silence).
 */
async function benchRealtime(rows: Row[]): Promise<void> {
  const calls = quick ? 3 : 10;
  const turns = quick ? 1 : 6;
  const model = await spawnBenchServer('realtimeModelServer.ts', []);
  const floor = await spawnBenchServer('mediaFloorServer.ts', ['--model', model.url]);
  const serve = await spawnServe(serveArgs(tempDir('realtime')), { OPENAI_API_KEY: 'bench-key', OPENAI_BASE_URL: model.url });
  try {
    const patch = await fetch(`${serve.ready.appUrl}/api/settings`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${serve.ready.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ conversationTransport: 'realtime', voiceMode: 'always', aiTurnBudgetMs: 6000 }),
    });
    if (!patch.ok) throw new Error(`settings refused: ${await patch.text()}`);
    const options = { publicUrl: serve.ready.publicUrl, authToken: serve.ready.localAuthToken! };
    const floorTimes = await timeStreamTurns({
      calls,
      turns,
      pauseMs: callerPauseMs,
      pid: floor.child.pid!,
      open: async () => {
        const call = new MediaStreamCall(options);
        call.streamUrl = floor.url;
        await call.connect();
        return call;
      },
    });
    const pickup = await timeStreamTurns({
      calls,
      turns,
      pauseMs: callerPauseMs,
      pid: serve.child.pid!,
      open: async (n) => {
        const call = new MediaStreamCall({ ...options, from: `+1720557${String(n).padStart(4, '0')}` });
        if (!(await call.ring())) throw new Error('serve did not answer with <Connect><Stream>');
        await call.connect();
        await call.heardReply();
        return call;
      },
    });
    const label = `${calls} concurrent calls, scripted Realtime model in its own process`;
    for (const p of [50, 99]) {
      rows.push({
        what: `speech to speech: caller's last frame to first audio back p${p} (floor: a relay that only pipes frames), ${label}`,
        measured: percentile(pickup.turnMs, p),
        floor: percentile(floorTimes.turnMs, p),
        unit: 'ms',
        // Issue #19's target: p99 within 10 ms of the floor.
        target: quick || p !== 99 ? null : Math.round(percentile(floorTimes.turnMs, p) + 10),
      });
    }
    rows.push({
      what: 'speech to speech: CPU of the bridge process per minute of call (floor: the relay)',
      measured: pickup.cpuMsPerCallMinute,
      floor: floorTimes.cpuMsPerCallMinute,
      unit: 'ms',
      target: null,
    });
    rows.push({
      what: 'speech to speech: bytes on the Twilio socket (both directions, WebSocket payloads) per minute of call, median',
      measured: percentile(pickup.bytesPerMinute, 50) / 1e3,
      unit: 'kB',
      target: null,
    });
    rows.push({
      what: 'speech to speech: of those, Pickup to Twilio (what ngrok counts as data transfer out) per minute of call, median',
      measured: percentile(pickup.bytesOutPerMinute, 50) / 1e3,
      unit: 'kB',
      target: null,
    });
  } finally {
    await serve.stop();
    floor.child.kill('SIGTERM');
    model.child.kill('SIGTERM');
  }
}

/**
 * Replies started on Twilio's stable partial results, simulated over every caller turn of the
 * eval corpus (partials as growing prefixes of the words, the same rules Pickup applies): how often
 * the final words match the last reply started, how much sooner the first sentence is ready, and
 * the model requests it costs. Twilio does not document when the stable result catches up with
 * the last words, so both cases are shown.
 */
function benchSpeculation(rows: Row[]): void {
  const utterances = loadCorpus(join(import.meta.dirname, '..', 'eval', 'corpus')).flatMap((script) => script.callerTurns);
  const timing: PartialTiming = {
    msPerWord: 400,
    partialDelayMs: 300,
    stableLagWords: 1,
    catchUpMs: 600,
    speechTimeoutMs: 2000,
    modelFirstSentenceMs: 430,
  };
  for (const [label, catchUpMs] of [
    ['every word stable 600 ms after the last', 600],
    ['the last word never stable before the final', null],
  ] as const) {
    const summary = speculationSummary(utterances, { ...timing, catchUpMs });
    const what = `partial results (${summary.turns} caller turns of the eval corpus, ${label})`;
    rows.push({
      what: `${what}: share of turns answered from the reply started early`,
      measured: summary.hitRate,
      unit: '×',
      target: null,
    });
    rows.push({
      what: `${what}: first sentence sooner, mean over all turns (model's first sentence at ${timing.modelFirstSentenceMs} ms)`,
      measured: summary.meanSavedMs,
      unit: 'ms',
      target: null,
    });
    rows.push({ what: `${what}: model requests per turn`, measured: summary.requestsPerTurn, unit: '×', target: null });
  }
}

function printTable(rows: Row[]): void {
  const lines = [
    '| what | Pickup | floor | ratio | target | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const verdict = r.target === null ? '' : r.measured < r.target ? 'ok' : 'MISSED';
      const figure = (value: number) =>
        `${value.toFixed(r.unit === 'ms' || r.unit === '×' ? 2 : r.unit === '/s' || r.unit === 'kB' ? 0 : 1)} ${r.unit}`;
      const floor = r.floor === undefined ? '—' : figure(r.floor);
      const ratio = r.floor === undefined || r.floor <= 0 ? '—' : `${(r.measured / r.floor).toFixed(2)} ×`;
      return `| ${r.what} | ${figure(r.measured)} | ${floor} | ${ratio} | ${r.target === null ? '—' : `< ${r.target} ${r.unit}`} | ${verdict} |`;
    }),
  ];
  console.log(lines.join('\n'));
}

/** The suites in the order they run; `--only <name>` (repeatable) runs a subset while working on one. */
const suites: Record<string, (rows: Row[]) => void | Promise<void>> = {
  store: benchStore,
  webhooks: async (rows) => {
    const callerSide: Row[] = [];
    const pickup = await benchWebhooks(callerSide);
    // The floor runs once Pickup has stopped, alone on the machine as Pickup was.
    const floor = await benchWebhookFloor();
    const label = `${size.concurrency} concurrent calls (callers pause ~${callerPauseMs} ms between turns), offline brain; floor: a plain Node webhook server in its own process (form, HMAC-SHA1 check, one synchronous=FULL commit of two turns, TwiML), same load`;
    rows.push({
      what: `webhook time in the server (Server-Timing) p50, ${label}`,
      measured: percentile(pickup, 50),
      floor: percentile(floor, 50),
      unit: 'ms',
      target: null,
    });
    rows.push({
      what: `webhook time in the server (Server-Timing) p99 (target: ${webhookP99Ratio} × floor)`,
      measured: percentile(pickup, 99),
      floor: percentile(floor, 99),
      unit: 'ms',
      target: quick ? null : round2(webhookP99Ratio * percentile(floor, 99)),
    });
    rows.push(...callerSide);
  },
  relay: benchConversationTurns,
  speculation: benchSpeculation,
  ai: async (rows) => {
    const overhead = await benchAiOverhead();
    const floor = await benchLoopbackFloor();
    const label = `${size.concurrency} concurrent calls, model at ${modelLatencyMs} ms in its own process; floor: plain Node HTTP to a server answering after ${modelLatencyMs} ms in its own process, time beyond the server's own`;
    rows.push({
      what: `app overhead per AI turn (server time minus the model's own time) p50, ${label}`,
      measured: percentile(overhead, 50),
      floor: percentile(floor, 50),
      unit: 'ms',
      target: null,
    });
    rows.push({
      what: `app overhead per AI turn p99 (target: floor + ${aiOverheadP99MarginMs} ms)`,
      measured: percentile(overhead, 99),
      floor: percentile(floor, 99),
      unit: 'ms',
      target: quick ? null : round2(percentile(floor, 99) + aiOverheadP99MarginMs),
    });
  },
  realtime: benchRealtime,
  startup: benchStartup,
  memory: benchMemory,
};

async function main(): Promise<void> {
  const unknown = (values.only ?? []).filter((name) => !(name in suites));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}: choose from ${Object.keys(suites).join(', ')}`);
  const rows: Row[] = [];
  for (const [name, run] of Object.entries(suites)) if (!values.only || values.only.includes(name)) await run(rows);

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  };
  console.log(
    `\nPickup benchmarks${quick ? " (quick: smoke sizes, not the targets' sizes)" : ''} on ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GiB, Node ${machine.node}\n`,
  );
  printTable(rows);
  mkdirSync(join(import.meta.dirname), { recursive: true });
  writeFileSync(
    join(import.meta.dirname, 'results.json'),
    `${JSON.stringify({ at: new Date().toISOString(), quick, machine, rows }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
