// `serve`'s bundle, built again only when one of its sources changed. Building it costs esbuild's
// load and a bundle of ~250 files (0.3-0.5 s of a 1.2 s start on a busy 2-core VM); checking
// whether the last one is current costs a stat of each file.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Everything besides the sources that shapes the bundle: a change here builds it again. */
export const buildOptions = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external' };
const optionsKey = JSON.stringify(buildOptions);

const fingerprint = (path, builtAfterMs = Number.POSITIVE_INFINITY) => {
  try {
    const stat = statSync(path);
    // A file written around the build may have been read before the write: never taken as built.
    return stat.mtimeMs > builtAfterMs ? 'written during the build' : `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
};

/** Whether the bundle described by `manifest` was built from the files as they are now. */
export function isCurrent(manifest, options) {
  return (
    manifest?.optionsKey === optionsKey &&
    manifest.entry === resolve(options.entry) &&
    Object.entries(manifest.inputs).every(([path, stamp]) => fingerprint(path) === stamp)
  );
}

const readManifest = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

/**
 * The path of a bundle of `entry` that is current, built into `cacheDir` only when needed.
 * `alsoShapedBy` are files esbuild reads without listing them as inputs (the tsconfigs).
 * Several servers may start at once: each writes its own files and renames them into place.
 */
export async function serveBundle({ entry, cacheDir, alsoShapedBy = [] }) {
  const bundle = join(cacheDir, 'serve.mjs');
  const manifestPath = join(cacheDir, 'serve.inputs.json');
  if (isCurrent(readManifest(manifestPath), { entry })) return { path: bundle, built: false };

  const { build, stop } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const ownBundle = join(cacheDir, `serve-${process.pid}.mjs`);
  // Two seconds of slack for file systems whose times are coarse.
  const startedMs = Date.now() - 2000;
  try {
    const result = await build({
      ...buildOptions,
      entryPoints: [entry],
      outfile: ownBundle,
      metafile: true,
      logLevel: 'warning',
    });
    const inputs = {};
    for (const path of [...Object.keys(result.metafile.inputs).map((p) => resolve(p)), ...alsoShapedBy])
      inputs[path] = fingerprint(path, startedMs);
    const ownManifest = `${manifestPath}.${process.pid}`;
    writeFileSync(ownManifest, JSON.stringify({ optionsKey, entry: resolve(entry), inputs }));
    renameSync(ownBundle, bundle);
    renameSync(ownManifest, manifestPath);
  } finally {
    // Left only by a build that failed.
    rmSync(ownBundle, { force: true });
    await stop();
  }
  return { path: bundle, built: true };
}
