import { describe, expect, it } from 'vitest';
import { formatCheckpoint, parseCheckpoint, signCheckpoint, verifyCheckpoint, type Checkpoint } from './checkpoint.js';
import { generateNoteKey, noteSigner } from './signed-note.js';

const origin = 'dossier.example/ledger';
const checkpoint: Checkpoint = { origin, treeSize: 1234, rootHash: Buffer.alloc(32, 0xab), extensions: [] };

describe('tlog checkpoints', () => {
  const { signerKey, verifierKey } = generateNoteKey(origin);

  it('formats origin, decimal size and base64 root, one per line', () => {
    expect(formatCheckpoint(checkpoint)).toBe(`${origin}\n1234\n${Buffer.alloc(32, 0xab).toString('base64')}\n`);
    expect(parseCheckpoint(formatCheckpoint({ ...checkpoint, extensions: ['ext one'] }))).toEqual({ ...checkpoint, extensions: ['ext one'] });
  });

  it('parses the published go.sum database checkpoint layout', () => {
    // The example tree head from the Go checksum database documentation (size and root only here).
    const text = 'go.sum database tree\n1234567\n' + Buffer.alloc(32, 7).toString('base64') + '\n';
    expect(parseCheckpoint(text)).toMatchObject({ origin: 'go.sum database tree', treeSize: 1234567 });
  });

  it('signs and verifies, checking the origin', () => {
    const note = signCheckpoint(checkpoint, noteSigner(signerKey));
    expect(verifyCheckpoint(note, verifierKey, origin)).toEqual(checkpoint);
    expect(() => verifyCheckpoint(note, verifierKey, 'other.example/log')).toThrow(/origin/);
    expect(() => verifyCheckpoint(note, generateNoteKey(origin).verifierKey)).toThrow(/known key/);
    expect(() => verifyCheckpoint(note.replace('\n1234\n', '\n1235\n'), verifierKey)).toThrow(/does not verify/);
  });

  it.each([
    ['a missing root line', `${origin}\n12\n`],
    ['a size with a leading zero', `${origin}\n012\n${Buffer.alloc(32).toString('base64')}\n`],
    ['a signed size', `${origin}\n+12\n${Buffer.alloc(32).toString('base64')}\n`],
    ['a non-decimal size', `${origin}\n0x12\n${Buffer.alloc(32).toString('base64')}\n`],
    ['a 31-byte root', `${origin}\n12\n${Buffer.alloc(31).toString('base64')}\n`],
    ['bad base64', `${origin}\n12\n${'!'.repeat(43)}=\n`],
    ['no final newline', `${origin}\n12\n${Buffer.alloc(32).toString('base64')}`],
    ['an empty origin', `\n12\n${Buffer.alloc(32).toString('base64')}\n`],
  ])('rejects %s', (_what, text) => {
    expect(() => parseCheckpoint(text)).toThrow();
  });
});
