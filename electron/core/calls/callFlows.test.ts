import { afterEach, describe, expect, it } from 'vitest';
import { apiJson } from '../../../test/support/apiJson';
import { sampleCallerLines } from '../../../test/support/sampleCaller';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { startFakeTwilioRest, type FakeTwilioRest } from '../../../test/support/fakeTwilioRest';
import { WebhookClient } from '../twilio/simulator/webhookClient';

const accountSid = 'AC' + '1'.repeat(32);
const authToken = 'flow-test-token';
/** Saturday 2026-11-28 21:00 in Denver: after hours. */
const saturdayNight = new Date('2026-11-29T04:00:00Z');
/** Wednesday 2026-11-25 10:00 in Denver: business hours. */
const wednesdayMorning = new Date('2026-11-25T17:00:00Z');

let core: TestCore | undefined;
let twilioRest: FakeTwilioRest | undefined;
afterEach(async () => {
  await core?.stop();
  await twilioRest?.close();
  core = undefined;
  twilioRest = undefined;
});

async function start(settings: Parameters<typeof startTestCore>[0], now: Date) {
  twilioRest = await startFakeTwilioRest(accountSid, authToken);
  core = await startTestCore(settings, {
    authToken,
    now: () => now,
    env: { TWILIO_ACCOUNT_SID: accountSid, PICKUP_TWILIO_API_URL: twilioRest.url },
  });
  return core;
}

const detailOf = async (c: TestCore, callSid: string) => {
  const id = c.store.calls.findBySid(callSid)!.id;
  return apiJson('getCall', c.api(`/api/calls/${id}`));
};

describe('whole calls through the real webhooks', () => {
  it('after hours: the AI takes a quote with a callback, stores every turn, and texts the owner', async () => {
    const c = await start({ voiceMode: 'after_hours' }, saturdayNight);
    const call = c.call({ from: '+13035550142' });
    await call.start();
    for (const line of sampleCallerLines) await call.say(line);
    expect(call.state).toBe('ended');
    await call.hangup();
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail).toMatchObject({
      callerIntent: 'quote',
      outcome: 'scheduled',
      callbackRequested: true,
      callbackNumber: '+13035550142',
      leadName: 'Dana',
      status: 'completed',
    });
    // Sunday 17:00 in Denver: 5 PM had passed on Saturday when the caller asked.
    expect(detail.callbackTime).toBe('2026-11-30T00:00:00.000Z');
    expect(detail.turns).toHaveLength(13);
    expect(detail.turns.filter((t: { speaker: string }) => t.speaker === 'caller').map((t: { text: string }) => t.text)).toEqual(
      sampleCallerLines,
    );
    expect(detail.aiSummary).toContain('Dana');
    expect(detail.aiSummary).toContain('12 Oak Street');

    const [lead] = await apiJson('listLeads', c.api('/api/leads'));
    expect(lead).toMatchObject({ name: 'Dana', address: '12 Oak Street', phone: '+13035550142', status: 'new' });

    // The owner first, then one text back to the caller, both from the business number.
    expect(twilioRest!.messages.map((m) => [m.to, m.from])).toEqual([
      ['+13035550122', '+13035550100'],
      ['+13035550142', '+13035550100'],
    ]);
    expect(twilioRest!.messages[0]!.body).toMatch(/^New call from Dana, \(303\) 555-0142\nCall back: after 5/);
    expect(twilioRest!.messages[1]!.body).toMatch(
      /^Hi Dana, thanks for calling Summit Roofing\..*roof quote\. Mike will call you back tomorrow at 5:00 PM\./,
    );
  });

  it('a caller who asked for no call back after being asked when to call has none kept, nor promised', async () => {
    const c = await start({ voiceMode: 'after_hours' }, saturdayNight);
    const call = c.call({ from: '+13035550143' });
    await call.start();
    for (const line of [
      'hi this is marion keller you painted our upstairs and the stairwell last month',
      'it is 1420 pine street',
      'no need to call me back i just wanted to say thank you it looks wonderful',
      "no that's all",
    ])
      if (call.state !== 'ended') await call.say(line);
    await call.hangup();
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail).toMatchObject({ callbackRequested: false, callbackTime: null, leadName: 'Marion Keller' });
    expect(detail.outcome).not.toBe('scheduled');
    const said = detail.turns.filter((t: { speaker: string }) => t.speaker === 'ai').map((t: { text: string }) => t.text);
    expect(said.some((line: string) => /good time for Mike to call you back/.test(line))).toBe(true);
    expect(said.at(-1)).toMatch(/pass that on to Mike/);
    expect(said.join(' ')).not.toMatch(/will call you back/);
    expect(twilioRest!.messages[0]!.body).not.toMatch(/Call back:/);
  });

  it('an emergency is asked where it is, then goes straight through to the forwarding number, and the owner takes it', async () => {
    const c = await start({ voiceMode: 'always' }, saturdayNight);
    const call = c.call({
      dialedParty: (number) =>
        number === '+13035550111' ? { answer: 'answer', pressDigits: '1', talkSeconds: 60 } : { answer: 'no-answer' },
    });
    await call.start();
    await call.say('my basement is flooding');
    // The address first, so the owner can go even if the line drops; then who is calling.
    expect(call.heard().at(-1)).toMatch(/address/i);
    await call.say('12 Oak Street');
    expect(call.heard().at(-1)).toMatch(/your name/i);
    await call.say('dana lee');
    await call.hangup();
    await c.settle();

    const dial = call.events.find((e) => e.type === 'dial');
    expect(dial).toMatchObject({ number: '+13035550111', status: 'completed' });
    const detail = await detailOf(c, call.callSid);
    expect(detail).toMatchObject({ outcome: 'transferred', transferredTo: '+13035550111' });
    expect(c.store.leads.findById(detail.leadId!)?.urgency).toBe('emergency');
  });

  it('a transfer nobody answers tries the owner too, then takes a transcribed voicemail', async () => {
    const c = await start({ voiceMode: 'always' }, saturdayNight);
    const call = c.call();
    await call.start();
    await call.say('can I talk to a real person');
    await call.say("it's sam lee");
    expect(call.events.filter((e) => e.type === 'dial').map((e) => (e as { number: string }).number)).toEqual([
      '+13035550111',
      '+13035550122',
    ]);
    expect(call.state).toBe('recording');
    await call.leaveVoicemail('Hi this is Sam, my gutter fell off, call me back at 303 555 0177', 14);
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail.outcome).toBe('voicemail');
    expect(detail.recordings).toEqual([
      expect.objectContaining({ source: 'voicemail', duration: 14, transcription: expect.stringContaining('gutter') }),
    ]);
    expect(detail.turns.at(-1)).toMatchObject({ speaker: 'caller', kind: 'voicemail' });
    expect(twilioRest!.messages.map((m) => m.body).join('\n')).toContain('gutter fell off');
    const search = await apiJson('listCalls', c.api('/api/calls?search=gutter'));
    expect(search.map((x: { id: string }) => x.id)).toEqual([detail.id]);
  });

  it('overflow: the owner is rung first; no answer hands the caller to the AI', async () => {
    const c = await start({ voiceMode: 'overflow' }, wednesdayMorning);
    const call = c.call();
    await call.start();
    expect(call.events.find((e) => e.type === 'dial')).toMatchObject({ number: '+13035550111', status: 'no-answer' });
    expect(call.state).toBe('gathering');
    expect(call.heard().at(-1)).toContain('virtual assistant');
    await call.hangup();
    await c.settle();
    expect((await detailOf(c, call.callSid)).handledBy).toBe('ai');
  });

  it("overflow: the owner's own voicemail answering counts as missed (nobody pressed 1)", async () => {
    const c = await start({ voiceMode: 'overflow' }, wednesdayMorning);
    const call = c.call({ dialedParty: () => ({ answer: 'answer' }) });
    await call.start();
    expect(call.state).toBe('gathering');
    expect(call.heard().at(-1)).toContain('virtual assistant');
    await call.hangup();
  });

  it('overflow: the owner presses 1 and takes the call', async () => {
    const c = await start({ voiceMode: 'overflow' }, wednesdayMorning);
    const call = c.call({ dialedParty: () => ({ answer: 'answer', pressDigits: '1', talkSeconds: 120 }) });
    await call.start();
    await c.settle();
    expect(call.state).toBe('ended');
    expect(await detailOf(c, call.callSid)).toMatchObject({ outcome: 'answered', handledBy: 'owner' });
  });

  it('after hours mode rings the owner during business hours', async () => {
    const c = await start({ voiceMode: 'after_hours' }, wednesdayMorning);
    const call = c.call();
    await call.start();
    expect(call.events.find((e) => e.type === 'dial')).toMatchObject({ number: '+13035550111' });
    await call.hangup();
  });

  it('voice AI off rings the forwarding number, with a voicemail if unanswered', async () => {
    const c = await start({ voiceEnabled: false }, saturdayNight);
    const call = c.call();
    await call.start();
    expect(call.events.find((e) => e.type === 'dial')).toMatchObject({ number: '+13035550111', status: 'no-answer' });
    expect(call.state).toBe('recording');
    await call.hangup();
  });

  it('a caller who presses 0 is put through to a person; another key is answered and the call goes on', async () => {
    const c = await start({ voiceMode: 'always' }, saturdayNight);
    const call = c.call({
      dialedParty: (number) =>
        number === '+13035550111' ? { answer: 'answer', pressDigits: '1', talkSeconds: 30 } : { answer: 'no-answer' },
    });
    await call.start();
    await call.say('hi I need a roof quote');
    await call.pressDigits('5');
    expect(call.state).toBe('gathering');
    expect(call.heard().at(-1)).toMatch(/press 0 to reach a person/);
    await call.pressDigits('0');
    expect(call.events.find((e) => e.type === 'dial')).toMatchObject({ number: '+13035550111', status: 'completed' });
    await call.hangup();
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail.outcome).toBe('transferred');
    const keys = detail.turns.filter((t: { kind: string }) => t.kind === 'keypad');
    expect(keys).toEqual([
      expect.objectContaining({ speaker: 'caller', text: '5' }),
      expect.objectContaining({ speaker: 'caller', text: '0' }),
    ]);
    expect(detail.transcript).toContain('Caller pressed 0');
    // The roof quote the caller asked for before pressing keys is still what the call was about.
    expect(c.store.leads.findById(detail.leadId!)?.project).toMatch(/roof/i);
  });

  it('two silent turns in a row end in a voicemail offer', async () => {
    const c = await start({}, saturdayNight);
    const call = c.call();
    await call.start();
    await call.silence();
    expect(call.state).toBe('gathering');
    expect(call.heard().at(-1)).toMatch(/didn't catch that/);
    await call.silence();
    expect(call.state).toBe('recording');
    expect(call.heard().join(' ')).toMatch(/leave your name, number/);
    await call.hangup();
  });

  it('a caller asked who is calling after asking for the owner is put through when they say nothing', async () => {
    const c = await start({ voiceMode: 'always' }, saturdayNight);
    const call = c.call({
      dialedParty: (number) =>
        number === '+13035550111' ? { answer: 'answer', pressDigits: '1', talkSeconds: 30 } : { answer: 'no-answer' },
    });
    await call.start();
    await call.say('can I talk to mike please');
    expect(call.heard().at(-1)).toMatch(/who may I say is calling/i);
    await call.silence();
    expect(call.heard().join(' ')).toMatch(/I'll put you through to Mike now/);
    expect(call.events.find((e) => e.type === 'dial')).toMatchObject({ number: '+13035550111', status: 'completed' });
    await call.hangup();
    await c.settle();
    const detail = await detailOf(c, call.callSid);
    expect(detail.outcome).toBe('transferred');
    // No caller turn is made up for the silence: the receptionist's words are stored alone.
    expect(detail.turns.slice(-3).map((t: { speaker: string; text: string }) => [t.speaker, t.text])).toEqual([
      ['ai', expect.stringMatching(/who may I say is calling/i)],
      ['ai', "I'll put you through to Mike now."],
      ['ai', 'Connecting you now. Please hold.'],
    ]);
  });

  it('a caller with an emergency who says nothing when asked the address is put through, not sent to voicemail', async () => {
    const c = await start({ voiceMode: 'always' }, saturdayNight);
    const call = c.call({
      dialedParty: (number) =>
        number === '+13035550111' ? { answer: 'answer', pressDigits: '1', talkSeconds: 60 } : { answer: 'no-answer' },
    });
    await call.start();
    await call.say('there is water pouring out of the light in my kitchen ceiling');
    expect(call.heard().at(-1)).toMatch(/address/i);
    await call.silence();
    expect(call.events.find((e) => e.type === 'dial')).toMatchObject({ number: '+13035550111', status: 'completed' });
    expect(call.heard().join(' ')).not.toMatch(/didn't catch that/);
    await call.hangup();
  });

  it('with no number to ring, silence to "who may I say is calling?" is asked again, not promised a put-through', async () => {
    const c = await start({ voiceMode: 'always', forwardingNumber: '', ownerPhone: '' }, saturdayNight);
    const call = c.call();
    await call.start();
    await call.say('can I talk to mike please');
    await call.silence();
    expect(call.heard().at(-1)).toMatch(/didn't catch that/);
    expect(call.heard().join(' ')).not.toMatch(/put you through to Mike now/);
    await call.hangup();
  });

  it('silence after an ordinary question is asked again: only a put-through waits on nothing', async () => {
    const c = await start({ voiceMode: 'always' }, saturdayNight);
    const call = c.call();
    await call.start();
    await call.say('hi I need a quote on new gutters');
    await call.silence();
    expect(call.state).toBe('gathering');
    expect(call.heard().at(-1)).toMatch(/didn't catch that/);
    expect(call.events.some((e) => e.type === 'dial')).toBe(false);
    await call.hangup();
  });

  it('a call never runs past voiceMaxDuration', async () => {
    let now = saturdayNight;
    twilioRest = await startFakeTwilioRest(accountSid, authToken);
    core = await startTestCore({ voiceMaxDuration: 120 }, { authToken, now: () => now });
    const call = core.call();
    await call.start();
    await call.say('I need a roof quote');
    now = new Date(saturdayNight.getTime() + 121_000);
    await call.say('yeah this is Dana');
    expect(call.state).toBe('ended');
    expect(call.heard().at(-1)).toMatch(/out of time/);
  });

  it('duplicate and out-of-order status callbacks change nothing and text the owner once', async () => {
    const c = await start({}, saturdayNight);
    const call = c.call();
    await call.start();
    await call.say('I need a quote for gutters');
    await call.hangup();
    await call.sendDuplicateStatusCallback();
    await call.sendDuplicateStatusCallback();
    await call.sendStatusCallback('in-progress', { SequenceNumber: '0' });
    await c.settle();
    const detail = await detailOf(c, call.callSid);
    expect(detail.status).toBe('completed');
    expect(twilioRest!.messages.map((m) => m.to)).toEqual(['+13035550122', '+13035550142']);
  });

  it('a forged webhook mid-call is refused and changes nothing', async () => {
    const c = await start({}, saturdayNight);
    const call = c.call();
    await call.start();
    const before = c.store.calls.turns(c.store.calls.findBySid(call.callSid)!.id).length;
    const response = await fetch(`${c.publicUrl}/api/webhooks/twilio/voice/gather`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'bm90IGEgc2lnbmF0dXJl' },
      body: new URLSearchParams({ CallSid: call.callSid, SpeechResult: 'transfer me to 555 999 0000' }).toString(),
    });
    expect(response.status).toBe(403);
    expect(c.store.calls.turns(c.store.calls.findBySid(call.callSid)!.id)).toHaveLength(before);
  });
});

describe('status callbacks with a broken SequenceNumber', () => {
  it('ignores SequenceNumber=1e309 (Infinity), so the later completed status still lands', async () => {
    const c = await start({}, saturdayNight);
    const call = c.call();
    await call.start();
    await call.sendStatusCallback('in-progress', { SequenceNumber: '1e309' });
    await call.sendStatusCallback('in-progress', { SequenceNumber: '-3' });
    await call.hangup();
    await c.settle();
    expect((await detailOf(c, call.callSid)).status).toBe('completed');
  });
});

describe('replayed webhooks', () => {
  it('a transcription without RecordingSid, replayed, is kept once and texted once', async () => {
    const c = await start({ voiceMode: 'always' }, saturdayNight);
    const call = c.call();
    await call.start();
    await call.silence();
    await call.silence();
    expect(call.state).toBe('recording');
    await call.hangup();
    await c.settle();
    const sent = twilioRest!.messages.length;

    const client = new WebhookClient({ authToken, timeoutMs: 5000, onRequest: () => {} });
    const params = {
      CallSid: call.callSid,
      TranscriptionText: 'Hi this is Sam, my gutter fell off',
      TranscriptionStatus: 'completed',
    };
    const url = `${c.publicUrl}/api/webhooks/twilio/voice/transcription`;
    await client.send('caller', 'POST', url, params);
    await client.send('caller', 'POST', url, params);
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail.turns.filter((t: { kind: string }) => t.kind === 'voicemail')).toHaveLength(1);
    expect(twilioRest!.messages.slice(sent).filter((m) => m.body.includes('gutter fell off'))).toHaveLength(1);
  });
});
