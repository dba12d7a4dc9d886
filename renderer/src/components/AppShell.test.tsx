// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeCall } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { AppShell } from './AppShell';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the app shell', () => {
  it('skips to the main content by moving focus there, without leaving the page', () => {
    window.location.hash = '#/leads';
    setUpServerState().render(
      <AppShell page="leads">
        <p>Leads here</p>
      </AppShell>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(window.location.hash).toBe('#/leads');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('shows the live call count in the tab title', async () => {
    const server = setUpServerState();
    server.fake.state.calls = [fakeCall(1, { endedAt: null, startedAt: new Date().toISOString() }), fakeCall(2)];
    server.render(
      <AppShell page="calls">
        <p>Calls here</p>
      </AppShell>,
    );
    await waitFor(() => expect(document.title).toBe('(1 live) Pickup'));
  });
});
