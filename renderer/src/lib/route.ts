import { useSyncExternalStore } from 'react';

export const pages = ['live', 'calls', 'leads', 'knowledge', 'test-call', 'settings', 'welcome'] as const;
export type Page = (typeof pages)[number];

export interface Route {
  page: Page;
  /** The call shown on the Calls page, if any. */
  callId: string | null;
}

/**
 * Routes live in the hash (`#/calls/<id>`), which works the same from the app's file:// page
 * in Electron and from the served dashboard, and survives a reload.
 */
export function parseRoute(hash: string): Route | null {
  const [page, id] = hash.replace(/^#\/?/, '').split('/');
  if (!page) return null;
  if (!(pages as readonly string[]).includes(page)) return null;
  return { page: page as Page, callId: page === 'calls' && id ? decodeURIComponent(id) : null };
}

export function hrefFor(page: Page, callId?: string | null): string {
  return `#/${page}${callId ? `/${encodeURIComponent(callId)}` : ''}`;
}

export function navigate(page: Page, callId?: string | null): void {
  window.location.hash = hrefFor(page, callId);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
