import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './proofs/checkpoint.js';
import { entryLeafInput, type LoggedEntry } from './proofs/entry-leaf.js';
import { buildEntry, encodeEntry, type EntryDraft } from './entry.js';
import { verifyEntries, verifyEntryInclusion, type Verdict } from './proofs/entry-verification.js';
import { verdictsAgainstLeaves, verifyWholeLog, type WholeLogSource } from './proofs/log-verification.js';
import { inclusionProofPlan, leafHash, nodeKey, RightEdge, type Hash } from './proofs/merkle.js';
import { generateNoteKey, noteSigner } from './proofs/signed-note.js';
import { verifySignedHead } from './proofs/signed-head.js';

const ORIGIN = 'test.dossier.local/ledger';
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** A log built by the server's own code (entry.ts, merkle.ts, checkpoint.ts), served as the API would serve it. */
function serverLog(drafts: EntryDraft[]) {
  const key = generateNoteKey(ORIGIN);
  const entries = [buildEntry({ actor: 'local:root', action: 'init', details: { origin: ORIGIN, verifierKey: key.verifierKey } }, 0, new Date('2026-01-01T00:00:00Z'))];
  drafts.forEach((draft, i) => entries.push(buildEntry(draft, i + 1, new Date(Date.UTC(2026, 0, 2, 0, 0, i)))));
  const edge = new RightEdge(0, []);
  const nodes = new Map<string, Hash>();
  const leaves = entries.map((entry) => leafHash(Buffer.from(encodeEntry(entry), 'utf8')));
  for (const leaf of leaves) for (const node of edge.append(leaf)) nodes.set(nodeKey(node), node.hash);
  const note = signCheckpoint({ origin: ORIGIN, treeSize: entries.length, rootHash: edge.root(), extensions: [] }, noteSigner(key.signerKey));
  // What the client receives went through JSON, as over HTTP.
  const served = JSON.parse(JSON.stringify(entries)) as LoggedEntry[];
  return { key, entries: served, leaves, nodes, note, root: edge.root() };
}

function sourceOf(log: ReturnType<typeof serverLog>, visible: (entry: LoggedEntry) => boolean = () => true, pageSize = 7): WholeLogSource & { inclusionProof: (i: number, s: number) => Promise<{ leafIndex: number; treeSize: number; proof: string[] }> } {
  return {
    logKey: async () => ({ origin: ORIGIN, verifierKey: log.key.verifierKey }),
    checkpointNote: async () => log.note,
    leafHashes: async (from, limit) => log.leaves.slice(from, from + limit).map(hex),
    inclusionProof: async (leafIndex, treeSize) => ({ leafIndex, treeSize, proof: inclusionProofPlan(leafIndex, treeSize).assemble(log.nodes).map(hex) }),
    visibleEntries: async (from) => {
      const rest = log.entries.filter((entry) => entry.seq >= from && visible(entry));
      const items = rest.slice(0, pageSize);
      return { items, next: rest.length > pageSize ? items.at(-1)!.seq + 1 : null, total: log.entries.filter(visible).length };
    },
  };
}

const drafts: EntryDraft[] = Array.from({ length: 24 }, (_, i) => ({
  actor: i % 3 ? 'user:nadia' : 'user:omar',
  action: i % 4 ? 'view' : 'intake',
  subject: { case: i % 2 ? 'aleppo' : 'ghouta', evidence: hex(leafHash(Buffer.from(`file ${i}`))) },
  details: { note: 'شاهد W-07 — “quoted” \u2028 line', size: i * 1000.5, nested: { b: [1, 2, { z: null, a: true }] } },
}));

describe('an entry’s leaf, recomputed as the server computes it', () => {
  it('is the UTF-8 of the canonical JSON the server hashed, after a trip through JSON', () => {
    const log = serverLog(drafts);
    log.entries.forEach((entry, i) => expect(hex(leafHash(entryLeafInput(entry)))).toBe(hex(log.leaves[i]!)));
  });
});

describe('verifying one entry’s inclusion in the signed head', () => {
  const log = serverLog(drafts);
  const source = sourceOf(log);
  const proofOf = (seq: number) => source.inclusionProof(seq, log.entries.length);
  const head = async () => (await verifySignedHead(source)).checkpoint;

  it('verifies every entry against the signed root', async () => {
    const verdicts: Verdict[] = [];
    await verifyEntries(source, log.entries, await head(), (_entry, verdict) => verdicts.push(verdict));
    expect(verdicts).toHaveLength(25);
    for (const verdict of verdicts) expect(verdict).toEqual({ status: 'verified', treeSize: 25, rootHex: hex(log.root) });
  });

  it('fails when a byte of a proof node is flipped', async () => {
    const message = await proofOf(9);
    for (let i = 0; i < message.proof.length; i++) {
      const proof = message.proof.map((node, j) => (j === i ? flipHex(node) : node));
      expect(await verifyEntryInclusion(log.entries[9]!, { ...message, proof }, await head())).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.proofLeadsElsewhere', text: expect.stringMatching(/not the signed root/) }) });
    }
  });

  it('fails when the entry was altered, so its leaf is not the one logged', async () => {
    const altered = { ...log.entries[9]!, actor: 'user:someone-else' };
    expect(await verifyEntryInclusion(altered, await proofOf(9), await head())).toMatchObject({ status: 'failed' });
  });

  it('fails when the signed root is not the one the proof leads to', async () => {
    const checkpoint = await head();
    const rootHash = Uint8Array.from(checkpoint.rootHash);
    rootHash[0] = rootHash[0]! ^ 1;
    expect(await verifyEntryInclusion(log.entries[9]!, await proofOf(9), { ...checkpoint, rootHash })).toMatchObject({ status: 'failed' });
  });

  it('fails a proof for another entry, another tree size, or with hashes that are not hex', async () => {
    const checkpoint = await head();
    expect(await verifyEntryInclusion(log.entries[9]!, await proofOf(8), checkpoint)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.proofForOtherEntry', text: expect.stringMatching(/entry 8/) }) });
    expect(await verifyEntryInclusion(log.entries[9]!, await source.inclusionProof(9, 20), checkpoint)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.proofForOtherSize', text: expect.stringMatching(/tree of 20/) }) });
    const message = await proofOf(9);
    expect(await verifyEntryInclusion(log.entries[9]!, { ...message, proof: ['zz', ...message.proof.slice(1)] }, checkpoint)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.badHash', text: expect.stringMatching(/hex/) }) });
    expect(await verifyEntryInclusion(log.entries[9]!, { ...message, proof: message.proof.slice(1) }, checkpoint)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'signedNote.proofTooShort', text: expect.stringMatching(/too short/) }) });
  });

  it('refuses the head when a byte of its signature is flipped', async () => {
    const signature = log.note.slice(log.note.lastIndexOf(' ') + 1, -1);
    const bytes = Buffer.from(signature, 'base64');
    bytes[20] = bytes[20]! ^ 1;
    const forged = { ...source, checkpointNote: async () => log.note.replace(signature, bytes.toString('base64')) };
    await expect(verifySignedHead(forged)).rejects.toThrow(/does not verify/);
  });
});

describe('verifying the whole log', () => {
  it('verifies every visible entry against the signed head, reporting progress to the end', async () => {
    const log = serverLog(drafts);
    const fractions: number[] = [];
    const result = await verifyWholeLog(sourceOf(log), (_step, fraction) => fractions.push(fraction));
    expect(result).toMatchObject({ status: 'verified', entries: 25, treeSize: 25, rootHex: hex(log.root) });
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('marks entries displayed apart from the check against the leaves it proved', async () => {
    const log = serverLog(drafts);
    const result = await verifyWholeLog(sourceOf(log));
    if (result.status !== 'verified') throw new Error(result.reason.text);
    const shown = [log.entries[3]!, { ...log.entries[4]!, actor: 'user:ghost' }, { ...log.entries[5]!, seq: 99 }];
    const verdicts = await verdictsAgainstLeaves(shown, result);
    expect(verdicts.get(3)).toEqual({ status: 'verified', treeSize: 25, rootHex: hex(log.root) });
    expect(verdicts.get(4)).toMatchObject({ status: 'failed', reason: { code: 'ledgerCheck.notItsLeaf', values: { seq: 4 } } });
    expect(verdicts.has(99)).toBe(false);
  });

  it('checks only the entries the reader may see, and still proves the whole tree', async () => {
    const log = serverLog(drafts);
    const result = await verifyWholeLog(sourceOf(log, (entry) => (entry.subject as { case?: string }).case === 'aleppo'));
    expect(result).toMatchObject({ status: 'verified', entries: 12, treeSize: 25 });
  });

  it('names the first altered entry', async () => {
    const log = serverLog(drafts);
    log.entries[17] = { ...log.entries[17]!, details: { note: 'rewritten' } };
    log.entries[20] = { ...log.entries[20]!, actor: 'user:ghost' };
    expect(await verifyWholeLog(sourceOf(log))).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.altered', text: expect.stringMatching(/entry 17 .*altered/), values: { seq: 17 } }) });
  });

  it('fails when a served leaf hash has a flipped byte, or leaves are missing', async () => {
    const log = serverLog(drafts);
    const source = sourceOf(log);
    const flipped = { ...source, leafHashes: async (from: number, limit: number, size: number) => (await source.leafHashes(from, limit, size)).map((h, i) => (from + i === 3 ? flipHex(h) : h)) };
    expect(await verifyWholeLog(flipped)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.leavesGiveOtherRoot', text: expect.stringMatching(/not the signed root/) }) });
    const short = { ...source, leafHashes: async (from: number, limit: number, size: number) => (from >= 20 ? [] : source.leafHashes(from, Math.min(limit, 20 - from), size)) };
    expect(await verifyWholeLog(short)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.tooFewLeaves', text: expect.stringMatching(/sent 20 leaf hashes/) }) });
  });

  it('fails when a byte of the head’s signature is flipped, or its signed size changed', async () => {
    const log = serverLog(drafts);
    const signature = log.note.slice(log.note.lastIndexOf(' ') + 1, -1);
    const bytes = Buffer.from(signature, 'base64');
    bytes[40] = bytes[40]! ^ 0x80;
    for (const note of [log.note.replace(signature, bytes.toString('base64')), log.note.replace(/\n(\d+)\n/, '\n26\n')]) {
      const source = { ...sourceOf(log), checkpointNote: async () => note };
      expect(await verifyWholeLog(source)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.headDoesNotVerify', text: expect.stringMatching(/signed tree head does not verify.*does not verify/), cause: expect.objectContaining({ code: 'signedNote.signatureFails' }) }) });
    }
  });

  it('fails when the server serves a key other than the one the first entry commits to', async () => {
    const log = serverLog(drafts);
    const impostor = generateNoteKey(ORIGIN);
    const note = signCheckpoint({ origin: ORIGIN, treeSize: 25, rootHash: log.root, extensions: [] }, noteSigner(impostor.signerKey));
    const source = { ...sourceOf(log), logKey: async () => ({ origin: ORIGIN, verifierKey: impostor.verifierKey }), checkpointNote: async () => note };
    expect(await verifyWholeLog(source)).toMatchObject({ status: 'failed', reason: expect.objectContaining({ code: 'ledgerCheck.initOtherKey', text: expect.stringMatching(/different signing key/) }) });
  });

  it('leaves out entries appended after the signed head it checked', async () => {
    const log = serverLog(drafts);
    // The head signs the first 11 entries; the listing already shows all 25.
    const signed = signCheckpoint({ origin: ORIGIN, treeSize: 11, rootHash: rootOfFirst(log.leaves, 11), extensions: [] }, noteSigner(log.key.signerKey));
    expect(await verifyWholeLog({ ...sourceOf(log), checkpointNote: async () => signed })).toMatchObject({ status: 'verified', entries: 11, treeSize: 11 });
  });
});

function rootOfFirst(leaves: readonly Hash[], size: number): Hash {
  const edge = new RightEdge(0, []);
  for (const leaf of leaves.slice(0, size)) edge.append(leaf);
  return edge.root();
}

function flipHex(hash: string): string {
  const bytes = Buffer.from(hash, 'hex');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('hex');
}
