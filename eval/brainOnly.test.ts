import { describe, expect, it } from 'vitest';
import { playBrainOnly } from './brainOnly';
import type { Script } from './corpusSchema';

const truth: Script['truth'] = {
  intent: 'quote',
  name: null,
  needKeywords: [],
  address: null,
  callbackWanted: false,
  emergency: false,
  askedForPerson: false,
  spam: false,
  wrongNumber: false,
  questions: [],
  language: 'en',
};

function script(callerTurns: string[], extra: Partial<Script> = {}): Script {
  return {
    id: 'test-001',
    trade: 'none',
    language: 'en',
    part: 'tune',
    from: '+13035551234',
    at: '2026-06-15T12:00:00-06:00',
    callerTurns,
    source: { url: 'https://example.com', title: 'test', note: 'test' },
    truth,
    ...extra,
  };
}

describe('playBrainOnly', () => {
  it('reads spam from the reply: kept from the owner, no lead, not put through', async () => {
    const got = await playBrainOnly(script(['final notice your auto warranty coverage is expiring press 1 now']));
    expect(got).toMatchObject({ outcome: 'spam', hasLead: false, putThrough: false });
  });

  it('reads the language, the questions and the stored fields the way the engine keeps them', async () => {
    const got = await playBrainOnly(
      script([
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

  it('stops at a transfer, as the call does', async () => {
    const got = await playBrainOnly(script(['can I talk to the owner', "it's Rita", 'this turn is never heard']));
    expect(got).toMatchObject({ putThrough: true, name: 'Rita', outcome: 'transferred' });
  });
});
