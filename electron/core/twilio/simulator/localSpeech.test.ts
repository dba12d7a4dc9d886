import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frameBytes, speechMulaw } from './localSpeech';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('speechMulaw', () => {
  it('makes the same words for several callers at once (concurrent calls in one process)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pickup-speech-'));
    const said = await Promise.all(Array.from({ length: 4 }, () => speechMulaw('I need a roof quote.', dir)));
    expect(said[0]!.length).toBeGreaterThan(50 * frameBytes);
    for (const audio of said) expect(audio.equals(said[0]!)).toBe(true);
  });
});
