import { setFlagsFromString } from 'node:v8';

/**
 * Keeps V8's heap close to what is alive in it. By default, after each full collection V8 lets the
 * old generation grow to up to several times what survived before collecting again, and hands the
 * slack back only after ~20 s of quiet (its memory reducer). Pickup keeps ~30 MB alive and serves a
 * few requests a second at most, so that slack was a third of its memory while calls came in:
 * `serve` at 133-144 MB after 1,000 calls, 124-128 MB with a 20% growth step (and a smaller page cache), at no CPU cost the
 * bench could see (17.1-17.7 s against 16.7-17.6 s for those calls). Read by V8 at each full
 * collection, which sets the threshold for the next: one that came before this call leaves its
 * default-sized threshold standing until the heap reaches it. `serve` collects once while its bundle
 * loads, so it also passes the flag on its command line (runServe.mjs).
 */
export function keepHeapLean(): void {
  setFlagsFromString('--heap-growing-percent=20');
}
