import { app, BrowserWindow, ipcMain } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiError, apiMethods, type ApiMethod } from '../shared/api';
import { createApiHandlers } from '../core/api/handlers';
import { startCore, type RunningCore } from '../core/host/startCore';

const here = dirname(fileURLToPath(import.meta.url));
let core: RunningCore | null = null;
let mainWindow: BrowserWindow | null = null;

const log = (message: string, details?: Record<string, unknown>) =>
  console.log(`${new Date().toISOString()} ${message}${details ? ` ${JSON.stringify(details)}` : ''}`);

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    title: 'Pickup',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  if (process.env.ELECTRON_RENDERER_URL) void window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void window.loadFile(join(here, '../renderer/index.html'));
  return window;
}

function isOwnFrame(frame: Electron.WebFrameMain | null): boolean {
  if (!frame || !mainWindow || frame !== mainWindow.webContents.mainFrame) return false;
  const url = new URL(frame.url);
  return url.protocol === 'file:' || (process.env.ELECTRON_RENDERER_URL ? frame.url.startsWith(process.env.ELECTRON_RENDERER_URL) : false);
}

async function start(): Promise<void> {
  core = await startCore({
    dataDir: app.getPath('userData'),
    port: 3100,
    apiPort: 0,
    tunnel: true,
    env: process.env,
    log,
  });
  const handlers = createApiHandlers(core.store);
  ipcMain.handle('pickup:api', async (event, method: string, input: unknown) => {
    if (!isOwnFrame(event.senderFrame)) throw new Error('refused: IPC from an unknown frame');
    if (!(method in apiMethods)) throw new Error(`unknown API method ${method}`);
    const name = method as ApiMethod;
    const parsed = apiMethods[name].input.safeParse(input);
    if (!parsed.success) throw new ApiError(400, parsed.error.message);
    return (handlers[name] as (i: unknown) => unknown)(parsed.data);
  });
  core.events.subscribe((event) => mainWindow?.webContents.send('pickup:event', event));
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => mainWindow?.show());
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(start, (error: unknown) => log('Pickup could not start', { error: String(error) }));
  app.on('before-quit', () => {
    void core?.stop();
  });
}
