import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosignatureLine, generateWitnessKey, verifiedCosignatures, witnessSigner, witnessVerifier } from '../src/ledger/proofs/cosignature.js';
import { generateNoteKey, noteSigner, noteVerifier, openNote, signNote } from '../src/ledger/proofs/signed-note.js';
import { checkCosignaturesAsync } from '../src/ledger/proofs/webcrypto-note.js';
import { splitSignedNote, splitTimestampedSignature } from '../src/ledger/proofs/note-format.js';
import { answerAddCheckpoint } from '../src/witness/add-checkpoint.js';
import { PROJECT_ROOT } from './support/dossier.js';

interface Vector {
  id: string;
  kind: 'note' | 'cosignature';
  vkey: string;
  signerKey?: string;
  seedHex?: string;
  timestamp?: number;
  note: string;
  expect: 'valid' | 'invalid';
  what: string;
}

// Published by other implementations (Go's x/mod, sigsum-go, litetlog, transparency-dev/witness): see the README beside them.
const { vectors } = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, 'test/fixtures/c2sp-vectors/vectors.json'), 'utf8')) as { vectors: Vector[] };
const notes = vectors.filter((v) => v.kind === 'note');
const cosignatures = vectors.filter((v) => v.kind === 'cosignature');

describe('signed notes and cosignatures agree with other implementations', () => {
  it('has vectors of both kinds, valid and invalid', () => {
    expect(notes.filter((v) => v.expect === 'valid').length).toBeGreaterThan(5);
    expect(notes.filter((v) => v.expect === 'invalid').length).toBeGreaterThan(0);
    expect(cosignatures.filter((v) => v.expect === 'valid').length).toBeGreaterThan(0);
    expect(cosignatures.filter((v) => v.expect === 'invalid').length).toBeGreaterThan(0);
  });

  it.each(notes)('note $id is $expect ($what)', (vector) => {
    const open = () => openNote(vector.note, [noteVerifier(vector.vkey)]);
    if (vector.expect === 'valid') expect(open().verified).toHaveLength(1);
    else expect(open).toThrow();
  });

  it('signs as Go does: the same key and text give the same line, byte for byte', () => {
    const vector = notes.find((v) => v.id === 'go-note-peterneumann')!;
    const text = vector.note.slice(0, vector.note.lastIndexOf('\n\n') + 1);
    expect(signNote(text, [noteSigner(vector.signerKey!)])).toBe(vector.note);
  });

  it.each(cosignatures)('cosignature $id is $expect ($what)', (vector) => {
    const check = () => verifiedCosignatures(vector.note, [witnessVerifier(vector.vkey)]);
    if (vector.expect === 'valid') {
      expect(check()).toEqual([{ witness: vector.vkey.split('+')[0], timestamp: vector.timestamp }]);
    } else {
      // Another key id or name is not this witness's line (ignored); a bad size or time does not verify.
      let found: unknown[] = [];
      try {
        found = check();
      } catch (error) {
        expect((error as { code?: string }).code).toBe('CHECKPOINT_INVALID');
      }
      expect(found).toEqual([]);
    }
  });

  it('cosigns as sigsum-go does: the same seed, time and checkpoint give the published line', () => {
    const vector = cosignatures.find((v) => v.id === 'sigsum-go-cosig-v1')!;
    const [name, keyId] = vector.vkey.split('+') as [string, string];
    const signerKey = `PRIVATE+KEY+${name}+${keyId}+${Buffer.concat([Buffer.from([0x04]), Buffer.from(vector.seedHex!, 'hex')]).toString('base64')}`;
    const split = vector.note.lastIndexOf('\n\n');
    const line = cosignatureLine(vector.note.slice(0, split + 1), witnessSigner(signerKey), vector.timestamp!);
    expect(line).toBe(vector.note.slice(split + 2));
  });

  it('checks the same cosignatures with WebCrypto, as the web app does', async () => {
    const byId = (id: string) => cosignatures.find((v) => v.id === id)!;
    const good = byId('sigsum-go-cosig-v1');
    const witness = { name: good.vkey.split('+')[0]!, verifierKey: good.vkey };
    expect(await checkCosignaturesAsync(good.note, [witness])).toEqual([{ witness: witness.name, status: 'verified', timestamp: good.timestamp }]);
    expect(await checkCosignaturesAsync(byId('sigsum-go-cosig-v1-timestamp-changed').note, [witness])).toEqual([{ witness: witness.name, status: 'failed' }]);
    expect(await checkCosignaturesAsync(byId('sigsum-go-cosig-v1-other-keyid').note, [witness])).toEqual([{ witness: witness.name, status: 'missing' }]);
  });

  it("reads the C2SP specifications' own examples: the add-checkpoint request and the cosignature line (no keys are published with them)", async () => {
    const examples = JSON.parse(await fs.readFile(path.join(PROJECT_ROOT, 'test/fixtures/c2sp-vectors/c2sp-spec-examples.json'), 'utf8')) as {
      vectors: [{ body: string; origin: string }, { note: string; witness: string; timestamp: number }];
    };
    const [request, cosigned] = examples.vectors;
    const signer = witnessSigner(generateWitnessKey('witness.test/interop').signerKey);
    // A well-formed request gets past parsing to the log lookup (404), and to the signature check with a key of that name (403).
    expect(answerAddCheckpoint(request.body, new Map(), () => undefined, signer, 0).status).toBe(404);
    const otherKey = noteVerifier(generateNoteKey(request.origin).verifierKey);
    expect(answerAddCheckpoint(request.body, new Map([[request.origin, otherKey]]), () => undefined, signer, 0).status).toBe(403);
    // The cosignature line: a key id, the time the spec's signed-message example shows, a 64-byte signature.
    const line = splitSignedNote(cosigned.note).signatures.find((s) => s.name === cosigned.witness)!;
    const { timestamp, signature } = splitTimestampedSignature(line.signature, cosigned.witness);
    expect(timestamp).toBe(cosigned.timestamp);
    expect(timestamp).toBe(1679315147);
    expect(signature).toHaveLength(64);
  });
});
