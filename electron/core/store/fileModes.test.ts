import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureOwnerOnlyDir, loadOrCreateLocalSecrets } from '../host/dataDir';
import { openStore } from './store';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('who may read the call records', () => {
  it('creates the data folder 0700 and the database, -wal and -shm 0600, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const dataDir = join(mkdtempSync(join(tmpdir(), 'pickup-modes-')), 'Pickup');
      loadOrCreateLocalSecrets(dataDir);
      const path = join(dataDir, 'pickup.db');
      const store = openStore(path);
      store.settings.update({ businessName: 'Summit Roofing' });
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file)).toBe(0o600);
      store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('closes a data folder and database files an older version left readable to everyone', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'pickup-modes-')), 'Pickup');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const path = join(dataDir, 'pickup.db');
    openStore(path).close();
    for (const file of [path, `${path}-wal`, `${path}-shm`]) {
      writeFileSync(file, '', { flag: 'a' });
      chmodSync(file, 0o644);
    }
    ensureOwnerOnlyDir(dataDir);
    const store = openStore(path);
    expect(modeOf(dataDir)).toBe(0o700);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file)).toBe(0o600);
    store.close();
  });
});
