import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { realtimePrices, type SettingsPatch } from '../../shared/settings';
import {
  quotedWords,
  startScriptedRealtime,
  type RealtimeStep,
  type RealtimeTurn,
  type ScriptedRealtime,
} from '../../../test/support/scriptedRealtime';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { speechMulaw } from '../twilio/simulator/localSpeech';
import { MediaStreamCall } from '../twilio/simulator/mediaStreamCall';
import { childElements, parseTwiml } from '../twilio/simulator/twimlParser';
import { RealtimeUsage, realtimeCostUsd } from './realtimeUsage';

const apiKey = 'sk-test-realtime-0123456789';
let core: TestCore | undefined;
let model: ScriptedRealtime | undefined;
afterEach(async () => {
  await core?.stop();
  await model?.close();
  core = model = undefined;
});

/** The greeting is said as asked; `script` answers everything else. */
async function start(script: (turn: RealtimeTurn) => RealtimeStep, settings: SettingsPatch = {}) {
  model = await startScriptedRealtime({
    apiKey,
    synthesize: speechMulaw,
    respond: (turn) =>
      turn.trigger === 'response.create' && turn.instructions ? { say: quotedWords(turn.instructions) } : script(turn),
  });
  core = await startTestCore(
    { conversationTransport: 'realtime', voiceGreeting: 'Summit Roofing, AI assistant here.', ...settings },
    { env: { OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: model.url } },
  );
  return core;
}

async function answered(c: TestCore) {
  const call = new MediaStreamCall({ publicUrl: c.publicUrl, authToken: c.authToken });
  expect(await call.ring()).toBe(true);
  await call.connect();
  await call.heardReply();
  return call;
}

const turnsOf = (c: TestCore, callSid: string) => {
  const call = c.store.calls.findBySid(callSid)!;
  return c.store.calls.turns(call.id).map((t) => `${t.speaker}: ${t.text}`);
};
const verbs = (xml: string) => childElements(parseTwiml(xml)).map((e) => e.name);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const greetingTurn = 'ai: Summit Roofing, AI assistant here.';
const long =
  'We fix roofs, gutters, siding, skylights, chimneys, decks, fences, windows and doors all over town, every day of the week.';
/** The text of the messages a session was given with `conversation.item.create`, as `role: text`. */
const messagesGiven = (events: { type: string; [key: string]: unknown }[]) =>
  events
    .filter((e) => e.type === 'conversation.item.create')
    .map((e) => e.item as { type: string; role?: string; content?: { text?: string }[] })
    .filter((item) => item.type === 'message')
    .map((item) => `${item.role}: ${item.content?.[0]?.text ?? ''}`);
/** What the stand-in's responses cost at Pickup's prices for gpt-realtime. */
const billed = (m: ScriptedRealtime) =>
  m.usages.reduce<number>((sum, usage) => sum + realtimeCostUsd('gpt-realtime', RealtimeUsage.parse(usage), realtimePrices)!, 0);
const sessionInstructions = (events: { type: string; [key: string]: unknown }[]) =>
  (events.find((e) => e.type === 'session.update') as { session: { instructions: string } } | undefined)?.session.instructions;

describe('speech-to-speech calls (OpenAI Realtime over Media Streams)', () => {
  it('greets over <Connect><Stream> with the call token, in audio the model made before the stream opened', async () => {
    const c = await start(() => ({ stall: true }));
    const call = new MediaStreamCall({ publicUrl: c.publicUrl, authToken: c.authToken });
    expect(await call.ring()).toBe(true);
    expect(call.streamUrl).toBe(`${c.publicUrl.replace('http', 'ws')}/api/webhooks/twilio/media`);
    expect(call.actionUrl).toBe(`${c.publicUrl}/api/webhooks/twilio/voice/media-complete`);
    expect(call.parameters.pickupCallToken).toMatch(/^[\w-]{43}$/);
    await call.connect();
    await call.heardReply();
    expect(call.framesReceived).toBeGreaterThan(0);
    expect(call.marksPlayed.length).toBe(call.framesReceived);
    const update = model!.events.find((e) => e.type === 'session.update') as unknown as {
      session: { audio: unknown; instructions: string };
    };
    expect(update.session.audio).toMatchObject({
      input: { format: { type: 'audio/pcmu' } },
      output: { format: { type: 'audio/pcmu' } },
    });
    expect(update.session.instructions).toMatch(/Summit Roofing/);
    // Audio frames go to the model as they are: no compression asked for.
    expect(model!.extensionsOffered).toEqual(['']);
    expect(model!.problems).toEqual([]);
    expect(turnsOf(c, call.callSid)).toEqual(['ai: Summit Roofing, AI assistant here.']);
    await call.close();
  });

  it('captures a lead through tools, stores the turns as Gather does, prices the call and hangs up on end_call', async () => {
    const c = await start((turn) => {
      if (turn.trigger === 'response.create') return { say: 'Anything else?' };
      if (turn.index === 1)
        return {
          transcript: 'This is Dana, my roof leaks at 12 Elm Street.',
          say: 'Thanks Dana.',
          toolCalls: [
            {
              name: 'save_caller_details',
              arguments: { name: 'Dana', project: 'roof leak', address: '12 Elm Street', urgency: 'high' },
            },
          ],
        };
      return { transcript: "No, that's all.", say: 'Goodbye!', toolCalls: [{ name: 'end_call', arguments: {} }] };
    });
    const call = await answered(c);
    const spoke = await call.say('This is Dana, my roof leaks at twelve Elm Street.');
    await call.heardReply({ since: spoke, quietMs: 1500 });
    await call.say("No, that's all.");
    await call.closed();
    const xml = await call.complete();
    expect(verbs(xml)).toEqual(['Hangup']);
    const record = c.store.calls.findBySid(call.callSid)!;
    expect(turnsOf(c, call.callSid)).toEqual([
      'ai: Summit Roofing, AI assistant here.',
      'caller: This is Dana, my roof leaks at 12 Elm Street.',
      'ai: Thanks Dana. Anything else?',
      "caller: No, that's all.",
      'ai: Goodbye!',
    ]);
    expect(c.store.leads.findById(record.leadId!)).toMatchObject({ name: 'Dana', address: '12 Elm Street', urgency: 'high' });
    // Every response is paid for, the greeting's included.
    expect(c.store.calls.findById(record.id)!.aiCostUsd).toBeCloseTo(billed(model!), 9);
    expect(model!.problems).toEqual([]);
  });

  it('on barge-in clears Twilio, truncates the item at the audio played and stores only what was heard', async () => {
    const c = await start((turn) =>
      turn.index === 1 ? { transcript: 'What do you do?', say: long } : { transcript: 'Just roofs, thanks.', say: 'Sure.' },
    );
    const call = await answered(c);
    const heardBefore = call.bytesPlayed;
    await call.say('What do you do?');
    await call.firstAudioAfter(performance.now() - 50);
    // Let a second or so of the answer play, then talk over it.
    while (call.bytesPlayed - heardBefore < 8 * 1000) await new Promise((r) => setTimeout(r, 20));
    await call.heardReply({ since: await call.say('Just roofs, thanks.') });
    expect(call.clears).toBeGreaterThanOrEqual(1);
    expect(model!.truncations.length).toBeGreaterThanOrEqual(1);
    const cutAt = model!.truncations[0]!.audio_end_ms;
    expect(cutAt).toBeGreaterThan(500);
    const answer = turnsOf(c, call.callSid)[2]!;
    expect(long.startsWith(answer.replace('ai: ', ''))).toBe(true);
    expect(answer.length).toBeLessThan(long.length);
    expect(model!.problems).toEqual([]);
    await call.close();
  });

  it('puts an emergency through to the owner once, in the app words, through the transfer route', async () => {
    const c = await start(() => ({
      transcript: 'Water is pouring through my ceiling!',
      say: 'I am getting Mike now.',
      toolCalls: [
        { name: 'save_caller_details', arguments: { project: 'water through ceiling', urgency: 'emergency' } },
        { name: 'transfer_to_owner', arguments: {} },
      ],
    }));
    const call = await answered(c);
    await call.say('Water is pouring through my ceiling!');
    await call.closed();
    const xml = await call.complete();
    expect(verbs(xml)).toEqual(['Say', 'Redirect']);
    expect(xml).toContain('/api/webhooks/twilio/voice/transfer');
    const turns = turnsOf(c, call.callSid);
    expect(turns[1]).toBe('caller: Water is pouring through my ceiling!');
    expect(turns[2]).toMatch(/^ai: I am getting Mike now\. .+/);
    expect(c.store.calls.findBySid(call.callSid)!.brainState).toMatchObject({ transferAttempted: true });
  });

  it('takes a voicemail when the model asks for one', async () => {
    const c = await start(() => ({
      transcript: 'Can I leave a message?',
      say: 'Of course.',
      toolCalls: [{ name: 'take_voicemail', arguments: {} }],
    }));
    const call = await answered(c);
    await call.say('Can I leave a message?');
    await call.closed();
    expect(verbs(await call.complete())).toContain('Record');
  });

  it('puts the caller through on 0', async () => {
    const c = await start(() => ({ stall: true }));
    const call = await answered(c);
    call.pressKey('0');
    await call.closed();
    const xml = await call.complete();
    expect(xml).toContain('/api/webhooks/twilio/voice/transfer');
    expect(turnsOf(c, call.callSid)).toContain('caller: 0');
  });

  it.each([
    { failure: { drop: true }, connections: 2, turns: [greetingTurn] },
    { failure: { stall: true }, connections: 1, turns: [greetingTurn, 'caller: Hello?'] },
    { failure: { error: true }, connections: 1, turns: [greetingTurn, 'caller: Hello?'] },
  ] as { failure: RealtimeStep; connections: number; turns: string[] }[])(
    'carries on over Gather from the stored turns when OpenAI fails mid-call: $failure (a drop after one reconnect)',
    async ({ failure, connections, turns }) => {
      const c = await start(() => ({ transcript: 'Hello?', ...failure }), { aiTurnBudgetMs: 800 });
      const call = await answered(c);
      await call.say('Hello?');
      await call.closed();
      const xml = await call.complete();
      expect(verbs(xml)).toEqual(['Gather']);
      expect(xml).toContain('Sorry about that. Summit Roofing, AI assistant here.');
      expect(model!.connections()).toBe(connections);
      expect(turnsOf(c, call.callSid)).toEqual(turns);
      expect(c.store.calls.findBySid(call.callSid)!.brainNotes.join(' ')).toMatch(/speech to speech/);
      expect(model!.problems).toEqual([]);
    },
  );

  it('reconnects once when the socket drops mid-reply: a new session with the same instructions and the stored turns answers the caller', async () => {
    const resumed = 'Sorry, the line cut out. What is the address?';
    const c = await start((turn) => {
      if (turn.connection === 1) return { transcript: 'My roof is leaking.', say: long, dropAfterAudioMs: 600 };
      if (turn.trigger === 'response.create') return { say: resumed };
      return { transcript: '12 Elm Street.', say: 'Thanks, we will call you.' };
    });
    const call = await answered(c);
    const spoke = await call.say('My roof is leaking.');
    while (!model!.eventsByConnection[1]?.some((e) => e.type === 'response.create')) await sleep(20);
    await call.heardReply({ since: spoke, quietMs: 1000 });
    await call.heardReply({ since: await call.say('12 Elm Street.') });
    await call.hangUp();
    while (turnsOf(c, call.callSid).length < 6) await sleep(20);

    expect(call.clears).toBe(0);
    expect(model!.connections()).toBe(2);
    const [first, second] = model!.eventsByConnection;
    expect(sessionInstructions(second!)).toBe(sessionInstructions(first!));
    const given = messagesGiven(second!);
    const partial = given[2]!.replace('assistant: ', '');
    expect(given.slice(0, 2)).toEqual(['assistant: Summit Roofing, AI assistant here.', 'user: My roof is leaking.']);
    expect(long.startsWith(partial) && partial.length > 0 && partial.length < long.length).toBe(true);
    expect(given[3]).toMatch(/^system: The phone line to you dropped/);
    expect(model!.problems).toEqual([]);
    // The caller heard the greeting, the reply as far as it came, the new session's answer and the next one, all of them.
    const spoken = await Promise.all(
      ['Summit Roofing, AI assistant here.', resumed, 'Thanks, we will call you.'].map((words) => speechMulaw(words)),
    );
    expect(call.bytesPlayed).toBe(spoken.reduce((bytes, audio) => bytes + audio.length, 0) + 600 * 8);
    expect(turnsOf(c, call.callSid)).toEqual([
      greetingTurn,
      'caller: My roof is leaking.',
      `ai: ${partial}`,
      `ai: ${resumed}`,
      'caller: 12 Elm Street.',
      'ai: Thanks, we will call you.',
    ]);
  });

  it('goes on over Gather at once when the reconnect is refused, with the turns stored as far as they went', async () => {
    const c = await start(() => {
      model!.refuse(true);
      return { transcript: 'My roof is leaking.', say: long, dropAfterAudioMs: 600 };
    });
    const call = await answered(c);
    await call.say('My roof is leaking.');
    await call.closed();
    const xml = await call.complete();
    expect(verbs(xml)).toEqual(['Gather']);
    const turns = turnsOf(c, call.callSid);
    expect(turns.slice(0, 2)).toEqual([greetingTurn, 'caller: My roof is leaking.']);
    const partial = turns[2]!.replace('ai: ', '');
    expect(long.startsWith(partial) && partial.length < long.length).toBe(true);
    // What the caller hears next: the last words they heard, again, then Gather listens.
    expect(xml).toContain(`Sorry about that. ${partial}`);
    expect(c.logs.some((l) => l.startsWith('OpenAI Realtime dropped: reconnecting once'))).toBe(true);
    expect(c.store.calls.findBySid(call.callSid)!.brainNotes.join(' ')).toMatch(/refused the connection: HTTP 503/);
  });

  it('wraps a call up politely at its cost cap: a goodbye promising a callback, the lead kept, cost and outcome stored', async () => {
    const c = await start(
      () => ({
        transcript: 'This is Dana, my roof leaks at 12 Elm Street.',
        say: 'Thanks Dana, I have twelve Elm Street and a leaking roof. Is water coming in right now, or only when it rains?',
        toolCalls: [{ name: 'save_caller_details', arguments: { name: 'Dana', project: 'roof leak', address: '12 Elm Street' } }],
      }),
      { realtimeCostCapUsd: 0.01, ownerName: 'Mike' },
    );
    const call = await answered(c);
    await call.say('This is Dana, my roof leaks at twelve Elm Street.');
    await call.closed();
    const xml = await call.complete();
    expect(verbs(xml)).toEqual(['Say', 'Hangup']);
    expect(xml).toContain('Mike will call you back, Dana.');
    // The answer the cap was reached on played to its end before the goodbye.
    expect(call.bytesPlayed).toBe(call.bytesReceived);
    const record = c.store.calls.findBySid(call.callSid)!;
    expect(turnsOf(c, call.callSid)).toEqual([
      greetingTurn,
      'caller: This is Dana, my roof leaks at 12 Elm Street.',
      expect.stringMatching(
        /^ai: Thanks Dana, .+ only when it rains\? I have to let you go now, but Mike will call you back, Dana\./,
      ),
    ]);
    expect(record.callbackRequested).toBe(true);
    expect(record.aiCostUsd).toBeGreaterThanOrEqual(0.01);
    expect(record.aiCostUsd).toBeCloseTo(billed(model!), 9);
    expect(record.brainNotes.join(' ')).toMatch(/cost cap of \$0\.01/);
    expect(c.store.leads.findById(record.leadId!)).toMatchObject({ name: 'Dana', address: '12 Elm Street' });
    // Nothing more was asked of the model once the cap was reached.
    expect(model!.events.filter((e) => e.type === 'response.create')).toHaveLength(1);
    while (c.store.calls.findById(record.id)!.outcome === null) await sleep(20);
  });

  it('wraps up after the greeting when the greeting alone reaches the cap, and counts what the greeting cost', async () => {
    const c = await start(() => ({ stall: true }), { realtimeCostCapUsd: 0.001 });
    const call = new MediaStreamCall({ publicUrl: c.publicUrl, authToken: c.authToken });
    await call.ring();
    await call.connect();
    await call.closed();
    const xml = await call.complete();
    expect(verbs(xml)).toEqual(['Say', 'Hangup']);
    expect(call.bytesPlayed).toBe(call.bytesReceived);
    expect(turnsOf(c, call.callSid)).toEqual([
      greetingTurn,
      'ai: I have to let you go now, but Mike will call you back. Thank you for calling, goodbye!',
    ]);
    const record = c.store.calls.findBySid(call.callSid)!;
    expect(record.aiCostUsd).toBeCloseTo(billed(model!), 9);
    expect(record.callbackRequested).toBe(true);
  });

  it('carries on over Gather when OpenAI cannot be reached at all', async () => {
    const c = await start(() => ({ stall: true }));
    model!.refuse(true);
    const call = new MediaStreamCall({ publicUrl: c.publicUrl, authToken: c.authToken });
    await call.ring();
    await call.connect();
    await call.closed();
    expect(verbs(await call.complete())).toEqual(['Gather']);
    expect(call.framesReceived).toBe(0);
  });

  it('refuses an unsigned or wrongly signed upgrade, and a start without the call token', async () => {
    const c = await start(() => ({ stall: true }));
    const call = new MediaStreamCall({ publicUrl: c.publicUrl, authToken: c.authToken });
    await call.ring();
    await expect(call.connect({ signature: 'forged' })).rejects.toThrow(/HTTP 403/);
    const elsewhere = twilio.getExpectedTwilioSignature(c.authToken, `${call.streamUrl}?x=1`, {});
    await expect(call.connect({ signature: elsewhere })).rejects.toThrow(/HTTP 403/);
    await call.connect({ customParameters: { pickupCallToken: 'guess' } });
    expect((await call.closed()).code).toBe(1008);
    expect(c.logs.filter((l) => l.startsWith('media stream refused'))).toHaveLength(3);
  });

  it('survives a frame flood: drops what is past a phone line, keeps the call and other calls', async () => {
    const c = await start((turn) => ({ transcript: 'Are you open?', say: `Yes, answer ${turn.index}.` }));
    const flooder = await answered(c);
    const frame = JSON.stringify({
      event: 'media',
      streamSid: flooder.streamSid,
      media: { payload: Buffer.alloc(160, 0x10).toString('base64') },
    });
    for (let i = 0; i < 20_000; i++) flooder.sendRaw(frame);
    flooder.sendRaw(Buffer.alloc(70 * 1024, 1), { binary: true });
    const other = await answered(c);
    await other.heardReply({ since: await other.say('Are you open?') });
    await other.hangUp();
    while (turnsOf(c, other.callSid).length < 3) await new Promise((r) => setTimeout(r, 20));
    expect(turnsOf(c, other.callSid).slice(1)).toEqual(['caller: Are you open?', 'ai: Yes, answer 1.']);
    expect(c.logs.some((l) => l.startsWith('media frames dropped'))).toBe(true);
    expect(model!.audioBytesIn()).toBeLessThan(20_000 * 160);
  });
});
