import { describe, expect, it, vi } from 'vitest';
import { hardenContents, hardenSession, type ContentsLike, type SessionLike } from './hardening';
import { appOrigin } from './securityPolicy';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
  };
  const fire = (event: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as ContentsLike, fire, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('every web contents', () => {
  const setUp = () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    hardenContents(fake.contents, openExternal, () => {});
    return { ...fake, openExternal };
  };

  it('never navigates away from the app, in the main frame or any other', () => {
    const { fire, openExternal } = setUp();
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it("opens an allowlisted console in the owner's browser instead of navigating to it", () => {
    const { fire, openExternal } = setUp();
    expect(fire('will-navigate', 'https://console.twilio.com/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://console.twilio.com/');
  });

  it('denies every window.open, opening only allowlisted URLs externally', () => {
    const { openWindow, openExternal } = setUp();
    expect(openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openWindow('https://platform.openai.com/api-keys')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://platform.openai.com/api-keys']]);
  });

  it('refuses to attach a <webview>', () => {
    expect(setUp().fire('will-attach-webview')).toBe(true);
  });
});

describe('the renderer session', () => {
  function fakeSession() {
    const handlers: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
      check?: () => boolean;
      device?: () => boolean;
      beforeRequest?: {
        filter: { urls: string[] };
        listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
      };
    } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
      setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
      setDevicePermissionHandler: (h: typeof handlers.device) => (handlers.device = h),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: NonNullable<typeof handlers.beforeRequest>['listener']) =>
          (handlers.beforeRequest = { filter, listener }),
      },
    };
    hardenSession(session as unknown as SessionLike, new Set([appOrigin]), () => {});
    return handlers;
  }

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s permission',
    (permission) => {
      const callback = vi.fn();
      fakeSession().request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission and device check with no', () => {
    const handlers = fakeSession();
    expect(handlers.check!()).toBe(false);
    expect(handlers.device!()).toBe(false);
  });

  it('cancels remote and file requests', () => {
    const { beforeRequest } = fakeSession();
    expect(beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*', 'file://*/*']));
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest!.listener({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://cdn.example/script.js')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });
});
