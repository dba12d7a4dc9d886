import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The first port the kernel hands out on its own (`listen(0)` and every outgoing connection);
 * Linux's default when the range cannot be read.
 */
function ephemeralRangeStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    const start = Number(low);
    return Number.isInteger(start) && start > 11_000 ? start : 32_768;
  } catch {
    return 32_768;
  }
}

const isFree = (port: number) =>
  new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });

/**
 * A port that is free now and that nothing else on the machine will be given in the meantime:
 * it lies below the kernel's ephemeral range, so parallel tests' `listen(0)` and their outgoing
 * connections cannot take it. A port from `listen(0)` itself can: a server restarted on it after
 * kill -9 once found it held by another test's connection (EADDRINUSE).
 */
export async function freePort(): Promise<number> {
  const high = ephemeralRangeStart();
  const low = 10_000;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port between ${low} and ${high} after 50 tries`);
}
