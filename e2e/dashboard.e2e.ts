import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServe, type ServeProcess } from '../electron/core/cli/spawnServe';
import { SimulatedCall } from '../electron/core/twilio/simulator/simulatedCall';
import { launchChromium } from './browser';

const screenshots = join(import.meta.dirname, 'artifacts');
let serve: ServeProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'pickup-e2e-'));
  serve = await spawnServe(['--data-dir', dataDir, '--port', '0', '--api-port', '0', '--no-tunnel']);
  await fetch(`${serve.ready.appUrl}/api/settings`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${serve.ready.apiToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ businessName: 'Summit Roofing', voiceMode: 'always', ownerName: 'Mike' }),
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

describe('dashboard', () => {
  it('without a token shows how to get one, and no data', async () => {
    const response = await page.goto(serve.ready.appUrl);
    expect(response?.status()).toBe(401);
    await expect(page.textContent('body')).resolves.toContain('npm run serve');
  });

  it('shows a call live as it happens, its turns streaming in, then finds it by search', async () => {
    await page.goto(serve.ready.dashboardUrl);
    await page.getByText('No calls yet').waitFor();
    expect(page.url()).not.toContain('token=');

    const call = new SimulatedCall({ publicUrl: serve.ready.publicUrl, authToken: serve.ready.localAuthToken!, from: '+13035550142' });
    await call.start();
    await page.getByRole('button', { name: /\(303\) 555-0142/ }).click();
    await page.getByText('virtual assistant').waitFor();

    await call.say('I need a quote for a new roof');
    await page.getByText('I need a quote for a new roof').waitFor();
    await call.say('yeah this is Dana');
    await page.getByText('yeah this is Dana').waitFor();
    await page.screenshot({ path: join(screenshots, 'live-call.png') });

    await call.hangup();
    await page.getByTestId('summary').waitFor();
    await expect(page.getByTestId('summary').textContent()).resolves.toContain('Dana');

    await page.getByLabel('Search calls').fill('roof');
    await page.getByRole('button', { name: /Dana/ }).waitFor();
    await page.getByLabel('Search calls').fill('plumbing');
    await page.getByText('No calls match that search.').waitFor();
    await page.screenshot({ path: join(screenshots, 'search.png') });
  });
});
