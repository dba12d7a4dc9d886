import type { CallFilters } from '../lib/callFilters';

/**
 * Every query key in one place, in a tree: invalidating a prefix (e.g. `keys.calls.lists`)
 * reaches every query under it, and live events find the caches they update here.
 */
export const keys = {
  settings: ['settings'] as const,
  status: ['status'] as const,
  calls: {
    lists: ['calls', 'list'] as const,
    list: (filters: CallFilters) => ['calls', 'list', filters] as const,
    details: ['calls', 'detail'] as const,
    /** The day's robocalls and wrong numbers, counted for one line. */
    screened: ['calls', 'screened'] as const,
    detail: (id: string) => ['calls', 'detail', id] as const,
  },
  live: ['live'] as const,
  leads: ['leads'] as const,
  knowledge: ['knowledge'] as const,
  testCall: ['test-call'] as const,
  phoneLine: ['phone-line'] as const,
  connections: ['connections'] as const,
  twilioNumbers: ['phone-line', 'numbers'] as const,
};
