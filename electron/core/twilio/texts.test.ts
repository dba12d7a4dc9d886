import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallWithLead } from '../../shared/apiModels';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import {
  startTwilioApiMock,
  twilioSpecAvailable,
  twilioSpecMissing,
  type MockedRequest,
  type TwilioApiMock,
} from '../../../test/support/twilioApiMock';
import { sendMessageStatus } from './simulator/messageStatus';

const accountSid = `AC${'1'.repeat(32)}`;
const owner = '+13035550122';
const business = '+13035550100';
// Friday 18:00 in Denver: after hours, so the AI answers, and the business opens again on Monday at 8:00.
const fridayEvening = () => new Date('2026-03-07T01:00:00Z');

/** A Message resource as Twilio answers a create, with the sid the test chose. */
const messageFor = (request: MockedRequest, sid: string) => ({
  sid,
  account_sid: accountSid,
  to: request.form.get('To'),
  from: request.form.get('From'),
  body: request.form.get('Body'),
  status: 'queued',
  num_segments: '1',
  direction: 'outbound-api',
  api_version: '2010-04-01',
  uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
});

const isMessageCreate = (r: MockedRequest) => r.method === 'POST' && r.path.endsWith('/Messages.json');

describe.skipIf(!twilioSpecAvailable)(
  `texts after a call, tracked through Twilio's status callbacks${twilioSpecAvailable ? '' : ` (${twilioSpecMissing})`}`,
  () => {
    let mock: TwilioApiMock;
    let core: TestCore;
    let sent = 0;
    /** Per recipient, the error Twilio refuses a create with (as its REST API does for 21610). */
    let refuse: Record<string, { code: number; message: string }> = {};

    beforeAll(async () => {
      mock = await startTwilioApiMock();
      core = await startTestCore(
        {},
        { env: { TWILIO_ACCOUNT_SID: accountSid, PICKUP_TWILIO_API_URL: mock.url }, now: fridayEvening },
      );
    }, 90_000);
    afterAll(async () => {
      await core?.stop();
      await mock?.close();
    });
    beforeEach(() => {
      refuse = {};
      mock.override((request) => {
        if (!isMessageCreate(request)) return null;
        const refusal = refuse[request.form.get('To') ?? ''];
        if (refusal) return { status: 400, body: { code: refusal.code, message: refusal.message, status: 400, more_info: '' } };
        sent += 1;
        return { status: 201, body: messageFor(request, `SM${String(sent).padStart(32, '0')}`) };
      });
    });

    const placeCall = async (from: string, lines: string[]) => {
      const call = core.call({ from });
      await call.start();
      for (const line of lines) await call.say(line);
      await call.hangup();
      await core.settle();
      const [row] = (await (await core.api(`/api/calls?search=`)).json()) as { id: string; twilioCallSid: string }[];
      return (await (await core.api(`/api/calls/${row!.id}`)).json()) as CallWithLead;
    };
    const statusUrl = () => `${core.publicUrl}/api/webhooks/twilio/message-status`;
    const report = (messageSid: string, status: string, to: string, errorCode?: number) =>
      sendMessageStatus({
        url: statusUrl(),
        authToken: core.authToken,
        messageSid,
        status,
        to,
        from: business,
        accountSid,
        errorCode,
      });

    it("texts the owner and the caller, each with a StatusCallback that Twilio's spec accepts, and follows each text to delivered", async () => {
      const before = mock.requests.length;
      const detail = await placeCall('+13035550142', [
        'hi this is Dana my roof is leaking into the kitchen',
        '12 Oak Street',
        "no that's all",
      ]);
      const creates = mock.requests.slice(before).filter(isMessageCreate);
      expect(creates.map((r) => r.form.get('To'))).toEqual([owner, '+13035550142']);
      for (const create of creates) expect(create.form.get('StatusCallback')).toBe(statusUrl());
      expect(creates[1]!.form.get('Body')).toMatch(
        /^Hi Dana, thanks for calling Summit Roofing\. .* Monday at 8:00 AM\. Reply STOP to opt out\.$/,
      );
      expect(mock.rejected()).toEqual([]);

      expect(detail.texts?.map((t) => [t.recipient, t.status])).toEqual([
        ['owner', 'queued'],
        ['caller', 'queued'],
      ]);
      const callerText = detail.texts![1]!;
      expect(await report(callerText.messageSid!, 'sent', callerText.to)).toBe(200);
      expect(await report(callerText.messageSid!, 'delivered', callerText.to)).toBe(200);
      // Replayed, then out of order: a late "sent" never takes a delivered text back.
      expect(await report(callerText.messageSid!, 'delivered', callerText.to)).toBe(200);
      expect(await report(callerText.messageSid!, 'sent', callerText.to)).toBe(200);
      const after = (await (await core.api(`/api/calls/${detail.id}`)).json()) as CallWithLead;
      expect(after.texts![1]).toMatchObject({ status: 'delivered', errorCode: null });
      expect(after.texts![0]).toMatchObject({ status: 'queued' });
    });

    it('ignores a status callback for a MessageSid Pickup never sent, and refuses a forged one', async () => {
      const unknownSid = `SM${'f'.repeat(32)}`;
      expect(await report(unknownSid, 'delivered', '+13035550142')).toBe(200);
      expect(core.store.texts.findBySid(unknownSid)).toBeNull();

      const text = core.store.texts.findBySid(`SM${'1'.padStart(32, '0')}`)!;
      const forged = await sendMessageStatus({
        url: statusUrl(),
        authToken: 'not-the-auth-token',
        messageSid: text.messageSid!,
        status: 'failed',
        to: text.to,
        from: business,
        errorCode: 30003,
      });
      expect(forged).toBe(403);
      expect(core.store.texts.findBySid(text.messageSid!)?.status).toBe(text.status);
    });

    it('a text undelivered to a landline (30006) marks the number, and the next call from it is not texted back', async () => {
      const landline = '+13035550166';
      const first = await placeCall(landline, ['hi this is Sam I need a quote for new gutters', "no that's all"]);
      const text = first.texts!.find((t) => t.recipient === 'caller')!;
      expect(await report(text.messageSid!, 'undelivered', landline, 30006)).toBe(200);
      const lead = first.lead!;
      const leads = (await (await core.api('/api/leads')).json()) as { id: string; noTexts: string | null }[];
      expect(leads.find((l) => l.id === lead.id)?.noTexts).toBe('cannot_receive');

      const creates = mock.requests.filter(isMessageCreate).length;
      await placeCall(landline, ['it is Sam again about the gutters', "no that's all"]);
      expect(
        mock.requests
          .filter(isMessageCreate)
          .map((r) => r.form.get('To'))
          .slice(creates),
      ).toEqual([owner]);
    });

    it('a caller who replied STOP (21610) is marked opted out on the lead and never texted again; a caller is texted once a day', async () => {
      const stopped = '+13035550177';
      refuse[stopped] = { code: 21610, message: 'Attempt to send to unsubscribed recipient' };
      const first = await placeCall(stopped, ['hi this is Lee my furnace is making a banging noise', "no that's all"]);
      expect(first.texts?.find((t) => t.recipient === 'caller')).toMatchObject({
        status: 'failed',
        errorCode: 21610,
        messageSid: null,
      });
      expect(first.lead?.noTexts).toBe('opted_out');
      refuse = {};
      const creates = mock.requests.filter(isMessageCreate).length;
      await placeCall(stopped, ['Lee again about the furnace', "no that's all"]);
      expect(
        mock.requests
          .filter(isMessageCreate)
          .slice(creates)
          .map((r) => r.form.get('To')),
      ).toEqual([owner]);

      // Dana was texted back on her first call today: her second call texts only the owner.
      const again = mock.requests.filter(isMessageCreate).length;
      await placeCall('+13035550142', ['Dana again, also the gutters need cleaning', "no that's all"]);
      expect(
        mock.requests
          .filter(isMessageCreate)
          .slice(again)
          .map((r) => r.form.get('To')),
      ).toEqual([owner]);
      expect(mock.rejected()).toEqual([]);
    });

    it('"check my setup" sends the owner a test text and reports it delivered', async () => {
      const checking = core.api('/api/phone-line/check', { method: 'POST' });
      await expect.poll(() => core.store.texts.latest('setup_check', '2000-01-01T00:00:00Z')?.messageSid ?? null).not.toBeNull();
      const text = core.store.texts.latest('setup_check', '2000-01-01T00:00:00Z')!;
      expect(text.to).toBe(owner);
      expect(await report(text.messageSid!, 'delivered', owner)).toBe(200);
      const report_ = (await (await checking).json()) as { checks: { link: string; ok: boolean; detail: string }[] };
      expect(report_.checks.find((c) => c.link === 'text')).toMatchObject({ ok: true, detail: `a test text reached ${owner}` });
    });

    it('refuses a huge, garbage or unknown-placeholder template with a 400 naming the field, and keeps the old one', async () => {
      const before = core.store.settings.get().textBackTemplate;
      for (const [template, message] of [
        ['x'.repeat(100_000), /under 320 characters/],
        [{ html: '<b>' }, /as words/],
        ['Hi {firstname}', /uses \{firstname\}, which Pickup cannot fill in/],
      ] as const) {
        const response = await core.api('/api/settings', {
          method: 'PATCH',
          body: JSON.stringify({ textBackTemplate: template }),
        });
        expect(response.status).toBe(400);
        const body = (await response.json()) as { error: string; field?: string };
        expect(body.error).toMatch(message);
        expect(body.field).toBe('textBackTemplate');
      }
      expect(core.store.settings.get().textBackTemplate).toBe(before);
    });

    it('texts a caller who withheld their number on the number they gave, and names it to the owner', async () => {
      const before = mock.requests.length;
      await placeCall('+266696687', [
        'my gutter is pulling away from the house',
        "my name's dana",
        '12 oak street',
        'after four thirty',
        'call my cell 720 555 0177',
        "yes that's right",
        'no',
      ]);
      const creates = mock.requests.slice(before).filter(isMessageCreate);
      expect(creates.map((r) => r.form.get('To'))).toEqual([owner, '+17205550177']);
      expect(creates[0]!.form.get('Body')).toMatch(/^New call from Dana, \(720\) 555-0177\n/);
    });

    it('never texts back spam or a wrong number, and the owner is not texted about them either', async () => {
      const before = mock.requests.filter(isMessageCreate).length;
      await placeCall('+13035550188', ['sorry I think I have the wrong number']);
      expect(mock.requests.filter(isMessageCreate).length).toBe(before);
    });
  },
);
