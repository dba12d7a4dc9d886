// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../electron/shared/settings';

const updateSettings = vi.fn();
vi.mock('../../api/client', () => ({ api: { updateSettings: (patch: unknown) => updateSettings(patch) } }));
vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));
const { AiCard } = await import('./AiCard');

afterEach(cleanup);

describe('the AI settings card', () => {
  it('offers the conversation transport, and saves turn by turn (Gather) when chosen', async () => {
    updateSettings.mockImplementation(async (patch: object) => ({ ...defaultSettings, ...patch }));
    render(<AiCard settings={defaultSettings} status={null} />);
    const transport = screen.getByLabelText('Conversation') as HTMLSelectElement;
    expect(transport.value).toBe(defaultSettings.conversationTransport);
    fireEvent.change(transport, { target: { value: 'gather' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save AI settings' }));
    await waitFor(() =>
      expect(updateSettings).toHaveBeenCalledWith(expect.objectContaining({ conversationTransport: 'gather' })),
    );
  });

  it('sets the streaming voice while calls stream, and hides it when they go turn by turn', async () => {
    updateSettings.mockReset();
    updateSettings.mockImplementation(async (patch: object) => ({ ...defaultSettings, ...patch }));
    render(<AiCard settings={{ ...defaultSettings, conversationTransport: 'relay' }} status={null} />);
    fireEvent.change(screen.getByLabelText('Voice provider'), { target: { value: 'Google' } });
    fireEvent.change(screen.getByLabelText('Voice'), { target: { value: 'en-US-Journey-D' } });
    fireEvent.change(screen.getByLabelText('Callers can cut in'), { target: { value: 'speech' } });
    fireEvent.change(screen.getByLabelText('Cutting in takes'), { target: { value: 'low' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save AI settings' }));
    await waitFor(() =>
      expect(updateSettings).toHaveBeenCalledWith(
        expect.objectContaining({
          relayTtsProvider: 'Google',
          relayVoice: 'en-US-Journey-D',
          relayInterruptible: 'speech',
          relayInterruptSensitivity: 'low',
        }),
      ),
    );
    fireEvent.change(screen.getByLabelText('Conversation'), { target: { value: 'gather' } });
    expect(screen.queryByLabelText('Voice provider')).toBeNull();
  });
});
