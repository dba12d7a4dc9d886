import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { specPath } from '../../electron/core/specs/specPath';
import { freePort } from './freePort';

/** Twilio's own OpenAPI description of its 2010 REST API (TWILIO_OPENAPI_SPEC overrides the kept copy). */
export const twilioSpecPath = resolve(specPath('twilio_api_v2010'));
export const twilioSpecAvailable = existsSync(twilioSpecPath);
export const twilioSpecMissing = `Twilio's OpenAPI file is not at ${twilioSpecPath} (set TWILIO_OPENAPI_SPEC): the tests against the Twilio REST mock are skipped`;

export interface MockedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  /** What Prism answered: 422 when the request breaks Twilio's spec. */
  prismStatus: number;
}

/** A canned answer for one path (the request is still validated by Prism first). */
export type MockOverride = (request: MockedRequest) => { status: number; body: unknown } | null;

export interface TwilioApiMock {
  url: string;
  requests: MockedRequest[];
  /** Requests Prism refused as invalid for Twilio's API. */
  rejected(): MockedRequest[];
  override(fn: MockOverride | null): void;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
  });

async function startPrism(port: number): Promise<ChildProcess> {
  const cli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
  const child = spawn(process.execPath, [cli, 'mock', '-h', '127.0.0.1', '-p', String(port), twilioSpecPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test worker that dies before its afterAll would otherwise leave Prism running.
  const killPrism = () => child.kill();
  process.once('exit', killPrism);
  child.once('exit', () => process.off('exit', killPrism));
  await new Promise<void>((ready, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`prism did not start in 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`prism exited (${code}):\n${output}`)));
  });
  return child;
}

/**
 * Twilio's REST API for tests: Prism mocks it from Twilio's OpenAPI file and validates every
 * request against it (a parameter Twilio would reject gets a 422), and a recording proxy in
 * front of it keeps what was sent and can answer with a test's own data once Prism has accepted
 * the request. Recording media (`.../Recordings/RE....wav`), which the API file does not describe,
 * goes to `mediaUrl`, the project's own audio server. Needs `twilioSpecAvailable`.
 */
export async function startTwilioApiMock(options: { mediaUrl?: string } = {}): Promise<TwilioApiMock> {
  const prismPort = await freePort();
  const prism = await startPrism(prismPort);
  const requests: MockedRequest[] = [];
  let override: MockOverride | null = null;

  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://mock');
      const media = options.mediaUrl && /\/Recordings\/RE\w+\.(wav|mp3)$/.test(url.pathname) ? new URL(options.mediaUrl) : null;
      if (media) {
        const proxied = httpRequest(
          { host: '127.0.0.1', port: Number(media.port), method: req.method, path: req.url, headers: req.headers },
          (mediaRes) => {
            res.writeHead(mediaRes.statusCode ?? 500, mediaRes.headers);
            mediaRes.on('aborted', () => res.destroy());
            mediaRes.pipe(res);
          },
        );
        proxied.on('error', () => res.destroy());
        return proxied.end(body);
      }
      const forward = httpRequest(
        {
          host: '127.0.0.1',
          port: prismPort,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: `127.0.0.1:${prismPort}` },
        },
        (prismRes) => {
          void readBody(prismRes).then((prismBody) => {
            const recorded: MockedRequest = {
              method: req.method ?? 'GET',
              path: url.pathname,
              query: url.searchParams,
              form: new URLSearchParams(body.toString()),
              prismStatus: prismRes.statusCode ?? 0,
            };
            requests.push(recorded);
            const canned = recorded.prismStatus < 400 ? override?.(recorded) : null;
            if (canned) {
              res.writeHead(canned.status, { 'content-type': 'application/json' });
              return res.end(canned.status === 204 ? undefined : JSON.stringify(canned.body));
            }
            res.writeHead(prismRes.statusCode ?? 500, prismRes.headers);
            res.end(prismBody);
          });
        },
      );
      forward.on('error', () => res.writeHead(502).end());
      forward.end(body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    rejected: () => requests.filter((r) => r.prismStatus === 422 || r.prismStatus === 400),
    override: (fn) => (override = fn),
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      prism.kill();
    },
  };
}
