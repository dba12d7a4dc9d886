// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { fakeCall, fakeLead } from './test/fakeApi';
import { setUpServerState } from './test/renderWithApi';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function openApp(hash: string) {
  const server = setUpServerState();
  server.fake.state.calls = [fakeCall(1, { leadName: 'Dana' })];
  server.fake.state.leads = [fakeLead(1, { name: 'Dana' })];
  server.fake.state.settings.setupState = 'done';
  window.location.hash = hash;
  server.render(<App />);
  return server;
}

describe('the dashboard', () => {
  it.each([
    ['#/calls/c1', 'Nobody spoke on this call.'],
    ['#/leads', 'Everyone who called, what they need, and where you are with them.'],
    ['#/knowledge', 'Teach the receptionist about your business'],
    ['#/live', 'Nobody is on the line right now'],
    ['#/test-call', 'Call your own number, from here'],
    ['#/settings', 'Answering your calls'],
  ])('opens %s on what the fake core holds', async (hash, text) => {
    const { fake } = openApp(hash);
    // The first page opened pays for loading its lazy route, which on a busy two-core machine has
    // taken just over findByText's one-second default: a wait ceiling, not a speed check.
    expect(await screen.findByText(text, {}, { timeout: 5000 })).toBeTruthy();
    if (hash === '#/leads') expect(await screen.findByRole('tab', { name: 'New 1' })).toBeTruthy();
    expect(fake.requests.filter((r) => r.method === 'getSettings')).toHaveLength(hash === '#/settings' ? 2 : 1);
  });
});
