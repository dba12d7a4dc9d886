import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { appId } from './appIdentity';
import { electronSqliteBinding } from './nativeSqlite';

/** electron-builder.yml, read and checked by electron-builder's own loader and schema. */
const root = join(import.meta.dirname, '..', '..');
const target = { electronVersion: '45.5.0', platform: 'linux' as const, arch: 'x64' };

describe('the packaging configuration', () => {
  const load = async () => {
    const config = await getConfig(root, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    return config;
  };

  it("passes electron-builder's own schema, with the app id the app uses", async () => {
    const config = await load();
    expect(config.appId).toBe(appId);
    expect(config.productName).toBe('Pickup');
  });

  it('builds a dmg, an NSIS installer and an AppImage, each with the icon', async () => {
    const config = await load();
    expect([config.mac?.target, config.win?.target, config.linux?.target]).toEqual(['dmg', 'nsis', 'AppImage']);
    expect([config.mac?.icon, config.win?.icon, config.linux?.icon]).toEqual([
      'resources/icon.png',
      'resources/icon.png',
      'resources/icon.png',
    ]);
  });

  it("unpacks the native addons, and never rebuilds node_modules' copy for Electron", async () => {
    const config = await load();
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['out/native/**', 'node_modules/@ngrok/**']));
    expect(electronSqliteBinding(target).startsWith(join('out', 'native'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the fuses: no RunAsNode, no NODE_OPTIONS or --inspect, app only from an asar whose integrity is checked', async () => {
    expect((await load()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
