import { describe, expect, it } from 'vitest';
import { createPreferences, PreferencesPatch, type KeyValueStore } from './preferences';

const memoryStore = (initial: Record<string, unknown> = {}): KeyValueStore => {
  let store = initial;
  return {
    get store() {
      return store;
    },
    set: (values) => {
      store = { ...store, ...values };
    },
  };
};

describe('preferences', () => {
  it('start from defaults and keep what is saved', () => {
    const kv = memoryStore();
    const preferences = createPreferences(kv);
    expect(preferences.get()).toEqual({
      launchAtLogin: false,
      twilioAccountSid: '',
      ngrokDomain: '',
      windowBounds: null,
      trayHintShown: false,
    });
    preferences.update({ launchAtLogin: true, windowBounds: { x: 10, y: 20, width: 1200, height: 800 } });
    expect(createPreferences(kv).get()).toMatchObject({
      launchAtLogin: true,
      windowBounds: { x: 10, y: 20, width: 1200, height: 800 },
    });
  });

  it('lose only the bad value of a hand-edited file', () => {
    const preferences = createPreferences(
      memoryStore({ launchAtLogin: 'yes', ngrokDomain: 'pickup.ngrok.app', windowBounds: { x: 'left' } }),
    );
    expect(preferences.get()).toMatchObject({ launchAtLogin: false, ngrokDomain: 'pickup.ngrok.app', windowBounds: null });
  });

  it('accept from the dashboard only known fields with valid values', () => {
    expect(PreferencesPatch.safeParse({ launchAtLogin: true }).success).toBe(true);
    // The account and the domain change only through the connections of the API contract.
    expect(PreferencesPatch.safeParse({ twilioAccountSid: 'AC' + 'a'.repeat(32) }).success).toBe(false);
    expect(PreferencesPatch.safeParse({ ngrokDomain: 'pickup.ngrok.app' }).success).toBe(false);
    expect(PreferencesPatch.safeParse({ windowBounds: null }).success).toBe(false);
  });
});
