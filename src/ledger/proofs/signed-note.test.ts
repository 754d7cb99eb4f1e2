import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNoteKey, noteSigner, noteVerifier, noteVerifierKey, openNote, signNote } from './signed-note.js';

const go = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/signed-note/go-sumdb-note-example.json'), 'utf8'));
const goNote = `${go.text}\n${go.signatureLine}`;

describe('interoperability with Go sumdb/note', () => {
  it('derives the published verifier key and key id from the published signer key', () => {
    expect(noteVerifierKey(go.signerKey)).toBe(go.verifierKey);
    expect(Buffer.from(noteSigner(go.signerKey).keyId).toString('hex')).toBe('c74f20a3');
  });

  it('reproduces the published signature byte for byte', () => {
    expect(signNote(go.text, [noteSigner(go.signerKey)])).toBe(goNote);
  });

  it('opens the published note with the published verifier key', () => {
    const opened = openNote(goNote, [noteVerifier(go.verifierKey)]);
    expect(opened.text).toBe(go.text);
    expect(opened.verified.map((s) => s.name)).toEqual(['PeterNeumann']);
  });
});

describe('signed notes', () => {
  const { signerKey, verifierKey } = generateNoteKey('dossier.example/log');
  const text = 'dossier.example/log\n42\nAAAA\n';
  const note = signNote(text, [noteSigner(signerKey)]);

  it('round-trips with a freshly generated key', () => {
    expect(verifierKey).toMatch(/^dossier\.example\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{43}[A-Za-z0-9+/=]$/);
    expect(openNote(note, [noteVerifier(verifierKey)]).text).toBe(text);
  });

  it('rejects a flipped byte in the text or in the signature', () => {
    expect(() => openNote(note.replace('42', '43'), [noteVerifier(verifierKey)])).toThrow(/does not verify/);
    const sig = note.slice(note.lastIndexOf(' ') + 1, -1);
    const flipped = Buffer.from(sig, 'base64');
    flipped[10] = flipped[10]! ^ 1;
    expect(() => openNote(note.replace(sig, flipped.toString('base64')), [noteVerifier(verifierKey)])).toThrow(/does not verify/);
  });

  it('rejects a note signed by a different key of the same name', () => {
    const other = generateNoteKey('dossier.example/log');
    expect(() => openNote(note, [noteVerifier(other.verifierKey)])).toThrow(/no signature by a known key/);
  });

  it('keeps unknown cosignatures as unverified, and still needs one known signature', () => {
    const witness = generateNoteKey('witness.example');
    const cosigned = signNote(text, [noteSigner(signerKey), noteSigner(witness.signerKey)]);
    const opened = openNote(cosigned, [noteVerifier(verifierKey)]);
    expect(opened.verified.map((s) => s.name)).toEqual(['dossier.example/log']);
    expect(opened.unverified.map((s) => s.name)).toEqual(['witness.example']);
    expect(() => openNote(signNote(text, [noteSigner(witness.signerKey)]), [noteVerifier(verifierKey)])).toThrow(/known key/);
  });

  it('refuses malformed notes and keys', () => {
    const v = [noteVerifier(verifierKey)];
    expect(() => openNote(text, v)).toThrow(/blank line|signature/);
    expect(() => openNote(note.slice(0, -1), v)).toThrow(/newline/);
    expect(() => openNote(note.replace('\u2014', '-'), v)).toThrow(/em dash/);
    expect(() => signNote('no newline', [noteSigner(signerKey)])).toThrow(/newline/);
    expect(() => signNote('a\n\nb\n', [noteSigner(signerKey)])).toThrow(/blank line/);
    expect(() => signNote('tab\there\n', [noteSigner(signerKey)])).toThrow(/control/);
    expect(() => generateNoteKey('has space')).toThrow(/name/);
    expect(() => generateNoteKey('has+plus')).toThrow(/name/);
    expect(() => noteVerifier(go.verifierKey.replace('c74f20a3', 'c74f20a4'))).toThrow(/key id/);
    expect(() => noteVerifier('PeterNeumann+c74f20a3')).toThrow(/form/);
    expect(() => noteSigner(go.verifierKey)).toThrow(/PRIVATE/);
  });
});
