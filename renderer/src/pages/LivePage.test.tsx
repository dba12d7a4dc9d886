// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { followLiveEvents } from '../queries/liveEvents';
import { fakeCall, fakeLead } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { LivePage } from './LivePage';

afterEach(cleanup);

describe('the Live page', () => {
  it('shows Emergency while the call is live, as soon as the caller says it', async () => {
    const { fake, client, render } = setUpServerState();
    const live = fakeCall(1, {
      leadId: 'l1',
      leadName: 'Dana',
      endedAt: null,
      outcome: null,
      startedAt: new Date().toISOString(),
    });
    fake.state.calls = [live];
    fake.state.leads = [fakeLead(1, { name: 'Dana' })];
    const stop = followLiveEvents(client, fake.api);
    render(<LivePage />);
    const card = await screen.findByLabelText('Call from Dana');
    expect(within(card).queryByText('Emergency')).toBeNull();

    // The turn that hears the emergency stores it on the caller's lead and updates the call.
    fake.state.leads = [fakeLead(1, { name: 'Dana', urgency: 'emergency' })];
    act(() => fake.emit({ type: 'call.updated', call: { ...live, callerIntent: 'schedule' } }));
    expect(await within(card).findByText('Emergency')).toBeTruthy();
    // Only that caller's lead is fetched, with its call: not the whole list on every turn.
    expect(fake.count('listLeads')).toBe(1);
    stop();
  });
});
