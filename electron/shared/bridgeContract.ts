/** The IPC channels between the preload and the main process. */
export const channels = {
  /** Invoke: one method of the API contract (electron/shared/api.ts). */
  api: 'pickup:api',
  /** Invoke: one of the desktop app's own methods. */
  desktop: 'pickup:desktop',
  /** Main to renderer: a live event (AppEvent). */
  event: 'pickup:event',
  /** Main to renderer: whether the core is running (false while it restarts). */
  connection: 'pickup:connection',
} as const;

/**
 * The desktop app's own methods (`window.pickupDesktop`): preferences and status that
 * exist only inside Electron. The main process validates each one's input (desktopApi.ts).
 */
export const desktopMethodNames = ['getDesktopStatus', 'updatePreferences'] as const;
