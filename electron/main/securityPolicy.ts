import type { WebPreferences } from 'electron';

/**
 * The renderer is served from this origin by the `app` protocol (appProtocol.ts) rather than from
 * file://, so that it has an origin of its own that IPC senders and requests can be checked against.
 */
export const appScheme = 'app';
export const appHost = 'pickup';
export const appOrigin = `${appScheme}://${appHost}`;

/** Sent with every renderer file: nothing but the app's own files, no plug-ins, no frames. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // The toast library injects a <style> element at run time; scripts stay locked to 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Recordings arrive as bytes over IPC and play from blob: URLs.
  "media-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The web preferences of every Pickup window. */
export function secureWebPreferences(preload: string, allowDevTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: allowDevTools,
  };
}

/**
 * The only sites a link in Pickup may open, in the owner's browser: the consoles of the accounts
 * Pickup connects to. Matched on the exact host, https only, with no credentials in the URL.
 */
export const externalHosts: ReadonlySet<string> = new Set([
  'console.twilio.com',
  'www.twilio.com',
  'platform.openai.com',
  'dashboard.ngrok.com',
]);

export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    !parsed.username &&
    !parsed.password &&
    !parsed.port &&
    externalHosts.has(parsed.hostname)
  );
}

/**
 * `scheme://host[:port]` of a URL. WHATWG URLs give custom schemes the opaque origin "null",
 * so the origin is spelled out rather than read from `URL.origin`.
 */
export function originOf(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed ? `${parsed.protocol}//${parsed.host}` : null;
}

/** electron-vite's dev server while developing: its pages, and the websocket that reloads them. */
export function devServerOrigins(url: string): string[] {
  const origin = originOf(url);
  return origin ? [origin, origin.replace(/^http/, 'ws')] : [];
}

/** The parts of Electron's `WebFrameMain` that say who sent an IPC message. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/** IPC is answered only for the top frame of a page served from one of Pickup's own origins. */
export function isTrustedSender(frame: SenderFrame | null | undefined, trustedOrigins: ReadonlySet<string>): boolean {
  if (!frame || frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && trustedOrigins.has(origin);
}

/** The network schemes the renderer's session is watched for (custom schemes never reach the network). */
export const watchedRequestUrls = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file://*/*'];

/**
 * Whether the renderer's session may make a network request. Everything Pickup shows comes
 * from its own origin, and the core is reached over IPC: no remote content, no file:// reads.
 * Only the development server (a trusted origin while developing) is let through.
 */
export function isAllowedRequest(url: string, trustedOrigins: ReadonlySet<string>): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.has(origin);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
