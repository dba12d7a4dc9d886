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
    await waitFor(() => expect(updateSettings).toHaveBeenCalledWith(expect.objectContaining({ conversationTransport: 'gather' })));
  });
});
