import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

/** Generated speech is kept here by text hash: espeak-ng and sox cost ~50 ms a phrase. */
export const speechCacheDir = resolve(here, '../../../../node_modules/.cache/pickup/speech');

/** One 20 ms frame of 8 kHz mu-law: Twilio's Media Streams frame and OpenAI's `audio/pcmu` unit. */
export const frameBytes = 160;
/** Bytes of 8 kHz mu-law per millisecond. */
export const bytesPerMs = 8;
/** Mu-law's code for zero amplitude. */
export const mulawSilence = 0xff;

export function silence(ms: number): Buffer {
  return Buffer.alloc(Math.round(ms * bytesPerMs), mulawSilence);
}

/**
 * Real speech for `text` as 8 kHz mono mu-law (what a phone line carries), made on this machine:
 * espeak-ng speaks it to a WAV and sox resamples and encodes it. Both are Debian packages
 * (`apt-get install espeak-ng sox`); without them this throws saying so.
 */
export function speechMulaw(text: string, cacheDir = speechCacheDir): Promise<Buffer> {
  const key = createHash('sha256').update(`espeak-ng en-us 175\n${text}`).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${key}.ulaw`);
  if (existsSync(cached)) return Promise.resolve(readFileSync(cached));
  // Concurrent callers saying the same words share one synthesis: each would write the same temporary files.
  const pending = synthesizing.get(cached) ?? synthesize(text, key, cached, cacheDir);
  synthesizing.set(cached, pending);
  return pending.finally(() => synthesizing.delete(cached));
}

const synthesizing = new Map<string, Promise<Buffer>>();

async function synthesize(text: string, key: string, cached: string, cacheDir: string): Promise<Buffer> {
  mkdirSync(cacheDir, { recursive: true });
  const wav = join(tmpdir(), `pickup-speech-${process.pid}-${key}.wav`);
  const partial = `${cached}.${process.pid}`;
  try {
    await run('espeak-ng', ['-v', 'en-us', '-s', '175', '-w', wav, text]);
    await run('sox', [wav, '-r', '8000', '-c', '1', '-e', 'mu-law', '-t', 'raw', partial]);
  } catch (error) {
    throw new Error(`could not synthesize speech with espeak-ng and sox (are both installed?): ${String(error)}`);
  } finally {
    rmSync(wav, { force: true });
  }
  renameSync(partial, cached);
  return readFileSync(cached);
}
