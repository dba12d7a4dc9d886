import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const leanHeapUrl = pathToFileURL(join(import.meta.dirname, 'leanHeap.ts')).href;

/**
 * The heap's peak size in a child process that keeps ~20 MB alive while churning through
 * short-lived records that live long enough to reach the old generation, as call turns do.
 */
function peakHeapMb(lean: boolean): number {
  const program = `
    ${lean ? `const { keepHeapLean } = await import(${JSON.stringify(leanHeapUrl)}); keepHeapLean();` : ''}
    const kept = Array.from({ length: 200_000 }, (_, i) => ({ i, s: 'row ' + i }));
    const recent = new Array(50_000);
    let peak = 0;
    for (let n = 0; n < 2_000_000; n++) {
      recent[n % recent.length] = { n, s: 'turn ' + n, a: [n, n + 1] };
      if (n % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(kept.length && peak / 2 ** 20);
  `;
  const out = execFileSync(
    process.execPath,
    ['--max-semi-space-size=4', '--import', 'tsx', '--input-type=module', '-e', program],
    { encoding: 'utf8' },
  );
  return Number(out.trim());
}

describe('keepHeapLean', () => {
  it('keeps the heap near what is alive instead of letting it grow to several times that', () => {
    const usual = peakHeapMb(false);
    const lean = peakHeapMb(true);
    expect(usual).toBeGreaterThan(0);
    expect(lean).toBeLessThan(usual * 0.6);
  }, 30_000);
});
