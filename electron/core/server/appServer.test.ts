import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiJson, errorJson } from '../../../test/support/apiJson';
import { startTestCore, type TestCore } from '../../../test/support/testCore';

let core: TestCore;
beforeEach(async () => {
  core = await startTestCore();
});
afterEach(async () => {
  await core.stop();
});

describe('app API', () => {
  it('refuses requests without the bearer token', async () => {
    for (const path of ['/api/settings', '/api/calls', '/api/leads', '/api/knowledge', '/api/events']) {
      const response = await fetch(`${core.appUrl}${path}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: expect.stringContaining('token') });
    }
    expect((await fetch(`${core.appUrl}/api/calls`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) even with the token', async () => {
    // fetch() cannot set Host, so this goes through node:http as a rebinding browser's request would arrive.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(
        `${core.appUrl}/api/settings`,
        { headers: { authorization: `Bearer ${core.apiToken}`, host: 'evil.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(403);
  });

  it('patches any subset of settings, normalising phone numbers, and returns the whole profile', async () => {
    const response = await core.api('/api/settings', {
      method: 'PATCH',
      body: JSON.stringify({ forwardingNumber: '(720) 555-0199', timezone: 'America/Chicago' }),
    });
    expect(response.status).toBe(200);
    const settings = await response.json();
    expect(settings).toMatchObject({
      forwardingNumber: '+17205550199',
      timezone: 'America/Chicago',
      businessName: 'Summit Roofing',
    });
    expect(await (await core.api('/api/settings')).json()).toEqual(settings);
  });

  it.each([
    [{ forwardingNumber: '12' }, 'forwardingNumber'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ businessHoursStart: '25:00' }, 'businessHoursStart'],
    [{ voiceMode: 'sometimes' }, 'voiceMode'],
    [{ businessDays: [1, 9] }, 'businessDays'],
    [{ voiceMaxDuration: 'long' }, 'voiceMaxDuration'],
    [{ favouriteColour: 'red' }, 'favouriteColour'],
  ])('refuses %j with 400 naming the field, and changes nothing', async (patch, field) => {
    const before = await (await core.api('/api/settings')).json();
    const response = await core.api('/api/settings', {
      method: 'PATCH',
      body: JSON.stringify({ businessName: 'Changed', ...patch }),
    });
    expect(response.status).toBe(400);
    expect((await errorJson(response)).error).toContain(field);
    expect(await (await core.api('/api/settings')).json()).toEqual(before);
  });

  it('adds, lists and deletes knowledge entries, with clear errors', async () => {
    const created = await core.api('/api/knowledge', {
      method: 'POST',
      body: JSON.stringify({ category: 'Services', content: 'We install and repair gutters.' }),
    });
    expect(created.status).toBe(200);
    const entry = await apiJson('addKnowledge', created);
    expect(entry).toMatchObject({ category: 'Services', content: 'We install and repair gutters.' });
    expect(await (await core.api('/api/knowledge')).json()).toHaveLength(1);

    const bad = await core.api('/api/knowledge', { method: 'POST', body: JSON.stringify({ category: 'Services' }) });
    expect(bad.status).toBe(400);
    expect((await errorJson(bad)).error).toContain('content');

    expect((await core.api(`/api/knowledge/${entry.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await core.api(`/api/knowledge/${entry.id}`, { method: 'DELETE' })).status).toBe(404);
    expect(await (await core.api('/api/knowledge')).json()).toHaveLength(0);
  });

  it('answers 404 for an unknown call and its recording, and 400 for a bad list query', async () => {
    expect((await core.api('/api/calls/nope')).status).toBe(404);
    expect((await core.api('/api/calls/nope/recording')).status).toBe(404);
    const bad = await core.api('/api/calls?limit=0');
    expect(bad.status).toBe(400);
    expect((await errorJson(bad)).error).toContain('limit');
  });

  it('serves the dashboard only with a valid token, moving it into a cookie', async () => {
    expect((await fetch(`${core.appUrl}/`)).status).toBe(401);
    expect((await fetch(`${core.appUrl}/?token=wrong`)).status).toBe(401);
    const login = await fetch(`${core.appUrl}/?token=${encodeURIComponent(core.apiToken)}`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    const withCookie = await fetch(`${core.appUrl}/api/calls`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(withCookie.status).toBe(200);
  });

  it('streams live events over server-sent events', async () => {
    const response = await fetch(`${core.appUrl}/api/events`, { headers: { authorization: `Bearer ${core.apiToken}` } });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const call = core.call();
    await call.start();
    let text = '';
    while (!text.includes('turn.added')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain('event: call.started');
    await reader.cancel();
  });
});

describe('stopping', () => {
  it('ends open event streams instead of waiting for the dashboard to go away', async () => {
    const running = await startTestCore();
    const response = await fetch(`${running.appUrl}/api/events`, { headers: { authorization: `Bearer ${running.apiToken}` } });
    const reader = response.body!.getReader();
    await reader.read();
    const stopped = running.stop().then(() => 'stopped');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5000));
    expect(await Promise.race([stopped, timeout])).toBe('stopped');
    expect((await reader.read()).done).toBe(true);
  });
});
