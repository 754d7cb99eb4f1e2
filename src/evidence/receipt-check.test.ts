import { describe, expect, it } from 'vitest';
import { generateNoteKey, noteSigner } from '../ledger/proofs/signed-note.js';
import { signReceipt, type HandoverReceipt } from './handover-receipt.js';
import { checkHandoverReceipt } from './receipt-check.js';

const instance = generateNoteKey('dossier.example/ledger');
const receipt: HandoverReceipt = {
  origin: 'dossier.example/ledger',
  verifierKey: instance.verifierKey,
  handoverId: 'ho_1',
  caseId: 'douma-2018',
  receivedAt: '2024-04-07T10:15:00Z',
  receivedBy: 'amira.h',
  medium: null,
  files: [{ path: 'a.jpg', size: 10, sha256: 'a'.repeat(64), ledgerSeq: 7 }],
};
const note = signReceipt(receipt, noteSigner(instance.signerKey));

describe('checking a handover receipt', () => {
  it('against the published key: valid, no warning, with the total', () => {
    const check = checkHandoverReceipt(note, instance.verifierKey);
    expect(check).toMatchObject({ valid: true, keySource: 'published', keyName: 'dossier.example/ledger', errors: [], warnings: [] });
    expect(check.receipt?.totalBytes).toBe(10);
  });

  it('against the key it names: valid, with a warning to compare that key with the published one', () => {
    const check = checkHandoverReceipt(note);
    expect(check).toMatchObject({ valid: true, keySource: 'receipt', verifierKey: instance.verifierKey });
    expect(check.warnings).toEqual([expect.objectContaining({ code: 'KEY_FROM_RECEIPT' })]);
  });

  it('reports, not throws, a receipt whose key line is no key, naming the line', () => {
    const check = checkHandoverReceipt(note.replace(`key ${instance.verifierKey}`, 'key some one+00000000+AAAA'));
    expect(check.valid).toBe(false);
    expect(check.errors).toEqual([expect.objectContaining({ code: 'RECEIPT_INVALID', line: 3 })]);
  });

  it('reports a changed receipt as invalid', () => {
    const check = checkHandoverReceipt(note.replace(' 10 7 ', ' 11 7 '));
    expect(check).toMatchObject({ valid: false, receipt: null });
    expect(check.errors[0]?.message).toMatch(/changed after it was signed/);
  });
});
