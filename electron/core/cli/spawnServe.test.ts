import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveNodeFlags } from './spawnServe';

describe('spawnServe', () => {
  it("starts serve with the serve script's Node flags, so the tests and the bench measure what npm run serve runs", () => {
    const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(packageJson.scripts.serve).toBe(`node ${serveNodeFlags.join(' ')} electron/core/cli/runServe.mjs`);
  });
});
