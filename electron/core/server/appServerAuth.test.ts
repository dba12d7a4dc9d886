import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../host/testCore';

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
