// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/shared/api';
import { fakeLead } from '../test/fakeApi';
import { setUpServerState } from '../test/renderWithApi';
import { useLeads, useUpdateLead } from './leads';

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
