import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The OS's per-user app data folder for "Pickup", the same folder Electron's `userData` names. */
export function defaultDataDir(): string {
  const home = homedir();
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Pickup');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Pickup');
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Pickup');
  }
}

export interface LocalSecrets {
  /** Signs and checks webhooks when no real Twilio auth token is configured. */
  localTwilioAuthToken: string;
  /** Bearer token of the private app API. */
  apiToken: string;
}

const secretsFile = 'local-secrets.json';

/**
 * Creates the data folder readable by the owner only (0700, whatever the umask), and closes an
 * existing one an older version left open to other users.
 */
export function ensureOwnerOnlyDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

/** The data dir's generated secrets, or null when no server has created them yet. */
export function readLocalSecrets(dataDir: string): LocalSecrets | null {
  const path = join(dataDir, secretsFile);
  if (!existsSync(path)) return null;
  const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<LocalSecrets>;
  return stored.localTwilioAuthToken && stored.apiToken ? (stored as LocalSecrets) : null;
}

/** Reads the data dir's generated secrets, creating them (readable by the owner only) on first use. */
export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  ensureOwnerOnlyDir(dataDir);
  const existing = readLocalSecrets(dataDir);
  if (existing) return existing;
  const path = join(dataDir, secretsFile);
  const secrets: LocalSecrets = {
    localTwilioAuthToken: randomBytes(16).toString('hex'),
    apiToken: randomBytes(24).toString('base64url'),
  };
  writeFileSync(path, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Written when `serve` is ready, so `npm run call` can find a running server from its data dir. */
export interface ServerInfo {
  pid: number;
  publicUrl: string;
  webhookUrl: string;
  appUrl: string;
}

const serverInfoFile = 'server.json';

export function writeServerInfo(dataDir: string, info: ServerInfo): void {
  writeFileSync(join(dataDir, serverInfoFile), JSON.stringify(info, null, 2), { mode: 0o600 });
}

export function readServerInfo(dataDir: string): ServerInfo | null {
  const path = join(dataDir, serverInfoFile);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ServerInfo;
  } catch {
    return null;
  }
}
