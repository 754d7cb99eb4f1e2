import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { signCheckpoint, type Checkpoint } from '../ledger/proofs/checkpoint.js';
import { generateNoteKey, noteSigner } from '../ledger/proofs/signed-note.js';
import { blobName, blobPath, manifestPath, newPushId, parseMirrorRecord, stateFiles } from './mirror-layout.js';
import { manifestBytes, openManifestNote, readManifest, signManifestNote, type ManifestPointer, type MirrorManifest } from './mirror-manifest.js';

const ORIGIN = 'dossier.example/ledger';
const MIRROR = '0123456789abcdef';
const PUSH = newPushId(new Date('2026-03-01T09:08:07.654Z'), '9f3a');
const { signerKey, verifierKey } = generateNoteKey(ORIGIN);
const checkpoint: Checkpoint = { origin: ORIGIN, treeSize: 42, rootHash: Buffer.alloc(32, 0x5a), extensions: [] };

const MANIFEST: MirrorManifest = {
  format: 1,
  kind: 'dossier-mirror-manifest',
  mirror: MIRROR,
  origin: ORIGIN,
  push: PUSH,
  pushedAt: '2026-03-01T09:08:07.654Z',
  checkpoint: signCheckpoint(checkpoint, noteSigner(signerKey)),
  files: [
    { path: 'state/x/index.age', sha256: 'b'.repeat(64), size: 10 },
    { path: 'blobs/aa/aa11.age', sha256: 'a'.repeat(64), size: 20 },
  ],
};

function pointerTo(bytes: Buffer): ManifestPointer {
  return { origin: ORIGIN, mirror: MIRROR, push: PUSH, path: manifestPath(PUSH), sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

function mirrorRefusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (isDossierError(error, 'MIRROR_INVALID')) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a mirror’s layout', () => {
  it('names pushes by time so they sort, and keeps each push’s state apart', () => {
    expect(PUSH).toBe('20260301T090807Z-9f3a');
    expect(newPushId(new Date('2026-03-01T09:08:08.000Z'), '0000') > PUSH).toBe(true);
    expect(manifestPath(PUSH)).toBe('manifests/20260301T090807Z-9f3a.json');
    expect(stateFiles(PUSH)).toEqual({ index: `state/${PUSH}/index.age`, database: `state/${PUSH}/database.age`, dataDir: `state/${PUSH}/data-dir.age` });
  });

  it('names a blob by a keyed hash of its SHA-256, so a holder cannot match it to a known file', () => {
    const sha256 = createHash('sha256').update('a video').digest('hex');
    const name = blobName(Buffer.alloc(32, 1), sha256);
    expect(name).toMatch(/^[0-9a-f]{64}$/);
    expect(name).not.toBe(sha256);
    expect(blobName(Buffer.alloc(32, 2), sha256)).not.toBe(name);
    expect(blobName(Buffer.alloc(32, 1), sha256)).toBe(name);
    expect(blobPath(name)).toBe(`blobs/${name.slice(0, 2)}/${name}.age`);
  });

  it('reads the mirror record, naming what is wrong with it', () => {
    const record = { format: 1, kind: 'dossier-mirror', id: MIRROR, origin: ORIGIN, verifierKey, recipients: ['age1example'], createdAt: '2026-03-01T00:00:00Z' };
    expect(parseMirrorRecord(JSON.stringify(record), 'DEST/mirror.json')).toEqual(record);
    expect(mirrorRefusal(() => parseMirrorRecord('{', 'DEST/mirror.json'))).toBe('DEST/mirror.json is not valid JSON');
    expect(mirrorRefusal(() => parseMirrorRecord(JSON.stringify({ ...record, format: 2 }), 'DEST/mirror.json'))).toBe('DEST/mirror.json has mirror format 2; this Dossier reads 1');
    expect(mirrorRefusal(() => parseMirrorRecord(JSON.stringify({ ...record, kind: 'mirror' }), 'm'))).toBe('m: kind is missing or malformed');
    expect(mirrorRefusal(() => parseMirrorRecord(JSON.stringify({ ...record, id: 'ABCDEF0123456789' }), 'm'))).toBe('m: id is missing or malformed');
    expect(mirrorRefusal(() => parseMirrorRecord(JSON.stringify({ ...record, recipients: [] }), 'm'))).toBe('m: recipients is missing or malformed');
  });
});

describe('a mirror’s signed manifest', () => {
  it('lists files sorted by path, whatever order the push found them in', () => {
    const listed = JSON.parse(manifestBytes(MANIFEST).toString('utf8')) as MirrorManifest;
    expect(listed.files.map((f) => f.path)).toEqual(['blobs/aa/aa11.age', 'state/x/index.age']);
    expect(manifestBytes({ ...MANIFEST, files: [...MANIFEST.files].reverse() })).toEqual(manifestBytes(MANIFEST));
  });

  it('opens a note signed by the log’s key and reads the manifest it points at', () => {
    const bytes = manifestBytes(MANIFEST);
    const note = signManifestNote(pointerTo(bytes), noteSigner(signerKey));
    const pointer = openManifestNote(note, verifierKey, { origin: ORIGIN, mirror: MIRROR });
    expect(pointer).toEqual(pointerTo(bytes));
    const read = readManifest(bytes, pointer, verifierKey);
    expect(read.checkpoint).toEqual(checkpoint);
    expect(read.manifest.files).toHaveLength(2);
  });

  it('refuses a note signed by another key, or for another mirror', () => {
    const note = signManifestNote(pointerTo(manifestBytes(MANIFEST)), noteSigner(signerKey));
    expect(mirrorRefusal(() => openManifestNote(note, generateNoteKey(ORIGIN).verifierKey, { origin: ORIGIN, mirror: MIRROR }))).toMatch(/^manifest\.note is not signed by the log's key dossier\.example\/ledger: /);
    expect(mirrorRefusal(() => openManifestNote(note, verifierKey, { origin: ORIGIN, mirror: 'fedcba9876543210' }))).toBe(
      `manifest.note is for log ${ORIGIN}, mirror ${MIRROR}; mirror.json says ${ORIGIN}, fedcba9876543210`,
    );
  });

  it('refuses a manifest changed after signing, even by one digit of one size', () => {
    const bytes = manifestBytes(MANIFEST);
    const pointer = pointerTo(bytes);
    const changed = Buffer.from(bytes.toString('utf8').replace('"size": 20', '"size": 21'));
    expect(mirrorRefusal(() => readManifest(changed, pointer, verifierKey))).toMatch(new RegExp(`^${pointer.path} was changed: it hashes to [0-9a-f]{64} \\(${changed.length} bytes\\), the signed note says ${pointer.sha256}`));
  });

  it('refuses a manifest whose note names another push, or whose checkpoint another key signed', () => {
    const otherPush = manifestBytes({ ...MANIFEST, push: '20260302T000000Z-0000' });
    expect(mirrorRefusal(() => readManifest(otherPush, pointerTo(otherPush), verifierKey))).toBe(`${manifestPath(PUSH)} is not the manifest its note names`);
    const forged = manifestBytes({ ...MANIFEST, checkpoint: signCheckpoint(checkpoint, noteSigner(generateNoteKey(ORIGIN).signerKey)) });
    expect(mirrorRefusal(() => readManifest(forged, pointerTo(forged), verifierKey))).toMatch(/^the checkpoint in manifests\/.* does not verify: /);
  });
});
