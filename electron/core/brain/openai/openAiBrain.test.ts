import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KnowledgeEntry, Turn } from '../../../shared/models';
import { defaultSettings, type Settings } from '../../../shared/settings';
import { BrainFailure, type BrainContext, type BrainReply, type BrainStreamPart } from '../types';
import { createOpenAiBrain } from './openAiBrain';
import { loadOpenAiSpec } from '../../../../test/support/openApiConformance';
import { startScriptedOpenAi, type ScriptedOpenAi } from '../../../../test/support/scriptedOpenAi';
import { modelReply } from '../../../../test/support/testReplies';

const apiKey = 'sk-test-brain-key';
const settings: Settings = {
  ...defaultSettings,
  businessName: 'Summit Roofing',
  ownerName: 'Mike',
  aiTurnBudgetMs: 3000,
  aiTemperature: 0.4,
};
const knowledge: KnowledgeEntry[] = [
  { id: 'k1', category: 'pricing', content: 'Estimates are free.', createdAt: '2026-01-01', updatedAt: '2026-01-01' },
];
const now = new Date('2026-11-29T04:00:00Z');
const greeting: Turn = { speaker: 'ai', text: 'Hi! Thanks for calling Summit Roofing.', at: now.toISOString(), kind: 'speech' };
const context: BrainContext = {
  settings,
  callerNumber: '+13035550142',
  lead: { name: null, address: null, project: null, urgency: null, previousCalls: 0 },
  turns: [greeting],
  utterance: 'do you do free estimates',
  state: {},
  now,
  searchKnowledge: () => [],
};
const spec = loadOpenAiSpec();

let server: ScriptedOpenAi;
beforeEach(async () => {
  server = await startScriptedOpenAi({ apiKey });
});
afterEach(() => server.close());

const brain = () =>
  createOpenAiBrain({ client: () => new OpenAI({ apiKey, baseURL: server.url }), knowledge: () => knowledge, secrets: [apiKey] });
/** Every part of a streamed turn, into `parts` as they come. */
async function collect(stream: AsyncIterable<BrainStreamPart>, parts: BrainStreamPart[] = []) {
  for await (const part of stream) parts.push(part);
  return parts;
}
const failure = (promise: Promise<BrainReply>) =>
  promise.then(
    () => expect.fail('the brain answered'),
    (error: unknown) => error as BrainFailure,
  );

describe('the OpenAI brain against a scripted OpenAI server', () => {
  it("asks once, with the turn's budget as the request's timeout and no SDK retries, for words and one strict tool call", async () => {
    server.enqueue({ reply: modelReply({ say: 'Yes, estimates are free. Can I get your name?', intent: 'question' }) });
    await brain().reply(context);
    const [request] = server.requests;
    // The SDK's defaults would say 600 s and retry twice.
    expect(Number(request!.headers['x-stainless-timeout'])).toBeLessThanOrEqual(3);
    expect(request!.headers['x-stainless-retry-count']).toBe('0');
    expect(request!.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0.4,
      store: false,
      tools: [{ type: 'function', function: { name: 'receptionist_actions', strict: true } }],
      tool_choice: 'auto',
      parallel_tool_calls: false,
    });
    expect(request!.body).not.toHaveProperty('response_format');
  });

  it.skipIf(!spec)("sends requests that OpenAI's API description accepts, whole and streamed", async () => {
    server.enqueue({ reply: modelReply() }, { reply: modelReply() });
    await brain().reply(context);
    await collect(brain().stream!(context));
    expect(server.requests.map((r) => spec!.requestProblems(r.body))).toEqual([[], []]);
  });

  it("answers with the model's reply and what it used; a call's second turn finds its prefix cached", async () => {
    server.enqueue(
      { reply: modelReply({ say: 'Yes, estimates are free. Can I get your name?', intent: 'question' }) },
      { reply: modelReply({ say: 'Thanks, Dana. What is the address?', intent: 'question', collected: { name: 'Dana' } }) },
    );
    const first = await brain().reply(context);
    expect(first).toMatchObject({ say: 'Yes, estimates are free. Can I get your name?', intent: 'question', action: 'continue' });
    expect(first.usage).toMatchObject({ model: 'gpt-4o-mini', cachedTokens: 0 });
    expect(first.usage!.inputTokens).toBeGreaterThan(1024);
    expect(first.usage!.costUsd).toBeGreaterThan(0);

    const second = await brain().reply({
      ...context,
      // What the first turn learned is on the lead record by now; the prompt must not change for it.
      lead: { ...context.lead, name: 'Dana' },
      turns: [greeting, { ...greeting, speaker: 'caller', text: context.utterance }, { ...greeting, text: first.say }],
      utterance: 'this is Dana',
      state: first.state,
    });
    expect(second.collected).toEqual({ name: 'Dana' });
    // All of the first turn's prompt, in OpenAI's 128-token steps.
    expect(second.usage!.cachedTokens).toBe(Math.floor(first.usage!.inputTokens / 128) * 128);
    expect(second.usage!.costUsd).toBeLessThan(first.usage!.costUsd! * 1.5);
  });

  it('retries a rate limit once when the wait the server asks for leaves room in the budget', async () => {
    server.enqueue(
      { status: 429, headers: { 'retry-after-ms': '100' } },
      { reply: modelReply({ say: 'Sorry for the wait. How can I help?' }) },
    );
    const reply = await brain().reply(context);
    expect(reply.say).toBe('Sorry for the wait. How can I help?');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up at once on a rate limit that asks for longer than the budget leaves', async () => {
    server.enqueue({ status: 429, headers: { 'retry-after': '30' } });
    const started = performance.now();
    const error = await failure(brain().reply(context));
    expect(error).toBeInstanceOf(BrainFailure);
    expect(error.message).toMatch(/^OpenAI: 429/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });

  it('tries a server error twice at most, and never retries a bad key', async () => {
    server.respond = () => ({ status: 500 });
    expect((await failure(brain().reply(context))).message).toMatch(/^OpenAI: 500/);
    expect(server.requests).toHaveLength(2);

    const badKey = createOpenAiBrain({
      client: () => new OpenAI({ apiKey: 'sk-wrong', baseURL: server.url }),
      knowledge: () => knowledge,
    });
    expect((await failure(badKey.reply(context))).message).toMatch(/^OpenAI: 401/);
    expect(server.requests).toHaveLength(3);
  });

  it("treats a tool call's malformed arguments, arguments of the wrong shape and a cut-off reply as failures, with the tokens they were billed", async () => {
    const { say: _, ...actions } = modelReply();
    server.enqueue(
      { content: 'Sure thing.', toolArguments: '{"intent": "quo' },
      { content: 'Hi.', toolArguments: JSON.stringify({ ...actions, action: 'dance' }) },
      { content: '', finishReason: 'length' },
    );
    const malformed = await failure(brain().reply(context));
    expect(malformed.message).toMatch(/actions are not JSON/);
    expect(malformed.usage).toMatchObject({ model: 'gpt-4o-mini', outputTokens: 7 });
    expect((await failure(brain().reply(context))).message).toMatch(/does not fit the schema: action/);
    expect((await failure(brain().reply(context))).message).toMatch(/cut off at the token limit/);
    expect(server.requests).toHaveLength(3);
  });

  it('keeps words that came with no tool call, checked, as a turn that goes on and claims nothing it did not hear', async () => {
    server.enqueue(
      { content: 'Sure, we can look at that. What is your name?' },
      { content: 'You can reach Mike at 303 555 0122.' },
    );
    const owner = { ...context, settings: { ...settings, ownerPhone: '+13035550122' }, state: { transferAttempted: true } };
    expect(await brain().reply(owner)).toMatchObject({
      say: 'Sure, we can look at that. What is your name?',
      action: 'continue',
      intent: null,
      sentiment: null,
      collected: {},
      callback: null,
      questions: [],
      state: { transferAttempted: true },
    });
    const refused = await brain().reply(owner);
    expect(refused.say).toMatch(/can't share that/);
    expect(refused).not.toHaveProperty('language');
    expect(refused).not.toHaveProperty('callerKind');
  });

  it("answers a tool call with no words by the action's own words, or as a failure when the turn would say nothing", async () => {
    const { say: _, ...transfer } = modelReply({ action: 'transfer', intent: 'transfer' });
    const { say: __, ...carryOn } = modelReply();
    server.enqueue(
      { content: '', toolArguments: JSON.stringify(transfer) },
      { content: '', toolArguments: JSON.stringify(carryOn) },
    );
    const withOwner = { ...context, settings: { ...settings, ownerPhone: '+13035550122' } };
    const put = await brain().reply(withOwner);
    expect(put).toMatchObject({ action: 'transfer', intent: 'transfer', state: { transferAttempted: true } });
    expect(put.say).toMatch(/Mike/);
    expect((await failure(brain().reply(withOwner))).message).toMatch(/nothing to say/);
  });

  it('aborts the request when the turn is cut off, so a stalled model is not left running', async () => {
    server.enqueue({ stall: true });
    const error = await failure(brain().reply(context, AbortSignal.timeout(200)));
    expect(error.message).toMatch(/aborted/i);
    await expect.poll(() => server.requests[0]?.aborted).toBe(true);
  });
});

describe('the OpenAI brain streaming a turn', () => {
  it('hands over its first words before the model has written any action, then the whole checked reply', async () => {
    let writeActions!: () => void;
    const actionsWritten = new Promise<void>((resolve) => (writeActions = resolve));
    const say = 'Sure, we do free estimates. Can I get your name?';
    server.enqueue({
      reply: modelReply({ say, intent: 'quote', collected: { project: 'roof estimate' } }),
      toolCallAfter: actionsWritten,
    });
    const parts: BrainStreamPart[] = [];
    for await (const part of brain().stream!(context)) {
      if (parts.length === 0) {
        expect(part).toEqual({ type: 'text', text: expect.stringMatching(/^Sure/) as string });
        expect(server.requests[0]!.toolCallAt).toBeNull();
        writeActions();
      }
      parts.push(part);
    }
    const words = parts.flatMap((p) => (p.type === 'text' ? [p.text] : []));
    expect(words.join('')).toBe(say);
    expect(parts.at(-1)).toMatchObject({
      type: 'reply',
      reply: { say, intent: 'quote', action: 'continue', collected: { project: 'roof estimate' } },
    });
    expect(server.requests[0]!.toolCallAt).not.toBeNull();
  });

  it('fails after its words when the tool call is malformed, so the turn falls back, and holds back a trailing number until it is whole', async () => {
    server.enqueue({ content: 'Sure, his number is 303 555 0122', toolArguments: '{"intent":' });
    const owner = { ...context, settings: { ...settings, ownerPhone: '+13035550122' } };
    const parts: BrainStreamPart[] = [];
    const error = await collect(brain().stream!(owner), parts).then(
      () => expect.fail('the stream ended with a reply'),
      (e: unknown) => e as BrainFailure,
    );
    expect(error).toBeInstanceOf(BrainFailure);
    expect(error.message).toMatch(/actions are not JSON/);
    expect(parts.map((p) => (p.type === 'text' ? p.text : '')).join('')).toBe('Sure, his number is ');
  });
});

describe.skipIf(!spec)("the scripted server speaks OpenAI's wire format", () => {
  it('answers words and a tool call, whole and streamed, in bodies and chunks that match the description', async () => {
    const tool = { type: 'function', function: { name: 'receptionist_actions', parameters: { type: 'object' } } };
    server.enqueue({ reply: modelReply() }, { reply: modelReply() });
    const ask = (stream: boolean) =>
      fetch(`${server.url}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], tools: [tool], stream }),
      });
    const whole = (await (await ask(false)).json()) as { choices: { message: { tool_calls: unknown[] } }[] };
    expect(spec!.responseProblems(whole)).toEqual([]);
    expect(whole.choices[0]!.message.tool_calls).toHaveLength(1);
    const events = (await (await ask(true)).text()).split('\n\n').filter((e) => e.startsWith('data: {'));
    const chunks = events.map((e) => JSON.parse(e.slice('data: '.length)) as unknown);
    expect(chunks.flatMap((c) => spec!.chunkProblems(c))).toEqual([]);
    expect(JSON.stringify(chunks)).toMatch(/"tool_calls":\[\{"index":0,"id":"call_/);
  });

  it("answers and fails with bodies that match OpenAI's API description", async () => {
    server.enqueue({ reply: modelReply() }, { status: 429, headers: { 'retry-after': '1' } });
    const ask = () =>
      fetch(`${server.url}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
      });
    const ok = await ask();
    expect(spec!.responseProblems(await ok.json())).toEqual([]);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(spec!.errorProblems(await limited.json())).toEqual([]);
  });
});
