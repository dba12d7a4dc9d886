// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/shared/api';
import { fakeLead } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { useLeads, useUpdateLead, withLead } from './leads';

afterEach(cleanup);

function renderLeads() {
  const server = setUpServerState();
  server.fake.state.leads = [fakeLead(1)];
  const view = server.renderHook(() => ({ leads: useLeads(), update: useUpdateLead() }));
  return { ...server, ...view };
}

describe('changing a lead', () => {
  it('shows the change at once, before the core answers, then keeps its answer', async () => {
    const { fake, result } = renderLeads();
    await waitFor(() => expect(result.current.leads.data).toHaveLength(1));
    const answer = fake.hold('updateLead');
    act(() => result.current.update.mutate({ id: 'l1', status: 'won' }));
    await waitFor(() => expect(result.current.leads.data?.[0]?.status).toBe('won'));
    answer.release();
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true));
    expect(result.current.leads.data?.[0]).toMatchObject({ status: 'won', updatedAt: fake.state.leads[0]!.updatedAt });
  });

  it('goes back to what it was when the core refuses', async () => {
    const { fake, result } = renderLeads();
    await waitFor(() => expect(result.current.leads.data).toHaveLength(1));
    fake.refuse('updateLead', new ApiError(404, 'lead not found'));
    await act(() => result.current.update.mutateAsync({ id: 'l1', notes: 'gate code 4411' }).catch(() => undefined));
    await waitFor(() => expect(result.current.leads.data?.[0]?.notes).toBeNull());
    expect(result.current.update.error?.message).toBe('lead not found');
  });
});

describe('one lead put into the list', () => {
  const older = fakeLead(1, { updatedAt: '2025-01-01T00:01:00.000Z' });
  const newer = fakeLead(1, { urgency: 'emergency', updatedAt: '2025-01-01T00:02:00.000Z' });

  it('replaces it in place, or puts a new one first', () => {
    expect(withLead([fakeLead(2), older], newer)).toEqual([fakeLead(2), newer]);
    expect(withLead([fakeLead(2)], newer)).toEqual([newer, fakeLead(2)]);
  });

  it('keeps the newer copy when an older answer arrives late', () => {
    const leads = [newer];
    expect(withLead(leads, older)).toBe(leads);
  });
});
