import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSecretVault, type SafeStorageLike } from './secretVault';

/** A stand-in for safeStorage that really encrypts (AES-GCM with a key of its own). */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStorageLike {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

const vaultFile = () => join(mkdtempSync(join(tmpdir(), 'pickup-vault-')), 'secrets.json');
const token = 'sk-live-0123456789abcdef';

describe('the secret vault', () => {
  it('stores secrets encrypted, in a file only the owner can read', () => {
    const file = vaultFile();
    const vault = openSecretVault(file, fakeSafeStorage(), 'linux');
    vault.set('openAiApiKey', token);
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).not.toContain(token);
    expect(onDisk).not.toContain(Buffer.from(token).toString('base64'));
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(vault.read()).toEqual({ openAiApiKey: token });
  });

  it('tells the renderer only which secrets are set', () => {
    const vault = openSecretVault(vaultFile(), fakeSafeStorage(), 'darwin');
    vault.set('twilioAuthToken', 'f'.repeat(32));
    expect(vault.which()).toEqual({ twilioAuthToken: true, openAiApiKey: false, ngrokAuthtoken: false });
    expect(JSON.stringify(vault.which())).not.toContain('fff');
  });

  it('removes a secret set to nothing', () => {
    const vault = openSecretVault(vaultFile(), fakeSafeStorage(), 'win32');
    vault.set('ngrokAuthtoken', 'ngrok-token');
    vault.set('ngrokAuthtoken', '');
    expect(vault.read()).toEqual({});
  });

  it('refuses to store anything when encryption is unavailable, rather than writing it in the clear', () => {
    const file = vaultFile();
    const vault = openSecretVault(file, fakeSafeStorage('unknown', false), 'linux');
    expect(() => vault.set('openAiApiKey', token)).toThrow(/does not store them unencrypted/);
    expect(() => readFileSync(file)).toThrow();
    expect(vault.protection()).toMatchObject({ canStore: false, osProtected: false });
  });

  it('says so plainly when Linux has no keyring and the key is built into Electron', () => {
    const protection = openSecretVault(vaultFile(), fakeSafeStorage('basic_text'), 'linux').protection();
    expect(protection).toMatchObject({ canStore: true, osProtected: false, backend: 'basic_text' });
    expect(protection.warning).toMatch(/anyone who can read your files can read them/);
  });

  it('reports a keyring-backed store as protected, with no warning', () => {
    expect(openSecretVault(vaultFile(), fakeSafeStorage('kwallet6'), 'linux').protection()).toEqual({
      canStore: true,
      osProtected: true,
      backend: 'kwallet6',
      warning: null,
    });
  });

  it('names secrets it can no longer decrypt (the keyring changed) instead of failing', () => {
    const file = vaultFile();
    openSecretVault(file, fakeSafeStorage(), 'linux').set('twilioAuthToken', 'old-token');
    const afterKeyringChange = openSecretVault(file, fakeSafeStorage(), 'linux');
    expect(afterKeyringChange.read()).toEqual({});
    expect(afterKeyringChange.unreadable()).toEqual(['twilioAuthToken']);
  });
});
