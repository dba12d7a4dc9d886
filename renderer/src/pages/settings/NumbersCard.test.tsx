// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../electron/shared/api';
import { defaultSettings, type Settings } from '../../../../electron/shared/settings';
import { keys } from '../../queries/keys';
import { setUpServerState } from '../../test/renderWithApi';
import { NumbersCard } from './NumbersCard';

vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

afterEach(cleanup);

describe('the phone numbers card', () => {
  it("puts the core's refusal under the field it names, and keeps what the owner typed", async () => {
    const { fake, render } = setUpServerState();
    fake.refuse('updateSettings', new ApiError(400, 'ownerPhone: Twilio cannot text this number', 'ownerPhone'));
    render(<NumbersCard settings={defaultSettings} />);
    const cell = screen.getByLabelText('Your cell phone') as HTMLInputElement;
    fireEvent.change(cell, { target: { value: '(303) 555-0122' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save phone numbers' }));
    expect(await screen.findByText('Twilio cannot text this number')).toBeTruthy();
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(cell.value).toBe('(303) 555-0122');
  });

  it('saves numbers in any format, and shows them as the core stored them', async () => {
    const { fake, render, client } = setUpServerState();
    const { rerender } = render(<NumbersCard settings={defaultSettings} />);
    fireEvent.change(screen.getByLabelText('Your cell phone'), { target: { value: '(303) 555-0122' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save phone numbers' }));
    await waitFor(() => expect(fake.state.settings.ownerPhone).toBe('+13035550122'));
    rerender(<NumbersCard settings={client.getQueryData<Settings>(keys.settings)!} />);
    await waitFor(() => expect((screen.getByLabelText('Your cell phone') as HTMLInputElement).value).toBe('(303) 555-0122'));
    expect(screen.getByRole('button', { name: 'Saved' })).toBeTruthy();
  });
});
