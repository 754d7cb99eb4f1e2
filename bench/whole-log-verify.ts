/**
 * The web app's "Verify the whole log" recomputes the tree's root from every leaf hash with WebCrypto, one
 * SHA-256 call at a time (the browser has no synchronous hash). This times that code (src/ledger/proofs/webcrypto-merkle.ts,
 * the same module the page runs) under Node's WebCrypto, against the server's synchronous node:crypto code on the
 * same leaves in the same process, and checks both give the same root.
 * Usage: npx tsx bench/whole-log-verify.ts [LEAVES]
 */
import { randomBytes } from 'node:crypto';
import { rootFromLeafHashes } from '../src/ledger/proofs/merkle.js';
import { treeRootAsync } from '../src/ledger/proofs/webcrypto-merkle.js';

const leaves = Number(process.argv[2] ?? 100_000);
const leafHashes = Array.from({ length: leaves }, () => new Uint8Array(randomBytes(32)));

const time = async <T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = process.hrtime.bigint();
  const value = await run();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
};

const reference = await time(() => rootFromLeafHashes(leafHashes));
const browser = await time(() => treeRootAsync(leafHashes));
if (Buffer.compare(Buffer.from(reference.value), Buffer.from(browser.value)) !== 0) throw new Error('the two roots differ');
console.log(`${leaves.toLocaleString('en-GB')} leaves: node:crypto ${reference.ms.toFixed(0)} ms, WebCrypto (the page's code) ${browser.ms.toFixed(0)} ms, ratio ${(browser.ms / reference.ms).toFixed(1)}×`);
console.log(`leaf hashes fetched by the page: ${((leaves * 64 + leaves * 3) / 1024 / 1024).toFixed(1)} MiB of hex JSON in ${Math.ceil(leaves / 5000)} requests`);
