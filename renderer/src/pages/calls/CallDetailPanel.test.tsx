// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Toaster } from '../../components/ui/sonner';
import { fakeCall } from '../../test/fakeApi';
import { setUpServerState } from '../../test/renderWithApi';
import { CallDetailPanel } from './CallDetailPanel';

afterEach(cleanup);

function openCall(extra: Parameters<typeof fakeCall>[1]) {
  const server = setUpServerState();
  server.fake.state.calls = [fakeCall(1, { from: '+13035550199', ...extra })];
  server.render(
    <>
      <CallDetailPanel callId="c1" />
      <Toaster />
    </>,
  );
  return server;
}

describe('the call page', () => {
  it("puts the caller's unanswered questions first, with a marker, and says the call was in Spanish", async () => {
    openCall({ callerQuestions: ['Do you work on Sundays?', '¿Hacen techos de metal?'], language: 'es' });
    const asked = await screen.findByRole('region', { name: 'Asked you' });
    expect(
      within(asked)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Do you work on Sundays?', '¿Hacen techos de metal?']);
    expect(screen.getByText('2 questions')).toBeTruthy();
    expect(screen.getByText('Spanish')).toBeTruthy();
  });

  it('shows no questions or Spanish where there were none', async () => {
    openCall({});
    await screen.findByRole('article', { name: 'Call detail' });
    expect(screen.queryByRole('region', { name: 'Asked you' })).toBeNull();
    expect(screen.queryByText('Spanish')).toBeNull();
  });

  it('names a robocall plainly, never as an intent', async () => {
    openCall({ outcome: 'spam', callerIntent: null });
    expect((await screen.findAllByText('Robocall or sales call')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Unknown')).toBeNull();
  });

  it("blocks the caller's number after one confirmation, shows it blocked, and Undo unblocks it", async () => {
    const server = openCall({ outcome: 'spam' });
    server.fake.state.settings = { ...server.fake.state.settings, blockedNumbers: ['+17205550100'] };
    fireEvent.click(await screen.findByRole('button', { name: 'Block' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Block number' }));
    await screen.findByText('(303) 555-0199 blocked');
    expect(server.fake.state.settings.blockedNumbers).toEqual(['+17205550100', '+13035550199']);
    expect(screen.getByText('Blocked')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Block' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('(303) 555-0199 is no longer blocked');
    expect(server.fake.state.settings.blockedNumbers).toEqual(['+17205550100']);
    await screen.findByRole('button', { name: 'Block' });
  });

  it('offers no Block for a test call or a withheld number', async () => {
    openCall({ isTest: true });
    await screen.findByRole('article', { name: 'Call detail' });
    expect(screen.queryByRole('button', { name: 'Block' })).toBeNull();
    cleanup();
    openCall({ from: 'anonymous' });
    await screen.findByRole('article', { name: 'Call detail' });
    expect(screen.queryByRole('button', { name: 'Block' })).toBeNull();
    cleanup();
    // Twilio's ANONYMOUS spelled on a keypad: no caller, and no country (+266 is Lesotho's).
    openCall({ from: '+266696687', leadName: null });
    await screen.findByRole('article', { name: 'Call detail' });
    expect(screen.queryByRole('button', { name: 'Block' })).toBeNull();
    expect(screen.getAllByText('No caller ID').length).toBeGreaterThan(0);
    expect(screen.queryByText(/696687/)).toBeNull();
  });

  it("shows what the call's AI cost, in cents under a dollar", async () => {
    openCall({ aiCostUsd: 0.0412 });
    expect(await screen.findByText('AI cost: 4¢')).toBeTruthy();
    cleanup();
    openCall({ aiCostUsd: 1.5 });
    expect(await screen.findByText('AI cost: $1.50')).toBeTruthy();
  });

  it('shows no AI cost for a call the built-in receptionist answered, or one without a cost', async () => {
    openCall({ aiCostUsd: 0 });
    await screen.findByRole('article', { name: 'Call detail' });
    expect(screen.queryByText(/AI cost/)).toBeNull();
    cleanup();
    openCall({});
    await screen.findByRole('article', { name: 'Call detail' });
    expect(screen.queryByText(/AI cost/)).toBeNull();
  });
});
