// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../electron/shared/settings';
import { setUpServerState } from '../../test/renderWithApi';
import { AiCard } from './AiCard';

vi.mock('sonner', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));

afterEach(cleanup);

describe('the AI settings card', () => {
  it('offers the conversation transport, and saves turn by turn (Gather) when chosen', async () => {
    const { fake, render } = setUpServerState();
    render(<AiCard settings={defaultSettings} status={null} />);
    const transport = screen.getByLabelText('How replies reach the caller') as HTMLSelectElement;
    expect(transport.value).toBe(defaultSettings.conversationTransport);
    fireEvent.change(transport, { target: { value: 'gather' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save AI settings' }));
    await waitFor(() => expect(fake.state.settings.conversationTransport).toBe('gather'));
  });

  it('sets the streaming voice while calls stream, and hides it when they go turn by turn', async () => {
    const { fake, render } = setUpServerState();
    render(<AiCard settings={{ ...defaultSettings, conversationTransport: 'relay' }} status={null} />);
    fireEvent.change(screen.getByLabelText('Voice provider'), { target: { value: 'Google' } });
    fireEvent.change(screen.getByLabelText('Voice'), { target: { value: 'en-US-Journey-D' } });
    fireEvent.change(screen.getByLabelText('Callers can cut in'), { target: { value: 'speech' } });
    fireEvent.change(screen.getByLabelText('Cutting in takes'), { target: { value: 'low' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save AI settings' }));
    await waitFor(() =>
      expect(fake.state.settings).toMatchObject({
        relayTtsProvider: 'Google',
        relayVoice: 'en-US-Journey-D',
        relayInterruptible: 'speech',
        relayInterruptSensitivity: 'low',
      }),
    );
    fireEvent.change(screen.getByLabelText('How replies reach the caller'), { target: { value: 'gather' } });
    expect(screen.queryByLabelText('Voice provider')).toBeNull();
  });

  it('caps what a speech-to-speech call may cost, and refuses a cap below 0 in words', async () => {
    const { fake, render } = setUpServerState();
    render(<AiCard settings={defaultSettings} status={null} />);
    const cap = screen.getByLabelText('Most a speech-to-speech call may cost (US dollars)') as HTMLInputElement;
    expect(cap.value).toBe('0');
    fireEvent.change(cap, { target: { value: '-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save AI settings' }));
    await screen.findByText('Enter the most one call may cost in US dollars, from 0 to 50, such as 0.50. 0 means no limit.');
    expect(fake.count('updateSettings')).toBe(0);
    fireEvent.change(cap, { target: { value: '0.75' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save AI settings' }));
    await waitFor(() => expect(fake.state.settings.realtimeCostCapUsd).toBe(0.75));
  });

  it('shows a number it cannot read under its field, and sends nothing', async () => {
    const { fake, render } = setUpServerState();
    render(<AiCard settings={defaultSettings} status={null} />);
    const budget = screen.getByLabelText('Longest wait for the AI (milliseconds)');
    fireEvent.change(budget, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save AI settings' }));
    await waitFor(() => expect(budget.getAttribute('aria-invalid')).toBe('true'));
    expect(fake.count('updateSettings')).toBe(0);
  });
});
