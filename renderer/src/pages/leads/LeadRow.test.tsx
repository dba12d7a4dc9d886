// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeLead } from '../../test/fakeApi';
import { setUpServerState } from '../../test/renderWithApi';
import { Toaster } from '../../components/ui/sonner';
import { LeadRow } from './LeadRow';

afterEach(cleanup);

describe('a lead row', () => {
  it('says "Notes" on the button that opens the notes, not only a pen icon', () => {
    const onNotes = vi.fn();
    const lead = fakeLead(1, { name: 'Dana' });
    setUpServerState().render(<LeadRow lead={lead} onNotes={onNotes} />);
    const notes = screen.getByRole('button', { name: 'Notes on Dana' });
    expect(notes.textContent?.trim()).toBe('Notes');
    fireEvent.click(notes);
    expect(onNotes).toHaveBeenCalledWith(lead);
  });

  it('saves a status once, when it is chosen: arrow keys from New to Won are one save and one toast', async () => {
    const server = setUpServerState();
    server.fake.state.leads = [fakeLead(1, { name: 'Dana' })];
    const row = () => server.fake.state.leads[0]!;
    const { rerender } = server.render(
      <>
        <LeadRow lead={row()} onNotes={() => {}} />
        <Toaster />
      </>,
    );
    const trigger = screen.getByRole('button', { name: 'Status for Dana, New' });
    fireEvent.keyDown(trigger, { key: 'Enter' });
    const menu = await screen.findByRole('menu', { name: 'Status for Dana, New' });
    const focusedItem = () => document.activeElement?.textContent;
    expect(focusedItem()).toBe('New');
    // Radix moves the focus on the next task, so each step is awaited.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(focusedItem()).toBe('Contacted'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(focusedItem()).toBe('Won'));
    expect(server.fake.count('updateLead')).toBe(0);

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await screen.findByText('Dana marked won');
    expect(menu.isConnected).toBe(false);
    expect(server.fake.requests.filter((r) => r.method === 'updateLead').map((r) => r.input)).toEqual([
      { id: 'l1', status: 'won' },
    ]);
    expect(screen.getAllByText(/marked/)).toHaveLength(1);

    rerender(
      <>
        <LeadRow lead={{ ...row() }} onNotes={() => {}} />
        <Toaster />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Status for Dana, Won' })).toBeTruthy();
  });

  it('opens the status menu on the current status, and choosing it again saves nothing', async () => {
    const server = setUpServerState();
    server.fake.state.leads = [fakeLead(1, { name: 'Dana', status: 'contacted' })];
    server.render(<LeadRow lead={server.fake.state.leads[0]!} onNotes={() => {}} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Status for Dana, Contacted' }), { key: 'Enter' });
    const menu = await screen.findByRole('menu');
    expect(document.activeElement?.textContent).toBe('Contacted');
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(menu.isConnected).toBe(false));
    expect(server.fake.count('updateLead')).toBe(0);
  });
});
