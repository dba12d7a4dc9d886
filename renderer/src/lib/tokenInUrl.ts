/**
 * The page's address without a `?token=`: a token in the address bar ends up in screenshots,
 * bookmarks and history. Null when there is none to drop.
 */
export function addressWithoutToken(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has('token')) return null;
  url.searchParams.delete('token');
  return `${url.pathname}${url.search}${url.hash}`;
}
