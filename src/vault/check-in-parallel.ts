/**
 * A vault's blobs re-hashed a few at a time, so that reading (a disk, the network to an S3 server) overlaps with
 * hashing instead of each waiting for the other. Results come in the order they finish.
 */
import type { BlobCheck } from './blob-store.js';

/** Runs `check` over the hashes a few at a time, yielding each result as it comes. */
export async function* checkInParallel(hashes: AsyncIterable<string>, check: (sha256: string) => Promise<BlobCheck>, atOnce: number, onProgress?: (done: number) => void): AsyncIterable<BlobCheck> {
  const running = new Map<number, Promise<{ id: number; result: BlobCheck }>>();
  let id = 0;
  let done = 0;
  const iterator = hashes[Symbol.asyncIterator]();
  for (;;) {
    while (running.size < atOnce) {
      const next = await iterator.next();
      if (next.done) break;
      const mine = id++;
      running.set(mine, check(next.value).then((result) => ({ id: mine, result })));
    }
    if (running.size === 0) return;
    const { id: finished, result } = await Promise.race(running.values());
    running.delete(finished);
    yield result;
    onProgress?.(++done);
  }
}
