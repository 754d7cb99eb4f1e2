/**
 * What a holder can check with no key and no data directory: the manifest's signature by the log's key that
 * mirror.json records (or one given to pin it), the checkpoint it is tied to, and every file's ciphertext hash
 * and size. Nothing here decrypts.
 */
import { DossierError } from '../common/errors.js';
import type { Checkpoint } from '../ledger/proofs/checkpoint.js';
import { digestOf, withDestination, type MirrorDestination } from './mirror-destination.js';
import { MANIFEST_NOTE, readMirrorRecord, type MirrorRecord } from './mirror-layout.js';
import { openManifestNote, readManifest, type ManifestFile, type MirrorManifest } from './mirror-manifest.js';

export interface SignedMirror {
  record: MirrorRecord;
  manifest: MirrorManifest;
  manifestPath: string;
  checkpoint: Checkpoint;
}

export interface MirrorVerification {
  ok: boolean;
  mirror: string;
  origin: string;
  verifierKey: string;
  push: string;
  pushedAt: string;
  treeSize: number;
  checked: number;
  bytes: number;
  missing: string[];
  changed: Array<{ path: string; problem: string }>;
  /** Files the manifest does not list: reported, not a failure (a push cut off leaves its new files). */
  extra: string[];
}

/** The mirror's record and its current manifest, signature and checkpoint checked; throws MIRROR_INVALID. */
export async function readSignedMirror(dest: MirrorDestination, options: { logKey?: string | undefined } = {}): Promise<SignedMirror> {
  const record = await readMirrorRecord(dest);
  if (options.logKey !== undefined && options.logKey.trim() !== record.verifierKey) {
    throw new DossierError('MIRROR_INVALID', `mirror.json records the log key ${record.verifierKey}, not the one given with --log-key (${options.logKey.trim()}): this mirror's manifest is not vouched for by that log`, { field: 'log-key' });
  }
  const note = await dest.read(MANIFEST_NOTE);
  if (note === undefined) throw new DossierError('MIRROR_INVALID', `${dest.where} has no ${MANIFEST_NOTE}: nothing was pushed to it yet, or it was removed`, { file: MANIFEST_NOTE });
  const pointer = openManifestNote(note.toString('utf8'), record.verifierKey, { origin: record.origin, mirror: record.id });
  const bytes = await dest.read(pointer.path);
  if (bytes === undefined) throw new DossierError('MIRROR_INVALID', `the manifest ${pointer.path} named by ${MANIFEST_NOTE} is missing`, { file: pointer.path });
  const { manifest, checkpoint } = readManifest(bytes, pointer, record.verifierKey);
  return { record, manifest, manifestPath: pointer.path, checkpoint };
}

export async function verifyMirror(dest: string, options: { logKey?: string | undefined; onFile?: (done: number) => void } = {}): Promise<MirrorVerification> {
  return withDestination(dest, (destination) => verifyAt(destination, options));
}

async function verifyAt(dest: MirrorDestination, options: { logKey?: string | undefined; onFile?: (done: number) => void }): Promise<MirrorVerification> {
  const signed = await readSignedMirror(dest, options);
  const { record, manifest } = signed;
  const result: MirrorVerification = {
    ok: true,
    mirror: record.id,
    origin: record.origin,
    verifierKey: record.verifierKey,
    push: manifest.push,
    pushedAt: manifest.pushedAt,
    treeSize: signed.checkpoint.treeSize,
    checked: 0,
    bytes: 0,
    missing: [],
    changed: [],
    extra: [],
  };
  for (const file of manifest.files) {
    const problem = await checkFile(dest, file);
    if (problem === 'missing') result.missing.push(file.path);
    else if (problem) result.changed.push({ path: file.path, problem });
    result.checked++;
    result.bytes += file.size;
    options.onFile?.(result.checked);
  }
  const listed = new Set([...manifest.files.map((f) => f.path), signed.manifestPath, MANIFEST_NOTE]);
  for await (const key of dest.list()) if (!listed.has(key)) result.extra.push(key);
  result.extra.sort();
  result.ok = result.missing.length === 0 && result.changed.length === 0;
  return result;
}

async function checkFile(dest: MirrorDestination, file: ManifestFile): Promise<string | undefined> {
  const digest = await digestOf(dest, file.path);
  if (!digest) return 'missing';
  if (digest.size !== file.size) return `size ${digest.size}, the manifest says ${file.size}`;
  return digest.sha256 === file.sha256 ? undefined : `hashes to ${digest.sha256}, the manifest says ${file.sha256}`;
}
