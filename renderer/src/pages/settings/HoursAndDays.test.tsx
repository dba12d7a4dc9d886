// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../electron/shared/settings';
import { AppShell } from '../../components/AppShell';
import { setUpServerState } from '../../test/renderWithApi';
import { BusinessCard } from './BusinessCard';
import { VoiceSettingsCard } from './VoiceSettingsCard';

vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const afterHours = { ...defaultSettings, voiceMode: 'after_hours' as const };

describe('business hours and days in plain words', () => {
  it('refuses opening and closing at the same time, under the closing time, and sends nothing', async () => {
    const { fake, render } = setUpServerState();
    render(<VoiceSettingsCard settings={afterHours} />);
    fireEvent.change(screen.getByLabelText('Closes at'), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save answering settings' }));
    expect(await screen.findByText('Opening and closing times are the same. Set the time you close.')).toBeTruthy();
    expect(fake.count('updateSettings')).toBe(0);
  });

  it('explains hours that close before they open as overnight, and saves them', async () => {
    const { fake, render } = setUpServerState();
    render(<VoiceSettingsCard settings={{ ...afterHours, businessHoursStart: '17:00' }} />);
    fireEvent.change(screen.getByLabelText('Closes at'), { target: { value: '08:00' } });
    expect(await screen.findByText('Open overnight: from 5:00 PM until 8:00 AM the next morning.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save answering settings' }));
    await waitFor(() => expect(fake.state.settings.businessHoursEnd).toBe('08:00'));
  });

  it('keeps the keyboard on the save button through the save: it says Saved, and a second press sends nothing', async () => {
    const { fake, render } = setUpServerState();
    render(<VoiceSettingsCard settings={{ ...afterHours, businessHoursStart: '08:00', businessHoursEnd: '17:00' }} />);
    fireEvent.change(screen.getByLabelText('Opens at'), { target: { value: '07:30' } });
    const save = screen.getByRole('button', { name: 'Save answering settings' });
    save.focus();
    fireEvent.click(save);
    const saved = await screen.findByRole('button', { name: 'Saved' });
    // The same button, never disabled: a disabled one drops the focus to the page's body.
    expect(saved).toBe(save);
    expect(saved.hasAttribute('disabled')).toBe(false);
    expect(saved.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(saved);
    fireEvent.click(saved);
    expect(fake.count('updateSettings')).toBe(1);
    expect(fake.state.settings.businessHoursStart).toBe('07:30');
  });

  it('refuses no business days at all', async () => {
    const { fake, render } = setUpServerState();
    render(<BusinessCard settings={{ ...defaultSettings, businessDays: [1] }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mon' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save business details' }));
    expect(await screen.findByText(/^Pick at least one business day/)).toBeTruthy();
    expect(fake.count('updateSettings')).toBe(0);
  });

  it('asks before the owner leaves the page with unsaved changes', () => {
    // happy-dom has no confirm(); the owner answers Cancel.
    const confirm = vi.fn(() => false);
    window.confirm = confirm;
    window.location.hash = '#/settings';
    setUpServerState().render(
      <AppShell page="settings">
        <BusinessCard settings={defaultSettings} />
      </AppShell>,
    );
    fireEvent.change(screen.getByLabelText('Business name'), { target: { value: 'Summit Roofing' } });
    fireEvent.click(screen.getByRole('link', { name: /^Leads/ }));
    expect(confirm).toHaveBeenCalledWith('You have changes that are not saved. Leave this page and lose them?');
    expect(window.location.hash).toBe('#/settings');
  });
});
