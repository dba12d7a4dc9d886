import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ReadyLine {
  ready: true;
  webhookUrl: string;
  publicUrl: string;
  appUrl: string;
  apiToken: string;
  dashboardUrl: string;
  localAuthToken?: string;
}

export interface ServeProcess {
  ready: ReadyLine;
  child: ChildProcess;
  /** Milliseconds from spawn to the ready line. */
  startupMs: number;
  output(): string;
  /** Stops the server; resolves with its exit code, or the signal that killed it. */
  stop(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
}

const serveEntry = fileURLToPath(new URL('./runServe.mjs', import.meta.url));
/**
 * The Node flags of the `serve` script in package.json, so this starts exactly what it starts
 * (runServe.mjs says why each is there).
 */
export const serveNodeFlags = ['--max-semi-space-size=4', '--heap-growing-percent=20'];

/**
 * Starts `serve` as its own process, exactly as `npm run serve` does, and resolves with its
 * ready line. Used by the end-to-end tests, the crash-and-restart test and the benchmarks.
 */
export function spawnServe(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000): Promise<ServeProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [...serveNodeFlags, serveEntry, ...args], {
    // The dashboard is built once by whoever runs the tests (npm test builds it before e2e), not by each server.
    env: { ...process.env, TWILIO_AUTH_TOKEN: '', NGROK_AUTHTOKEN: '', PICKUP_SKIP_DASHBOARD_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`serve was not ready within ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const exitedEarly = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before it was ready:\n${log}`));
    };
    child.once('exit', exitedEarly);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      log += `${line}\n`;
      if (!line.startsWith('{')) return;
      const parsed = JSON.parse(line) as Partial<ReadyLine>;
      if (parsed.ready !== true) return;
      clearTimeout(timer);
      child.off('exit', exitedEarly);
      resolve({ ready: parsed as ReadyLine, child, startupMs: performance.now() - started, output: () => log, stop });
    });
  });
}
