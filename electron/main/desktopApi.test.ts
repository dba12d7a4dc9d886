import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDesktopHandlers, desktopMethods } from './desktopApi';
import { createInvoker } from './ipcBridge';
import { createPreferences, type KeyValueStore } from './preferences';
import { openSecretVault, type SafeStorageLike } from './secretVault';

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
  const restartCore = vi.fn(async () => {});
  const applyLaunchAtLogin = vi.fn();
  const handlers = createDesktopHandlers({
    vault,
    preferences: createPreferences(kv),
    problems: () => ['Twilio is not connected'],
    applyLaunchAtLogin,
    restartCore,
  });
  const invoke = createInvoker(desktopMethods, () => handlers);
  return { vault, restartCore, applyLaunchAtLogin, invoke };
}

const secret = 'sk-proj-secretvalue';

describe('the desktop methods', () => {
  it('store a secret, restart the core with it, and answer only that it is set', async () => {
    const { vault, restartCore, invoke } = setUp();
    const answer = await invoke('setSecret', { name: 'openAiApiKey', value: secret });
    expect(vault.read().openAiApiKey).toBe(secret);
    expect(restartCore).toHaveBeenCalledOnce();
    expect(answer).toMatchObject({
      secrets: { openAiApiKey: true, twilioAuthToken: false },
      problems: ['Twilio is not connected'],
    });
    expect(JSON.stringify(answer)).not.toContain(secret);
    expect(JSON.stringify(await invoke('getDesktopStatus', undefined))).not.toContain(secret);
  });

  it('refuse to take a secret where it cannot be encrypted, and keep nothing', async () => {
    const { vault, restartCore, invoke } = setUp(false);
    await expect(invoke('setSecret', { name: 'twilioAuthToken', value: secret })).rejects.toMatchObject({
      status: 409,
      field: 'value',
    });
    expect(vault.which().twilioAuthToken).toBe(false);
    expect(restartCore).not.toHaveBeenCalled();
  });

  it('refuse unknown secret names and extra fields', async () => {
    const { invoke } = setUp();
    await expect(invoke('setSecret', { name: 'databasePassword', value: 'x' })).rejects.toMatchObject({
      status: 400,
      field: 'name',
    });
    await expect(invoke('setSecret', { name: 'openAiApiKey', value: 'x', log: true })).rejects.toMatchObject({ status: 400 });
  });

  it('apply launch at login at once, and restart the core only when its connection changes', async () => {
    const { invoke, restartCore, applyLaunchAtLogin } = setUp();
    await invoke('updatePreferences', { launchAtLogin: true });
    expect(applyLaunchAtLogin).toHaveBeenCalledWith(true);
    expect(restartCore).not.toHaveBeenCalled();
    const answer = await invoke('updatePreferences', { ngrokDomain: 'Summit.ngrok.app' });
    expect(restartCore).toHaveBeenCalledOnce();
    expect(answer).toMatchObject({ preferences: { launchAtLogin: true, ngrokDomain: 'summit.ngrok.app' } });
  });
});
