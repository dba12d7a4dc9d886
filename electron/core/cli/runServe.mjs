// `npm run serve`: bundles serve.ts with esbuild and runs the bundle on plain Node; the bundle is
// kept and built again only when a source changed (serveBundle.mjs). Running it through a
// TypeScript loader instead costs about 0.4 s of start-up and 50 MB of memory on every start, for
// a process meant to stay up for months. The script in package.json also caps V8's young
// generation (--max-semi-space-size=4): a receptionist handles a few requests a second at most,
// and the default lets the idle heap hold ~50 MB more than it needs. It also gives keepHeapLean's
// growth step (--heap-growing-percent=20) from the start: V8 sets the next collection's threshold
// at each full collection, and the first comes while the bundle loads, before runServe runs. Sized
// by the default step, the heap went from 22 MB alive to 78 MB used over the first 200 calls with
// no full collection (serve at 166-171 MB after 200 calls; 144-147 MB with the flag, same CPU).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureDashboard } from './dashboardBuild.mjs';
import { serveBundle } from './serveBundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');

// Tests that start many servers build the dashboard once themselves (npm test), and say so.
if (process.env.PICKUP_SKIP_DASHBOARD_BUILD !== '1' && !process.argv.includes('--help')) {
  ensureDashboard(root, (text) => process.stderr.write(text));
}
try {
  const bundle = await serveBundle({
    entry: join(here, 'serve.ts'),
    cacheDir: join(root, 'node_modules', '.cache', 'pickup'),
    alsoShapedBy: [join(root, 'tsconfig.json'), join(root, 'tsconfig.base.json')],
  });
  const { runServe } = await import(pathToFileURL(bundle.path).href);
  await runServe(process.argv.slice(2), { rendererDir: join(root, 'out', 'renderer') });
} catch (error) {
  process.stderr.write(`Pickup could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
