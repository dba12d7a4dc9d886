import { QueryClient } from '@tanstack/react-query';

/**
 * The dashboard's one cache of server state. Live events and mutations keep it current, and a
 * reconnection invalidates all of it, so nothing goes stale by age: pages that show a snapshot
 * (calls, leads, knowledge, settings) refetch when opened, as they always have. No retries: a
 * failure shows at once with its reason and a button to try again.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
