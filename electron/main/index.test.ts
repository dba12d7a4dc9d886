import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readLocalSecrets, readServerInfo } from '../core/host/dataDir';
import { SimulatedCall } from '../core/twilio/simulator/simulatedCall';
import { unwrapApiResult, type ApiResult } from '../shared/apiResult';
import type { AppEvent } from '../shared/models';
import { invokeLikeElectron } from '../../test/support/electronIpcFake';
import { electronSqliteBinding } from './nativeSqlite';
import { secureWebPreferences } from './securityPolicy';

/**
 * The whole shell (index.ts) against a stand-in for Electron, since Electron's binary cannot run
 * here: the real core, real IPC handlers, real tray and alert logic; only Electron's objects are
 * fakes that record what the shell asked of them.
 */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const on = (map: Map<string, Listener[]>) => (event: string, listener: Listener) => {
    map.set(event, [...(map.get(event) ?? []), listener]);
  };
  const emit = (map: Map<string, Listener[]>, event: string, ...args: unknown[]) => {
    for (const listener of map.get(event) ?? []) listener(...args);
  };
  const quitEvent = () => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    return event;
  };

  const appEvents = new Map<string, Listener[]>();
  const paths: Record<string, string> = {};
  const state = { appPath: '', quits: 0, exited: false };
  const app = {
    isPackaged: false,
    setPath: (name: string, path: string) => (paths[name] = path),
    getPath: (name: string) => (name === 'logs' ? join(paths.userData!, 'logs') : paths[name]),
    getAppPath: () => state.appPath,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setAppUserModelId: vi.fn(),
    setLoginItemSettings: vi.fn(),
    getLoginItemSettings: () => ({ wasOpenedAtLogin: false }),
    on: on(appEvents),
    exit: () => (state.exited = true),
    quit: () => {
      state.quits++;
      const event = quitEvent();
      emit(appEvents, 'before-quit', event);
      if (!event.prevented) for (const window of windows) window.close();
    },
  };

  const sent: [string, unknown][] = [];
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly events = new Map<string, Listener[]>();
    readonly urls: string[] = [];
    visible = false;
    readonly webContents = {
      on: vi.fn(),
      reload: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
    };
    constructor(readonly options: { webPreferences: unknown }) {
      windows.push(this);
    }
    once(event: string, listener: Listener) {
      if (event === 'ready-to-show') queueMicrotask(() => listener());
    }
    on = on(this.events);
    loadURL(url: string) {
      this.urls.push(url);
      return Promise.resolve();
    }
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    focus() {}
    isDestroyed() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1280, height: 840 };
    }
    close() {
      const event = quitEvent();
      emit(this.events, 'close', event);
      return event.prevented;
    }
  }

  const notifications: FakeNotification[] = [];
  class FakeNotification {
    static isSupported = () => true;
    readonly events = new Map<string, Listener[]>();
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      notifications.push(this);
    }
    on = on(this.events);
    show() {
      this.shown = true;
    }
    click() {
      emit(this.events, 'click');
    }
  }

  type MenuItem = { label?: string; type?: string; checked?: boolean; click?: () => void };
  const trays: FakeTray[] = [];
  class FakeTray {
    image: { path: string };
    tooltip = '';
    menu: MenuItem[] = [];
    constructor(image: { path: string }) {
      this.image = image;
      trays.push(this);
    }
    on = vi.fn();
    setImage(image: { path: string }) {
      this.image = image;
    }
    setToolTip(tooltip: string) {
      this.tooltip = tooltip;
    }
    setContextMenu(menu: MenuItem[]) {
      this.menu = menu;
    }
  }

  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const sessionHandlers: Record<string, Listener> = {};
  const blockers = new Map<number, string>();
  let nextBlocker = 1;

  return {
    state,
    appEvents,
    emitApp: (event: string, ...args: unknown[]) => emit(appEvents, event, ...args),
    windows,
    sent,
    notifications,
    trays,
    ipcHandlers,
    protocolHandlers,
    sessionHandlers,
    blockers,
    module: {
      app,
      BrowserWindow: FakeWindow,
      Notification: FakeNotification,
      Tray: FakeTray,
      Menu: { buildFromTemplate: (template: MenuItem[]) => template },
      nativeImage: { createFromPath: (path: string) => ({ path }) },
      ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (h: Listener) => (sessionHandlers.request = h),
          setPermissionCheckHandler: (h: Listener) => (sessionHandlers.check = h),
          setDevicePermissionHandler: (h: Listener) => (sessionHandlers.device = h),
          webRequest: { onBeforeRequest: (_filter: unknown, h: Listener) => (sessionHandlers.beforeRequest = h) },
        },
      },
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'basic_text',
        encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
        decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8'),
      },
      powerSaveBlocker: {
        start: (type: string) => {
          blockers.set(nextBlocker, type);
          return nextBlocker++;
        },
        stop: (id: number) => blockers.delete(id),
      },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      shell: { openExternal: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
    set(values: Record<string, unknown>) {
      this.store = { ...this.store, ...values };
    }
  },
}));

const root = join(import.meta.dirname, '..', '..');
const page = { url: 'app://pickup/index.html', parent: null };
let dataDir: string;

/** A call as the page's API makes it: through Electron's serialisation, refusals back as ApiErrors. */
const invoke = async (channel: string, method: string, input: unknown, frame: unknown) =>
  unwrapApiResult(
    (await invokeLikeElectron(
      channel,
      electron.ipcHandlers.get(channel)!,
      { senderFrame: frame },
      method,
      input,
    )) as ApiResult<unknown>,
  );
const api = (method: string, input?: unknown, frame: unknown = page) => invoke('pickup:api', method, input, frame);
const trayIcon = () => electron.trays[0]!.image.path.split('/').at(-1);
const trayLabels = () => electron.trays[0]!.menu.map((item) => item.label);
const window = () => electron.windows[0]!;

beforeAll(async () => {
  Object.defineProperty(process.versions, 'electron', { value: '45.5.0', configurable: true });
  const appPath = mkdtempSync(join(tmpdir(), 'pickup-shell-app-'));
  const binding = join(
    appPath,
    electronSqliteBinding({ electronVersion: '45.5.0', platform: process.platform, arch: process.arch }),
  );
  mkdirSync(join(binding, '..'), { recursive: true });
  // Node's own build stands in for Electron's: this "Electron" is Node.
  copyFileSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), binding);
  symlinkSync(join(root, 'resources'), join(appPath, 'resources'));
  electron.state.appPath = appPath;
  dataDir = mkdtempSync(join(tmpdir(), 'pickup-shell-data-'));
  vi.stubEnv('PICKUP_DATA_DIR', dataDir);
  for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'OPENAI_API_KEY', 'NGROK_AUTHTOKEN']) vi.stubEnv(name, '');

  await import('./index');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 10_000 });
  await vi.waitFor(() => expect(trayIcon()).toBeDefined());
});

afterAll(async () => {
  if (electron.state.quits === 0) electron.module.app.quit();
  vi.unstubAllEnvs();
});

describe('the desktop shell', () => {
  it('keeps its data in the data folder it was given, and registers its protocol before anything loads', () => {
    expect(electron.module.app.getPath('userData')).toBe(dataDir);
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.module.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocolHandlers.has('app')).toBe(true);
  });

  it('opens one window with the hardened web preferences, on the app:// page', async () => {
    expect(window().options.webPreferences).toEqual(
      secureWebPreferences(join(import.meta.dirname, '..', 'preload', 'index.cjs'), true),
    );
    expect(window().urls).toEqual(['app://pickup/index.html']);
    await vi.waitFor(() => expect(window().visible).toBe(true));
  });

  it('denies every permission in the session, and hardens every web contents created', () => {
    const granted = vi.fn();
    electron.sessionHandlers.request!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(electron.sessionHandlers.check!()).toBe(false);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.emitApp('web-contents-created', {}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-attach-webview']),
    );
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('answers the API over IPC for its own page only', async () => {
    await expect(api('getSettings')).resolves.toMatchObject({ voiceMode: 'after_hours' });
    await expect(api('getSettings', undefined, { url: 'https://evil.example/', parent: null })).rejects.toThrow(/refused/);
    await expect(api('updateSettings', { forwardingNumber: '12' })).rejects.toMatchObject({
      status: 400,
      field: 'forwardingNumber',
    });
  });

  it('connects an account over IPC into the encrypted vault, says Linux has no keyring, and never shows the secret', async () => {
    const token = '2ngrokSecretFromThePage_0123456789';
    const connections = await api('connectNgrok', { authtoken: ` ${token} ` });
    expect(connections).toMatchObject({
      ngrok: { connected: true, source: 'app' },
      secrets: { kind: 'encrypted-file', osProtected: false, description: expect.stringMatching(/basic_text/) },
    });
    expect(JSON.stringify(connections)).not.toContain(token);
    expect(JSON.stringify(await invoke('pickup:desktop', 'getDesktopStatus', undefined, page))).not.toContain(token);
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).not.toContain(token);
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).not.toContain(token);
    await expect(api('connectOpenAi', { apiKey: 'not a key' })).rejects.toMatchObject({ status: 400, field: 'apiKey' });
    expect(await api('disconnectAccount', { name: 'ngrok' })).toMatchObject({ ngrok: { connected: false } });
  });

  it('shows a problem in the tray while Twilio cannot reach it', async () => {
    await vi.waitFor(() => expect(trayIcon()).toBe('problem.png'));
    expect(trayLabels()[0]).toBe('Twilio is not connected: only test calls reach Pickup');
    expect(trayLabels()).toContain('Secrets are stored without a keyring (basic_text)');
  });

  it('keeps the computer awake while the AI is on duty, and says so', async () => {
    await api('updateSettings', { voiceMode: 'always' });
    await vi.waitFor(() => expect([...electron.blockers.values()]).toEqual(['prevent-app-suspension']));
    await vi.waitFor(() => expect(trayLabels()).toContain('Keeping this computer awake while on duty'));
  });

  it('alerts within a second of a call coming in, shows it live in the tray and the page, and opens it on click', async () => {
    const server = readServerInfo(dataDir)!;
    const call = new SimulatedCall({
      publicUrl: server.publicUrl,
      authToken: readLocalSecrets(dataDir)!.localTwilioAuthToken,
      from: '+13035550142',
    });
    const ringing = performance.now();
    await call.start();
    const alert = electron.notifications.find((n) => n.options.title === 'Call from (303) 555-0142');
    expect(alert?.shown).toBe(true);
    expect(performance.now() - ringing).toBeLessThan(1000);
    const started = electron.sent.find(
      ([channel, event]) => channel === 'pickup:event' && (event as AppEvent).type === 'call.started',
    );
    expect(started).toBeDefined();
    await vi.waitFor(() => expect(trayIcon()).toBe('live-call.png'));

    window().hide();
    alert!.click();
    const callId = (started![1] as Extract<AppEvent, { type: 'call.started' }>).call.id;
    expect(window().urls.at(-1)).toBe(`app://pickup/index.html#/calls/${callId}`);
    expect(window().visible).toBe(true);

    await call.hangup();
    await vi.waitFor(() => expect(electron.notifications.some((n) => n.options.title.startsWith('Call ended'))).toBe(true), {
      timeout: 1000,
    });
  });

  it('marks an emergency in the tray while the caller is still on the line', async () => {
    const server = readServerInfo(dataDir)!;
    const callTo = { publicUrl: server.publicUrl, authToken: readLocalSecrets(dataDir)!.localTwilioAuthToken };
    const call = new SimulatedCall({ ...callTo, from: '+13035550177' });
    await call.start();
    await call.say('Water is pouring through my ceiling right now, it is an emergency');
    await vi.waitFor(() => expect(electron.trays[0]!.tooltip).toBe('Pickup: EMERGENCY on the line: (303) 555-0177'));
    expect(trayLabels().find((label) => label?.startsWith('Live:'))).toMatch(/^Live: URGENT · \(303\) 555-0177/);
    await call.hangup();
    await vi.waitFor(() => expect(trayLabels().find((label) => label?.includes('555-0177'))).toMatch(/^URGENT · /));
    // A routine call after it is listed below it; once the owner has called back, the emergency is
    // still marked but no longer listed first.
    const routine = new SimulatedCall({ ...callTo, from: '+13035550178' });
    await routine.start();
    await routine.say('I need a quote for new gutters');
    await routine.hangup();
    const lastCalls = () => trayLabels().slice(trayLabels().indexOf('Last calls') + 1);
    await vi.waitFor(() => expect(lastCalls().some((label) => label?.includes('555-0178'))).toBe(true));
    expect(lastCalls()[0]).toMatch(/^URGENT · \(303\) 555-0177/);
    const leads = (await api('listLeads')) as Array<{ id: string; phone: string }>;
    await api('updateLead', { id: leads.find((lead) => lead.phone === '+13035550177')!.id, status: 'contacted' });
    await vi.waitFor(() => expect(lastCalls()[0]).toMatch(/^\(303\) 555-0178/));
    expect(lastCalls().some((label) => label?.startsWith('URGENT · (303) 555-0177'))).toBe(true);
  });

  it('turns the AI off from the tray', async () => {
    electron.trays[0]!.menu.find((item) => item.label === 'AI receptionist on duty')!.click!();
    await vi.waitFor(async () => expect(await api('getSettings')).toMatchObject({ voiceEnabled: false }));
    await vi.waitFor(() => expect(electron.blockers.size).toBe(0));
  });

  it('hides to the tray when the window is closed, saying so once', () => {
    const hints = () => electron.notifications.filter((n) => n.options.title === 'Pickup is still answering').length;
    expect(window().close()).toBe(true);
    expect(window().visible).toBe(false);
    window().close();
    expect(hints()).toBe(1);
  });

  it('quits from the tray only after the core has stopped, then closes the window', async () => {
    const { appUrl } = readServerInfo(dataDir)!;
    electron.trays[0]!.menu.find((item) => item.label === 'Quit Pickup')!.click!();
    await vi.waitFor(() => expect(electron.state.quits).toBe(2), { timeout: 10_000 });
    await expect(fetch(`${appUrl}/api/status`)).rejects.toThrow();
    expect(electron.sent.at(-1)).toEqual(['pickup:connection', false]);
    expect(window().close()).toBe(false);
  });
});
