import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../ledger/proofs/checkpoint.js';
import { generateWitnessKey, verifiedCosignatures, witnessSigner, witnessVerifier } from '../ledger/proofs/cosignature.js';
import { consistencyProofPlan, leafHash, nodeKey, rootFromLeafHashes, type Hash } from '../ledger/proofs/merkle.js';
import { generateNoteKey, noteSigner, noteVerifier } from '../ledger/proofs/signed-note.js';
import { addCheckpointBody, answerAddCheckpoint, type WitnessedHead } from './add-checkpoint.js';

const ORIGIN = 'dossier.example/ledger';
const LOG = generateNoteKey(ORIGIN);
const WITNESS = generateWitnessKey('witness.example');
const LOGS = new Map([[ORIGIN, noteVerifier(LOG.verifierKey)]]);
const NOW = 1_772_000_000;

const leaves = Array.from({ length: 8 }, (_, i) => leafHash(Buffer.from(`entry ${i}`)));
const root = (size: number) => rootFromLeafHashes(leaves.slice(0, size));
const checkpointNote = (size: number, rootHash: Hash = root(size), signerKey = LOG.signerKey) => signCheckpoint({ origin: ORIGIN, treeSize: size, rootHash, extensions: [] }, noteSigner(signerKey));

/** Every perfect subtree of the eight leaves, by node key, as a log's storage would hold them. */
const nodes = new Map<string, Hash>();
for (let level = 0; 2 ** level <= leaves.length; level++) {
  for (let index = 0; (index + 1) * 2 ** level <= leaves.length; index++) nodes.set(nodeKey({ level, index }), rootFromLeafHashes(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level)));
}
const proof = (from: number, to: number) => consistencyProofPlan(from, to).assemble(nodes);

const heldAt = (size: number): WitnessedHead => ({ size, rootHash: Buffer.from(root(size)).toString('base64'), note: checkpointNote(size) });
const answer = (body: string, held?: WitnessedHead) => answerAddCheckpoint(body, LOGS, (origin) => (origin === ORIGIN ? held : undefined), witnessSigner(WITNESS.signerKey), NOW);

describe('a witness asked to cosign a checkpoint', () => {
  it('cosigns the first checkpoint of a log it follows, and keeps it as the head', () => {
    const note = checkpointNote(3);
    const reply = answer(addCheckpointBody(0, [], note));
    expect(reply.status).toBe(200);
    if (reply.status !== 200) return;
    expect(reply.head).toEqual({ size: 3, rootHash: Buffer.from(root(3)).toString('base64'), note });
    expect(verifiedCosignatures(note + reply.body, [witnessVerifier(WITNESS.verifierKey)])).toEqual([{ witness: 'witness.example', timestamp: NOW }]);
  });

  it('cosigns a larger tree proved consistent with the one it holds, and refuses a proof that is not', () => {
    expect(answer(addCheckpointBody(3, proof(3, 8), checkpointNote(8)), heldAt(3)).status).toBe(200);
    const bent = proof(3, 8).map((hash, i) => (i === 0 ? leafHash(Buffer.from('forged')) : hash));
    const refused = answer(addCheckpointBody(3, bent, checkpointNote(8)), heldAt(3));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatch(/^the consistency proof from 3 to 8 does not verify/);
  });

  it('cosigns the checkpoint it holds again, so a log can collect a lost cosignature', () => {
    expect(answer(addCheckpointBody(5, [], checkpointNote(5)), heldAt(5)).status).toBe(200);
  });

  it('tells a log that sent the wrong old size what size it holds', () => {
    const reply = answer(addCheckpointBody(2, proof(2, 8), checkpointNote(8)), heldAt(5));
    expect(reply).toEqual({ status: 409, body: '5\n', contentType: 'text/x.tlog.size' });
    expect(answer(addCheckpointBody(3, proof(3, 8), checkpointNote(8))).body).toBe('0\n');
  });

  it('keeps as evidence of a split view another root for the size it holds', () => {
    const other = checkpointNote(5, leafHash(Buffer.from('another history')));
    const reply = answer(addCheckpointBody(5, [], other), heldAt(5));
    expect(reply.status).toBe(409);
    expect(reply).toMatchObject({ splitView: { origin: ORIGIN, size: 5, held: heldAt(5).note, offered: other } });
    // Even sent with another old size, a contradicting root of the held size is kept.
    expect(answer(addCheckpointBody(0, [], other), heldAt(5))).toMatchObject({ status: 409, body: '5\n', splitView: { size: 5 } });
  });

  it('refuses logs it does not follow and checkpoints their key did not sign', () => {
    const stranger = generateNoteKey('other.example/log');
    const foreign = signCheckpoint({ origin: 'other.example/log', treeSize: 1, rootHash: root(1), extensions: [] }, noteSigner(stranger.signerKey));
    expect(answer(addCheckpointBody(0, [], foreign))).toEqual({ status: 404, body: 'this witness does not follow the log "other.example/log"\n' });
    const forged = checkpointNote(3, root(3), generateNoteKey(ORIGIN).signerKey);
    expect(answer(addCheckpointBody(0, [], forged)).status).toBe(403);
  });

  it('refuses a request it cannot read, an old size beyond the new one, and a proof from nothing', () => {
    expect(answer(`old 01\n\n${checkpointNote(3)}`).body).toMatch(/^the first line must be "old <size>"/);
    expect(answer('old 0\n')).toEqual({ status: 400, body: 'the request has no blank line between the proof and the checkpoint\n' });
    // The note's own blank line then ends the proof: its checkpoint lines are read as proof lines and refused.
    expect(answer(`old 0\n${checkpointNote(3)}`).body).toBe('the proof line 1 is not valid base64\n');
    expect(answer(`old 0\nbm90IGEgaGFzaA==\n\n${checkpointNote(3)}`).body).toBe('proof line 1 is not a 32-byte hash\n');
    expect(answer(addCheckpointBody(8, [], checkpointNote(3)), heldAt(8))).toEqual({ status: 400, body: "the old size 8 is larger than the checkpoint's size 3\n" });
    expect(answer(addCheckpointBody(0, [leaves[0]!], checkpointNote(3)))).toEqual({ status: 422, body: 'a consistency proof from size 0 must be empty\n' });
  });
});
