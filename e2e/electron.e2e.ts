import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalSecrets, readServerInfo } from '../electron/core/host/dataDir';
import { SimulatedCall } from '../electron/core/twilio/simulator/simulatedCall';
import { electronSqliteBinding } from '../electron/main/nativeSqlite';

const root = join(import.meta.dirname, '..');
const electronPackage = join(root, 'node_modules', 'electron');

/**
 * Electron's binary. The `electron` package downloads it on first use: where that download
 * cannot happen (as on the machine this project is built on), this is null and the test skips.
 */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const built = existsSync(join(root, 'out', 'main', 'index.js'));
const skipReason = !binary
  ? "Electron's binary is not installed and could not be downloaded here; it runs wherever `npx install-electron` can fetch it"
  : !built
    ? 'the app is not built: run `npm run build` first'
    : null;
if (skipReason) console.warn(`SKIPPED the desktop app test: ${skipReason}.`);

let app: ElectronApplication;
let page: Page;
let dataDir: string;

/** What the main process's notifications said, recorded by wrapping Notification.prototype.show. */
const notifications = () =>
  app.evaluate(() => (globalThis as { shownNotifications?: { title: string; at: number }[] }).shownNotifications ?? []);

describe.skipIf(skipReason !== null)('the desktop app', () => {
  beforeAll(async () => {
    const electronVersion = (JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string })
      .version;
    if (!existsSync(join(root, electronSqliteBinding({ electronVersion, platform: process.platform, arch: process.arch })))) {
      // The same script as `npm run build:native`, so the test builds the binding the app loads.
      const build = spawnSync('npm', ['run', 'build:native'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('could not build better-sqlite3 for Electron');
    }
    dataDir = mkdtempSync(join(tmpdir(), 'pickup-electron-e2e-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(TWILIO|OPENAI|NGROK)_/.test(name)),
    ) as Record<string, string>;
    app = await electron.launch({
      executablePath: binary!,
      // Chromium refuses to sandbox as root (CI): the OS sandbox is off there, the page's isolation is not.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      env: { ...env, PICKUP_DATA_DIR: dataDir },
    });
    await app.evaluate(({ Notification }) => {
      const shown: { title: string; at: number }[] = [];
      (globalThis as { shownNotifications?: typeof shown }).shownNotifications = shown;
      const show = Notification.prototype.show;
      Notification.prototype.show = function (this: Electron.Notification) {
        shown.push({ title: this.title, at: Date.now() });
        return show.call(this);
      };
    });
    page = await app.firstWindow();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('opens a window with the dashboard, served from app://, isolated from Node', async () => {
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/pickup\/index\.html/);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => typeof window.pickup?.listCalls)).toBe('function');
    expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull();
  });

  it('raises a notification within a second of a simulated call, and shows the call live', async () => {
    await page.evaluate(() => (window.location.hash = '#/live'));
    const server = readServerInfo(dataDir);
    const secrets = readLocalSecrets(dataDir);
    expect(server && secrets).toBeTruthy();
    const call = new SimulatedCall({
      publicUrl: server!.publicUrl,
      authToken: secrets!.localTwilioAuthToken,
      from: '+13035550142',
    });
    const ringing = Date.now();
    await call.start();
    await expect
      .poll(notifications, { timeout: 1000 })
      .toContainEqual(expect.objectContaining({ title: 'Call from (303) 555-0142' }));
    const alert = (await notifications()).find((n) => n.title === 'Call from (303) 555-0142')!;
    expect(alert.at - ringing).toBeLessThan(1000);

    await call.say('I need a quote for a new roof');
    await page.getByText('I need a quote for a new roof').first().waitFor();
    await call.hangup();
    await expect
      .poll(async () => (await notifications()).some((n) => n.title.startsWith('Call ended')), { timeout: 2000 })
      .toBe(true);
  });
});
