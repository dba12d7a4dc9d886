import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { appHost, appOrigin, contentSecurityPolicy } from './securityPolicy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Whether `path` is `dir` itself or lies beneath it (both already resolved). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Serves the built dashboard for `app://pickup/...`: only files inside `rendererDir` (a path
 * that climbs out, or a link that points out, is not found), only GET, and every answer carries
 * the Content-Security-Policy.
 */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const headers = (extra: Record<string, string> = {}) => ({
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  const notFound = () => new Response('not found', { status: 404, headers: headers({ 'content-type': 'text/plain' }) });

  return async (request) => {
    if (request.method !== 'GET') return new Response('method not allowed', { status: 405, headers: headers() });
    const url = new URL(request.url);
    if (url.host !== appHost) return notFound();
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    const rootDir = await realpath(resolve(rendererDir)).catch(() => null);
    if (!rootDir) return notFound();
    const requested = resolve(rootDir, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!isInside(rootDir, requested)) return notFound();
    const real = await realpath(requested).catch(() => null);
    if (!real || !isInside(rootDir, real)) return notFound();
    const body = await readFile(real).catch(() => null);
    if (!body) return notFound();
    return new Response(body, {
      status: 200,
      headers: headers({ 'content-type': contentTypes[extname(real)] ?? 'application/octet-stream' }),
    });
  };
}

export const appIndexUrl = `${appOrigin}/index.html`;

/**
 * The dashboard page, or one call on its Calls page. The route lives in the hash, as the
 * renderer's router reads it (`#/calls/<id>`).
 */
export function dashboardUrl(pageUrl: string, callId?: string): string {
  const page = pageUrl.replace(/#.*$/, '');
  return callId ? `${page}#/calls/${encodeURIComponent(callId)}` : page;
}
