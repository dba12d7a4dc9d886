import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../test/support/testCore';
import { RelayCall } from '../twilio/simulator/relayCall';

let core: TestCore | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

describe("ConversationRelay in the caller's language", () => {
  it('declares Spanish, and switches to it before the first words in Spanish, once', async () => {
    core = await startTestCore({ conversationTransport: 'relay' });
    const call = new RelayCall({ publicUrl: core.publicUrl, authToken: core.authToken });
    await call.ring();
    expect(call.twiml).toMatch(/<Language code="es-US"/);
    await call.connect();
    const reply = await call.prompt('hola necesito ayuda con una fuga en el techo');
    expect(reply.text).toMatch(/nombre/);
    await call.prompt('me llamo Maria Lopez');
    await call.close();
    await core.settle();

    const switches = call.received.filter((m) => m.type === 'language');
    expect(switches).toEqual([{ type: 'language', ttsLanguage: 'es-US', transcriptionLanguage: 'es-US' }]);
    const firstSpanishText = call.received.findIndex((m) => m.type === 'text' && /nombre/.test(m.token));
    expect(call.received.findIndex((m) => m.type === 'language')).toBeLessThan(firstSpanishText);
    expect(core.store.calls.findBySid(call.callSid)?.language).toBe('es');
  });
});
