import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { offersTool, startScriptedOpenAi, type RecordedRequest } from '../test/support/scriptedOpenAi';
import { receptionistToolName } from '../electron/core/brain/openai/modelReply';
import { modelAnalysis, modelReply } from '../test/support/testReplies';

/**
 * The scripted model for the AI-overhead benchmark, in a process of its own: in the bench's
 * process its fixed latency would run late whenever the simulated callers keep that event loop
 * busy, and the lateness would be counted as Pickup's overhead.
 */
const { values } = parseArgs({
  options: { latency: { type: 'string', default: '300' }, key: { type: 'string', default: 'bench-key' } },
});
const isTurn = (request: RecordedRequest) => offersTool(request, receptionistToolName);
const model = await startScriptedOpenAi({
  apiKey: values.key,
  latencyMs: Number(values.latency),
  respond: (request) => ({
    reply: isTurn(request) ? modelReply({ say: 'Got it. What else can you tell me?' }) : modelAnalysis(),
  }),
});
process.stdout.write(`${JSON.stringify({ url: model.url })}\n`);

interface ChatBody {
  messages?: { role: string; content: unknown }[];
}

/**
 * On a `timings` line from the bench: the model's own time for each answered turn (from its
 * clock, so its timer running late counts as model time), keyed by the caller ID in the prompt
 * and the number of caller messages, which identify the webhook the turn belongs to.
 */
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'timings') return;
  const timings = model.requests
    .filter((r) => isTurn(r) && r.answeredAt !== null)
    .map((r) => {
      const messages = (r.body as ChatBody).messages ?? [];
      const system = messages
        .filter((m) => m.role === 'system')
        .map((m) => String(m.content))
        .join('\n');
      return {
        callerId: /Caller ID: ([^.\n]+)\./.exec(system)?.[1] ?? null,
        callerMessages: messages.filter((m) => m.role === 'user').length,
        ms: r.answeredAt! - r.receivedAt,
      };
    });
  process.stdout.write(`${JSON.stringify({ timings })}\n`);
});
process.on('SIGTERM', () => void model.close().then(() => process.exit(0)));
