import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleCallerLines } from '../../test/support/sampleCaller';
import { startTestCore, type TestCore } from '../../test/support/testCore';
import { alertFor, createCallAlerts, type CallAlert, type NotificationLike } from './callAlerts';
import { callFixture } from '../../test/support/callFixture';

const now = new Date('2026-11-25T17:10:00Z');
const denver = 'America/Denver';

describe('what a call alert says', () => {
  it('names a returning caller and says who is answering', () => {
    const alert = alertFor(
      { type: 'call.started', call: callFixture({ id: 'c1', leadName: 'Dana', handledBy: 'ai' }) },
      now,
      denver,
    );
    expect(alert).toEqual({
      callId: 'c1',
      title: 'Call from Dana, (303) 555-0142',
      body: 'Your receptionist is answering.',
      urgent: false,
    });
  });

  it("gives a new caller's number, and says when the owner's phone rings first", () => {
    const alert = alertFor({ type: 'call.started', call: callFixture({ handledBy: 'owner' }) }, now, denver);
    expect(alert?.title).toBe('Call from (303) 555-0142');
    expect(alert?.body).toMatch(/Ringing you first/);
  });

  it('sums up an ended call: intent, outcome, the callback wanted and the summary', () => {
    const call = callFixture({
      id: 'c2',
      leadName: 'Dana',
      callerIntent: 'quote',
      outcome: 'scheduled',
      callbackRequested: true,
      callbackTime: '2026-11-26T00:00:00.000Z',
      aiSummary: 'Dana wants a quote for a new roof at 12 Oak Street.',
      endedAt: '2026-11-25T17:09:00.000Z',
    });
    expect(alertFor({ type: 'call.ended', call }, now, denver)).toEqual({
      callId: 'c2',
      title: 'Call ended: Dana, (303) 555-0142',
      body: 'Quote · Callback scheduled\nCall back 5:00 PM\nDana wants a quote for a new roof at 12 Oak Street.',
      urgent: false,
    });
  });

  it("leads with EMERGENCY, as critical, when the caller's lead is an emergency", () => {
    const call = callFixture({ id: 'c3', leadName: 'Dana', outcome: 'transferred' });
    const alert = alertFor({ type: 'call.ended', call }, now, denver, { urgency: 'emergency', status: 'new' });
    expect(alert).toMatchObject({ title: 'EMERGENCY: Dana, (303) 555-0142', urgent: true });
    expect(alertFor({ type: 'call.ended', call }, now, denver, { urgency: 'normal', status: 'new' })).toMatchObject({
      urgent: false,
    });
  });

  it('stays quiet when a robocall or a wrong number has been ended', () => {
    expect(alertFor({ type: 'call.ended', call: callFixture({ outcome: 'spam' }) }, now, denver)).toBeNull();
    expect(alertFor({ type: 'call.ended', call: callFixture({ outcome: 'wrong_number' }) }, now, denver)).toBeNull();
  });

  it('shortens a long summary to fit a notification', () => {
    const alert = alertFor({ type: 'call.ended', call: callFixture({ aiSummary: 'word '.repeat(100) }) }, now, denver);
    expect(alert!.body.length).toBeLessThanOrEqual(180);
    expect(alert!.body.endsWith('…')).toBe(true);
  });

  it('says nothing for turns and updates', () => {
    expect(alertFor({ type: 'call.updated', call: callFixture() }, now, denver)).toBeNull();
  });
});

describe('clicking an alert', () => {
  it('opens that call', () => {
    let click: () => void = () => {};
    const notification: NotificationLike = {
      on: (event, listener) => (event === 'click' ? (click = listener) : undefined),
      show: vi.fn(),
    };
    const openCall = vi.fn();
    createCallAlerts({ notify: () => notification, openCall, timeZone: () => denver })({
      type: 'call.started',
      call: callFixture({ id: 'c7' }),
    });
    expect(notification.show).toHaveBeenCalledOnce();
    click();
    expect(openCall).toHaveBeenCalledWith('c7');
  });
});

describe('alerts from real calls', () => {
  let core: TestCore;
  const shown: { alert: CallAlert; at: number }[] = [];

  beforeAll(async () => {
    core = await startTestCore({ voiceMode: 'always' });
    core.events.subscribe(
      createCallAlerts({
        notify: (alert) => ({ on: () => undefined, show: () => shown.push({ alert, at: performance.now() }) }),
        openCall: () => {},
        timeZone: () => core.store.settings.get().timezone,
      }),
    );
  });
  afterAll(() => core?.stop());

  it('alerts within a second of the webhook when a call starts and when it ends, naming a returning caller', async () => {
    const first = core.call({ from: '+13035550142' });
    await first.start();
    for (const line of sampleCallerLines) await first.say(line);
    await first.hangup();
    await core.settle();
    shown.length = 0;

    const again = core.call({ from: '+13035550142' });
    const ringing = performance.now();
    await again.start();
    const answered = performance.now();
    const started = shown.find((s) => s.alert.title.startsWith('Call from'));
    expect(started?.alert.title).toBe('Call from Dana, (303) 555-0142');
    expect(started!.at - ringing).toBeLessThan(1000);
    // Raised while the webhook was handled, before Twilio even got its TwiML back.
    expect(started!.at).toBeLessThanOrEqual(answered);

    await again.say('just checking when you are coming');
    const hangingUp = performance.now();
    await again.hangup();
    await vi.waitFor(() => expect(shown.some((s) => s.alert.title.startsWith('Call ended'))).toBe(true), {
      timeout: 1000,
      interval: 5,
    });
    const ended = shown.find((s) => s.alert.title.startsWith('Call ended'))!;
    expect(ended.at - hangingUp).toBeLessThan(1000);
    expect(ended.alert.callId).toBe(started!.alert.callId);
  });
});
