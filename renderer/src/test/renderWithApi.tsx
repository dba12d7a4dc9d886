import type { QueryClient } from '@tanstack/react-query';
import { render, renderHook } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { ServerStateProvider } from '../queries/apiContext';
import { createQueryClient } from '../queries/queryClient';
import { createFakeApi, type FakeApi } from './fakeApi';

/** A fake core and a fresh cache, with the wrapper that hands both to the hooks under test. */
export function setUpServerState(fake: FakeApi = createFakeApi(), client: QueryClient = createQueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ServerStateProvider api={fake.api} client={client}>
      {children}
    </ServerStateProvider>
  );
  return {
    fake,
    client,
    wrapper,
    render: (ui: ReactElement) => render(ui, { wrapper }),
    renderHook: <R,>(hook: () => R) => renderHook(hook, { wrapper }),
  };
}
