import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export const secretNames = ['twilioAuthToken', 'openAiApiKey', 'ngrokAuthtoken'] as const;
export type SecretName = (typeof secretNames)[number];
export type Secrets = Partial<Record<SecretName, string>>;

/** The parts of Electron's `safeStorage` the vault uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store holds the key. */
  getSelectedStorageBackend(): string;
}

/** How well the stored secrets are protected, in words the owner can act on. */
export interface SecretProtection {
  /** Whether secrets can be stored at all (Pickup never stores them unencrypted). */
  canStore: boolean;
  /** Encrypted with a key the operating system keeps (Keychain, DPAPI, a Linux keyring). */
  osProtected: boolean;
  /** The Linux secret-store backend Electron chose (`basic_text` means no keyring). */
  backend: string | null;
  warning: string | null;
}

export interface SecretVault {
  /** The decrypted secrets, for the core only: never for the renderer or a log. */
  read(): Secrets;
  /** Which secrets are set: all the renderer ever learns about them. */
  which(): Record<SecretName, boolean>;
  /** Stores (or, with '', removes) one secret. */
  set(name: SecretName, value: string): void;
  protection(): SecretProtection;
  /** Secrets on disk that could not be decrypted, e.g. after the keyring changed. */
  unreadable(): SecretName[];
}

const noKeyringWarning =
  'No keyring (GNOME Keyring, KWallet) was found, so your Twilio, OpenAI and ngrok secrets are encrypted with a key ' +
  'built into Electron (the "basic_text" store): anyone who can read your files can read them. Install and unlock a ' +
  'keyring, restart Pickup, and enter them again.';

/**
 * Twilio, OpenAI and ngrok secrets, encrypted with Electron's `safeStorage` in one file of the
 * data folder (readable by the owner only). Nothing is written where encryption is unavailable.
 */
export function openSecretVault(file: string, safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretVault {
  const readFile = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const decrypt = (sealed: string | undefined): string | null => {
    if (typeof sealed !== 'string' || !safeStorage.isEncryptionAvailable()) return null;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return null;
    }
  };

  const vault: SecretVault = {
    read() {
      const sealed = readFile();
      const secrets: Secrets = {};
      for (const name of secretNames) {
        const value = decrypt(sealed[name]);
        if (value) secrets[name] = value;
      }
      return secrets;
    },
    which() {
      const secrets = vault.read();
      return Object.fromEntries(secretNames.map((name) => [name, Boolean(secrets[name])])) as Record<SecretName, boolean>;
    },
    set(name, value) {
      const sealed = readFile();
      if (value === '') delete sealed[name];
      else {
        if (!safeStorage.isEncryptionAvailable()) {
          throw new Error('This computer offers Pickup no way to encrypt secrets, and Pickup does not store them unencrypted.');
        }
        sealed[name] = safeStorage.encryptString(value).toString('base64');
      }
      const partial = `${file}.partial`;
      writeFileSync(partial, JSON.stringify(sealed, null, 2), { mode: 0o600 });
      renameSync(partial, file);
    },
    protection() {
      const canStore = safeStorage.isEncryptionAvailable();
      const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
      const osProtected = canStore && backend !== 'basic_text';
      const warning = !canStore
        ? 'This computer offers no way to encrypt secrets, so Pickup cannot store them; set them in its environment instead.'
        : backend === 'basic_text'
          ? noKeyringWarning
          : null;
      return { canStore, osProtected, backend, warning };
    },
    unreadable() {
      const sealed = readFile();
      return secretNames.filter((name) => sealed[name] !== undefined && !decrypt(sealed[name]));
    },
  };
  return vault;
}
