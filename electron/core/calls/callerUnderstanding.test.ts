import { afterEach, describe, expect, it } from 'vitest';
import type { CallDetail } from '../../shared/models';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { startFakeTwilioRest, type FakeTwilioRest } from '../../../test/support/fakeTwilioRest';

const accountSid = 'AC' + '3'.repeat(32);
const authToken = 'understanding-test-token';
/** Saturday 2026-11-28 21:00 in Denver. */
const saturdayNight = new Date('2026-11-29T04:00:00Z');

let core: TestCore | undefined;
let twilioRest: FakeTwilioRest | undefined;
afterEach(async () => {
  await core?.stop();
  await twilioRest?.close();
  core = twilioRest = undefined;
});

async function start() {
  twilioRest = await startFakeTwilioRest(accountSid, authToken);
  core = await startTestCore(
    { voiceMode: 'always' },
    { authToken, now: () => saturdayNight, env: { TWILIO_ACCOUNT_SID: accountSid, PICKUP_TWILIO_API_URL: twilioRest.url } },
  );
  return { c: core, sms: twilioRest.messages };
}

const detailOf = async (c: TestCore, callSid: string): Promise<CallDetail> => {
  const id = c.store.calls.findBySid(callSid)!.id;
  return (await c.api(`/api/calls/${id}`)).json() as Promise<CallDetail>;
};
const leadPhones = async (c: TestCore) => ((await (await c.api('/api/leads')).json()) as { phone: string }[]).map((l) => l.phone);

describe('what the receptionist understood reaches the call, the owner and the lead list', () => {
  it('a robocall: ended politely, never dialled, outcome spam, no lead listed, no text to the owner', async () => {
    const { c, sms } = await start();
    const call = c.call({
      from: '+18885550199',
      extraParams: { StirVerstat: 'TN-Validation-Failed' },
      dialedParty: () => ({ answer: 'answer', pressDigits: '1', talkSeconds: 30 }),
    });
    await call.start();
    await call.say('this is an important message about your vehicle extended warranty press 1 to speak to an agent');
    expect(call.state).toBe('ended');
    await call.hangup();
    await c.settle();

    expect(call.events.filter((e) => e.type === 'dial')).toEqual([]);
    const detail = await detailOf(c, call.callSid);
    expect(detail).toMatchObject({ outcome: 'spam', transferredTo: null, callerQuestions: [] });
    expect(detail.aiSummary).toMatch(/robocall or sales pitch/);
    expect(await leadPhones(c)).not.toContain('+18885550199');
    expect(sms).toEqual([]);
    expect(c.store.calls.findBySid(call.callSid)?.callerAttestation).toBe('TN-Validation-Failed');
  });

  it('a spam call that reaches the transfer route by a key is still not put through', async () => {
    const { c } = await start();
    const call = c.call({ from: '+18885550198', dialedParty: () => ({ answer: 'answer', pressDigits: '1', talkSeconds: 30 }) });
    await call.start();
    const id = c.store.calls.findBySid(call.callSid)!.id;
    c.store.calls.update(id, { callerKind: 'spam' });
    await call.pressDigits('0');
    await call.hangup();
    await c.settle();
    expect(call.events.filter((e) => e.type === 'dial')).toEqual([]);
    expect((await detailOf(c, call.callSid)).outcome).toBe('spam');
  });

  it('a wrong number: checked, ended politely, outcome wrong_number, no lead listed, no text', async () => {
    const { c, sms } = await start();
    const call = c.call({ from: '+13035550177' });
    await call.start();
    await call.say('hi is this dominos pizza');
    await call.say('oh sorry');
    expect(call.state).toBe('ended');
    await call.hangup();
    await c.settle();

    expect((await detailOf(c, call.callSid)).outcome).toBe('wrong_number');
    expect(await leadPhones(c)).not.toContain('+13035550177');
    expect(sms).toEqual([]);
  });

  it('a misdial found out on a later turn keeps no question for the owner', async () => {
    const { c } = await start();
    const call = c.call({ from: '+13035550178' });
    await call.start();
    await call.say('hi is this front range heating and air');
    await call.say(
      "oh they did my furnace last winter and this is the number i had written down i guess i've got the wrong one sorry",
    );
    expect(call.state).toBe('ended');
    await call.hangup();
    await c.settle();
    expect(await detailOf(c, call.callSid)).toMatchObject({ outcome: 'wrong_number', callerQuestions: [] });
  });

  it('a caller whose earlier call was a real job stays listed after a wrong number', async () => {
    const { c } = await start();
    const first = c.call({ from: '+13035550166' });
    await first.start();
    await first.say('I need a roof quote');
    await first.hangup();
    const second = c.call({ from: '+13035550166' });
    await second.start();
    await second.say('sorry I think I have the wrong number');
    await second.hangup();
    await c.settle();
    expect(await leadPhones(c)).toContain('+13035550166');
  });

  it('an emergency is put through once the address and the name are given, and the owner is told', async () => {
    const { c } = await start();
    const call = c.call({
      dialedParty: (number) =>
        number === '+13035550111' ? { answer: 'answer', pressDigits: '1', talkSeconds: 60 } : { answer: 'no-answer' },
    });
    await call.start();
    await call.say('my basement is flooding');
    await call.say('12 Oak Street');
    await call.say('dana lee');
    await call.hangup();
    await c.settle();

    expect(call.events.find((e) => e.type === 'dial')).toMatchObject({ number: '+13035550111', status: 'completed' });
    const detail = await detailOf(c, call.callSid);
    expect(detail).toMatchObject({ outcome: 'transferred', transferredTo: '+13035550111' });
    expect(c.store.leads.findById(detail.leadId!)).toMatchObject({
      urgency: 'emergency',
      address: '12 Oak Street',
      name: 'Dana Lee',
    });
  });

  it('a Spanish caller is answered in Spanish from then on; the transcript keeps their words, the summary is English', async () => {
    const { c, sms } = await start();
    const call = c.call();
    await call.start();
    expect(call.lastTwiml).not.toContain('es-US');
    await call.say('hola necesito ayuda con una fuga en el techo');
    expect(call.lastTwiml).toMatch(/<Gather[^>]*language="es-US"/);
    expect(call.lastTwiml).toMatch(
      /<Say[^>]*voice="Polly.Lupe"[^>]*language="es-US"|<Say[^>]*language="es-US"[^>]*voice="Polly.Lupe"/,
    );
    await call.say('me llamo Maria Lopez');
    expect(call.lastTwiml).toMatch(/<Gather[^>]*language="es-US"/);
    expect(call.heard().at(-1)).toMatch(/dirección/);
    await call.hangup();
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail.language).toBe('es');
    expect(detail.turns.filter((t) => t.speaker === 'caller').map((t) => t.text)).toEqual([
      'hola necesito ayuda con una fuga en el techo',
      'me llamo Maria Lopez',
    ]);
    expect(detail.aiSummary).toMatch(/^Maria/);
    expect(sms[0]!.body).toContain('New call from Maria');
    // The caller's text back is in their language.
    expect(sms[1]!.body).toMatch(/^Hola Maria, gracias por llamar a /);
  });

  it("a caller's unanswered question is in the call record, the summary and the owner's text", async () => {
    const { c, sms } = await start();
    const call = c.call();
    await call.start();
    await call.say('do you do metal roofs?');
    await call.say('this is Dana');
    await call.say('Do you do metal roofs');
    await call.hangup();
    await c.settle();

    const detail = await detailOf(c, call.callSid);
    expect(detail.callerQuestions).toEqual(['do you do metal roofs']);
    expect(detail.aiSummary).toContain('Asked a question for you to answer: "do you do metal roofs?"');
    expect(sms.filter((m) => m.to === '+13035550122')).toHaveLength(1);
    expect(sms[0]!.body).toContain('Asked: "do you do metal roofs?"');
  });
});
