import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The packages `serve` loads before its ready line, as runServe.mjs bundles it: every static
 * import of an outside package is loaded, and paid for in start-up time and resident memory,
 * whether or not this start needs it.
 */
async function packagesLoadedAtStart(): Promise<string[]> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'serve.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    outdir: 'unused',
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports);
  return imports.filter((i) => i.external && i.kind === 'import-statement' && !i.path.startsWith('node:')).map((i) => i.path);
}

describe('what serve loads before it is ready', () => {
  it('leaves out what only an account, a tunnel or another language needs, and whole libraries where one part is used', async () => {
    const loaded = await packagesLoadedAtStart();
    // The REST SDK's index (needs a Twilio account), ngrok's native addon (needs a tunnel),
    // chrono's eleven other languages, date-fns's 300 modules for its `format`, and
    // words-to-numbers's core-js and the OpenAI SDK's ~150 modules (warmed just after the ready
    // line instead, the SDK only when a key is set).
    for (const heavy of ['twilio', '@ngrok/ngrok', 'chrono-node', 'date-fns', 'words-to-numbers'])
      expect(loaded).not.toContain(heavy);
    expect(loaded.filter((path) => path === 'openai' || path.startsWith('openai/'))).toEqual([]);
    expect(loaded).toContain('chrono-node/en');
    expect(loaded).toContain('date-fns/format');
  });
});
