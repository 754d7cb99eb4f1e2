import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signCheckpoint, verifyCheckpoint, type Checkpoint } from './checkpoint.js';
import { generateNoteKey, noteSigner, signNote } from './signed-note.js';
import { importVerifierKey, openNoteAsync, verifyCheckpointAsync } from './webcrypto-note.js';

const go = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/signed-note/go-sumdb-note-example.json'), 'utf8'));
const goNote = `${go.text}\n${go.signatureLine}`;

describe('WebCrypto signed-note verification, interoperable with Go sumdb/note', () => {
  it('derives the published key id and opens the published note', async () => {
    const key = await importVerifierKey(go.verifierKey);
    expect(key.keyIdHex).toBe('c74f20a3');
    expect(await openNoteAsync(goNote, key)).toBe(go.text);
  });

  it('refuses a verifier key whose key id does not match its key', async () => {
    await expect(importVerifierKey(go.verifierKey.replace('c74f20a3', 'c74f20a4'))).rejects.toThrow(/key id/);
    await expect(importVerifierKey('PeterNeumann+c74f20a3')).rejects.toThrow(/form/);
  });
});

describe('WebCrypto checkpoint verification', () => {
  const origin = 'dossier.example/ledger';
  const { signerKey, verifierKey } = generateNoteKey(origin);
  const checkpoint: Checkpoint = { origin, treeSize: 1234, rootHash: Buffer.alloc(32, 0xab), extensions: [] };
  const note = signCheckpoint(checkpoint, noteSigner(signerKey));

  it('reads a checkpoint the server signed exactly as the server’s verifier does', async () => {
    const inBrowser = await verifyCheckpointAsync(note, verifierKey, origin);
    const onServer = verifyCheckpoint(note, verifierKey, origin);
    expect({ ...inBrowser, rootHash: Buffer.from(inBrowser.rootHash) }).toEqual(onServer);
  });

  it('fails a flipped byte in the text or in the signature', async () => {
    await expect(verifyCheckpointAsync(note.replace('\n1234\n', '\n1235\n'), verifierKey)).rejects.toThrow(/does not verify/);
    const signature = note.slice(note.lastIndexOf(' ') + 1, -1);
    const flipped = Buffer.from(signature, 'base64');
    flipped[10] = flipped[10]! ^ 1;
    await expect(verifyCheckpointAsync(note.replace(signature, flipped.toString('base64')), verifierKey)).rejects.toThrow(/does not verify/);
  });

  it('fails a note signed by another key of the same name, or for another origin', async () => {
    await expect(verifyCheckpointAsync(note, generateNoteKey(origin).verifierKey)).rejects.toThrow(/known key/);
    await expect(verifyCheckpointAsync(note, verifierKey, 'other.example/ledger')).rejects.toThrow(/origin/);
  });

  it('ignores a witness’s cosignature but still needs the log’s own', async () => {
    const witness = generateNoteKey('witness.example');
    const text = note.slice(0, note.indexOf('\n\n') + 1);
    const cosigned = signNote(text, [noteSigner(signerKey), noteSigner(witness.signerKey)]);
    await expect(verifyCheckpointAsync(cosigned, verifierKey, origin)).resolves.toMatchObject({ treeSize: 1234 });
    await expect(verifyCheckpointAsync(signNote(text, [noteSigner(witness.signerKey)]), verifierKey)).rejects.toThrow(/known key/);
  });

  it('refuses malformed notes as the server does', async () => {
    await expect(verifyCheckpointAsync(note.slice(0, -1), verifierKey)).rejects.toThrow(/newline/);
    await expect(verifyCheckpointAsync(note.replace('\u2014', '-'), verifierKey)).rejects.toThrow(/em dash/);
    await expect(verifyCheckpointAsync(note.replace(/\n\n/, '\n'), verifierKey)).rejects.toThrow(/blank line|signature/);
  });
});
