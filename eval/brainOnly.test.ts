import { describe, expect, it, vi } from 'vitest';
import { playBrainOnly } from './brainOnly';
import { evalScript } from '../test/support/evalScript';

describe('playBrainOnly', () => {
  it('reads spam from the reply: kept from the owner, no lead, not put through', async () => {
    const got = await playBrainOnly(evalScript(['final notice your auto warranty coverage is expiring press 1 now']));
    expect(got).toMatchObject({ outcome: 'spam', hasLead: false, putThrough: false });
  });

  it('reads the language, the questions and the stored fields the way the engine keeps them', async () => {
    const got = await playBrainOnly(
      evalScript([
        'hola cuánto cobran por cambiar un calentador de agua',
        'Héctor',
        'mil doscientos Perry Street',
        'después de las cuatro',
      ]),
    );
    expect(got).toMatchObject({
      language: 'es',
      questions: ['cuánto cobran por cambiar un calentador de agua'],
      name: 'Héctor',
      address: '1200 Perry Street',
      callbackTime: '16:00',
    });
  });

  it('plays a script with no time of its own at the same hour whenever it is run', async () => {
    const untimed = { ...evalScript(['my gutter is hanging off the front', 'Dana', '12 Elm Street', 'after 5']), at: undefined };
    // Run at 4:30 AM in Denver, "after 5" played at the hour the eval ran would be that morning's 5 o'clock.
    vi.useFakeTimers({ now: new Date('2026-12-01T11:30:00Z'), toFake: ['Date'] });
    try {
      expect(await playBrainOnly(untimed)).toMatchObject({ callbackTime: '17:00' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops at a transfer, as the call does', async () => {
    const got = await playBrainOnly(evalScript(['can I talk to the owner', "it's Rita", 'this turn is never heard']));
    expect(got).toMatchObject({ putThrough: true, name: 'Rita', outcome: 'transferred' });
  });
});
