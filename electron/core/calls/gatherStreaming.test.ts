import { afterEach, describe, expect, it } from 'vitest';
import type { CallDetail } from '../../shared/models';
import type { SettingsPatch } from '../../shared/settings';
import { receptionistToolName } from '../brain/openai/modelReply';
import {
  offersTool,
  startScriptedOpenAi,
  type RecordedRequest,
  type ScriptedOpenAi,
  type ScriptedStep,
} from '../../../test/support/scriptedOpenAi';
import { modelAnalysis, modelReply } from '../../../test/support/testReplies';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { WebhookClient } from '../twilio/simulator/webhookClient';

const authToken = 'gather-streaming-token';
const apiKey = 'sk-test-gather-streaming-0123456789';
const saturdayNight = new Date('2026-11-29T04:00:00Z');
const roofReply = 'Sure, we can take a look at that roof this week. Can I get your name and the address of the job, please?';

let core: TestCore | undefined;
let model: ScriptedOpenAi | undefined;
afterEach(async () => {
  await core?.stop();
  await model?.close();
  core = model = undefined;
});

const bodyOf = (request: RecordedRequest) => request.body as { messages: { content: string }[] };
const isTurn = (request: RecordedRequest) => offersTool(request, receptionistToolName);

/** A core on the OpenAI brain whose turns are answered by `turn` (by the caller's latest words). */
async function start(turn: (words: string) => ScriptedStep, settings: SettingsPatch = {}) {
  model = await startScriptedOpenAi({
    apiKey,
    respond: (request) =>
      isTurn(request) ? turn(bodyOf(request).messages.at(-1)!.content) : { reply: modelAnalysis({ summary: 'A roof job.' }) },
  });
  core = await startTestCore(
    { voiceMode: 'always', aiTurnBudgetMs: 6000, ...settings },
    { authToken, now: () => saturdayNight, env: { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: model.url } },
  );
  return { c: core, m: model };
}

const detailOf = async (c: TestCore, callSid: string): Promise<CallDetail> => {
  const id = c.store.calls.findBySid(callSid)!.id;
  return (await c.api(`/api/calls/${id}`)).json() as Promise<CallDetail>;
};
const client = () => new WebhookClient({ authToken, timeoutMs: 10_000, onRequest: () => {} });
const paths = (call: { requests: { url: string }[] }) => call.requests.map((r) => new URL(r.url).pathname.split('/').at(-1));
const aiWords = (detail: CallDetail) => detail.turns.filter((t) => t.speaker === 'ai').map((t) => t.text);

describe('Gather turns spoken while the model writes them (#18)', () => {
  it('says the first sentence at once and the rest from a continuation, storing the turn once, whole; replays get the same', async () => {
    // 20 tokens a second: the second sentence comes well after the first.
    const { c, m } = await start(() => ({ reply: modelReply({ say: roofReply }), tokensPerSecond: 20 }));
    const call = c.call();
    await call.start();
    await call.say('my roof is leaking over the kitchen');

    expect(paths(call).slice(1)).toEqual(['gather', 'gather-more']);
    expect(call.heard().slice(-2)).toEqual([
      'Sure, we can take a look at that roof this week.',
      'Can I get your name and the address of the job, please?',
    ]);
    // Barge-in stays possible: the rest is said inside the next Gather.
    expect(call.state).toBe('gathering');
    expect(call.lastTwiml).toMatch(/<Gather[^>]*turn=2[^>]*><Say[^>]*>Can I get your name/);
    const detail = await detailOf(c, call.callSid);
    expect(aiWords(detail).at(-1)).toBe(roofReply);
    expect(detail.turns.filter((t) => t.speaker === 'caller')).toHaveLength(1);

    const [gather, more] = call.requests.slice(1);
    const replays = await Promise.all([gather!, more!].map((r) => client().send('caller', 'POST', r.url, r.params)));
    expect(replays.map((r) => r.body)).toEqual([gather!.body, more!.body]);
    expect(m.requests.filter(isTurn)).toHaveLength(1);
    expect((await detailOf(c, call.callSid)).turns).toHaveLength(detail.turns.length);
  });

  it("a streamed goodbye still ends the call, after all of the reply's words", async () => {
    const goodbye = 'Thanks, Dana, Mike will call you back after five. Have a good night!';
    const { c } = await start(() => ({ reply: modelReply({ say: goodbye, action: 'end' }), tokensPerSecond: 20 }));
    const call = c.call();
    await call.start();
    await call.say("no that's all, thanks");
    expect(paths(call).slice(1, 3)).toEqual(['gather', 'gather-more']);
    expect(call.heard().slice(-2)).toEqual(['Thanks, Dana, Mike will call you back after five.', 'Have a good night!']);
    expect(call.state).toBe('ended');
    expect(aiWords(await detailOf(c, call.callSid)).at(-1)).toBe(goodbye);
  });

  it('says a filler when the model is slow, then its reply; the filler is not stored as the answer', async () => {
    const { c } = await start(() => ({ reply: modelReply({ say: 'Got it. Can I get your name?' }), delayMs: 2500 }));
    const call = c.call();
    await call.start();
    await call.say('I need a roof quote');
    expect(paths(call).slice(1)).toEqual(['gather', 'gather-more']);
    const [fillerWords, reply] = call.heard().slice(-2);
    expect(fillerWords).toMatch(/moment|check|see|second/i);
    expect(reply).toBe('Got it. Can I get your name?');
    expect(aiWords(await detailOf(c, call.callSid))).not.toContain(fillerWords);
  });

  it('a model that never answers: a filler, then the offline brain within the budget', async () => {
    const { c } = await start(() => ({ stall: true }), { aiTurnBudgetMs: 2500 });
    const call = c.call();
    await call.start();
    await call.say('I need a roof quote');
    expect(paths(call).slice(1)).toEqual(['gather', 'gather-more']);
    expect(call.heard().at(-2)).toMatch(/moment|check|see|second/i);
    expect(call.heard().at(-1)).toMatch(/name/i);
    const detail = await detailOf(c, call.callSid);
    expect(detail.turns.filter((t) => t.ai).map((t) => t.ai!.fallback)).toEqual([true]);
    expect(detail.brainNotes?.at(-1)).toMatch(/said nothing within 2500 ms/);
  });

  it("starts the reply on the caller's stable partial words and answers from it when the final words match", async () => {
    const { c, m } = await start(() => ({ reply: modelReply({ say: 'Got it. Can I get your name?' }), delayMs: 300 }));
    const call = c.call();
    await call.start();
    const partialUrl = /partialResultCallback="([^"]+)"/.exec(call.lastTwiml!)![1]!.replaceAll('&amp;', '&');
    expect(new URL(partialUrl).searchParams.get('turn')).toBe('1');
    const partial = (stable: string, unstable: string, sequence: number) =>
      client().send('caller', 'POST', partialUrl, {
        CallSid: call.callSid,
        StableSpeechResult: stable,
        UnstableSpeechResult: unstable,
        SequenceNumber: String(sequence),
      });
    // Words still unstable start nothing: a request per word would be paid for.
    await partial('I need a', ' roof', 1);
    await partial('I', '', 2);
    await partial('I need a roof', '', 3);
    await partial('I need a roof quote', '', 4);
    await expect.poll(() => m.requests.filter(isTurn).length).toBe(2);
    await call.say('I need a roof quote.');

    expect(call.heard().at(-1)).toBe('Got it. Can I get your name?');
    const turns = m.requests.filter(isTurn);
    expect(turns).toHaveLength(2);
    expect(turns.map((r) => bodyOf(r).messages.at(-1)!.content)).toEqual(['I need a roof', 'I need a roof quote']);
    expect(turns[0]!.aborted).toBe(true);
    const detail = await detailOf(c, call.callSid);
    expect(detail.turns.filter((t) => t.speaker === 'caller').map((t) => t.text)).toEqual(['I need a roof quote.']);
  });

  it('discards a reply started on partial words the final words do not match, and answers the final words', async () => {
    const { c, m } = await start((words) => ({ reply: modelReply({ say: `You said: ${words}.` }), delayMs: 300 }));
    const call = c.call();
    await call.start();
    const partialUrl = /partialResultCallback="([^"]+)"/.exec(call.lastTwiml!)![1]!.replaceAll('&amp;', '&');
    await client().send('caller', 'POST', partialUrl, { CallSid: call.callSid, StableSpeechResult: 'I need a roof' });
    await expect.poll(() => m.requests.filter(isTurn).length).toBe(1);
    await call.say('I need a roofer tomorrow');

    expect(call.heard().at(-1)).toBe('You said: I need a roofer tomorrow.');
    const turns = m.requests.filter(isTurn);
    expect(turns).toHaveLength(2);
    expect(turns[0]!.aborted).toBe(true);
    expect(aiWords(await detailOf(c, call.callSid)).at(-1)).toBe('You said: I need a roofer tomorrow.');
  });
});
