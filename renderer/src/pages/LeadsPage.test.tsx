// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeLead } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { LeadsPage } from './LeadsPage';

afterEach(cleanup);

describe('the Leads page', () => {
  it('has status tabs that control a tab panel, moved through with the arrow keys', async () => {
    const server = setUpServerState();
    server.fake.state.leads = [fakeLead(1, { name: 'Dana' }), fakeLead(2, { name: 'Sam', status: 'won' })];
    server.render(<LeadsPage />);
    const all = await screen.findByRole('tab', { name: 'All 2' });
    expect(all.getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(all.getAttribute('aria-controls')).toBe(panel.id);

    all.focus();
    fireEvent.keyDown(all, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'New 1' }).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'New 1' }));
  });

  it('says in words that Pickup is not reachable, not "Failed to fetch"', async () => {
    const server = setUpServerState();
    server.fake.refuse('listLeads', new TypeError('Failed to fetch'));
    server.render(<LeadsPage />);
    expect(await screen.findByText(/Pickup is not answering on this computer right now/)).toBeTruthy();
  });
});
