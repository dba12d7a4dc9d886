// Builds better-sqlite3 for Electron's ABI into out/native/, leaving node_modules' copy (built
// for Node, which `npm test` and `npm run serve` load) untouched. Run by `npm start` and
// `npm run dist`; `--arch=arm64` builds for another architecture. Needs python3, make, a C++
// compiler and Electron's headers, which node-gyp downloads from electronjs.org once.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { electronSqliteBinding } from '../nativeSqlite';

const root = resolve(import.meta.dirname, '..', '..', '..');
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

const electronVersion = versionOf('electron');
const sqliteVersion = versionOf('better-sqlite3');
const arch = process.argv.find((a) => a.startsWith('--arch='))?.slice('--arch='.length) ?? process.arch;
const target = join(root, electronSqliteBinding({ electronVersion, platform: process.platform, arch }));
const stamp = join(dirname(target), 'built-from.json');
const stampText = JSON.stringify({ betterSqlite3: sqliteVersion, electron: electronVersion, arch });

if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === stampText) {
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch}) is up to date`);
  process.exit(0);
}

const nodeGyp =
  process.env.npm_config_node_gyp ??
  join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
const staging = mkdtempSync(join(tmpdir(), 'pickup-sqlite-electron-'));
try {
  const source = join(root, 'node_modules', 'better-sqlite3');
  for (const part of ['binding.gyp', 'package.json', 'src', 'deps'])
    cpSync(join(source, part), join(staging, part), { recursive: true });

  // npm exports its own `nodedir` (Node's headers) to scripts; node-gyp would then silently build
  // for Node instead of Electron, so every npm_config_* node-gyp setting is dropped here.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_config_(nodedir|target|arch|dist_url|runtime|devdir)$/i.test(name)),
  );
  console.log(`building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})...`);
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ],
    { cwd: staging, env, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(
      `could not build better-sqlite3 for Electron ${electronVersion}: node-gyp needs python3, make, a C++ compiler and ` +
        "Electron's headers (downloaded from https://electronjs.org/headers on first use)",
    );
    process.exit(1);
  }
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(staging, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stamp, stampText);
  console.log(`built ${target}`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
