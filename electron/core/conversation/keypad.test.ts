import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { replyToKeypress } from './keypad';

const settings = { ...defaultSettings, businessName: 'Summit Roofing', ownerName: 'Mike' };

describe('replyToKeypress', () => {
  it('puts a caller who presses 0 through to the owner, by name', () => {
    const reply = replyToKeypress('0', settings, { step: 'need' });
    expect(reply).toMatchObject({
      action: 'transfer',
      say: 'Sure, let me get Mike on the line.',
      state: { step: 'need' },
      collected: {},
    });
  });

  it('names the business when the owner has no name in settings', () => {
    expect(replyToKeypress('0', { ...settings, ownerName: '' }, {}).say).toBe(
      'Sure, let me get someone from Summit Roofing on the line.',
    );
  });

  it('answers any other key with how to go on, and keeps listening', () => {
    for (const key of ['1', '5', '9', '*', '#']) {
      const reply = replyToKeypress(key, settings, { step: 'address' });
      expect(reply.action).toBe('continue');
      expect(reply.say).toContain('press 0 to reach a person');
      expect(reply.state).toEqual({ step: 'address' });
    }
  });
});
