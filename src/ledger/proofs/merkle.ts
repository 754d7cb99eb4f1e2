/**
 * Merkle tree maths exactly as RFC 9162 section 2.1 defines it, with no storage and no I/O, so the same
 * code runs in the server, in the offline verifier, and in tests against published vectors.
 *
 * Sizes and indices are JavaScript numbers (safe integers): bit operators would truncate them to 32
 * bits, so halving is done with arithmetic.
 */
import { createHash } from 'node:crypto';
import { DossierError, invalidField } from '../../common/errors.js';
import { sameBytes } from './byte-encoding.js';
import { checkHashes, inclusionPath, proofInvalid, proofRefused } from './inclusion-path.js';

export type Hash = Uint8Array;
export { HASH_SIZE } from './inclusion-path.js';

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function leafHash(leafInput: Uint8Array): Hash {
  return createHash('sha256').update(LEAF_PREFIX).update(leafInput).digest();
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

export function emptyRoot(): Hash {
  return createHash('sha256').digest();
}

/** Reference MTH over all leaf hashes, O(n); for tests and small trees. */
export function rootFromLeafHashes(leafHashes: readonly Hash[]): Hash {
  if (leafHashes.length === 0) return emptyRoot();
  if (leafHashes.length === 1) return leafHashes[0]!;
  const k = largestPowerOfTwoBelow(leafHashes.length);
  return nodeHash(rootFromLeafHashes(leafHashes.slice(0, k)), rootFromLeafHashes(leafHashes.slice(k)));
}

/** A perfect subtree: it covers leaves [index * 2^level, (index + 1) * 2^level). Level 0 = leaf hashes. */
export interface NodeId {
  level: number;
  index: number;
}

export function nodeKey(id: NodeId): string {
  return `${id.level}/${id.index}`;
}

/**
 * Proof generation without rebuilding the tree: a plan names the O(log n) perfect subtrees it needs,
 * storage fetches them in one batch, and assemble() combines them into the proof.
 */
export interface ProofPlan<T> {
  nodes: NodeId[];
  assemble(fetched: ReadonlyMap<string, Hash>): T;
}

/** A leaf range [start, end) that the RFC's recursion visits; its start is aligned to its size's power of two. */
type Range = readonly [start: number, end: number];

/** RFC 9162 2.1.3.1 PATH(m, D[n]): the audit path of leaf `leafIndex` in the tree of `treeSize` leaves. */
export function inclusionProofPlan(leafIndex: number, treeSize: number): ProofPlan<Hash[]> {
  checkCount('treeSize', treeSize);
  checkCount('leafIndex', leafIndex);
  if (leafIndex >= treeSize) throw invalidField('leafIndex', `must be below the tree size ${treeSize}`, leafIndex);
  const ranges: Range[] = [];
  const path = (m: number, start: number, n: number): void => {
    if (n === 1) return;
    const k = largestPowerOfTwoBelow(n);
    if (m < k) {
      path(m, start, k);
      ranges.push([start + k, start + n]);
    } else {
      path(m - k, start + k, n - k);
      ranges.push([start, start + k]);
    }
  };
  path(leafIndex, 0, treeSize);
  return planForRanges(ranges);
}

/** RFC 9162 2.1.4.1 PROOF(m, D[n]): shows the tree of `size2` leaves extends the tree of `size1`. */
export function consistencyProofPlan(size1: number, size2: number): ProofPlan<Hash[]> {
  checkCount('size1', size1);
  checkCount('size2', size2);
  if (size1 > size2) throw invalidField('size1', `must not exceed size2 (${size2})`, size1);
  const ranges: Range[] = [];
  if (size1 > 0 && size1 < size2) {
    const subproof = (m: number, start: number, n: number, wholeOldTree: boolean): void => {
      if (m === n) {
        if (!wholeOldTree) ranges.push([start, start + n]);
        return;
      }
      const k = largestPowerOfTwoBelow(n);
      if (m <= k) {
        subproof(m, start, k, wholeOldTree);
        ranges.push([start + k, start + n]);
      } else {
        subproof(m - k, start + k, n - k, false);
        ranges.push([start, start + k]);
      }
    };
    subproof(size1, 0, size2, true);
  }
  return planForRanges(ranges);
}

/** MTH of the first `treeSize` leaves. */
export function rootPlan(treeSize: number): ProofPlan<Hash> {
  checkCount('treeSize', treeSize);
  if (treeSize === 0) return { nodes: [], assemble: () => emptyRoot() };
  const plan = planForRanges([[0, treeSize]]);
  return { nodes: plan.nodes, assemble: (fetched) => plan.assemble(fetched)[0]! };
}

function planForRanges(ranges: readonly Range[]): ProofPlan<Hash[]> {
  const perRange = ranges.map(([start, end]) => perfectSubtrees(start, end));
  const unique = new Map<string, NodeId>();
  for (const ids of perRange) for (const id of ids) unique.set(nodeKey(id), id);
  return {
    nodes: [...unique.values()],
    assemble: (fetched) => perRange.map((ids) => foldRight(ids.map((id) => requireFetched(fetched, id)))),
  };
}

/** Binary decomposition of an aligned range into perfect subtrees, largest (leftmost) first. */
function perfectSubtrees(start: number, end: number): NodeId[] {
  const ids: NodeId[] = [];
  while (start < end) {
    let width = 1;
    let level = 0;
    while (width * 2 <= end - start && start % (width * 2) === 0) {
      width *= 2;
      level++;
    }
    ids.push({ level, index: start / width });
    start += width;
  }
  return ids;
}

/** The MTH of a range made of perfect subtrees (largest first): the RFC splits off the largest on the left. */
function foldRight(hashes: readonly Hash[]): Hash {
  let hash = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) hash = nodeHash(hashes[i]!, hash);
  return hash;
}

function requireFetched(fetched: ReadonlyMap<string, Hash>, id: NodeId): Hash {
  const hash = fetched.get(nodeKey(id));
  if (!hash) throw new DossierError('INTERNAL', `tree node ${nodeKey(id)} was not supplied to assemble the proof`);
  return hash;
}

/** RFC 9162 2.1.3.2. Throws PROOF_INVALID naming what failed. */
export function verifyInclusion(leafIndex: number, treeSize: number, leafHashValue: Hash, proof: readonly Hash[], root: Hash): void {
  const root2 = rootFromInclusionProof(leafIndex, treeSize, leafHashValue, proof);
  if (!sameBytes(root2, root)) throw proofRefused('proofLeadsElsewhere', { index: leafIndex, size: treeSize });
}

/** The root that an inclusion proof implies (RFC 9162 2.1.3.2 steps 1-5). */
export function rootFromInclusionProof(leafIndex: number, treeSize: number, leafHashValue: Hash, proof: readonly Hash[]): Hash {
  const sides = inclusionPath(leafIndex, treeSize, leafHashValue, proof);
  return proof.reduce((r, p, i) => (sides[i] === 'left' ? nodeHash(p, r) : nodeHash(r, p)), leafHashValue);
}

/** RFC 9162 2.1.4.2. Throws PROOF_INVALID naming what failed. */
export function verifyConsistency(size1: number, size2: number, proof: readonly Hash[], root1: Hash, root2: Hash): void {
  if (!isCount(size1) || !isCount(size2) || size1 > size2) {
    throw proofInvalid(`tree sizes ${size1} → ${size2} are not an old and a newer size`);
  }
  // Equal sizes are decided first and by byte equality alone, whatever the roots' length: this is what
  // transparency-dev's verifier does, and its probes expect two equal 12-byte "roots" to be accepted.
  if (size1 === size2) {
    if (proof.length !== 0) throw proofInvalid('a consistency proof between equal sizes must be empty');
    if (!sameBytes(root1, root2)) throw proofInvalid(`roots differ for the same tree size ${size1}`);
    if (size1 === 0 && !sameBytes(root1, emptyRoot())) throw proofInvalid('the empty tree must have the empty-tree root');
    return;
  }
  // Every tree is consistent with the empty one, but a proof from size 0 proves nothing: refuse it, as
  // transparency-dev does, rather than accept an unchecked claim.
  if (size1 === 0) throw proofInvalid('a consistency proof from the empty tree is meaningless');
  if (proof.length === 0) throw proofInvalid('the consistency proof is empty');
  checkHashes(root1, proof);
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) throw proofInvalid(`consistency proof ${size1} → ${size2} is too long`);
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  if (sn !== 0) throw proofInvalid(`consistency proof ${size1} → ${size2} is too short`);
  if (!sameBytes(fr, root1)) throw proofInvalid(`consistency proof ${size1} → ${size2} does not lead to the old root`);
  if (!sameBytes(sr, root2)) throw proofInvalid(`consistency proof ${size1} → ${size2} does not lead to the new root`);
}

/**
 * The right edge of an append-only tree: hashes of the perfect subtrees that [0, size) decomposes into,
 * largest (leftmost) first. Appending a leaf returns every perfect node it completes (the leaf itself at
 * level 0, then each parent it completes), so storage can persist them.
 */
export class RightEdge {
  private readonly stack: Array<NodeId & { hash: Hash }>;
  private leaves: number;

  static ids(size: number): NodeId[] {
    checkCount('size', size);
    return size === 0 ? [] : perfectSubtrees(0, size);
  }

  constructor(size: number, hashes: readonly Hash[]) {
    const ids = RightEdge.ids(size);
    if (hashes.length !== ids.length) {
      throw invalidField('hashes', `a tree of ${size} leaves has ${ids.length} right-edge subtrees, not ${hashes.length}`);
    }
    this.stack = ids.map((id, i) => ({ ...id, hash: hashes[i]! }));
    this.leaves = size;
  }

  get size(): number {
    return this.leaves;
  }

  copy(): RightEdge {
    return new RightEdge(this.leaves, this.stack.map((node) => node.hash));
  }

  append(leaf: Hash): Array<NodeId & { hash: Hash }> {
    let node = { level: 0, index: this.leaves, hash: leaf };
    const completed = [node];
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level === node.level) {
      const left = this.stack.pop()!;
      node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(left.hash, node.hash) };
      completed.push(node);
    }
    this.stack.push(node);
    this.leaves++;
    return completed;
  }

  root(): Hash {
    return this.stack.length === 0 ? emptyRoot() : foldRight(this.stack.map((n) => n.hash));
  }
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isOdd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);
const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;
const isPowerOfTwo = (n: number) => n > 0 && 2 ** Math.round(Math.log2(n)) === n;

function checkCount(field: string, value: number): void {
  if (!isCount(value)) throw invalidField(field, 'must be a non-negative safe integer', value);
}

