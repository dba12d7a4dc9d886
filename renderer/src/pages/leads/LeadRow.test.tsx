// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeLead } from '../../test/fakeApi';
import { setUpServerState } from '../../test/renderWithApi';
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
});
