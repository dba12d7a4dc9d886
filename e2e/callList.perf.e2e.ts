import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../bench/seedStore';
import { spawnServe, type ServeProcess } from '../electron/core/cli/spawnServe';
import { openStore } from '../electron/core/store/store';
import { launchChromium } from './browser';

const calls = 10_000;
const artifacts = join(import.meta.dirname, 'artifacts');
let serve: ServeProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'pickup-e2e-10k-'));
  const store = openStore(join(dataDir, 'pickup.db'));
  try {
    seedStore(store, calls, 4);
    // An install that has been taking calls for a while: its welcome is long done.
    store.settings.update({ businessName: 'Summit Roofing', setupState: 'done' });
  } finally {
    store.close();
  }
  serve = await spawnServe(['--data-dir', dataDir, '--port', '0', '--api-port', '0', '--no-tunnel']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(serve.ready.dashboardUrl);
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

describe(`the call history with ${calls.toLocaleString('en-US')} calls`, () => {
  it('shows the newest calls at once, keeps the DOM small, scrolls at frame rate while pages load; leads too', async () => {
    const started = performance.now();
    await page.evaluate(() => (window.location.hash = '#/calls'));
    await page.getByTestId('call-list').locator('a').first().waitFor();
    const firstRowsMs = performance.now() - started;

    // Scroll 2,400 rows (24 pages) a frame at a time, as a fast flick would, timing every frame.
    const scrolled = await page.evaluate(async () => {
      const list = document.querySelector<HTMLElement>('[data-testid="call-list"]')!;
      const frames: number[] = [];
      let last = performance.now();
      for (let frame = 0; frame < 600; frame++) {
        list.scrollTop += 368;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      return {
        frames,
        rowsInDom: list.querySelectorAll('li').length,
        loaded: Number(list.querySelector('ul')!.style.height.replace('px', '')) / 92,
      };
    });
    await page.screenshot({ path: join(artifacts, '14-calls-10k.png') });

    const searchStarted = performance.now();
    await page.getByLabel('Search calls').fill('skylight');
    await page
      .getByTestId('call-list')
      .getByText(/leaking skylight/)
      .first()
      .waitFor();
    const searchMs = performance.now() - searchStarted;

    const leadsStarted = performance.now();
    await page.getByRole('link', { name: 'Leads' }).click();
    await page.getByTestId('lead-row').first().waitFor();
    const leadsMs = performance.now() - leadsStarted;
    const leadRowsInDom = await page.getByTestId('lead-row').count();
    await page.screenshot({ path: join(artifacts, '15-leads-10k.png') });

    const result = {
      calls,
      firstRowsMs: Math.round(firstRowsMs),
      rowsInDom: scrolled.rowsInDom,
      rowsLoadedAfterScroll: Math.round(scrolled.loaded),
      frameP50Ms: +percentile(scrolled.frames, 50).toFixed(1),
      frameP95Ms: +percentile(scrolled.frames, 95).toFixed(1),
      frameMaxMs: +Math.max(...scrolled.frames).toFixed(1),
      searchMs: Math.round(searchMs),
      leads: calls,
      leadsPageMs: Math.round(leadsMs),
      leadRowsInDom,
    };
    console.log(JSON.stringify(result));
    writeFileSync(join(artifacts, 'call-list-perf.json'), `${JSON.stringify(result, null, 2)}\n`);

    expect(result.rowsInDom).toBeLessThan(40);
    expect(result.rowsLoadedAfterScroll).toBeGreaterThan(2000);
    expect(result.frameP95Ms).toBeLessThan(100);
    expect(result.firstRowsMs).toBeLessThan(3000);
    expect(result.leadRowsInDom).toBeLessThan(40);
    expect(result.leadsPageMs).toBeLessThan(5000);
  });
});
