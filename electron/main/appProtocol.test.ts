import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appIndexUrl, createAppRequestHandler, dashboardUrl } from './appProtocol';
import { contentSecurityPolicy } from './securityPolicy';

let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'pickup-protocol-'));
  const rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Pickup</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'pickup.db'), 'the database next door');
  symlinkSync(join(base, 'pickup.db'), join(rendererDir, 'assets', 'db.js'));
  serve = createAppRequestHandler(rendererDir);
});

const get = (url: string) => serve(new Request(url));

describe('the app protocol', () => {
  it('serves the dashboard with its Content-Security-Policy', async () => {
    const response = await get(appIndexUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await expect(response.text()).resolves.toContain('<title>Pickup</title>');
  });

  it('serves the root as the dashboard and scripts as JavaScript', async () => {
    await expect((await get('app://pickup/')).text()).resolves.toContain('Pickup');
    expect((await get('app://pickup/assets/index-abc.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    ['an encoded climb out of the folder', 'app://pickup/..%2fpickup.db'],
    ['a doubly dotted climb', 'app://pickup/assets/..%2f..%2fpickup.db'],
    ['a link that points outside', 'app://pickup/assets/db.js'],
    ['another host', 'app://elsewhere/index.html'],
    ['a missing file', 'app://pickup/nope.js'],
    ['a malformed escape', 'app://pickup/%E0%A4%A'],
  ])('does not serve %s', async (_why, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.not.toContain('database');
  });

  it('answers only GET', async () => {
    expect((await serve(new Request(appIndexUrl, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('dashboard URLs', () => {
  it('open a call on the Calls page, replacing any route the page had', () => {
    expect(dashboardUrl('app://pickup/index.html#/live', 'call/1 2')).toBe('app://pickup/index.html#/calls/call%2F1%202');
    expect(dashboardUrl('app://pickup/index.html#/live')).toBe('app://pickup/index.html');
  });
});

describe('before the dashboard is built', () => {
  it('answers not found', async () => {
    const response = await createAppRequestHandler(join(tmpdir(), 'pickup-no-such-renderer'))(new Request(appIndexUrl));
    expect(response.status).toBe(404);
  });
});
