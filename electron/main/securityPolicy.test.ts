import { describe, expect, it } from 'vitest';
import {
  appOrigin,
  contentSecurityPolicy,
  devServerOrigins,
  isAllowedExternalUrl,
  isAllowedRequest,
  isTrustedSender,
  secureWebPreferences,
  type SenderFrame,
} from './securityPolicy';

describe('the web preferences of every window', () => {
  it('isolate the page from Node and Electron and sandbox it', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs', false)).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      devTools: false,
    });
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it("denies by default and runs only the app's own scripts", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('loads nothing from the network: no remote host anywhere in it', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*/);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the openExternal allowlist', () => {
  it.each([
    'https://console.twilio.com/us1/develop/phone-numbers',
    'https://platform.openai.com/api-keys',
    'https://dashboard.ngrok.com/get-started/your-authtoken',
  ])('opens %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    ['plain http', 'http://console.twilio.com/'],
    ['a look-alike host', 'https://console.twilio.com.evil.example/'],
    ['a subdomain not on the list', 'https://evil.console.twilio.com/'],
    ['credentials in the URL', 'https://user:pass@console.twilio.com/'],
    ['another port', 'https://console.twilio.com:8443/'],
    ['a file', 'file:///etc/passwd'],
    ['a script', 'javascript:alert(1)'],
    ['an app-protocol handler', 'smb://console.twilio.com/share'],
    ['not a URL at all', 'console.twilio.com'],
  ])('refuses %s', (_why, url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('IPC senders', () => {
  const trusted = new Set([appOrigin]);
  const top = (url: string): SenderFrame => ({ url, parent: null });

  it("trusts the top frame of the app's own page", () => {
    expect(isTrustedSender(top('app://pickup/index.html#/calls/abc'), trusted)).toBe(true);
  });

  it('refuses no frame, a frame inside the page, and pages from anywhere else', () => {
    expect(isTrustedSender(null, trusted)).toBe(false);
    expect(isTrustedSender({ url: 'app://pickup/index.html', parent: top('app://pickup/index.html') }, trusted)).toBe(false);
    expect(isTrustedSender(top('https://evil.example/'), trusted)).toBe(false);
    expect(isTrustedSender(top('file:///home/me/index.html'), trusted)).toBe(false);
    expect(isTrustedSender(top('app://pickup.evil/index.html'), trusted)).toBe(false);
    expect(isTrustedSender(top('about:blank'), trusted)).toBe(false);
  });
});

describe('network requests from the renderer', () => {
  it('are refused unless they go to a trusted origin (the dev server and its reload socket while developing)', () => {
    const trusted = new Set([appOrigin, ...devServerOrigins('http://localhost:5173/')]);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', trusted)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', trusted)).toBe(true);
    expect(isAllowedRequest('http://127.0.0.1:3101/api/calls', trusted)).toBe(false);
    expect(isAllowedRequest('https://fonts.example/inter.woff2', trusted)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', trusted)).toBe(false);
  });
});
