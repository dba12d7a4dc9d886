import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serveBundle } from './serveBundle.mjs';

/** Written long enough ago that the build cannot have read it half-written. */
function aMinuteAgo(file: string, content?: string) {
  if (content !== undefined) writeFileSync(file, content);
  const at = new Date(Date.now() - 60_000);
  utimesSync(file, at, at);
}

/** A two-file program whose files were last written a minute ago, as sources usually are. */
function program() {
  const dir = mkdtempSync(join(tmpdir(), 'pickup-bundle-'));
  const files = { entry: join(dir, 'entry.ts'), words: join(dir, 'words.ts'), config: join(dir, 'tsconfig.json') };
  writeFileSync(files.entry, "import { words } from './words';\nexport const said = (): string => words;\n");
  writeFileSync(files.words, "export const words = 'first';\n");
  writeFileSync(files.config, '{}');
  for (const file of Object.values(files)) aMinuteAgo(file);
  return { ...files, options: { entry: files.entry, cacheDir: join(dir, 'cache'), alsoShapedBy: [files.config] } };
}

const said = async (path: string) =>
  ((await import(`${pathToFileURL(path).href}?v=${Date.now()}`)) as { said: () => string }).said();

describe("serve's bundle", () => {
  it('is built once and reused while its sources stay as they were', async () => {
    const p = program();
    const first = await serveBundle(p.options);
    expect(first.built).toBe(true);
    const again = await serveBundle(p.options);
    expect(again).toEqual({ path: first.path, built: false });
    expect(await said(again.path)).toBe('first');
  });

  it('is built again when any source, or a file that shapes the build, changed', async () => {
    const p = program();
    await serveBundle(p.options);
    aMinuteAgo(p.words, "export const words = 'second';\n");
    const rebuilt = await serveBundle(p.options);
    expect(rebuilt.built).toBe(true);
    expect(await said(rebuilt.path)).toBe('second');
    expect(readFileSync(rebuilt.path, 'utf8')).not.toContain("'first'");

    expect((await serveBundle(p.options)).built).toBe(false);
    aMinuteAgo(p.config, '{ }');
    expect((await serveBundle(p.options)).built).toBe(true);
  });
});
