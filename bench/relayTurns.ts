import { startScriptedOpenAi, type RecordedRequest } from '../electron/core/brain/openai/scriptedOpenAi';
import { modelAnalysis, modelReply } from '../electron/core/brain/openai/testReplies';
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
  /** `prompt` sent to first `text` received (relay), or the gather webhook's round trip (Gather). */
  turnMs: number[];
  /** First `text` received after the model wrote its first token (relay only). */
  afterModelMs: number[];
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
  const model = await startScriptedOpenAi({
    apiKey: 'sk-bench',
    latencyMs: modelTtftMs,
    tokensPerSecond: modelTokensPerSecond,
    respond: (request) => {
      const body = request.body as { messages: { content: string }[]; response_format: { json_schema: { name: string } } };
      if (body.response_format.json_schema.name !== 'receptionist_reply') return { reply: modelAnalysis(), delayMs: 0 };
      byWords.set(body.messages.at(-1)!.content, request);
      return { reply: modelReply({ say, intent: 'quote' }) };
    },
  });
  const serve = await spawnServe(['--data-dir', dataDir, '--port', '0', '--api-port', '0', '--no-tunnel'], {
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: model.url,
  });
  const times: TurnTimes = { turnMs: [], afterModelMs: [] };
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
            await call.say(`${line} (call ${n})`);
            times.turnMs.push(call.requests.at(-1)!.ms);
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
