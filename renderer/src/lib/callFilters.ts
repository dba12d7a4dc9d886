import type { CallListFilter } from '../../../electron/shared/apiModels';
import type { Call } from '../../../electron/shared/models';
import { phoneSearchTerms } from './phoneSearch';

/** The Calls page's filters; search is sent to the server's full-text index. */
export interface CallFilters {
  search: string;
  intent: NonNullable<CallListFilter['intent']> | '';
  outcome: NonNullable<CallListFilter['outcome']> | '';
  callbackOnly: boolean;
}

export const noFilters: CallFilters = { search: '', intent: '', outcome: '', callbackOnly: false };

export function toQuery(filters: CallFilters, before?: string, limit = 100) {
  return {
    search: phoneSearchTerms(filters.search) || undefined,
    intent: filters.intent || undefined,
    outcome: filters.outcome || undefined,
    callbackRequested: filters.callbackOnly ? true : undefined,
    before,
    limit,
  };
}

/**
 * Whether a call pushed by a live event belongs in the filtered list. Null means it cannot be
 * told here (a text search needs the server's index), so the list leaves it out until reloaded.
 */
export function matchesFilters(call: Call, filters: CallFilters): boolean | null {
  if (filters.search.trim()) return null;
  if (filters.intent && call.callerIntent !== filters.intent) return false;
  if (filters.outcome && call.outcome !== filters.outcome) return false;
  if (filters.callbackOnly && !call.callbackRequested) return false;
  return true;
}

export const hasFilters = (filters: CallFilters) =>
  Boolean(filters.search.trim() || filters.intent || filters.outcome || filters.callbackOnly);
