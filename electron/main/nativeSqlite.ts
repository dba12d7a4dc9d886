import { join } from 'node:path';

export interface NativeTarget {
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}

/**
 * Where the copy of better-sqlite3 built for Electron's ABI lives, relative to the app's root.
 * node_modules keeps the copy built for Node (`npm test`, `npm run serve`); this one is built by
 * `npm start` and `npm run dist` (packaging/buildElectronSqlite.ts) and loaded with
 * better-sqlite3's `nativeBinding` option.
 */
export function electronSqliteBinding(target: NativeTarget): string {
  return join(
    'out',
    'native',
    `better-sqlite3-electron-${target.electronVersion}-${target.platform}-${target.arch}`,
    'better_sqlite3.node',
  );
}

/** Native files cannot be loaded from inside app.asar; the packaged app keeps them beside it (asarUnpack). */
export function unpackedAppPath(appPath: string): string {
  return appPath.replace(/app\.asar$/, 'app.asar.unpacked');
}

export const missingBindingMessage = (target: NativeTarget) =>
  `better-sqlite3 has not been built for Electron ${target.electronVersion} (${target.platform}-${target.arch}): ` +
  'start Pickup with `npm start`, which builds it, or run `npm run build:native`.';
