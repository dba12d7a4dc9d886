import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestCore } from '../../test/support/testCore';
import { electronSqliteBinding, unpackedAppPath } from './nativeSqlite';

const root = join(import.meta.dirname, '..', '..');
const target = { electronVersion: '45.5.0', platform: 'linux' as const, arch: 'x64' };

describe('the Electron build of better-sqlite3', () => {
  it('is looked for under out/native, per Electron version, platform and architecture', () => {
    expect(electronSqliteBinding(target)).toBe(
      join('out', 'native', 'better-sqlite3-electron-45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('is read from beside app.asar in the packaged app', () => {
    expect(unpackedAppPath('/opt/Pickup/resources/app.asar')).toBe('/opt/Pickup/resources/app.asar.unpacked');
    expect(unpackedAppPath('/home/mike/pickup')).toBe('/home/mike/pickup');
  });

  it("is what the core loads: the binding it is given, not node_modules' own", async () => {
    await expect(startTestCore({}, { sqliteNativeBinding: '/nowhere/better_sqlite3.node' })).rejects.toThrow(/nowhere/);
    const core = await startTestCore(
      {},
      { sqliteNativeBinding: join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node') },
    );
    await core.stop();
  });
});
