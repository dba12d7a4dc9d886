// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../electron/shared/settings';
import { setUpServerState } from '../../test/renderWithApi';
import { TextBackCard } from './TextBackCard';

vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

afterEach(cleanup);

const settings = { ...defaultSettings, businessName: 'Summit Roofing' };

describe('the text-back settings card', () => {
  it('previews what a caller would get as the owner writes it', () => {
    const { render } = setUpServerState();
    render(<TextBackCard settings={settings} />);
    fireEvent.change(screen.getByLabelText('The text'), { target: { value: 'Hi {name}, {business} got your call.' } });
    expect(screen.getByTestId('text-back-preview').textContent).toMatch(/Summit Roofing got your call\./);
  });

  it('shows a placeholder Pickup does not know under the field and saves nothing', async () => {
    const { fake, render } = setUpServerState();
    render(<TextBackCard settings={settings} />);
    fireEvent.change(screen.getByLabelText('The text'), { target: { value: 'Hi {nickname}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save text-back' }));
    await waitFor(() => expect(screen.getByLabelText('The text').getAttribute('aria-invalid')).toBe('true'));
    expect(fake.count('updateSettings')).toBe(0);
  });

  it('saves the switch turned off', async () => {
    const { fake, render } = setUpServerState();
    render(<TextBackCard settings={settings} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Text callers back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save text-back' }));
    await waitFor(() => expect(fake.state.settings.textBackEnabled).toBe(false));
  });
});
