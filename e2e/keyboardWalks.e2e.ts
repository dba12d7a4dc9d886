import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServe, type ServeProcess } from '../electron/core/cli/spawnServe';
import { SimulatedCall } from '../electron/core/twilio/simulator/simulatedCall';
import { axeViolations } from './axe';
import { launchChromium } from './browser';

const artifacts = join(import.meta.dirname, 'artifacts');
let serve: ServeProcess;
let browser: Browser;
let page: Page;
/** What the page logged as an error: none is expected. */
const consoleErrors: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(artifacts, `keyboard-${name}.png`) });

async function apiCall<T = unknown>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${serve.ready.appUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${serve.ready.apiToken}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

/** What has the keyboard focus: its role and accessible name, as a screen reader says them ("body" when nothing has it). */
async function focused(): Promise<{ role: string; name: string }> {
  const element = page.locator('*:focus');
  if ((await element.count()) === 0) return { role: 'body', name: '' };
  const [, role = '', name = ''] = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(await element.ariaSnapshot()) ?? [];
  return { role, name };
}

/** Presses Tab until the focus reaches the control named `name`, as a keyboard user would; fails if it never does. */
async function tabTo(name: string | RegExp, { max = 60, back = false } = {}): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const seen: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused();
    if (matches(now.name)) return;
    seen.push(`${now.role} "${now.name.slice(0, 40)}"`);
  }
  throw new Error(`Tab never reached ${String(name)}; it went through: ${seen.join(', ')}`);
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  serve = await spawnServe([
    '--data-dir',
    mkdtempSync(join(tmpdir(), 'pickup-keyboard-')),
    '--port',
    '0',
    '--api-port',
    '0',
    '--no-tunnel',
  ]);
  await apiCall('/api/settings', {
    method: 'PATCH',
    body: JSON.stringify({ businessName: 'Summit Roofing', setupState: 'done', voiceMode: 'after_hours' }),
  });
  // A caller to follow up on.
  const call = new SimulatedCall({
    publicUrl: serve.ready.publicUrl,
    authToken: serve.ready.localAuthToken!,
    from: '+17205550156',
  });
  await call.start();
  await call.say('this is Sam, I need a quote for a new deck');
  await call.hangup();

  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`);
  });
  await page.goto(serve.ready.dashboardUrl);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
});

describe('keyboard only', () => {
  it('updates a lead: reaches it, changes its status and notes, saves, and Escape cancels an edit', async () => {
    await tabTo('Leads');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Leads', level: 1 }).waitFor();

    await tabTo('Search leads');
    await page.keyboard.type('Sam');
    // The status is a menu: Enter opens it on the current status, arrows only move, Enter chooses once.
    await tabTo('Status for Sam, New');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await expect.poll(focused).toEqual({ role: 'menuitemradio', name: 'New' });
    await page.keyboard.press('ArrowDown');
    // Radix moves the focus on the next task; Enter before it lands would choose New again.
    await expect.poll(focused).toEqual({ role: 'menuitemradio', name: 'Contacted' });
    await page.keyboard.press('Enter');
    await page.getByText('Sam marked contacted').waitFor();
    await expect.poll(focused).toEqual({ role: 'button', name: 'Status for Sam, Contacted' });

    await tabTo('Notes on Sam');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Notes on Sam' }).waitFor();
    expect((await focused()).role).toBe('textbox');
    await page.keyboard.type('Deck quote sent, call Friday');
    await tabTo('Save notes');
    await page.keyboard.press('Enter');
    await page.getByText('Notes saved').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focused()).toEqual({ role: 'button', name: 'Notes on Sam' });

    // Escape leaves the notes as they were, and the focus where it was.
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Notes on Sam' }).waitFor();
    await page.keyboard.type(' and never mind');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focused()).toEqual({ role: 'button', name: 'Notes on Sam' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').getByRole('textbox').inputValue()).toBe('Deck quote sent, call Friday');
    await page.keyboard.press('Escape');

    const [sam] = await apiCall<Array<{ status: string; notes: string }>>('/api/leads');
    expect(sam).toMatchObject({ status: 'contacted', notes: 'Deck quote sent, call Friday' });
    await shot('leads');
  });

  it("changes the hours and a business day, saves each, and keeps the focus on the card's save", async () => {
    await tabTo('Settings');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    await tabTo('Opens at');
    await page.keyboard.type('0730AM');
    await tabTo('Closes at');
    await page.keyboard.type('0430PM');
    await tabTo('Save answering settings');
    await page.keyboard.press('Enter');
    await page.getByText('Answering settings saved').waitFor();
    expect(await focused()).toEqual({ role: 'button', name: 'Saved' });

    // The days are one group: Tab enters it, the arrows move along it, Space toggles a day.
    await tabTo(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat)$/);
    for (let presses = 0; presses < 7 && (await focused()).name !== 'Sat'; presses++) {
      const before = (await focused()).name;
      await page.keyboard.press('ArrowRight');
      // Radix moves the focus on the next task: read it before it moved and the walk steps past Sat.
      await expect.poll(async () => (await focused()).name).not.toBe(before);
    }
    expect((await focused()).name).toBe('Sat');
    await page.keyboard.press('Space');
    await tabTo('Save business details');
    await page.keyboard.press('Enter');
    await page.getByText('Business details saved').waitFor();
    expect(await focused()).toEqual({ role: 'button', name: 'Saved' });

    expect(await apiCall('/api/settings')).toMatchObject({
      businessHoursStart: '07:30',
      businessHoursEnd: '16:30',
      businessDays: [1, 2, 3, 4, 5, 6],
    });
    await shot('settings');
  });
});

describe('a live emergency', () => {
  it('shows Emergency on Live while the caller is still on the line', async () => {
    await page.evaluate(() => (window.location.hash = '#/test-call'));
    await page.getByRole('button', { name: 'Start test call' }).click();
    await page.getByTestId('test-call-state').getByText('The receptionist is listening').waitFor();
    await page.getByLabel('Say something as the caller').fill('Water is pouring through my ceiling, it is an emergency');
    await page.getByRole('button', { name: 'Say it' }).click();
    await page.getByText('Water is pouring through my ceiling, it is an emergency').waitFor();

    await page.evaluate(() => (window.location.hash = '#/live'));
    const card = page.locator('[aria-label^="Call from"]');
    await card.getByText('Emergency', { exact: true }).waitFor();
    // Still on the line: the badge did not wait for the call to end.
    await card.getByRole('button', { name: 'Take over' }).waitFor();
    expect((await apiCall<{ state: string }>('/api/test-call')).state).not.toBe('ended');
    expect(await axeViolations(page)).toEqual([]);
    await shot('live-emergency');
    await apiCall('/api/test-call', { method: 'DELETE' });
  });

  it('scrolls a long live transcript from the keyboard', async () => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await apiCall('/api/test-call', { method: 'POST', body: JSON.stringify({}) });
    for (const text of [
      'Hi, I need someone to look at my gutters',
      'This is Dana Reyes',
      'It is at 12 Oak Street',
      'They are overflowing every time it rains',
      'Can somebody call me back after 5?',
    ])
      await apiCall('/api/test-call/say', { method: 'POST', body: JSON.stringify({ text }) });
    await page.evaluate(() => (window.location.hash = '#/live'));
    const region = page.getByRole('region', { name: 'Live transcript' });
    await region.getByText('Can somebody call me back after 5?').waitFor();
    const overflows = () => region.evaluate((el) => el.scrollHeight > el.clientHeight);
    await expect(overflows()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Take over' }).focus();
    await tabTo('Live transcript');
    await page.keyboard.press('Home');
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await apiCall('/api/test-call', { method: 'DELETE' });
  });
});

describe('the screens, to look at', () => {
  // Tall windows, so each shot holds the whole screen (Settings scrolls inside its own pane).
  it.each([
    [1280, 2600],
    [390, 7000],
  ])(
    'at %i px: Settings with the connected accounts, Leads, a call page and the test call, in plain words, with nothing cut or in the way, and no serious axe-core violation',
    async (width, height) => {
      await page.setViewportSize({ width, height });
      const problems: string[] = [];
      const [call] = await apiCall<Array<{ id: string }>>('/api/calls?limit=1');
      for (const [hash, ready] of [
        ['settings', page.locator('#twilio-heading')],
        ['leads', page.getByTestId('lead-row').first()],
        [`calls/${call!.id}`, page.getByTestId('summary')],
        ['test-call', page.getByRole('heading', { name: 'Test call', level: 1 })],
      ] as const) {
        await page.evaluate((target) => (window.location.hash = `#/${target}`), hash);
        await ready.waitFor();
        await page.waitForLoadState('networkidle');
        for (const violation of await axeViolations(page)) problems.push(`${hash} at ${width} px: ${violation}`);
        // No developer words where the owner reads, nor a command-line flag such as --no-tunnel.
        const jargon = /TWILIO_[A-Z_]+|offline brain|webhook|ConversationRelay|--[a-z][a-z-]+/.exec(
          (await page.locator('body').innerText()) ?? '',
        );
        if (jargon) problems.push(`${hash} at ${width} px says "${jargon[0]}"`);
        // A call opened on a phone has the screen, not the list's filters.
        if (hash.startsWith('calls/') && width < 1280 && (await page.getByLabel('Search calls').isVisible()))
          problems.push(`${hash} at ${width} px: the call list's filters sit above the open call`);
        // Who called is never cut short by the badges beside it.
        for (const cut of await page
          .getByTestId('call-row-caller')
          .evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent)))
          problems.push(`${hash} at ${width} px: the caller "${cut}" is cut short in the call list`);
        await shot(`${width}-${hash.split('/')[0]}`);
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('the console', () => {
  it('logged no error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
