import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import type { SettingsPatch } from '../../shared/settings';
import { startScriptedOpenAi, type ScriptedOpenAi, type ScriptedStep } from '../../../test/support/scriptedOpenAi';
import { modelReply } from '../../../test/support/testReplies';
import type { AppEvent } from '../../shared/models';
import { webhookPaths } from '../calls/webhookPaths';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { RelayCall } from '../twilio/simulator/relayCall';
import { childElements, parseTwiml } from '../twilio/simulator/twimlParser';

const apiKey = 'sk-test-relay-0123456789';
let core: TestCore | undefined;
let model: ScriptedOpenAi | undefined;
afterEach(async () => {
  await core?.stop();
  await model?.close();
  core = model = undefined;
});

async function start(settings: SettingsPatch = {}, steps?: (words: string) => ScriptedStep) {
  if (steps) {
    model = await startScriptedOpenAi({
      apiKey,
      respond: (request) => {
        const messages = (request.body as { messages: { content: string }[] }).messages;
        return steps(messages.at(-1)!.content);
      },
    });
  }
  core = await startTestCore(
    { conversationTransport: 'relay', ...settings },
    model ? { env: { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: model.url } } : {},
  );
  return core;
}

const relayCall = (c: TestCore) => new RelayCall({ publicUrl: c.publicUrl, authToken: c.authToken });
const turnsOf = (c: TestCore, callSid: string) => {
  const call = c.store.calls.findBySid(callSid)!;
  return c.store.calls.turns(call.id).map((t) => `${t.speaker}: ${t.text}`);
};
const verbs = (xml: string) => childElements(parseTwiml(xml)).map((e) => e.name);

describe('ConversationRelay calls', () => {
  it('answers with <Connect><ConversationRelay> carrying the greeting and voice settings', async () => {
    const c = await start({
      tradeTerms: ['soffit', 'flashing'],
      relayVoice: 'UgBBYS2sOqTuMpoF3BR0',
      relayInterruptible: 'speech',
    });
    const call = relayCall(c);
    expect(await call.ring()).toBe(true);
    expect(call.relayUrl).toBe(`${c.publicUrl.replace('http', 'ws')}/api/webhooks/twilio/relay`);
    expect(call.actionUrl).toBe(`${c.publicUrl}${webhookPaths.relayComplete}`);
    expect(call.greeting).toMatch(/Summit Roofing/);
    expect(call.relayAttributes).toMatchObject({
      hints: 'soffit, flashing',
      voice: 'UgBBYS2sOqTuMpoF3BR0',
      interruptible: 'speech',
      ttsProvider: 'ElevenLabs',
      transcriptionProvider: 'Deepgram',
      language: 'en-US',
    });
    expect(turnsOf(c, call.callSid)).toEqual([`ai: ${call.greeting}`]);
  });

  it('refuses an unsigned or wrongly signed WebSocket upgrade with 403 and opens no session', async () => {
    const c = await start();
    const call = relayCall(c);
    await call.ring();
    await expect(call.connect({ signature: 'forged' })).rejects.toThrow(/HTTP 403/);
    const elsewhere = twilio.getExpectedTwilioSignature(c.authToken, `${call.relayUrl}?x=1`, {});
    await expect(call.connect({ signature: elsewhere })).rejects.toThrow(/HTTP 403/);
    expect(c.logs.filter((l) => l.startsWith('relay refused'))).toHaveLength(2);
  });

  it('plays a whole call with the offline brain, storing turns and events exactly as Gather does', async () => {
    const c = await start();
    const events: AppEvent[] = [];
    c.events.subscribe((e) => events.push(e));
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    const first = await call.prompt('I need a roof quote');
    expect(first.tokens.at(-1)!.last).toBe(true);
    expect(first.text).toMatch(/name/i);
    const second = await call.prompt('yeah this is Dana');
    expect(second.text).toMatch(/Dana/);
    await call.close();
    await c.settle();
    expect(turnsOf(c, call.callSid)).toEqual([
      `ai: ${call.greeting}`,
      'caller: I need a roof quote',
      `ai: ${first.text}`,
      'caller: yeah this is Dana',
      `ai: ${second.text}`,
    ]);
    expect(c.store.leads.findById(c.store.calls.findBySid(call.callSid)!.leadId!)?.name).toBe('Dana');
    // The greeting, then two turns of two rows each.
    expect(events.filter((e) => e.type === 'turn.added')).toHaveLength(5);
  });

  it("streams the model's words as they are generated and stores what was spoken", async () => {
    const say = 'Sure, we do roof repairs all over town. Can I get your name, please?';
    const c = await start({}, () => ({ reply: modelReply({ say, intent: 'quote' }), delayMs: 40, tokensPerSecond: 50 }));
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    const reply = await call.prompt('do you fix roofs');
    const request = model!.requests[0]!;
    expect((request.body as { stream?: boolean }).stream).toBe(true);
    expect(reply.tokens.length).toBeGreaterThan(2);
    // The first words went out long before the model had finished.
    expect(reply.tokens[0]!.at).toBeLessThan(request.answeredAt! - 100);
    expect(reply.tokens[0]!.at - request.firstTokenAt!).toBeLessThan(30);
    expect(reply.text).toBe(say);
    await call.close();
    expect(turnsOf(c, call.callSid).slice(1)).toEqual(['caller: do you fix roofs', `ai: ${say}`]);
    expect(c.store.calls.findBySid(call.callSid)?.callerIntent).toBe('quote');
  });

  it('sends the first words before the model has written any of its actions, and acts on them once it has (#18)', async () => {
    let writeActions!: () => void;
    const actionsWritten = new Promise<void>((resolve) => (writeActions = resolve));
    const say = 'Sure, we can take a look at that roof. Can I get your name, please?';
    const c = await start({}, () => ({ reply: modelReply({ say, intent: 'quote' }), toolCallAfter: actionsWritten }));
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    const before = call.received.length;
    const replied = call.prompt('do you fix roofs');
    await call.waitForMessages(before + 1);
    expect(call.received[before]).toMatchObject({ type: 'text', token: expect.stringMatching(/^Sure/) as string, last: false });
    // The model's tool call has not started: nothing but its words can have been sent.
    expect(model!.requests[0]!.toolCallAt).toBeNull();
    writeActions();
    expect((await replied).text).toBe(say);
    expect(model!.requests[0]!.toolCallAt).not.toBeNull();
    await call.close();
    expect(turnsOf(c, call.callSid).slice(1)).toEqual(['caller: do you fix roofs', `ai: ${say}`]);
    expect(c.store.calls.findBySid(call.callSid)?.callerIntent).toBe('quote');
  });

  it("never streams the owner's private number, saying the checked reply instead", async () => {
    const say = 'Sure, you can reach Mike directly at 303 555 0122 any time.';
    const c = await start({}, () => ({ reply: modelReply({ say }), delayMs: 10, tokensPerSecond: 200 }));
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    const reply = await call.prompt("what's his cell");
    expect(reply.text.replace(/\D/g, '')).not.toContain('5550122');
    expect(reply.text).toMatch(/can't share that/);
    await call.close();
    expect(turnsOf(c, call.callSid).at(-1)).toBe(`ai: ${reply.text}`);
  });

  it('on barge-in stops streaming, aborts the model and stores only what the caller heard', async () => {
    const say = 'Sure, we can come out this week and take a look at the whole roof, the gutters and the flashing too.';
    const c = await start({}, () => ({ reply: modelReply({ say }), delayMs: 20, tokensPerSecond: 10 }));
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    void call.prompt('can you come out');
    await call.waitForMessages(1);
    call.interrupt('Sure, we');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = call.received.length;
    expect(model!.requests[0]!.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(call.received).toHaveLength(sent);
    expect(turnsOf(c, call.callSid).slice(1)).toEqual(['caller: can you come out', 'ai: Sure, we']);
  });

  it('stores only the heard part when the caller cuts in after the reply was fully sent', async () => {
    const c = await start();
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    await call.prompt('I need a roof quote');
    call.interrupt('Sure');
    await call.close();
    expect(turnsOf(c, call.callSid).slice(1)).toEqual(['caller: I need a roof quote', 'ai: Sure']);
  });

  it('says a filler when the model is slow, then its words; the filler is not stored as the answer (#18)', async () => {
    const say = 'Got it. Can I get your name, please?';
    const c = await start({ aiTurnBudgetMs: 6000 }, () => ({ reply: modelReply({ say }), delayMs: 2200, tokensPerSecond: 100 }));
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    const reply = await call.prompt('I need a roof quote');
    expect(reply.tokens[0]!.token).toMatch(/^(Let me check on that|One moment|Okay, let me see|Just a second|Sure, give me)/);
    expect(reply.tokens[0]!.last).toBe(false);
    expect(reply.text).toBe(`${reply.tokens[0]!.token}${say}`);
    await call.close();
    expect(turnsOf(c, call.callSid).slice(1)).toEqual(['caller: I need a roof quote', `ai: ${say}`]);
  });

  it('answers with the offline brain when the model says nothing within the budget', async () => {
    const c = await start({ aiTurnBudgetMs: 500 }, () => ({ stall: true }));
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    const reply = await call.prompt('I need a roof quote');
    expect(reply.text).toMatch(/name/i);
    await call.close();
    const detail = c.store.calls.detail(c.store.calls.findBySid(call.callSid)!.id)!;
    expect(detail.turns.at(-1)).toMatchObject({ speaker: 'ai', ai: { brain: 'offline', fallback: true } });
    expect(c.store.calls.findBySid(call.callSid)!.brainNotes.join()).toMatch(/said nothing within 500 ms/);
  });

  it('hands a transfer to the <Connect action>, which dials the owner as Gather does', async () => {
    const c = await start();
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    const asked = await call.prompt('can I talk to a real person');
    expect(asked.handoffData ?? null).toBeNull();
    const reply = await call.prompt("it's sam lee");
    expect(reply.handoffData).not.toBeNull();
    expect(JSON.parse(reply.handoffData!)).toMatchObject({ action: 'transfer' });
    const twiml = await call.complete();
    expect(verbs(twiml)).toEqual(['Say', 'Redirect']);
    expect(twiml).toContain(webhookPaths.transfer);
  });

  it('puts a caller who says nothing to "who may I say is calling?" through, as a Gather call is', async () => {
    core = await startTestCore({ conversationTransport: 'relay' }, { relaySilenceBeforePutThroughMs: 100 });
    const call = relayCall(core);
    await call.ring();
    await call.connect();
    const asked = await call.prompt('can I talk to mike please');
    expect(asked.handoffData ?? null).toBeNull();
    await call.waitForMessages(call.received.length + 1);
    const end = call.received.at(-1)!;
    expect(end).toMatchObject({ type: 'end' });
    expect(JSON.parse((end as { handoffData: string }).handoffData)).toMatchObject({
      action: 'transfer',
      say: "I'll put you through to Mike now.",
    });
    const twiml = await call.complete();
    expect(twiml).toContain(webhookPaths.transfer);
    expect(turnsOf(core, call.callSid).slice(-2)).toEqual([
      expect.stringMatching(/^ai: .*Who may I say is calling\?$/),
      "ai: I'll put you through to Mike now.",
    ]);
  });

  it('waits on an ordinary question however long the caller is quiet, and a caller who answers cancels the wait', async () => {
    core = await startTestCore({ conversationTransport: 'relay' }, { relaySilenceBeforePutThroughMs: 100 });
    const quiet = relayCall(core);
    await quiet.ring();
    await quiet.connect();
    await quiet.prompt('I need a roof quote');
    const before = quiet.received.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(quiet.received.slice(before)).toEqual([]);
    const answering = relayCall(core);
    await answering.ring();
    await answering.connect();
    await answering.prompt('can I talk to mike please');
    answering.send({ type: 'prompt', voicePrompt: 'uh', lang: 'en-US', last: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answering.received.some((m) => m.type === 'end')).toBe(false);
    const through = await answering.prompt("it's dana lee");
    expect(JSON.parse(through.handoffData!)).toMatchObject({ action: 'transfer' });
  });

  it('hands the call to a person when the caller presses 0; other keys change nothing', async () => {
    const c = await start();
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    await call.prompt('I need a roof quote');
    const received = call.received.length;
    call.send({ type: 'dtmf', digit: '7' });
    const reply = await call.pressKey('0');
    expect(call.received.slice(received).map((m) => m.type)).toEqual(['end']);
    expect(JSON.parse(reply.handoffData!)).toMatchObject({ action: 'transfer' });
    const twiml = await call.complete();
    expect(verbs(twiml)).toEqual(['Say', 'Redirect']);
    expect(twiml).toContain(webhookPaths.transfer);
    const turns = c.store.calls.turns(c.store.calls.findBySid(call.callSid)!.id);
    expect(turns.slice(-2)).toEqual([
      expect.objectContaining({ speaker: 'caller', kind: 'keypad', text: '0' }),
      expect.objectContaining({ speaker: 'ai', text: expect.stringMatching(/on the line/) }),
    ]);
    expect(c.logs.some((l) => l.startsWith('relay dtmf ignored'))).toBe(true);
  });

  it('continues over Gather when the socket drops (64105), keeping the call', async () => {
    const c = await start();
    const call = relayCall(c);
    await call.ring();
    await call.connect();
    await call.prompt('I need a roof quote');
    const twiml = await call.complete({ errorCode: '64105' });
    expect(verbs(twiml)).toEqual(['Gather']);
    const url = `${c.publicUrl}${webhookPaths.gather}`;
    const params = { CallSid: call.callSid, From: call.from, To: call.to, SpeechResult: 'yeah this is Dana', Confidence: '0.9' };
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(c.authToken, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
    expect(verbs(await response.text())).toEqual(['Gather']);
    expect(c.store.calls.findBySid(call.callSid)!.brainNotes.join()).toMatch(/64105/);
    expect(turnsOf(c, call.callSid).filter((t) => t.startsWith('caller:'))).toEqual([
      'caller: I need a roof quote',
      'caller: yeah this is Dana',
    ]);
    expect(c.store.db.prepare('SELECT count(*) FROM voice_calls').pluck().get()).toBe(1);
  });

  it('keeps the Gather loop when the setting says so', async () => {
    const c = await start({ conversationTransport: 'gather' });
    const call = relayCall(c);
    expect(await call.ring()).toBe(false);
    expect(verbs(call.twiml)).toEqual(['Gather']);
  });
});
