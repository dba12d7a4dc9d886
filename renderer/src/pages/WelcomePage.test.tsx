// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpServerState } from '../test/renderWithApi';
import { WelcomePage } from './WelcomePage';

afterEach(cleanup);
beforeEach(() => {
  window.location.hash = '#/welcome';
});

describe('the welcome', () => {
  it('says why it stayed when leaving it was not saved, and leaves once it is', async () => {
    const { fake, render } = setUpServerState();
    fake.refuse('updateSettings', new TypeError('Failed to fetch'));
    render(<WelcomePage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip setup' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not saved: Pickup is not answering on this computer right now.');
    expect(window.location.hash).toBe('#/welcome');
    expect(fake.state.settings.setupState).toBe('pending');

    fireEvent.click(screen.getByRole('button', { name: 'Skip setup' }));
    await waitFor(() => expect(window.location.hash).toBe('#/calls'));
    expect(fake.state.settings.setupState).toBe('skipped');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
