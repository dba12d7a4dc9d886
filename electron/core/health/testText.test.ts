import { describe, expect, it } from 'vitest';
import type { SentText } from '../../shared/models';
import { checkTestText } from './testText';

const text = (status: SentText['status'], errorCode: number | null = null): SentText => ({
  id: 't1',
  messageSid: `SM${'1'.repeat(32)}`,
  callId: null,
  recipient: 'owner',
  purpose: 'setup_check',
  to: '+13035550122',
  body: 'Pickup test text',
  status,
  errorCode,
  createdAt: '2026-03-04T17:00:00Z',
  updatedAt: '2026-03-04T17:00:00Z',
});

describe('checkTestText', () => {
  it('reports a test text delivered within the wait', async () => {
    const states = [text('sent'), text('delivered')];
    const check = await checkTestText({
      recent: () => null,
      send: async () => text('queued'),
      current: () => states.shift() ?? null,
      pause: async () => {},
      looks: 5,
    });
    expect(check).toMatchObject({ link: 'text', ok: true, detail: 'a test text reached +13035550122' });
  });

  it('explains an undelivered text in plain words, with the registration link for 30034', async () => {
    const check = await checkTestText({
      recent: () => null,
      send: async () => text('queued'),
      current: () => text('undelivered', 30034),
      pause: async () => {},
      looks: 3,
    });
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/not registered for texting/);
    expect(check.fix).toContain('https://www.twilio.com/docs/messaging/compliance/a2p-10dlc');
  });

  it('a re-check reports the text still on its way instead of sending another', async () => {
    let sends = 0;
    const check = await checkTestText({
      recent: () => text('sent'),
      send: async () => {
        sends += 1;
        return text('queued');
      },
      current: () => text('sent'),
      pause: async () => {},
      looks: 2,
    });
    expect(sends).toBe(0);
    expect(check).toMatchObject({ ok: true, detail: expect.stringMatching(/on its way .*"sent"/) });
  });

  it('says what to add when no text could be sent', async () => {
    const check = await checkTestText({
      recent: () => null,
      send: async () => null,
      current: () => null,
      pause: async () => {},
      looks: 1,
    });
    expect(check).toMatchObject({ ok: false, fix: expect.stringMatching(/cell phone/) });
  });
});
