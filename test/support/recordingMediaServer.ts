import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toneWav } from './toneWav';

/**
 * What the server does with each request for a recording's audio, in order; the last repeats.
 * `truncate` serves the first half of the WAV as a whole response (a recording still being
 * written, or a proxy that cut it); `drop` promises the whole WAV and closes the connection halfway.
 */
export type MediaBehaviour = 'ok' | 'error' | 'truncate' | 'drop';

export interface RecordingMediaServer {
  url: string;
  wav: Uint8Array;
  requests: string[];
  close(): Promise<void>;
}

/**
 * Twilio's recording media on 127.0.0.1 for tests: Basic auth with an AC... user and the auth
 * token, the WAV under `<RecordingUrl>.wav`; it can fail (503), serve half a WAV, or drop the
 * connection halfway.
 */
export async function startRecordingMediaServer(
  authToken: string,
  behaviours: MediaBehaviour[] = ['ok'],
): Promise<RecordingMediaServer> {
  const wav = toneWav(1);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const [user, token] = Buffer.from((req.headers.authorization ?? '').replace('Basic ', ''), 'base64')
      .toString()
      .split(':');
    if (token !== authToken || !user?.startsWith('AC')) return res.writeHead(401).end();
    if (!/^\/2010-04-01\/Accounts\/AC\w+\/Recordings\/RE\w+\.wav$/.test(req.url ?? '')) return res.writeHead(404).end();
    const behaviour = behaviours[Math.min(requests.length - 1, behaviours.length - 1)];
    if (behaviour === 'error') return res.writeHead(503).end();
    const half = wav.subarray(0, wav.byteLength / 2);
    res.writeHead(200, {
      'content-type': 'audio/x-wav',
      'content-length': behaviour === 'truncate' ? half.byteLength : wav.byteLength,
    });
    if (behaviour === 'ok') return res.end(wav);
    if (behaviour === 'truncate') return res.end(half);
    res.write(half);
    setTimeout(() => res.destroy(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    wav,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
