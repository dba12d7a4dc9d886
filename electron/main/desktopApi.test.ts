import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDesktopHandlers, desktopMethods } from './desktopApi';
import { createInvoker } from './ipcBridge';
import { createPreferences, type KeyValueStore } from './preferences';
import { openSecretVault, type SafeStorageLike } from './secretVault';
import { vaultSecretStore } from './vaultSecretStore';

/** Reversible but not plain: enough to tell a stored secret from its plaintext. */
const rot13Storage = (available = true): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) =>
    Buffer.from(text.replace(/[a-z]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + (c.toLowerCase() < 'n' ? 13 : -13)))),
  decryptString: (sealed) =>
    sealed.toString().replace(/[a-z]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + (c.toLowerCase() < 'n' ? 13 : -13))),
});

function setUp(available = true) {
  let stored: Record<string, unknown> = {};
  const kv: KeyValueStore = {
    get store() {
      return stored;
    },
    set: (values) => {
      stored = { ...stored, ...values };
    },
  };
  const vault = openSecretVault(
    join(mkdtempSync(join(tmpdir(), 'pickup-desktop-')), 'secrets.json'),
    rot13Storage(available),
    'linux',
  );
  const applyLaunchAtLogin = vi.fn();
  const preferences = createPreferences(kv);
  const handlers = createDesktopHandlers({
    vault,
    preferences,
    problems: () => ['Twilio is not connected'],
    applyLaunchAtLogin,
  });
  const invoke = createInvoker(desktopMethods, () => handlers);
  return { vault, preferences, applyLaunchAtLogin, invoke };
}

const secret = 'sk-proj-secretvalue-0123456789';

describe('the desktop methods', () => {
  it('apply launch at login at once, and answer the desktop state without any secret', async () => {
    const { invoke, applyLaunchAtLogin, vault } = setUp();
    vault.set('openAiApiKey', secret);
    const answer = await invoke('updatePreferences', { launchAtLogin: true });
    expect(applyLaunchAtLogin).toHaveBeenCalledWith(true);
    expect(answer).toEqual({
      unreadableSecrets: [],
      preferences: { launchAtLogin: true },
      problems: ['Twilio is not connected'],
    });
    expect(JSON.stringify(await invoke('getDesktopStatus', undefined))).not.toContain(secret);
  });

  it('leave accounts to the connections of the API contract: no secret or account field here', async () => {
    const { invoke } = setUp();
    await expect(invoke('updatePreferences', { ngrokDomain: 'summit.ngrok.app' })).rejects.toMatchObject({ status: 400 });
    await expect(invoke('setSecret' as never, { name: 'openAiApiKey', value: 'x' } as never)).rejects.toThrow();
  });
});

describe("the core's secret store inside the desktop app", () => {
  it('keeps tokens encrypted in the vault and the account SID and domain in the preferences', () => {
    const { vault, preferences } = setUp();
    const store = vaultSecretStore(vault, preferences);
    store.write({ twilioAccountSid: `AC${'1'.repeat(32)}`, twilioAuthToken: 'f'.repeat(32), openAiApiKey: secret });
    expect(store.read()).toEqual({
      twilioAccountSid: `AC${'1'.repeat(32)}`,
      twilioAuthToken: 'f'.repeat(32),
      openAiApiKey: secret,
    });
    expect(vault.read().openAiApiKey).toBe(secret);
    expect(preferences.get().twilioAccountSid).toBe(`AC${'1'.repeat(32)}`);
    expect(store.protection).toMatchObject({ kind: 'encrypted-file', osProtected: true });
    store.write({ twilioAccountSid: `AC${'1'.repeat(32)}`, twilioAuthToken: 'f'.repeat(32) });
    expect(vault.which().openAiApiKey).toBe(false);
  });

  it('refuses to keep a token where it cannot be encrypted, and keeps nothing', () => {
    const { vault, preferences } = setUp(false);
    const store = vaultSecretStore(vault, preferences);
    expect(() => store.write({ openAiApiKey: secret })).toThrow(expect.objectContaining({ status: 409 }));
    expect(store.read()).toEqual({});
    expect(store.protection.description).toMatch(/no way to encrypt/);
  });
});
