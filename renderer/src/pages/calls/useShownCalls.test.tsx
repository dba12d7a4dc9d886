// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCallFilters } from '../../state/callFilters';
import { fakeCall, fakeLead } from '../../test/fakeApi';
import { setUpServerState } from '../../test/renderWithApi';
import { useShownCalls } from './useShownCalls';

afterEach(() => {
  cleanup();
  useCallFilters.setState({ emergencyOnly: false });
});

function openCalls() {
  const server = setUpServerState();
  server.fake.state.leads = [
    fakeLead(1, { name: 'Rosa', urgency: 'emergency', status: 'new' }),
    fakeLead(2, { name: 'Dana', urgency: 'normal' }),
  ];
  server.fake.state.calls = [
    fakeCall(1, { leadId: 'l1', leadName: 'Rosa' }),
    fakeCall(2, { leadId: 'l2', leadName: 'Dana' }),
    fakeCall(3, { leadId: 'l2', leadName: 'Dana' }),
  ];
  return server.renderHook(() => useShownCalls());
}

describe('the calls shown, urgent first', () => {
  it('pins a new emergency above newer calls', async () => {
    const { result } = openCalls();
    await waitFor(() => expect(result.current.items.map((c) => c.id)).toEqual(['c1', 'c3', 'c2']));
  });

  it('shows only emergencies with their filter', async () => {
    const { result } = openCalls();
    await waitFor(() => expect(result.current.items).toHaveLength(3));
    act(() => useCallFilters.getState().setEmergencyOnly(true));
    await waitFor(() => expect(result.current.items.map((c) => c.id)).toEqual(['c1']));
  });
});
