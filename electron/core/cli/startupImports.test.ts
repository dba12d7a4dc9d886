import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOptions } from './serveBundle.mjs';

/** `serve`'s bundle as runServe.mjs builds it (serveBundle.mjs's options). */
const buildServe = () =>
  build({
    ...buildOptions,
    entryPoints: [join(import.meta.dirname, 'serve.ts')],
    write: false,
    outdir: 'unused',
    metafile: true,
    logLevel: 'silent',
  });
/** Built once for both checks below. */
let built: ReturnType<typeof buildServe> | undefined;
const serveBuild = () => (built ??= buildServe());

/**
 * The packages `serve` loads before its ready line: every static import of an outside package is
 * loaded, and paid for in start-up time and resident memory, whether or not this start needs it.
 */
async function packagesLoadedAtStart(): Promise<string[]> {
  const result = await serveBuild();
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

describe("serve's bundle as V8 keeps it", () => {
  it('is Latin-1 throughout, so its source is held at one byte a character', async () => {
    // V8 keeps a script's source for as long as it runs, as one byte a character when every
    // character fits and two otherwise: one em dash anywhere (a regex literal or a comment, which
    // esbuild leaves as written) doubled the 2.6 MB bundle to 5 MB. Write such characters as \u
    // escapes.
    const [output] = (await serveBuild()).outputFiles;
    const text = output!.text;
    const wide = [...text.matchAll(/[\u0100-\u{10ffff}]/gu)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 10));
    expect(wide).toEqual([]);
  });
});
