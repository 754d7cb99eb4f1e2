import { describe, expect, it } from 'vitest';
import { formatCheckpoint, signCheckpoint, type Checkpoint } from '../ledger/proofs/checkpoint.js';
import { cosignatureLine, generateWitnessKey, witnessSigner } from '../ledger/proofs/cosignature.js';
import { generateNoteKey, noteSigner } from '../ledger/proofs/signed-note.js';
import { stampedText } from './checkpoint-stamps.js';

const checkpoint: Checkpoint = { origin: 'dossier.example/ledger', treeSize: 1234, rootHash: Buffer.alloc(32, 0xab), extensions: [] };

describe('what a checkpoint’s time-stamps are over', () => {
  it('is the checkpoint’s text alone, so cosignatures added later leave the stamps valid', () => {
    const note = signCheckpoint(checkpoint, noteSigner(generateNoteKey(checkpoint.origin).signerKey));
    expect(stampedText(note)).toBe(formatCheckpoint(checkpoint));
    const cosigned = note + cosignatureLine(formatCheckpoint(checkpoint), witnessSigner(generateWitnessKey('witness.example').signerKey), 1_772_000_000);
    expect(stampedText(cosigned)).toBe(stampedText(note));
  });

  it('refuses a note without signatures rather than stamp unsigned text', () => {
    expect(() => stampedText(formatCheckpoint(checkpoint))).toThrow();
  });
});
