import { createHash, getHashes } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Whether node:crypto can compute the BagIt algorithm (RFC names: md5, sha1, sha256, sha512 …). */
export function isSupportedAlgorithm(algorithm: string): boolean {
  return getHashes().includes(algorithm);
}

/**
 * Hashes one file with several algorithms in a single streaming pass: evidence files can be many GiB,
 * so the file is never held in memory.
 */
export async function fileDigests(absolutePath: string, algorithms: readonly string[]): Promise<Map<string, string>> {
  const hashes = algorithms.map((algorithm) => [algorithm, createHash(algorithm)] as const);
  const stream = createReadStream(absolutePath, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (const [, hash] of hashes) hash.update(chunk);
  }
  return new Map(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
}
