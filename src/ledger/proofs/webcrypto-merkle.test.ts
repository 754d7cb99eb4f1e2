import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leafHash, rootFromLeafHashes, verifyInclusion, type Hash } from './merkle.js';
import { leafHashAsync, nodeHashAsync, treeRootAsync, verifyInclusionAsync } from './webcrypto-merkle.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/merkle');
const vectors = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rfc6962-vectors.json'), 'utf8'));
const hex = (h: string) => Buffer.from(h, 'hex');
const toHex = (h: Uint8Array) => Buffer.from(h).toString('hex');
const b64 = (h: string | null | undefined) => Buffer.from(h ?? '', 'base64');
const syntheticLeaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

/** The sibling path of a leaf, by the RFC's recursion over a list of leaf hashes: independent of merkle.ts. */
function referencePath(index: number, leaves: readonly Hash[]): Hash[] {
  if (leaves.length <= 1) return [];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return index < k
    ? [...referencePath(index, leaves.slice(0, k)), rootFromLeafHashes(leaves.slice(k))]
    : [...referencePath(index - k, leaves.slice(k)), rootFromLeafHashes(leaves.slice(0, k))];
}

describe('WebCrypto Merkle hashing against the RFC 6962 / 9162 vectors', () => {
  const leafInputs: Buffer[] = vectors.leaves.map(hex);

  it('hashes leaves and nodes as merkle.ts does', async () => {
    for (const input of leafInputs) expect(toHex(await leafHashAsync(input))).toBe(toHex(leafHash(input)));
    const [a, b] = [leafHash(leafInputs[0]!), leafHash(leafInputs[1]!)];
    expect(toHex(await nodeHashAsync(a, b))).toBe(vectors.node_hashes.levels[1][0]);
  });

  it('computes every published root for sizes 0 to 8', async () => {
    const leaves = await Promise.all(leafInputs.map(leafHashAsync));
    for (const { tree_size, root } of vectors.roots) expect(toHex(await treeRootAsync(leaves.slice(0, tree_size)))).toBe(root);
  });

  it.each(vectors.inclusion_proofs as any[])('verifies the published inclusion of leaf $leaf_index in $tree_size', async (p: any) => {
    await expect(verifyInclusionAsync(p.leaf_index, p.tree_size, await leafHashAsync(hex(p.leaf)), p.path.map(hex), hex(p.root))).resolves.toBeUndefined();
  });
});

describe('WebCrypto verifier against the transparency-dev probes', () => {
  const dir = path.join(FIXTURES, 'transparency-dev-probes', 'inclusion');
  const probes = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();

  it.each(probes)('inclusion/%s gives the same verdict and message as merkle.ts', async (file) => {
    const p = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const args = [p.leafIdx, p.treeSize, b64(p.leafHash), (p.proof ?? []).map(b64), b64(p.root)] as const;
    const syncError = captureSync(() => verifyInclusion(...args));
    const asyncError = await verifyInclusionAsync(...args).then(() => undefined, (error: Error) => error.message);
    expect(asyncError !== undefined, p.desc).toBe(p.wantErr);
    expect(asyncError).toBe(syncError);
  });
});

describe('WebCrypto verifier over every small tree', () => {
  const leaves = syntheticLeaves(40);

  it('recomputes the root of every tree of 1 to 70 leaves, as the reference does', async () => {
    const more = syntheticLeaves(70);
    for (let size = 1; size <= 70; size++) expect(toHex(await treeRootAsync(more.slice(0, size)))).toBe(toHex(rootFromLeafHashes(more.slice(0, size))));
  });

  it('reports progress up to n - 1 node hashes', async () => {
    const seen: number[] = [];
    await treeRootAsync(syntheticLeaves(5000), (done, total) => {
      expect(total).toBe(4999);
      seen.push(done);
    });
    expect(seen.at(-1)).toBe(4999);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('proves every leaf of every tree of 1 to 40 leaves, and refuses a flipped bit in any proof element', async () => {
    for (let size = 1; size <= 40; size++) {
      const tree = leaves.slice(0, size);
      const root = rootFromLeafHashes(tree);
      for (let index = 0; index < size; index++) {
        const proof = referencePath(index, tree);
        await verifyInclusionAsync(index, size, tree[index]!, proof, root);
        for (let i = 0; i < proof.length; i++) {
          const bad = proof.map((h, j) => (j === i ? flipBit(h) : h));
          await expect(verifyInclusionAsync(index, size, tree[index]!, bad, root)).rejects.toThrow(/different root/);
        }
      }
    }
  });

  it('refuses a wrong index, a wrong size, a flipped leaf or root, an extra or a missing element', async () => {
    const tree = leaves.slice(0, 13);
    const root = rootFromLeafHashes(tree);
    const proof = referencePath(5, tree);
    await expect(verifyInclusionAsync(4, 13, tree[5]!, proof, root)).rejects.toThrow();
    await expect(verifyInclusionAsync(5, 17, tree[5]!, proof, root)).rejects.toThrow(/too short/);
    await expect(verifyInclusionAsync(5, 13, flipBit(tree[5]!), proof, root)).rejects.toThrow(/different root/);
    await expect(verifyInclusionAsync(5, 13, tree[5]!, proof, flipBit(root))).rejects.toThrow(/different root/);
    await expect(verifyInclusionAsync(5, 13, tree[5]!, [...proof, proof[0]!], root)).rejects.toThrow(/too long|different/);
    await expect(verifyInclusionAsync(5, 13, tree[5]!, proof.slice(1), root)).rejects.toThrow();
    await expect(verifyInclusionAsync(13, 13, tree[5]!, proof, root)).rejects.toThrow(/not inside/);
    await expect(verifyInclusionAsync(5, 13, tree[5]!.subarray(1), proof, root)).rejects.toThrow(/32 bytes/);
  });
});

function flipBit(hash: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(hash);
  copy[7] = copy[7]! ^ 0x20;
  return copy;
}

function captureSync(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
