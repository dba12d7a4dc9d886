import { app, BrowserWindow, ipcMain, Notification, powerSaveBlocker, protocol, safeStorage, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeServerInfo } from '../core/host/dataDir';
import { keepHeapLean } from '../core/host/leanHeap';
import { startCore } from '../core/host/startCore';
import { ApiError, apiMethods } from '../shared/api';
import { channels } from '../shared/bridgeContract';
import { appIndexUrl, createAppRequestHandler, dashboardUrl } from './appProtocol';
import { appId } from './appIdentity';
import { createCallAlerts } from './callAlerts';
import { createCallTracker } from './callTracker';
import { createCoreHost } from './coreHost';
import { coreEnv, secretValues } from './coreEnv';
import { vaultSecretStore } from './vaultSecretStore';
import { createDesktopHandlers, desktopMethods } from './desktopApi';
import { createFileLog, redact } from './fileLog';
import { hardenContents, hardenSession } from './hardening';
import { createInvoker, handleFromTrustedPages } from './ipcBridge';
import { createKeepAwake } from './keepAwake';
import { applyLaunchAtLogin, startsHidden } from './launchAtLogin';
import { createMainWindow } from './mainWindow';
import { electronSqliteBinding, missingBindingMessage, unpackedAppPath } from './nativeSqlite';
import { createPreferences } from './preferences';
import { createQuitGuard } from './quitGuard';
import { readinessProblems } from './readiness';
import { openSecretVault, type SecretName } from './secretVault';
import { appOrigin, appScheme, devServerOrigins } from './securityPolicy';
import { createAppTray } from './tray';
import { dutyOf, trayView, type TrayAction, type TrayLead } from './trayModel';

const here = dirname(fileURLToPath(import.meta.url));
// electron-vite's dev server, trusted only while developing.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const trustedOrigins: ReadonlySet<string> = new Set([appOrigin, ...(devServerUrl ? devServerOrigins(devServerUrl) : [])]);
const pageUrl = devServerUrl ?? appIndexUrl;

// A separate data folder (tests, a second business): must be set before anything reads userData.
if (process.env.PICKUP_DATA_DIR) app.setPath('userData', resolve(process.env.PICKUP_DATA_DIR));
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();
// The core runs in this process: the same lean heap as `serve`.
keepHeapLean();

const secretLabels: Record<SecretName, string> = {
  twilioAuthToken: 'Twilio auth token',
  openAiApiKey: 'OpenAI API key',
  ngrokAuthtoken: 'ngrok authtoken',
};

async function run(): Promise<void> {
  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(appId);

  const dataDir = app.getPath('userData');
  let secretsInUse: () => string[] = () => [];
  const log = createFileLog({
    file: join(app.getPath('logs'), 'main.log'),
    maxBytes: 5_000_000,
    secrets: () => secretsInUse(),
    echo: console.log,
  });
  const vault = openSecretVault(join(dataDir, 'secrets.json'), safeStorage, process.platform);
  const preferences = createPreferences(new ElectronStore<Record<string, unknown>>({ name: 'preferences' }));
  // Accounts the owner connects in the dashboard are kept here; the core applies them as they change.
  const secretStore = vaultSecretStore(vault, preferences);
  // Read at each log line: a secret pasted a moment ago is already kept out of the log.
  secretsInUse = () => [...Object.values(vault.read()), ...secretValues(coreEnv(process.env))];
  const iconDir = join(app.getAppPath(), 'resources');
  const nativeTarget = { electronVersion: process.versions.electron, platform: process.platform, arch: process.arch };
  const sqliteBinding = join(unpackedAppPath(app.getAppPath()), electronSqliteBinding(nativeTarget));

  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => void shell.openExternal(url), log));
  hardenSession(session.defaultSession, trustedOrigins, log);
  protocol.handle(appScheme, createAppRequestHandler(join(here, '..', 'renderer')));

  const protection = vault.protection();
  if (protection.warning) log('secret storage is weak', { backend: protection.backend, warning: protection.warning });

  const host = createCoreHost({
    startCore: async (options) => {
      if (!existsSync(sqliteBinding)) throw new Error(missingBindingMessage(nativeTarget));
      const core = await startCore(options);
      writeServerInfo(dataDir, { pid: process.pid, publicUrl: core.publicUrl, webhookUrl: core.webhookUrl, appUrl: core.appUrl });
      return core;
    },
    options: () => {
      const env = coreEnv(process.env);
      // Port 0: Twilio reaches Pickup through the tunnel, whose URL does not depend on the local port.
      return { dataDir, port: 0, apiPort: 0, tunnel: true, env, secretStore, sqliteNativeBinding: sqliteBinding, log };
    },
    log,
    redact: (text) => redact(text, secretsInUse()),
  });

  const handlers = () => {
    const core = host.current();
    if (!core) throw new ApiError(409, `Pickup is not running: ${host.startProblems().join('; ') || 'it is starting'}`);
    // The core confines recording files to its recordings folder for every host (recordingFile.ts).
    return core.handlers;
  };

  let mainWindow: BrowserWindow | null = null;
  const send = (channel: string, payload: unknown) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
  };
  const showWindow = (url?: string) => {
    if (!mainWindow || mainWindow.isDestroyed()) mainWindow = openWindow(false);
    if (url) void mainWindow.loadURL(url);
    mainWindow.show();
    mainWindow.focus();
  };
  const openCall = (callId: string) => showWindow(dashboardUrl(pageUrl, callId));

  const keepAwake = createKeepAwake(powerSaveBlocker);
  const tracker = { current: createCallTracker([]) };
  let problems: string[] = [];
  const setLaunchAtLogin = (on: boolean) => {
    // The development build runs through the `electron` binary, which must not start at login.
    if (!app.isPackaged) return log('launch at login is set only by the installed app', { on });
    applyLaunchAtLogin(on, {
      platform: process.platform,
      setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
      executable: process.env.APPIMAGE ?? process.execPath,
      autostartDir: join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart'),
    });
  };

  const tray = createAppTray(join(iconDir, 'tray'), (action: TrayAction) => {
    switch (action.type) {
      case 'open-dashboard':
        return showWindow();
      case 'open-call':
        return openCall(action.callId);
      case 'set-on-duty':
        return void Promise.resolve(host.current()?.handlers.updateSettings({ voiceEnabled: action.on })).then(
          refresh,
          (error: unknown) => log('could not change on duty from the tray', { error: String(error) }),
        );
      case 'set-launch-at-login':
        preferences.update({ launchAtLogin: action.on });
        setLaunchAtLogin(action.on);
        return void refresh();
      case 'quit':
        return app.quit();
    }
  });

  async function refresh(): Promise<void> {
    const core = host.current();
    const settings = core?.store.settings.get() ?? null;
    const status = core ? await core.handlers.getStatus() : null;
    const line = core ? await core.handlers.getPhoneLine() : null;
    problems = [
      ...host.startProblems(),
      ...(status && settings ? readinessProblems(status, settings, line?.tunnel) : []),
      ...vault.unreadable().map((name) => `The stored ${secretLabels[name]} could not be decrypted: enter it again`),
    ];
    keepAwake.set(Boolean(settings && dutyOf(settings, new Date()).onDuty));
    const live = tracker.current.live();
    const recent = tracker.current.recent();
    const leads = new Map<string, TrayLead>();
    for (const { leadId } of [...live, ...recent]) {
      const lead = leadId ? core?.store.leads.findById(leadId) : null;
      if (lead) leads.set(lead.id, lead);
    }
    tray.show(
      trayView({
        settings,
        problems,
        live,
        recent,
        leads,
        keepingAwake: keepAwake.active(),
        launchAtLogin: preferences.get().launchAtLogin,
        secretsWarning: vault.protection().warning,
        now: new Date(),
      }),
    );
  }
  const refreshSoon = () => void refresh().catch((error: unknown) => log('could not update the tray', { error: String(error) }));

  host.onChange(() => {
    const core = host.current();
    tracker.current = createCallTracker(core ? core.store.calls.list(apiMethods.listCalls.input.parse({ limit: 5 })) : []);
    send(channels.connection, core !== null);
    refreshSoon();
  });
  host.subscribe((event) => {
    send(channels.event, event);
    if (tracker.current.apply(event)) refreshSoon();
  });
  if (Notification.isSupported()) {
    host.subscribe(
      createCallAlerts({
        notify: (alert) =>
          new Notification({
            title: alert.title,
            body: alert.body,
            icon: join(iconDir, 'icon-256.png'),
            ...(alert.urgent ? { urgency: 'critical' as const } : {}),
          }),
        openCall,
        timeZone: () => host.current()?.store.settings.get().timezone ?? 'UTC',
        leadOf: (callId) => {
          const store = host.current()?.store;
          const leadId = store?.calls.findById(callId)?.leadId;
          return leadId ? (store?.leads.findById(leadId) ?? null) : null;
        },
      }),
    );
  }
  // Business hours start and end on the clock, not on an event.
  const clock = setInterval(refreshSoon, 60_000);

  const invokeApi = createInvoker(apiMethods, handlers);
  handleFromTrustedPages(
    ipcMain,
    channels.api,
    trustedOrigins,
    async (method, input) => {
      const result = await invokeApi(method, input);
      // The tray shows the settings and the tunnel, which follows a connected ngrok or Twilio account,
      // and lists an emergency first until its lead is dealt with.
      if (['updateSettings', 'connectTwilio', 'connectNgrok', 'disconnectAccount', 'updateLead'].includes(String(method)))
        refreshSoon();
      return result;
    },
    log,
  );
  const desktopHandlers = createDesktopHandlers({
    vault,
    preferences,
    problems: () => problems,
    applyLaunchAtLogin: setLaunchAtLogin,
  });
  handleFromTrustedPages(
    ipcMain,
    channels.desktop,
    trustedOrigins,
    createInvoker(desktopMethods, () => desktopHandlers),
    log,
  );

  const quitGuard = createQuitGuard({
    stopCore: async () => {
      clearInterval(clock);
      keepAwake.set(false);
      await host.stop();
    },
    quit: () => app.quit(),
    log,
    timeoutMs: 15_000,
  });
  app.on('before-quit', (event) => quitGuard.beforeQuit(event));

  let trayHintShown = preferences.get().trayHintShown;
  const openWindow = (startHidden: boolean) =>
    createMainWindow({
      preload: join(here, '..', 'preload', 'index.cjs'),
      pageUrl,
      icon: join(iconDir, 'icon-256.png'),
      savedBounds: preferences.get().windowBounds,
      startHidden,
      allowDevTools: !app.isPackaged,
      isQuitting: quitGuard.isQuitting,
      onHiddenByClose: () => {
        if (trayHintShown || !Notification.isSupported()) return;
        trayHintShown = true;
        preferences.update({ trayHintShown: true });
        new Notification({
          title: 'Pickup is still answering',
          body: 'It keeps running in the tray. Quit it from the tray menu.',
        }).show();
      },
      saveBounds: (windowBounds) => preferences.update({ windowBounds }),
      log,
    });

  app.on('second-instance', () => showWindow());
  app.on('activate', () => showWindow());

  await host.start();
  mainWindow = openWindow(startsHidden(process.argv, app.getLoginItemSettings().wasOpenedAtLogin));
  // Re-applied at every start: an AppImage may have been moved since it was set.
  if (preferences.get().launchAtLogin) setLaunchAtLogin(true);
  log('Pickup started', { dataDir, core: host.current() ? 'running' : 'not running' });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run().catch((error: unknown) => {
    console.error('Pickup could not start', error);
    app.exit(1);
  });
}
