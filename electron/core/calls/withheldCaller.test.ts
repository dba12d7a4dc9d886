import { afterEach, describe, expect, it } from 'vitest';
import type { CallDetail, Lead } from '../../shared/models';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { playScript } from '../twilio/simulator/simulatedCall';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

const leads = async (c: TestCore) => (await (await c.api('/api/leads')).json()) as Lead[];
const detailOf = async (c: TestCore, callSid: string) =>
  (await (await c.api(`/api/calls/${c.store.calls.findBySid(callSid)!.id}`)).json()) as CallDetail;

describe('a caller whose number is withheld', () => {
  it("is never one lead with every other withheld caller, nor greeted by another caller's name", async () => {
    core = await startTestCore({ voiceMode: 'always' });
    // Twilio spells ANONYMOUS on a keypad in From when the caller hides their number.
    const first = core.call({ from: '+266696687' });
    await playScript(first, ['my name is priya natarajan and a sprinkler zone will not come on', 'no']);
    await core.settle();

    const second = core.call({ from: '+266696687' });
    await second.start();
    expect(second.heard()[0]).not.toMatch(/priya/i);
    await second.hangup();
    await core.settle();
    expect((await leads(core)).map((lead) => lead.phone)).not.toContain('+266696687');
  });

  it('becomes a lead under the number they give, with the name, job and address said before it', async () => {
    core = await startTestCore({ voiceMode: 'always' });
    const call = core.call({ from: 'anonymous' });
    await playScript(call, [
      "hi i'm calling for my mom one of her sprinkler zones won't come on",
      "my name's priya natarajan",
      'her house is 57 cottonwood circle',
      'after four thirty',
      'call my cell 720 555 0188',
      "yes that's right",
      'no',
    ]);
    await core.settle();

    const lead = (await leads(core)).find((l) => l.phone === '+17205550188');
    expect(lead).toMatchObject({ name: 'Priya Natarajan', address: '57 Cottonwood Circle' });
    expect(lead?.project).toMatch(/sprinkler/i);
    expect((await detailOf(core, call.callSid)).leadId).toBe(lead?.id);
  });
});
