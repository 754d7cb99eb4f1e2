import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { checkNoteText } from '../ledger/proofs/note-format.js';
import { generateNoteKey, noteSigner } from '../ledger/proofs/signed-note.js';
import { claimedReceiptKey, parseReceipt, receiptText, signReceipt, verifyReceipt, type HandoverReceipt } from './handover-receipt.js';

const instance = generateNoteKey('dossier.example/ledger');
const otherInstance = generateNoteKey('dossier.example/ledger');

const sha = (digit: string) => digit.repeat(64);

const ODD_PATHS = [
  'photos/IMG 0001.jpg',
  'notes/with\ttab.txt',
  'notes/two\nlines.txt',
  'raw/caf\\xff\\xfe.bin', // bytes that were not UTF-8, as the intake side shows them
  'شهادات/شهادة أم محمد.m4a',
  'C:\\back\\slashes.doc',
  ' leading and trailing space ',
  'bell\u0007 and \u202Eoverride.pdf',
  'lone \uD800 surrogate',
];

function receipt(overrides: Partial<HandoverReceipt> = {}): HandoverReceipt {
  return {
    origin: 'dossier.example/ledger',
    verifierKey: instance.verifierKey,
    handoverId: 'ho_01HX7Q0Z3K',
    caseId: 'douma-2018',
    receivedAt: '2024-04-07T10:15:00.000Z',
    receivedBy: 'amira.h',
    medium: 'USB stick',
    files: ODD_PATHS.map((path, i) => ({ path, size: 1000 * (i + 1), sha256: sha('0123456789'[i]!), ledgerSeq: 40 + i })),
    ...overrides,
  };
}

const signed = () => signReceipt(receipt(), noteSigner(instance.signerKey));

/** The signed note with line `index` (0-based, of the signed text) replaced. */
function withLine(note: string, index: number, change: (line: string) => string): string {
  const lines = note.split('\n');
  lines[index] = change(lines[index]!);
  return lines.join('\n');
}

function errorOf(work: () => unknown): { code: string; message: string; line?: unknown } {
  try {
    work();
  } catch (error) {
    if (isDossierError(error)) return { code: error.code, message: error.message, line: error.details.line };
    throw error;
  }
  throw new Error('expected an error');
}

describe('receipt text', () => {
  it('parses back to the same receipt, odd paths and all, files in path order', () => {
    const parsed = parseReceipt(receiptText(receipt()));
    expect(parsed).toEqual({ ...receipt(), files: [...receipt().files].sort((a, b) => (a.path < b.path ? -1 : 1)) });
    expect(parsed.files.map((f) => f.path).sort()).toEqual([...ODD_PATHS].sort());
  });

  it('writes one line a file, readable, and obeys the signed-note text rules', () => {
    const text = receiptText(receipt());
    expect(() => checkNoteText(text)).not.toThrow();
    const lines = text.slice(0, -1).split('\n');
    expect(lines.slice(0, 11)).toEqual([
      'Dossier handover receipt v1',
      'origin dossier.example/ledger',
      `key ${instance.verifierKey}`,
      'handover ho_01HX7Q0Z3K',
      'case douma-2018',
      'received-at 2024-04-07T10:15:00.000Z',
      'received-by amira.h',
      'medium USB stick',
      `files ${ODD_PATHS.length}`,
      `bytes ${(1000 * ODD_PATHS.length * (ODD_PATHS.length + 1)) / 2}`,
      'file-columns sha256 size ledger-seq path',
    ]);
    expect(lines).toHaveLength(11 + ODD_PATHS.length);
    expect(lines).toContain(`${sha('1')} 2000 41 notes/with\\ttab.txt`);
    expect(lines).toContain(`${sha('2')} 3000 42 notes/two\\nlines.txt`);
    expect(lines).toContain(`${sha('3')} 4000 43 raw/caf\\\\xff\\\\xfe.bin`);
    expect(lines).toContain(`${sha('4')} 5000 44 شهادات/شهادة أم محمد.m4a`);
    expect(lines).toContain(`${sha('6')} 7000 46 \\u{0020}leading and trailing space\\u{0020}`);
    expect(lines).toContain(`${sha('7')} 8000 47 bell\\u{0007} and \\u{202E}override.pdf`);
  });

  it('is the same text for the same receipt, whatever order its files come in', () => {
    const reversed = receipt({ files: [...receipt().files].reverse() });
    expect(receiptText(reversed)).toBe(receiptText(receipt()));
  });

  it('leaves out the medium line when the medium is not known', () => {
    const text = receiptText(receipt({ medium: null }));
    expect(text).not.toContain('medium');
    expect(parseReceipt(text).medium).toBeNull();
  });

  it('refuses to write a receipt with a bad hash, a negative size or a path listed twice', () => {
    expect(errorOf(() => receiptText(receipt({ files: [{ path: 'a', size: 1, sha256: 'ABC', ledgerSeq: 1 }] }))).code).toBe('VALIDATION_FAILED');
    expect(errorOf(() => receiptText(receipt({ files: [{ path: 'a', size: -1, sha256: sha('a'), ledgerSeq: 1 }] }))).code).toBe('VALIDATION_FAILED');
    const twice = { path: 'a', size: 1, sha256: sha('a'), ledgerSeq: 1 };
    expect(errorOf(() => receiptText(receipt({ files: [twice, { ...twice, ledgerSeq: 2 }] }))).message).toMatch(/listed twice/);
    expect(errorOf(() => receiptText(receipt({ receivedAt: '2024-02-30T10:00:00Z' }))).message).toMatch(/receivedAt/);
  });
});

describe('parsing refuses malformed text, naming the line', () => {
  const text = () => receiptText(receipt());
  const changed = (index: number, change: (line: string) => string) => withLine(text(), index, change);
  const cases: [string, () => string, number, RegExp][] = [
    ['another format line', () => changed(0, () => 'Dossier handover receipt v2'), 1, /must be "Dossier handover receipt v1"/],
    ['a header out of place', () => changed(3, (line) => line.replace('handover', 'hand-over')), 4, /expected "handover …"/],
    ['a key that is no key', () => changed(2, () => 'key not-a-key'), 3, /not a verifier key/],
    ['a date that is no instant', () => changed(5, () => 'received-at yesterday'), 6, /ISO instant/],
    ['a count that is no number', () => changed(8, () => 'files many'), 9, /not a whole number/],
    ['a wrong file count', () => changed(8, () => 'files 3'), 9, /lists 9 files, but its "files" line says 3/],
    ['a wrong total', () => changed(9, () => 'bytes 1'), 10, /add up to 45000 bytes, but the "bytes" line says 1/],
    ['a short hash', () => changed(11, (line) => line.slice(1)), 12, /not a SHA-256/],
    ['a file line without a path', () => changed(11, (line) => line.split(' ').slice(0, 3).join(' ')), 12, /a file line is/],
    ['an unknown escape', () => changed(11, (line) => `${line}\\q`), 12, /not an escape/],
    ['files out of order', () => changed(12, (line) => line.replace(/ \S+$/, ' ~last')), 14, /path order/],
    ['an escape written another way', () => changed(12, (line) => line.replace('C', '\\u{0043}')), 13, /not written as Dossier writes receipts/],
  ];
  it.each(cases)('%s', (_, text, line, message) => {
    const error = errorOf(() => parseReceipt(text()));
    expect(error.code).toBe('CHECKPOINT_INVALID');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});

describe('signed receipts', () => {
  it('verify with the key of the instance that signed them', () => {
    const { receipt: verified, keyName } = verifyReceipt(signed(), instance.verifierKey);
    expect(keyName).toBe('dossier.example/ledger');
    expect(verified).toEqual(parseReceipt(receiptText(receipt())));
  });

  it('say which key they claim to be signed with', () => {
    expect(claimedReceiptKey(signed())).toBe(instance.verifierKey);
  });

  it('fail with another instance of the same name, saying whose signature they carry', () => {
    const error = errorOf(() => verifyReceipt(signed(), otherInstance.verifierKey));
    expect(error.code).toBe('CHECKPOINT_INVALID');
    expect(error.message).toMatch(/not signed by the key dossier\.example\/ledger \(key id [0-9a-f]{8}\), but by dossier\.example\/ledger \(key id [0-9a-f]{8}\)/);
  });

  it('refuse to be signed with a key other than the one they name', () => {
    expect(() => signReceipt(receipt(), noteSigner(otherInstance.signerKey))).toThrow(/not signed by the key/);
  });

  it('fail when a receipt signed by another key names this one', () => {
    const note = signReceipt(receipt({ verifierKey: otherInstance.verifierKey }), noteSigner(otherInstance.signerKey));
    const forged = note.replace(otherInstance.verifierKey, instance.verifierKey);
    expect(errorOf(() => verifyReceipt(forged, instance.verifierKey)).message).toMatch(/not signed by the key/);
  });

  const lineCount = receiptText(receipt()).split('\n').length - 1;
  it.each(Array.from({ length: lineCount }, (_, i) => i))('fail when line %i is changed by one character', (index) => {
    const tampered = withLine(signed(), index, (line) => (line.endsWith('0') ? `${line.slice(0, -1)}1` : `${line.slice(0, -1)}0`));
    expect(tampered).not.toBe(signed());
    const error = errorOf(() => verifyReceipt(tampered, instance.verifierKey));
    expect(error.code).toBe('CHECKPOINT_INVALID');
    expect(error.message).toMatch(/changed after it was signed/);
  });

  it.each([
    ['a size', (line: string) => line.replace(/^(\S+) 1000 /, '$1 1001 ')],
    ['a hash', (line: string) => line.replace(/^0/, 'f')],
    ['a path', (line: string) => line.replace(/IMG 0001/, 'IMG 0002')],
  ])('fail when %s is changed', (_, change) => {
    const note = signed();
    const index = note.split('\n').findIndex((line) => /IMG 0001/.test(line));
    const tampered = withLine(note, index, change);
    expect(tampered).not.toBe(note);
    expect(() => verifyReceipt(tampered, instance.verifierKey)).toThrow(/changed after it was signed/);
  });

  it('fail when a file line is removed or added', () => {
    const lines = signed().split('\n');
    const removed = [...lines.slice(0, 11), ...lines.slice(12)].join('\n');
    const added = [...lines.slice(0, 12), `${sha('f')} 1 99 extra.txt`, ...lines.slice(12)].join('\n');
    expect(() => verifyReceipt(removed, instance.verifierKey)).toThrow(/changed after it was signed/);
    expect(() => verifyReceipt(added, instance.verifierKey)).toThrow(/changed after it was signed/);
  });

  it('fail when the signature block is missing, and say so', () => {
    expect(() => verifyReceipt(receiptText(receipt()), instance.verifierKey)).toThrow(/not a well-formed signed note/);
  });

  it('keep verifying with a witness cosignature added', () => {
    const witness = generateNoteKey('witness.example');
    const cosigned = signed() + signReceipt(receipt({ verifierKey: witness.verifierKey }), noteSigner(witness.signerKey)).split('\n\n')[1]!;
    expect(verifyReceipt(cosigned, instance.verifierKey).keyName).toBe('dossier.example/ledger');
  });

  it('refuse carriage returns before trusting a claimed key', () => {
    expect(() => claimedReceiptKey(signed().replaceAll('\n', '\r\n'))).toThrow(/carriage returns/);
  });
});
