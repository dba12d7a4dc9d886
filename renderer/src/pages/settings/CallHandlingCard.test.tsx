// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../electron/shared/settings';

const updateSettings = vi.fn();
vi.mock('../../api/client', () => ({ api: { updateSettings: (patch: unknown) => updateSettings(patch) } }));
vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));
const { CallHandlingCard } = await import('./CallHandlingCard');

afterEach(cleanup);

describe('the Calls settings card', () => {
  it('shows a wrong duration under its field and sends nothing', async () => {
    render(<CallHandlingCard settings={defaultSettings} />);
    fireEvent.change(screen.getByLabelText('Longest call (minutes)'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save call settings' }));
    expect(await screen.findByText('must be from 1 to 60 minutes, in whole minutes')).toBeTruthy();
    expect(screen.getByLabelText('Longest call (minutes)').getAttribute('aria-invalid')).toBe('true');
    expect(updateSettings).not.toHaveBeenCalled();
  });

  it('saves minutes as the seconds the settings keep, with the recording switch', async () => {
    updateSettings.mockImplementation(async (patch: object) => ({ ...defaultSettings, ...patch }));
    render(<CallHandlingCard settings={defaultSettings} />);
    fireEvent.change(screen.getByLabelText('Longest call (minutes)'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('switch', { name: /Record calls/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save call settings' }));
    await waitFor(() =>
      expect(updateSettings).toHaveBeenCalledWith({
        voiceMaxDuration: 600,
        recordCalls: true,
        deleteRecordingsFromTwilio: false,
      }),
    );
  });

  it('saves the choice to delete recordings from Twilio once they are downloaded', async () => {
    updateSettings.mockClear();
    updateSettings.mockImplementation(async (patch: object) => ({ ...defaultSettings, ...patch }));
    render(<CallHandlingCard settings={defaultSettings} />);
    fireEvent.click(screen.getByRole('switch', { name: /Delete recordings from Twilio/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save call settings' }));
    await waitFor(() =>
      expect(updateSettings).toHaveBeenCalledWith(expect.objectContaining({ deleteRecordingsFromTwilio: true })),
    );
  });
});
