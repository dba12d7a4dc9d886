import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/** Electron's binary is downloaded on first use; where that cannot happen, this test says so and skips. */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const built = existsSync(join(import.meta.dirname, '..', 'out', 'main', 'index.js'));
if (!binary) console.warn('SKIPPED: the Electron launch test needs Electron\'s binary, which is not installed on this machine.');

describe.skipIf(!binary || !built)('the desktop app', () => {
  it('opens a window with the dashboard, isolated from Node', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [join(import.meta.dirname, '..')] });
    try {
      const page = await app.firstWindow();
      await page.getByText('Pickup').first().waitFor();
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof window.pickup?.listCalls)).toBe('function');
    } finally {
      await app.close();
    }
  });
});
