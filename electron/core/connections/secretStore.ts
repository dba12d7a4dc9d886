import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import type { SecretProtection } from '../../shared/connections';

/** What the owner pasted in the app. The SID and domain are not secret, but belong with their tokens. */
export const StoredConnections = z.object({
  twilioAccountSid: z.string().optional(),
  twilioAuthToken: z.string().optional(),
  openAiApiKey: z.string().optional(),
  ngrokAuthtoken: z.string().optional(),
  ngrokDomain: z.string().optional(),
});
export type StoredConnections = z.infer<typeof StoredConnections>;

/** Where connected accounts are kept: a keystore, an encrypted file, or a file only the owner can read. */
export interface SecretStore {
  readonly protection: SecretProtection;
  read(): StoredConnections;
  write(next: StoredConnections): void;
}

const parseStored = (text: string | null): StoredConnections => {
  if (!text) return {};
  try {
    const parsed = StoredConnections.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
};

/**
 * A JSON file readable by its owner only (0600 in a 0700 folder), written whole and renamed into
 * place so a crash never leaves half a file. Modes are set explicitly: the umask cannot widen them.
 */
export function openFileSecretStore(dataDir: string): SecretStore {
  const folder = join(dataDir, 'secrets');
  const file = join(folder, 'connections.json');
  return {
    protection: {
      kind: 'file',
      osProtected: false,
      description: `Kept in a file on this computer that only your user account can read (${file}).`,
    },
    read: () => parseStored(existsSync(file) ? readFileSync(file, 'utf8') : null),
    write(next) {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      chmodSync(folder, 0o700);
      const partial = `${file}.partial`;
      writeFileSync(partial, JSON.stringify(next, null, 2), { mode: 0o600 });
      chmodSync(partial, 0o600);
      renameSync(partial, file);
    },
  };
}

/** The parts of @napi-rs/keyring's `Entry` used here. */
interface KeyringEntry {
  getPassword(): string | null | undefined;
  setPassword(value: string): void;
  deletePassword(): boolean | void;
}
type KeyringEntryClass = new (service: string, account: string) => KeyringEntry;

const keyringService = 'Pickup';

/**
 * The operating system's keystore (macOS Keychain, Windows Credential Manager, the Secret Service
 * on Linux) through @napi-rs/keyring, as one entry holding the JSON. Null where there is none to
 * use (no keyring daemon on a headless Linux box): a probe entry must round-trip first.
 */
export function openKeyringSecretStore(account: string, Entry: KeyringEntryClass | null = loadKeyring()): SecretStore | null {
  if (!Entry) return null;
  try {
    const probe = new Entry(keyringService, `${account}-probe`);
    probe.setPassword('probe');
    const ok = probe.getPassword() === 'probe';
    probe.deletePassword();
    if (!ok) return null;
  } catch {
    return null;
  }
  const entry = new Entry(keyringService, account);
  return {
    protection: {
      kind: 'keychain',
      osProtected: true,
      description: "Kept in your computer's keychain, encrypted by the operating system.",
    },
    read: () => {
      try {
        return parseStored(entry.getPassword() ?? null);
      } catch {
        return {};
      }
    },
    write: (next) => entry.setPassword(JSON.stringify(next)),
  };
}

function loadKeyring(): KeyringEntryClass | null {
  try {
    return (createRequire(import.meta.url)('@napi-rs/keyring') as { Entry: KeyringEntryClass }).Entry;
  } catch {
    return null;
  }
}

/**
 * The headless host's store: the keystore where the computer has one, else the owner-only file.
 * One keystore entry per data folder, so two Pickups on one computer keep their own accounts.
 */
export function openHeadlessSecretStore(dataDir: string): SecretStore {
  return openKeyringSecretStore(`connections:${dataDir}`) ?? openFileSecretStore(dataDir);
}
