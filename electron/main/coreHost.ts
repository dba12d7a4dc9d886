import type { CoreOptions, Log, RunningCore } from '../core/host/startCore';
import type { AppEvent } from '../shared/models';

export interface CoreHostDeps {
  startCore(options: CoreOptions): Promise<RunningCore>;
  /** Read at every start, so a restart picks up changed secrets and preferences. */
  options(): CoreOptions;
  log: Log;
  /** Removes secrets from an error message before the owner or a log sees it. */
  redact(text: string): string;
}

export interface CoreHost {
  current(): RunningCore | null;
  /** What went wrong at the last start (the tunnel, or the whole core). */
  startProblems(): string[];
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Closes the listeners, the tunnel and the database; waits for calls being wrapped up. */
  stop(): Promise<void>;
  /** Live events from whichever core is running, across restarts. */
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Called after every start and stop, and between the two halves of a restart. */
  onChange(listener: () => void): void;
}

/**
 * Runs the core inside the desktop app. A tunnel that will not open does not keep Pickup from
 * starting: it starts without one (test calls still work) and says why.
 */
export function createCoreHost(deps: CoreHostDeps): CoreHost {
  let core: RunningCore | null = null;
  let problems: string[] = [];
  let unsubscribeCore: (() => void) | null = null;
  const listeners = new Set<(event: AppEvent) => void>();
  const changeListeners = new Set<() => void>();
  let queue: Promise<void> = Promise.resolve();
  const serially = (task: () => Promise<void>) => (queue = queue.then(task, task));
  const reason = (error: unknown) => deps.redact(error instanceof Error ? error.message : String(error));

  const attach = (running: RunningCore) => {
    core = running;
    unsubscribeCore = running.events.subscribe((event) => {
      for (const listener of listeners) listener(event);
    });
  };

  const startNow = async () => {
    const options = deps.options();
    problems = [];
    try {
      attach(await deps.startCore(options));
    } catch (error) {
      const tunnelWanted = options.tunnel && Boolean(options.env.NGROK_AUTHTOKEN);
      deps.log(tunnelWanted ? 'the core did not start with a tunnel; starting without one' : 'the core did not start', {
        error: reason(error),
      });
      if (!tunnelWanted) {
        problems = [`Pickup could not start: ${reason(error)}`];
        return;
      }
      problems = [`The ngrok tunnel did not open: ${reason(error)}`];
      try {
        attach(await deps.startCore({ ...options, tunnel: false }));
      } catch (again) {
        problems.push(`Pickup could not start: ${reason(again)}`);
      }
    }
  };

  const stopNow = async () => {
    const running = core;
    unsubscribeCore?.();
    unsubscribeCore = null;
    core = null;
    await running?.stop();
  };

  const changed = () => {
    for (const listener of changeListeners) listener();
  };

  return {
    current: () => core,
    startProblems: () => problems,
    start: () => serially(startNow).then(changed),
    restart: () =>
      serially(async () => {
        await stopNow();
        changed();
        await startNow();
      }).then(changed),
    stop: () => serially(stopNow).then(changed),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onChange(listener) {
      changeListeners.add(listener);
    },
  };
}
