import { pathToFileURL } from 'node:url';
import type { Call } from '../../shared/models';
import { defaultDataDir, readLocalSecrets, readServerInfo } from '../host/dataDir';
import { formatEvent, formatRequest } from '../twilio/simulator/formatEvent';
import { playScript, SimulatedCall } from '../twilio/simulator/simulatedCall';
import type { DialedPartyBehavior } from '../twilio/simulator/types';

export const usage = `Plays a phone call against a running Pickup server, as Twilio would.

Usage: npm run call -- [options] "first thing the caller says" "second" ...

Each utterance answers the receptionist's next question ("" stays silent); if the
receptionist asks for a voicemail, the next utterance is left as the message.
The caller hangs up after the last one.

Options:
  --url URL          public webhook base URL (default: the running server's, else http://127.0.0.1:3100)
  --token TOKEN      Twilio auth token to sign with (default: $TWILIO_AUTH_TOKEN, else the data dir's local token)
  --data-dir DIR     the server's data dir (default: the OS's per-user "Pickup" folder)
  --from NUMBER      caller's number, E.164 (default +13035550142)
  --to NUMBER        the business's Twilio number, E.164 (default +13035550100)
  --dialed OUTCOME   what a number the receptionist dials does: answer (and press 1), no-answer, busy, failed (default no-answer)
  --verbose          also print each webhook request with its status and latency
  --help             show this help`;

const dialedOutcomes = ['answer', 'no-answer', 'busy', 'failed'] as const;
type DialedOutcome = (typeof dialedOutcomes)[number];

export interface CallArgs {
  help: boolean;
  url?: string;
  token?: string;
  dataDir?: string;
  from?: string;
  to?: string;
  dialed: DialedOutcome;
  verbose: boolean;
  utterances: string[];
}

export class UsageError extends Error {}

const valueFlags = ['--url', '--token', '--data-dir', '--from', '--to', '--dialed'] as const;
type ValueFlag = (typeof valueFlags)[number];

/** Parses the CLI's arguments (without node and the script); throws UsageError on a bad one. */
export function parseCallArgs(argv: string[]): CallArgs {
  const args: CallArgs = { help: false, dialed: 'no-answer', verbose: false, utterances: [] };
  let onlyUtterances = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyUtterances || !arg.startsWith('--')) {
      args.utterances.push(arg);
      continue;
    }
    if (arg === '--') onlyUtterances = true;
    else if (arg === '--help') args.help = true;
    else if (arg === '--verbose') args.verbose = true;
    else {
      const [flag, inline] = arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
      if (!(valueFlags as readonly string[]).includes(flag)) throw new UsageError(`unknown option ${flag}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
      setFlag(args, flag as ValueFlag, value);
    }
  }
  return args;
}

function setFlag(args: CallArgs, flag: ValueFlag, value: string): void {
  switch (flag) {
    case '--url':
      if (!/^https?:\/\//.test(value)) throw new UsageError(`--url must be an http(s) URL, got ${value}`);
      args.url = value.replace(/\/+$/, '');
      return;
    case '--token':
      args.token = value;
      return;
    case '--data-dir':
      args.dataDir = value;
      return;
    case '--from':
    case '--to':
      if (!/^\+[1-9]\d{6,14}$/.test(value))
        throw new UsageError(`${flag} must be an E.164 number like +13035550142, got ${value}`);
      args[flag === '--from' ? 'from' : 'to'] = value;
      return;
    case '--dialed':
      if (!(dialedOutcomes as readonly string[]).includes(value)) {
        throw new UsageError(`--dialed must be one of ${dialedOutcomes.join(', ')}, got ${value}`);
      }
      args.dialed = value as DialedOutcome;
  }
}

export interface CallTarget {
  publicUrl: string;
  authToken: string;
  /** Where to read the call's summary afterwards, when a server has left its details in the data dir. */
  app: { url: string; apiToken: string } | null;
}

/** Finds where to call and how to sign, from the flags, the environment, then the data dir. */
export function resolveCallTarget(args: CallArgs, env: NodeJS.ProcessEnv = process.env): CallTarget {
  const dataDir = args.dataDir ?? defaultDataDir();
  const server = readServerInfo(dataDir);
  const secrets = readLocalSecrets(dataDir);
  const authToken = args.token ?? env.TWILIO_AUTH_TOKEN ?? secrets?.localTwilioAuthToken;
  if (!authToken) {
    throw new UsageError(
      `No auth token to sign with: ${dataDir} has no local secrets yet. Start the server once with \`npm run serve\` (it generates them), or pass --token / set TWILIO_AUTH_TOKEN.`,
    );
  }
  return {
    publicUrl: args.url ?? server?.publicUrl ?? 'http://127.0.0.1:3100',
    authToken,
    app: server?.appUrl && secrets ? { url: server.appUrl, apiToken: secrets.apiToken } : null,
  };
}

export function dialedPartyFor(outcome: DialedOutcome): () => DialedPartyBehavior {
  return () => (outcome === 'answer' ? { answer: 'answer', pressDigits: '1' } : { answer: outcome });
}

type CallSummary = Pick<
  Call,
  'id' | 'twilioCallSid' | 'aiSummary' | 'callerIntent' | 'outcome' | 'callbackRequested' | 'callbackTime'
>;

/** Reads the server's record of the call, waiting up to 2 s for its summary to be written. */
export async function fetchCallSummary(app: { url: string; apiToken: string }, callSid: string): Promise<CallSummary | null> {
  const headers = { Authorization: `Bearer ${app.apiToken}` };
  const getJson = async (path: string): Promise<unknown> => {
    const response = await fetch(new URL(path, app.url), { headers, signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return response.json();
  };
  const deadline = Date.now() + 2000;
  let found: CallSummary | null = null;
  for (;;) {
    const listed = callsIn(await getJson('/api/calls?limit=20')).find((c) => c.twilioCallSid === callSid);
    if (listed) found = (await getJson(`/api/calls/${encodeURIComponent(listed.id)}`)) as CallSummary;
    if (found?.aiSummary || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The call list, whether the API answers a bare array or wraps it (e.g. {calls: [...]}). */
function callsIn(body: unknown): CallSummary[] {
  if (Array.isArray(body)) return body as CallSummary[];
  if (body && typeof body === 'object') {
    const list = Object.values(body).find(Array.isArray);
    if (list) return list as CallSummary[];
  }
  return [];
}

export function formatSummary(summary: CallSummary): string[] {
  const callback = summary.callbackRequested ? `yes${summary.callbackTime ? `, ${summary.callbackTime}` : ''}` : 'no';
  return [
    `Summary:  ${summary.aiSummary ?? '(none yet)'}`,
    `Intent:   ${summary.callerIntent ?? '-'}`,
    `Outcome:  ${summary.outcome ?? '-'}`,
    `Callback: ${callback}`,
  ];
}

/** Did the server fail to answer the very first webhook at all (nothing listening)? */
function unreachable(call: SimulatedCall): boolean {
  return call.requests[0]?.failure?.kind === 'network';
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: CallArgs;
  let target: CallTarget;
  try {
    args = parseCallArgs(argv);
    if (args.help) {
      console.log(usage);
      return 0;
    }
    target = resolveCallTarget(args, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 1;
  }

  const call: SimulatedCall = new SimulatedCall({
    publicUrl: target.publicUrl,
    authToken: target.authToken,
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    dialedParty: dialedPartyFor(args.dialed),
    onEvent: (event) => {
      if (event.type !== 'request' && unreachable(call)) return;
      const line = event.type === 'request' ? (args.verbose ? formatRequest(event) : null) : formatEvent(event);
      if (line !== null) console.log(line);
    },
  });
  console.log(`[calling ${call.to} from ${call.from} at ${call.voiceUrl}]`);
  try {
    await playScript(call, args.utterances);
  } catch (error) {
    console.error(`The script could not go on: ${(error as Error).message}`);
    await call.hangup();
    return 1;
  }

  if (unreachable(call)) {
    console.error(`No Pickup server at ${target.publicUrl}. Start one with \`npm run serve\`.`);
    return 1;
  }
  const failed = call.events.some((e) => e.type === 'application-error' && e.leg === 'caller');
  if (target.app) {
    try {
      const summary = await fetchCallSummary(target.app, call.callSid);
      console.log(summary ? ['', ...formatSummary(summary)].join('\n') : `\n(the server has no record of call ${call.callSid})`);
    } catch (error) {
      console.error(`Could not read the call's summary from ${target.app.url}: ${(error as Error).message}`);
    }
  }
  return !failed && call.finalStatus === 'completed' ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
