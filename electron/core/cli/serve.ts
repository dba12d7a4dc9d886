import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, writeServerInfo } from '../host/dataDir';
import { keepHeapLean } from '../host/leanHeap';
import { startCore } from '../host/startCore';
import { loadNumberWords } from '../brain/offline/spokenNumbers';
import { loadOpenAiSdk } from '../brain/openai/openAiSdk';

const usage = `Usage: npm run serve -- [--data-dir DIR] [--port N] [--api-port N] [--public-url URL] [--no-tunnel]

  --data-dir DIR    where the database, recordings and generated secrets live (default: ${defaultDataDir()})
  --port N          public webhook listener, 0 = any free port (default 3100)
  --api-port N      private app listener (dashboard + /api), 0 = any free port (default 3101)
  --public-url URL  the base URL Twilio calls (default: the tunnel's URL, else http://127.0.0.1:<port>)
  --no-tunnel       no ngrok tunnel even if NGROK_AUTHTOKEN is set`;

export interface ServeArgs {
  dataDir: string;
  port: number;
  apiPort: number;
  publicUrl: string | undefined;
  tunnel: boolean;
}

function port(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`${flag} must be a port number from 0 to 65535, not "${value}"`);
  return n;
}

export function parseServeArgs(argv: string[]): ServeArgs | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'api-port': { type: 'string' },
      'public-url': { type: 'string' },
      'no-tunnel': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined) {
    const parsed = URL.canParse(publicUrl) ? new URL(publicUrl) : null;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol))
      throw new Error(`--public-url must be an http(s) URL, not "${publicUrl}"`);
  }
  return {
    dataDir: values['data-dir'] ?? defaultDataDir(),
    port: port(values.port, 3100, '--port'),
    apiPort: port(values['api-port'], 3101, '--api-port'),
    publicUrl,
    tunnel: !values['no-tunnel'],
  };
}

const log = (message: string, details?: Record<string, unknown>) =>
  process.stderr.write(`${new Date().toISOString()} ${message}${details ? ` ${JSON.stringify(details)}` : ''}\n`);

/** The `--data-dir` that `npm run call` needs to find this server, when it is not the default one. */
export function callDataDirFlag(dataDir: string): string {
  return resolve(dataDir) === resolve(defaultDataDir()) ? '' : `--data-dir ${JSON.stringify(dataDir)} `;
}

/** `npm run serve`: starts the core headless and prints the ready line. */
export async function runServe(argv: string[], options: { rendererDir: string }): Promise<void> {
  let args: ServeArgs | 'help';
  try {
    args = parseServeArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    process.exit(2);
  }
  if (args === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }

  keepHeapLean();
  const core = await startCore({ ...args, env: process.env, rendererDir: options.rendererDir, log });
  // Listen for signals before announcing readiness: a supervisor may stop us the moment it reads the line.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    core.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log('stop failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  writeServerInfo(args.dataDir, {
    pid: process.pid,
    publicUrl: core.publicUrl,
    webhookUrl: core.webhookUrl,
    appUrl: core.appUrl,
  });

  const dashboardUrl = `${core.appUrl}/?token=${encodeURIComponent(core.apiToken)}`;
  const ready = {
    ready: true,
    webhookUrl: core.webhookUrl,
    publicUrl: core.publicUrl,
    appUrl: core.appUrl,
    apiToken: core.apiToken,
    dashboardUrl,
    dataDir: args.dataDir,
    brain: core.brain,
    ...(core.localAuthToken ? { localAuthToken: core.localAuthToken } : {}),
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  // What a call's first turn loads is loaded now, in the idle moment after ready: the offline
  // brain's number words always, the OpenAI SDK when a key makes it the brain.
  setImmediate(() => {
    loadNumberWords();
    if (core.brain === 'openai') void loadOpenAiSdk();
  });
  process.stdout.write(`Pickup is answering at ${core.webhookUrl}\nDashboard: ${dashboardUrl}\n`);
  if (core.localAuthToken) {
    process.stdout.write(
      `No TWILIO_AUTH_TOKEN set: webhooks are signed with the local token ${core.localAuthToken} (kept in ${args.dataDir}). Try a call: npm run call -- ${callDataDirFlag(args.dataDir)}"I need a roof quote"\n`,
    );
  }
}
