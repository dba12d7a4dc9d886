import { parseRoute, type Page } from './route';

/** Pages that already show the call as it starts: Live, the test call, and the welcome's own test call. */
const showingCalls = new Set<Page>(['live', 'test-call', 'welcome']);

/**
 * Whether a call that starts is announced with a "Listen in" toast on this page. On the welcome
 * the owner is watching their own test call, and the toast sat over its Continue button.
 */
export function announcesCallOn(hash: string): boolean {
  const page = parseRoute(hash)?.page;
  return !page || !showingCalls.has(page);
}
