import { BrowserWindow, screen } from 'electron';
import type { Bounds } from './preferences';
import { secureWebPreferences } from './securityPolicy';
import { restorableBounds } from './windowBounds';

type Log = (message: string, details?: Record<string, unknown>) => void;

export interface MainWindowOptions {
  preload: string;
  pageUrl: string;
  icon: string;
  savedBounds: Bounds | null;
  /** Started at login: load the page but stay in the tray. */
  startHidden: boolean;
  allowDevTools: boolean;
  /** Closing hides the window (Pickup keeps answering in the tray) unless this says Pickup is quitting. */
  isQuitting(): boolean;
  onHiddenByClose(): void;
  saveBounds(bounds: Bounds): void;
  log: Log;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = restorableBounds(
    options.savedBounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(bounds ?? { width: 1280, height: 840 }),
    minWidth: 900,
    minHeight: 600,
    title: 'Pickup',
    icon: options.icon,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preload, options.allowDevTools),
  });
  window.once('ready-to-show', () => {
    if (!options.startHidden) window.show();
  });
  window.on('close', (event) => {
    options.saveBounds(window.getNormalBounds());
    if (options.isQuitting()) return;
    event.preventDefault();
    window.hide();
    options.onHiddenByClose();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    options.log('the dashboard crashed; reloading it', { reason: details.reason });
    if (details.reason !== 'clean-exit') window.reload();
  });
  void window.loadURL(options.pageUrl);
  return window;
}
