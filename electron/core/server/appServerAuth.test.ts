import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorJson } from '../../../test/support/apiJson';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

let core: TestCore;
beforeAll(async () => {
  core = await startTestCore();
});
afterAll(() => core?.stop());

/** A raw request: fetch() and URL normalise paths (`/./`, `%2F`), which is exactly what an attacker would not do. */
function raw(method: string, path: string, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(core.appUrl, { method, path, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let text = '';
      // An event stream never ends: its first bytes are enough to know it was opened.
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (res.headers['content-type']?.includes('event-stream')) res.destroy();
      });
      res.on('close', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const spellings = (rest: string) => [
  `/api/${rest}`,
  `/%61pi/${rest}`,
  `/ap%69/${rest}`,
  `/%61%70%69/${rest}`,
  `/%2561pi/${rest}`,
  `/%2Fapi/${rest}`,
  `//api/${rest}`,
  `/./api/${rest}`,
  `/api/./${rest}`,
  `/API/${rest}`,
  `/api/${rest}/`,
  `/api;/${rest}`,
  `/api/${rest};x`,
  `/api/${rest.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
];

const bodies: Record<string, object> = { settings: { businessName: 'Mallory' }, knowledge: { category: 'x', content: 'y' } };

describe('the private API, however its path is spelled', () => {
  it.each([
    ['GET', 'settings'],
    ['GET', 'calls'],
    ['GET', 'leads'],
    ['GET', 'events'],
    ['PATCH', 'settings'],
    ['POST', 'phone-line/restore'],
    ['POST', 'knowledge'],
  ])('%s %s never answers with data without the token', async (method, rest) => {
    const before = core.store.settings.get();
    const body = method === 'GET' ? undefined : JSON.stringify(bodies[rest] ?? {});
    for (const path of spellings(rest)) {
      const response = await raw(method, path, body);
      expect([401, 404], `${method} ${path} answered ${response.status}: ${response.body.slice(0, 80)}`).toContain(
        response.status,
      );
      expect(response.body).not.toContain('Summit Roofing');
      expect(response.body).not.toContain(': connected');
    }
    expect(core.store.settings.get()).toEqual(before);
    expect(core.store.knowledge.list()).toEqual([]);
  });
});

describe('the dashboard session cookie', () => {
  const port = () => new URL(core.appUrl).port;
  const login = () => fetch(`${core.appUrl}/?token=${encodeURIComponent(core.apiToken)}`, { redirect: 'manual' });
  const sessionCookie = async () => ((await login()).headers.get('set-cookie') ?? '').split(';')[0]!;
  const patch = async (headers: Record<string, string>) =>
    fetch(`${core.appUrl}/api/settings`, {
      method: 'PATCH',
      headers: { cookie: await sessionCookie(), 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ ownerName: 'Changed by a page' }),
    });

  it("is named for this listener's port, strict, HttpOnly, and the token link is neither cached nor referred", async () => {
    const response = await login();
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^pickup_token_${port()}=`));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('is not taken for another port', async () => {
    const value = (await sessionCookie()).split('=').slice(1).join('=');
    const other = await fetch(`${core.appUrl}/api/settings`, { headers: { cookie: `pickup_token_1=${value}` } });
    expect(other.status).toBe(401);
  });

  it('changes nothing for a page on another origin, even a local port', async () => {
    const before = core.store.settings.get();
    const refused: Record<string, string>[] = [
      { origin: `http://127.0.0.1:${Number(port()) + 1}` },
      { origin: 'http://localhost:3000' },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site' },
      {},
    ];
    for (const headers of refused) {
      const response = await patch(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await errorJson(response)).error).toContain('origin');
    }
    expect(core.store.settings.get()).toEqual(before);
  });

  it("takes changes from the dashboard's own origin, and reads without one", async () => {
    expect((await patch({ origin: core.appUrl })).status).toBe(200);
    expect((await patch({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    const read = await fetch(`${core.appUrl}/api/settings`, { headers: { cookie: await sessionCookie() } });
    expect(await read.json()).toMatchObject({ ownerName: 'Changed by a page' });
  });
});

describe('framing', () => {
  it.each([
    ['the login page', '/', false],
    ['an API answer', '/api/settings', true],
    ['a refusal', '/api/settings', false],
    ['a missing file', '/nothing.js', false],
  ])('%s may not be framed', async (_what, path, withToken) => {
    const response = await fetch(`${core.appUrl}${path}`, {
      headers: withToken ? { authorization: `Bearer ${core.apiToken}` } : {},
    });
    expect(response.status).toBe(withToken ? 200 : path === '/nothing.js' ? 404 : 401);
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('nor may the event stream', async () => {
    const response = await fetch(`${core.appUrl}/api/events`, { headers: { authorization: `Bearer ${core.apiToken}` } });
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    await response.body!.cancel();
  });
});
