// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../electron/shared/settings';
import { setUpServerState } from '../../test/renderWithApi';
import { CallHandlingCard } from './CallHandlingCard';

vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

afterEach(cleanup);

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save call settings' }));

describe('the Calls settings card', () => {
  it('shows a wrong duration under its field and sends nothing', async () => {
    const { fake, render } = setUpServerState();
    render(<CallHandlingCard settings={defaultSettings} />);
    fireEvent.change(screen.getByLabelText('Longest call (minutes)'), { target: { value: '90' } });
    save();
    expect(await screen.findByText('The longest call must be from 1 to 60 minutes, in whole minutes.')).toBeTruthy();
    expect(screen.getByLabelText('Longest call (minutes)').getAttribute('aria-invalid')).toBe('true');
    expect(fake.count('updateSettings')).toBe(0);
  });

  it('saves minutes as the seconds the settings keep, with the recording switch', async () => {
    const { fake, render } = setUpServerState();
    render(<CallHandlingCard settings={defaultSettings} />);
    fireEvent.change(screen.getByLabelText('Longest call (minutes)'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('switch', { name: /Record calls/ }));
    save();
    await waitFor(() =>
      expect(fake.requests.find((r) => r.method === 'updateSettings')?.input).toEqual({
        voiceMaxDuration: 600,
        recordCalls: true,
        deleteRecordingsFromTwilio: false,
      }),
    );
    expect(await screen.findByRole('button', { name: 'Saved' })).toBeTruthy();
  });

  it('saves the choice to delete recordings from Twilio once they are downloaded', async () => {
    const { fake, render } = setUpServerState();
    render(<CallHandlingCard settings={defaultSettings} />);
    fireEvent.click(screen.getByRole('switch', { name: /Delete recordings from Twilio/ }));
    save();
    await waitFor(() => expect(fake.state.settings.deleteRecordingsFromTwilio).toBe(true));
  });
});
