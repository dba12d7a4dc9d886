import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings';
import { composeCallerText } from './callerText';

const settings = { ...defaultSettings, businessName: 'Summit Roofing', ownerName: 'Mike' };
// Friday 18:00 in Denver: the business opens again on Monday at 8:00.
const now = new Date('2026-03-07T01:00:00Z');

describe('composeCallerText', () => {
  it('names the business, the need in the caller words and the next opening', () => {
    const text = composeCallerText({
      settings,
      call: { language: 'en', callbackTime: null },
      callbackPhrase: null,
      lead: { name: 'Dana Reyes', project: 'my gutter is hanging off.' },
      now,
    });
    expect(text).toBe(
      'Hi Dana, thanks for calling Summit Roofing. We got your message about "my gutter is hanging off". Mike will call you back Monday at 8:00 AM. Reply STOP to opt out.',
    );
  });

  it('says the callback time the caller asked for', () => {
    const text = composeCallerText({
      settings,
      call: { language: 'en', callbackTime: '2026-03-07T17:30:00Z' },
      callbackPhrase: 'tomorrow morning',
      lead: { name: null, project: 'a roof quote' },
      now,
    });
    expect(text).toContain('about a roof quote. Mike will call you back tomorrow at 10:30 AM.');
    expect(text.startsWith('Hi, thanks')).toBe(true);
  });

  it('says the time back on the clock the caller gave it on', () => {
    const text = composeCallerText({
      settings: { ...settings, timezone: 'America/Denver' },
      call: { language: 'en', callbackTime: '2026-03-07T17:30:00Z' },
      callbackPhrase: 'after 11:30 (Central time)',
      lead: { name: 'Ray', project: 'a furnace tune up' },
      now,
    });
    expect(text).toContain('Mike will call you back tomorrow at 11:30 AM Central time.');
  });

  it('writes to a Spanish-speaking caller in Spanish', () => {
    const text = composeCallerText({
      settings: { ...settings, ownerName: '' },
      call: { language: 'es', callbackTime: null },
      callbackPhrase: null,
      lead: { name: 'Lucía', project: 'una gotera en el techo' },
      now,
    });
    expect(text).toBe(
      'Hola Lucía, gracias por llamar a Summit Roofing. Recibimos su mensaje sobre una gotera en el techo. Alguien de nuestro equipo le devolverá la llamada el lunes a las 8:00. Responda STOP para no recibir más mensajes.',
    );
  });
});
