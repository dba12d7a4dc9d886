export interface QuitGuard {
  /** True from the moment the owner chose Quit: windows may close instead of hiding. */
  isQuitting(): boolean;
  /** For `app.on('before-quit')`: holds the quit until the core has stopped, then quits. */
  beforeQuit(event: { preventDefault(): void }): void;
}

export interface QuitGuardDeps {
  stopCore(): Promise<void>;
  quit(): void;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** How long a stuck stop may hold the quit. */
  timeoutMs: number;
}

/**
 * Quit waits for the core to stop (listeners, tunnel, calls being wrapped up, the database), so
 * that a call in progress is written down before Pickup exits, but never hangs the quit forever.
 */
export function createQuitGuard(deps: QuitGuardDeps): QuitGuard {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  return {
    isQuitting: () => state !== 'running',
    beforeQuit(event) {
      if (state === 'stopped') return;
      event.preventDefault();
      if (state === 'stopping') return;
      state = 'stopping';
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          deps.log('the core took too long to stop; quitting anyway', { timeoutMs: deps.timeoutMs });
          resolve();
        }, deps.timeoutMs);
      });
      const stopped = deps
        .stopCore()
        .catch((error: unknown) => deps.log('the core did not stop cleanly', { error: String(error) }));
      void Promise.race([stopped, timeout]).then(() => {
        clearTimeout(timer);
        state = 'stopped';
        deps.quit();
      });
    },
  };
}
