import type { Session, WebContents, WebRequest } from 'electron';
import { isAllowedExternalUrl, isAllowedRequest, watchedRequestUrls } from './securityPolicy';

type Log = (message: string, details?: Record<string, unknown>) => void;

/** The parts of Electron's WebContents and Session that hardening touches. */
export type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & {
  webRequest: Pick<WebRequest, 'onBeforeRequest'>;
};

/**
 * Every web contents Pickup creates: it never navigates away from the app and never opens a
 * window. A link to one of the allowlisted consoles opens in the owner's browser instead.
 */
export function hardenContents(contents: ContentsLike, openExternal: (url: string) => void, log: Log): void {
  const leave = (url: string) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    else log('blocked a page leaving the app', { url });
  };
  const stay = (event: { url: string; preventDefault(): void }) => {
    event.preventDefault();
    leave(event.url);
  };
  contents.on('will-navigate', stay);
  contents.on('will-frame-navigate', stay);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    leave(url);
    return { action: 'deny' };
  });
}

/**
 * The renderer's session: every permission (camera, microphone, notifications, geolocation,
 * devices...) is refused, and no network request leaves it except to a trusted origin.
 */
export function hardenSession(session: SessionLike, trustedOrigins: ReadonlySet<string>, log: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log('refused a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: watchedRequestUrls }, (details, callback) => {
    const allowed = isAllowedRequest(details.url, trustedOrigins);
    if (!allowed) log('blocked a network request from the renderer', { url: details.url });
    callback({ cancel: !allowed });
  });
}
