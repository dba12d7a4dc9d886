import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { PickupApi } from '../../../electron/shared/api';

const ApiContext = createContext<PickupApi | null>(null);

/** The API the hooks talk to: the real client in the app, an in-memory fake in tests. */
export function useApi(): PickupApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs a <ServerStateProvider> above it');
  return api;
}

export function ServerStateProvider({ api, client, children }: { api: PickupApi; client: QueryClient; children: ReactNode }) {
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}
