import { afterEach, describe, expect, it } from 'vitest';
import type { CallDetail } from '../../shared/models';
import type { SettingsPatch } from '../../shared/settings';
import { offersTool, startScriptedOpenAi, type RecordedRequest, type ScriptedOpenAi } from '../../../test/support/scriptedOpenAi';
import { receptionistToolName } from '../brain/openai/modelReply';
import { modelAnalysis, modelReply } from '../../../test/support/testReplies';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { WebhookClient } from '../twilio/simulator/webhookClient';

const authToken = 'replay-test-token';
const apiKey = 'sk-test-replay-0123456789';
const saturdayNight = new Date('2026-11-29T04:00:00Z');

let core: TestCore | undefined;
let model: ScriptedOpenAi | undefined;
afterEach(async () => {
  await core?.stop();
  await model?.close();
  core = model = undefined;
});

const isTurn = (request: RecordedRequest) => offersTool(request, receptionistToolName);

/** A core on the OpenAI brain whose every turn takes `delayMs` of model time. */
async function start(delayMs = 0, settings: SettingsPatch = {}) {
  model = await startScriptedOpenAi({
    apiKey,
    respond: (request) =>
      isTurn(request)
        ? { reply: modelReply({ say: 'Got it. Can I get your name?' }), delayMs }
        : { reply: modelAnalysis({ summary: 'A caller needs a roof looked at.' }) },
  });
  core = await startTestCore(
    { voiceMode: 'always', aiTurnBudgetMs: 5000, ...settings },
    { authToken, now: () => saturdayNight, env: { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: model.url } },
  );
  return { c: core, m: model };
}

const detailOf = async (c: TestCore, callSid: string): Promise<CallDetail> => {
  const id = c.store.calls.findBySid(callSid)!.id;
  return (await c.api(`/api/calls/${id}`)).json() as Promise<CallDetail>;
};
const replayer = () => new WebhookClient({ authToken, timeoutMs: 10_000, onRequest: () => {} });

describe('Gather turns (#12)', () => {
  it('a replayed gather gets the same TwiML again, with no new model request and nothing stored twice', async () => {
    const { c, m } = await start();
    const call = c.call();
    await call.start();
    await call.say('my roof is leaking');
    const gather = call.requests.find((r) => new URL(r.url).pathname.endsWith('/voice/gather'))!;
    expect(new URL(gather.url).searchParams.get('turn')).toBe('1');
    const turnsBefore = (await detailOf(c, call.callSid)).turns.length;
    const modelRequests = m.requests.filter(isTurn).length;

    const replays = await Promise.all([1, 2].map(() => replayer().send('caller', 'POST', gather.url, gather.params)));
    for (const replay of replays) {
      expect(replay.status).toBe(200);
      expect(replay.body).toBe(gather.body);
    }
    expect(m.requests.filter(isTurn)).toHaveLength(modelRequests);
    expect((await detailOf(c, call.callSid)).turns).toHaveLength(turnsBefore);
    // The next Gather is the call's second turn.
    expect(gather.body).toContain('turn=2');
  });

  it('a replay that arrives while the turn is still being answered shares its answer', async () => {
    const { c, m } = await start(300);
    const call = c.call();
    await call.start();
    const action = /<Gather[^>]* action="([^"]+)"/.exec(call.lastTwiml!)![1]!.replaceAll('&amp;', '&');
    const params = { CallSid: call.callSid, From: call.from, To: call.to, SpeechResult: 'my roof is leaking', Confidence: '0.9' };
    const [first, retry] = await Promise.all([
      replayer().send('caller', 'POST', action, params),
      replayer().send('caller', 'POST', action, params),
    ]);
    expect(first.status).toBe(200);
    expect(retry.body).toBe(first.body);
    expect(m.requests.filter(isTurn)).toHaveLength(1);
    expect((await detailOf(c, call.callSid)).turns.filter((t) => t.speaker === 'caller')).toHaveLength(1);
  });

  it('a completed status that overtakes the last gather still has that turn in the transcript and the summary', async () => {
    const { c, m } = await start(400);
    const call = c.call();
    await call.start();
    const saying = call.say('my gutter fell off');
    await expect.poll(() => m.requests.filter(isTurn).length).toBe(1);
    // The caller hangs up while the model is still answering: Twilio's `completed` arrives first.
    await call.sendStatusCallback('completed', { CallDuration: '20' });
    await saying;
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail.transcript).toContain('Caller: my gutter fell off');
    const analysis = m.requests.filter((r) => !isTurn(r)).at(-1)!;
    expect(JSON.stringify(analysis.body)).toContain('my gutter fell off');
  });

  it('a test call is answered over Gather even when calls stream over ConversationRelay', async () => {
    const { c } = await start(0, { conversationTransport: 'relay' });
    const real = c.call({ from: '+13035550142' });
    await real.start();
    expect(real.lastTwiml).toContain('<ConversationRelay');

    const send = (path: string, body: unknown) =>
      c
        .api(path, { method: 'POST', body: JSON.stringify(body) })
        .then((r) => r.json() as Promise<{ state: string; callId: string }>);
    const started = await send('/api/test-call', {});
    expect(started.state).toBe('listening');
    const after = await send('/api/test-call/say', { text: 'I need a roof quote' });
    expect(after.state).toBe('listening');
    const detail = (await (await c.api(`/api/calls/${started.callId}`)).json()) as CallDetail;
    expect(detail.turns.map((t) => t.text)).toContain('I need a roof quote');
  });
});
