import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  consistencyProofPlan,
  emptyRoot,
  inclusionProofPlan,
  leafHash,
  nodeKey,
  RightEdge,
  rootFromLeafHashes,
  rootPlan,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type NodeId,
} from './merkle.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/merkle');
const vectors = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'rfc6962-vectors.json'), 'utf8'));
const hex = (h: string) => Buffer.from(h, 'hex');
const toHex = (h: Uint8Array) => Buffer.from(h).toString('hex');
const b64 = (h: string | null | undefined) => Buffer.from(h ?? '', 'base64');

/** Every perfect subtree of a tree built from these leaf hashes, keyed as storage would key them. */
function perfectNodes(leaves: readonly Hash[]): Map<string, Hash> {
  const nodes = new Map<string, Hash>();
  const edge = new RightEdge(0, []);
  for (const leaf of leaves) for (const node of edge.append(leaf)) nodes.set(nodeKey(node), node.hash);
  return nodes;
}

const syntheticLeaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

describe('RFC 6962 / 9162 known-answer vectors', () => {
  const leaves: Hash[] = vectors.leaves.map((l: string) => leafHash(hex(l)));
  const nodes = perfectNodes(leaves);

  it('computes the empty-tree root', () => {
    expect(toHex(emptyRoot())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('computes every root for sizes 0 to 8, by reference and from stored subtrees', () => {
    for (const { tree_size, root } of vectors.roots) {
      expect(toHex(rootFromLeafHashes(leaves.slice(0, tree_size)))).toBe(root);
      const plan = rootPlan(tree_size);
      expect(toHex(plan.assemble(nodes))).toBe(root);
    }
  });

  it('stores exactly the published hash of every complete subtree', () => {
    vectors.node_hashes.levels.forEach((level: string[], height: number) => {
      level.forEach((hash, index) => expect(toHex(nodes.get(nodeKey({ level: height, index }))!)).toBe(hash));
    });
  });

  it.each(vectors.inclusion_proofs as any[])('generates and verifies inclusion of leaf $leaf_index in $tree_size', (p: any) => {
    const proof = inclusionProofPlan(p.leaf_index, p.tree_size).assemble(nodes);
    expect(proof.map(toHex)).toEqual(p.path);
    expect(() => verifyInclusion(p.leaf_index, p.tree_size, leafHash(hex(p.leaf)), p.path.map(hex), hex(p.root))).not.toThrow();
  });

  it.each(vectors.consistency_proofs as any[])('generates and verifies consistency $size1 → $size2', (p: any) => {
    const proof = consistencyProofPlan(p.size1, p.size2).assemble(nodes);
    expect(proof.map(toHex)).toEqual(p.path);
    expect(() => verifyConsistency(p.size1, p.size2, p.path.map(hex), hex(p.root1), hex(p.root2))).not.toThrow();
  });
});

function probeFiles(kind: 'inclusion' | 'consistency'): string[] {
  const dir = path.join(FIXTURES, 'transparency-dev-probes', kind);
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();
}

describe('transparency-dev verifier probes', () => {
  const inclusion = probeFiles('inclusion');
  const consistency = probeFiles('consistency');

  it('has all 196 probes', () => expect(inclusion.length + consistency.length).toBe(196));

  it.each(inclusion)('inclusion/%s', (file) => {
    const p = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'transparency-dev-probes/inclusion', file), 'utf8'));
    const run = () => verifyInclusion(p.leafIdx, p.treeSize, b64(p.leafHash), (p.proof ?? []).map(b64), b64(p.root));
    if (p.wantErr) expect(run, p.desc).toThrow();
    else expect(run, p.desc).not.toThrow();
  });

  it.each(consistency)('consistency/%s', (file) => {
    const p = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'transparency-dev-probes/consistency', file), 'utf8'));
    const run = () => verifyConsistency(p.size1, p.size2, (p.proof ?? []).map(b64), b64(p.root1), b64(p.root2));
    if (p.wantErr) expect(run, p.desc).toThrow();
    else expect(run, p.desc).not.toThrow();
  });
});

describe('proofs over every small tree', () => {
  const leaves = syntheticLeaves(70);
  const nodes = perfectNodes(leaves);

  it('proves inclusion of every leaf in every tree of 1 to 70 leaves', () => {
    for (let size = 1; size <= 70; size++) {
      const root = rootFromLeafHashes(leaves.slice(0, size));
      expect(rootPlan(size).assemble(nodes)).toEqual(root);
      for (let index = 0; index < size; index++) {
        const proof = inclusionProofPlan(index, size).assemble(nodes);
        verifyInclusion(index, size, leaves[index]!, proof, root);
      }
    }
  });

  it('proves consistency between every pair of sizes up to 70', () => {
    for (let size2 = 1; size2 <= 70; size2++) {
      const root2 = rootFromLeafHashes(leaves.slice(0, size2));
      for (let size1 = 1; size1 <= size2; size1++) {
        const proof = consistencyProofPlan(size1, size2).assemble(nodes);
        verifyConsistency(size1, size2, proof, rootFromLeafHashes(leaves.slice(0, size1)), root2);
      }
    }
  });

  it('emits each perfect subtree exactly once while appending, and keeps the right root', () => {
    const edge = new RightEdge(0, []);
    let emitted = 0;
    for (let size = 1; size <= 70; size++) {
      const completed = edge.append(leaves[size - 1]!);
      emitted += completed.length;
      for (const node of completed) expect(node.hash).toEqual(rootFromLeafHashes(leaves.slice(node.index * 2 ** node.level, (node.index + 1) * 2 ** node.level)));
      // A tree of n leaves has 2n - popcount(n) perfect subtrees.
      expect(emitted).toBe(2 * size - size.toString(2).replaceAll('0', '').length);
      expect(edge.root()).toEqual(rootFromLeafHashes(leaves.slice(0, size)));
    }
  });

  it('resumes from a stored right edge', () => {
    const resumed = new RightEdge(37, RightEdge.ids(37).map((id) => nodes.get(nodeKey(id))!));
    for (let i = 37; i < 70; i++) resumed.append(leaves[i]!);
    expect(resumed.root()).toEqual(rootFromLeafHashes(leaves));
    expect(() => new RightEdge(37, [])).toThrow(/right-edge/);
  });
});

describe('proof plans stay logarithmic', () => {
  const bound = (n: number) => 2 * Math.ceil(Math.log2(n)) + 2;
  const sizes = [2 ** 20, 2 ** 20 + 1, 1_000_000, 2 ** 40 + 12345, Number.MAX_SAFE_INTEGER];

  it.each(sizes)('asks for O(log n) nodes at size %d', (size) => {
    for (const index of [0, 1, Math.floor(size / 3), size - 2, size - 1]) {
      expect(inclusionProofPlan(index, size).nodes.length).toBeLessThanOrEqual(bound(size));
    }
    for (const old of [1, 2, Math.floor(size / 2) + 1, size - 1]) {
      expect(consistencyProofPlan(old, size).nodes.length).toBeLessThanOrEqual(bound(size));
    }
    expect(rootPlan(size).nodes.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size)) + 1);
  });

  it('names only perfect, aligned subtrees inside the tree', () => {
    const check = (ids: NodeId[], size: number) =>
      ids.forEach((id) => expect((id.index + 1) * 2 ** id.level).toBeLessThanOrEqual(size));
    check(inclusionProofPlan(12345, 999_999).nodes, 999_999);
    check(consistencyProofPlan(777_777, 999_999).nodes, 999_999);
  });
});

describe('tampered proofs are rejected', () => {
  const leaves = syntheticLeaves(13);
  const nodes = perfectNodes(leaves);
  const root = rootFromLeafHashes(leaves);
  const proof = inclusionProofPlan(5, 13).assemble(nodes);
  const flip = (h: Hash) => {
    const copy = Buffer.from(h);
    copy[7] = copy[7]! ^ 0x20;
    return copy;
  };

  it('rejects a flipped bit anywhere in an inclusion proof', () => {
    proof.forEach((_, i) => {
      const bad = proof.map((h, j) => (j === i ? flip(h) : h));
      expect(() => verifyInclusion(5, 13, leaves[5]!, bad, root)).toThrow(/different root/);
    });
    expect(() => verifyInclusion(5, 13, flip(leaves[5]!), proof, root)).toThrow();
    expect(() => verifyInclusion(5, 13, leaves[5]!, proof, flip(root))).toThrow();
  });

  it('rejects a wrong index, a wrong size, an extra or a missing element', () => {
    expect(() => verifyInclusion(4, 13, leaves[5]!, proof, root)).toThrow();
    expect(() => verifyInclusion(5, 17, leaves[5]!, proof, root)).toThrow(/too short/);
    expect(() => verifyInclusion(5, 13, leaves[5]!, [...proof, proof[0]!], root)).toThrow(/too long|different/);
    expect(() => verifyInclusion(5, 13, leaves[5]!, proof.slice(1), root)).toThrow();
    expect(() => verifyInclusion(13, 13, leaves[5]!, proof, root)).toThrow(/not inside/);
  });

  it('rejects a consistency proof against a rewritten old tree', () => {
    const rewritten = [...leaves.slice(0, 3), leafHash(Buffer.from('forged')), ...leaves.slice(4)];
    const forgedNodes = perfectNodes(rewritten);
    const forgedProof = consistencyProofPlan(6, 13).assemble(forgedNodes);
    const honestOldRoot = rootFromLeafHashes(leaves.slice(0, 6));
    expect(() => verifyConsistency(6, 13, forgedProof, honestOldRoot, rootFromLeafHashes(rewritten))).toThrow(/old root/);
  });

  it('refuses bad arguments to proof generation, naming them', () => {
    expect(() => inclusionProofPlan(13, 13)).toThrow(/leafIndex/);
    expect(() => inclusionProofPlan(-1, 13)).toThrow(/leafIndex/);
    expect(() => consistencyProofPlan(14, 13)).toThrow(/size1/);
    expect(() => rootPlan(1.5)).toThrow(/treeSize/);
  });
});
