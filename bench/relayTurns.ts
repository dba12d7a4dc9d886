import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { offersTool, startScriptedOpenAi, type RecordedRequest, type ScriptedOpenAi } from '../test/support/scriptedOpenAi';
import { receptionistToolName } from '../electron/core/brain/openai/modelReply';
import { modelAnalysis, modelReply } from '../test/support/testReplies';
import { spawnServe } from '../electron/core/cli/spawnServe';
import type { ConversationTransport } from '../electron/shared/settings';
import { RelayCall } from '../electron/core/twilio/simulator/relayCall';
import { SimulatedCall } from '../electron/core/twilio/simulator/simulatedCall';

/** The stand-in model: its time to first token and token rate (a small, fast model on a good day). */
export const modelTtftMs = 200;
export const modelTokensPerSecond = 60;
const say = 'Sure, we can take a look at that roof this week. Can I get your name and the address of the job, please?';
const lines = ['I need a roof quote', 'my roof is leaking over the kitchen', 'can somebody come out this week'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TurnTimes {
  /** `prompt` sent to first `text` received (relay), or the gather webhook's round trip: its first words (Gather). */
  turnMs: number[];
  /** First `text` received after the model wrote its first token (relay only). */
  afterModelMs: number[];
  /** Gather: from the model's request to the token that completes its first sentence, at the model. */
  modelFirstSentenceMs: number[];
  /** Gather: the speech result to the TwiML with the last of the reply (the continuation's included). */
  wholeReplyMs: number[];
}

/** When the model's first sentence was complete: the token after its first sentence mark (the space that ends it). */
function firstSentenceAt(request: RecordedRequest): number | null {
  const end = request.tokens.findIndex((t, i) => /[.!?]$/.test(t.text) && /^\s/.test(request.tokens[i + 1]?.text ?? ''));
  return end < 0 ? null : request.tokens[end + 1]!.at;
}

/** The scripted model as the bench uses it: the turn's words as plain text, then its actions in a tool call; plain text alone for the floor. */
async function benchModel(byWords: Map<string, RecordedRequest>): Promise<ScriptedOpenAi> {
  return startScriptedOpenAi({
    apiKey: 'sk-bench',
    latencyMs: modelTtftMs,
    tokensPerSecond: modelTokensPerSecond,
    jsonPrefixTokens: true,
    respond: (request) => {
      const body = request.body as { model: string; messages: { content: string }[] };
      byWords.set(body.messages.at(-1)!.content, request);
      if (body.model === 'floor') return { content: say };
      if (!offersTool(request, receptionistToolName)) return { reply: modelAnalysis(), delayMs: 0 };
      return { reply: modelReply({ say, intent: 'quote' }) };
    },
  });
}

/**
 * The same turns against the floor, with no Pickup code (bench/relayFloor.ts, in its own process
 * as `serve` is): first `text` token received after the model's own first token.
 */
export async function timeRelayFloor(calls: number, pauseMs: number): Promise<number[]> {
  const byWords = new Map<string, RecordedRequest>();
  const model = await benchModel(byWords);
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'relayFloor.ts'), '--model', model.url], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const afterModelMs: number[] = [];
  try {
    const { url } = JSON.parse(
      await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve)),
    ) as { url: string };
    await Promise.all(
      Array.from({ length: calls }, async (_, n) => {
        await sleep(pauseMs * Math.random());
        const socket = new WebSocket(url);
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        for (const line of lines) {
          const words = `${line} (call ${n})`;
          let firstAt: number | null = null;
          const spoken = new Promise<void>((resolve) => {
            const onMessage = (data: WebSocket.RawData) => {
              const message = JSON.parse(String(data)) as { token: string; last: boolean };
              if (message.token) firstAt ??= performance.now();
              if (!message.last) return;
              socket.off('message', onMessage);
              resolve();
            };
            socket.on('message', onMessage);
          });
          socket.send(JSON.stringify({ type: 'prompt', voicePrompt: words, last: true }));
          await spoken;
          afterModelMs.push(firstAt! - byWords.get(words)!.firstTokenAt!);
          await sleep(pauseMs * (0.5 + Math.random()));
        }
        socket.close();
      }),
    );
  } finally {
    child.kill('SIGTERM');
    await model.close();
  }
  return afterModelMs;
}

/**
 * Plays `calls` concurrent calls of three turns each against a spawned `serve` whose OpenAI brain
 * is the scripted model, over ConversationRelay or Gather, and times each turn. Callers pause
 * between turns as people do, so the calls overlap rather than arrive in lockstep.
 */
export async function timeTurns(
  transport: Exclude<ConversationTransport, 'auto'>,
  dataDir: string,
  calls: number,
  pauseMs: number,
): Promise<TurnTimes> {
  const byWords = new Map<string, RecordedRequest>();
  const model = await benchModel(byWords);
  const serve = await spawnServe(['--data-dir', dataDir, '--port', '0', '--api-port', '0', '--no-tunnel'], {
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: model.url,
  });
  const times: TurnTimes = { turnMs: [], afterModelMs: [], modelFirstSentenceMs: [], wholeReplyMs: [] };
  try {
    const patch = await fetch(`${serve.ready.appUrl}/api/settings`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${serve.ready.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ conversationTransport: transport, voiceMode: 'always', aiTurnBudgetMs: 6000 }),
    });
    if (!patch.ok) throw new Error(`settings refused: ${await patch.text()}`);
    const options = { publicUrl: serve.ready.publicUrl, authToken: serve.ready.localAuthToken! };
    await Promise.all(
      Array.from({ length: calls }, async (_, n) => {
        const from = `+1720556${String(n).padStart(4, '0')}`;
        await sleep(pauseMs * Math.random());
        if (transport === 'relay') {
          const call = new RelayCall({ ...options, from });
          if (!(await call.ring())) throw new Error('serve did not answer with ConversationRelay');
          await call.connect();
          for (const line of lines) {
            const words = `${line} (call ${n})`;
            const reply = await call.prompt(words);
            const first = reply.tokens[0];
            const request = byWords.get(words);
            if (!first || !request?.firstTokenAt) throw new Error(`no streamed reply to "${words}"`);
            times.turnMs.push(first.at - reply.promptAt);
            times.afterModelMs.push(first.at - request.firstTokenAt);
            await sleep(pauseMs * (0.5 + Math.random()));
          }
          await call.close();
        } else {
          const call = new SimulatedCall({ ...options, from });
          await call.start();
          for (const line of lines) {
            const words = `${line} (call ${n})`;
            const before = call.requests.length;
            await call.say(words);
            const made = call.requests.slice(before);
            const request = byWords.get(words);
            const sentence = request ? firstSentenceAt(request) : null;
            if (!request || sentence === null) throw new Error(`no streamed reply to "${words}"`);
            times.turnMs.push(made[0]!.ms);
            times.wholeReplyMs.push(made.reduce((total, r) => total + r.ms, 0));
            times.modelFirstSentenceMs.push(sentence - request.receivedAt);
            await sleep(pauseMs * (0.5 + Math.random()));
          }
          await call.hangup();
        }
      }),
    );
  } finally {
    await serve.stop();
    await model.close();
  }
  return times;
}
