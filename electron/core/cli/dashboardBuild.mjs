// `npm run serve` builds the dashboard when it is missing or older than its sources, so a newcomer's
// `npm ci` then `npm run serve` opens a working dashboard (electron-vite build, a few seconds).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of any file under these paths; 0 when none exists. */
export function newestMtime(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isFile()) newest = Math.max(newest, stat.mtimeMs);
    else if (stat.isDirectory()) {
      for (const name of readdirSync(path, { recursive: true })) {
        const file = join(path, String(name));
        const inner = statSync(file);
        if (inner.isFile()) newest = Math.max(newest, inner.mtimeMs);
      }
    }
  }
  return newest;
}

/** Why the dashboard must be built before serving it, or null when the build is current. */
export function dashboardBuildReason(root) {
  const built = join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(built)) return 'the dashboard has not been built yet';
  const sources = [join(root, 'renderer'), join(root, 'electron', 'shared')];
  return newestMtime(sources) > statSync(built).mtimeMs ? 'the dashboard is older than its sources' : null;
}

/** Builds it when needed (electron-vite, as `npm run build`); returns false when the build failed. */
export function ensureDashboard(root, write) {
  const reason = dashboardBuildReason(root);
  if (!reason) return true;
  write(`Building the dashboard (${reason}): a few seconds...\n`);
  // The package exports no bin path, so it is found where npm puts it.
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = existsSync(cli)
    ? spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : { status: null, stderr: `${cli} is missing: run npm ci first.` };
  if (result.status === 0) return true;
  write(
    `The dashboard could not be built (run npm run build to see why); the receptionist answers calls anyway.\n${result.stderr ?? ''}\n`,
  );
  return false;
}
