/**
 * Where things are in a mirror (a folder, or a prefix of an S3 bucket) and in the data directory that pushes to it:
 *
 *   DEST/mirror.json                  what init recorded, in the clear: the log's origin and verifier key, the recipients
 *   DEST/manifest.note                signed by the log's key: names the current manifest and its SHA-256
 *   DEST/manifests/<push>.json        every file of the push with its ciphertext's SHA-256 and size, and a checkpoint
 *   DEST/blobs/<ab>/<name>.age        one per vault blob, under an opaque name
 *   DEST/state/<push>/index.age       opaque name → plaintext SHA-256 and size
 *   DEST/state/<push>/database.age    the SQLite snapshot
 *   DEST/state/<push>/data-dir.age    dossier.json and keys/
 *
 * Each push writes its state under a new folder and its manifest under a new name, so until manifest.note
 * is replaced (last) the previous push stays whole and verifiable.
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';
import { DossierError } from '../common/errors.js';
import { isEmpty, type MirrorDestination } from './mirror-destination.js';

export const MIRROR_RECORD = 'mirror.json';
export const MANIFEST_NOTE = 'manifest.note';
export const MANIFESTS_DIR = 'manifests';
export const BLOBS_DIR = 'blobs';
export const STATE_DIR = 'state';
export const MIRROR_FORMAT = 1;

export interface MirrorRecord {
  format: number;
  kind: 'dossier-mirror';
  /** Names the mirror, and its name key and push journal in the data directory. */
  id: string;
  origin: string;
  verifierKey: string;
  recipients: string[];
  createdAt: string;
}

export const stateFiles = (push: string) => ({
  index: `${STATE_DIR}/${push}/index.age`,
  database: `${STATE_DIR}/${push}/database.age`,
  dataDir: `${STATE_DIR}/${push}/data-dir.age`,
});

export const manifestPath = (push: string) => `${MANIFESTS_DIR}/${push}.json`;

/**
 * A blob's name in the mirror: an HMAC of its SHA-256 under a key kept in the data directory (and inside the
 * encrypted index), so a holder cannot match a file against the hash of a video it knows, while the pusher can
 * tell what the mirror holds without the identity.
 */
export function blobName(nameKey: Buffer, sha256: string): string {
  return createHmac('sha256', nameKey).update(sha256).digest('hex');
}

export const blobPath = (name: string) => `${BLOBS_DIR}/${name.slice(0, 2)}/${name}.age`;

/** The data directory's own files for one mirror: its name key (a secret, in keys/) and what was pushed. */
export function mirrorStateFiles(dataDir: string, id: string) {
  return {
    nameKey: path.join(dataDir, 'keys', `mirror-${id}.key`),
    journal: path.join(dataDir, 'mirrors', `${id}.jsonl`),
    /** Held by the push under way: two at once would write one manifest over the other's. */
    pushing: path.join(dataDir, 'mirrors', `${id}.pushing`),
  };
}

/** A new push's id: sortable by time, unique enough for one mirror. */
export function newPushId(now: Date, random: string): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${random}`;
}

export async function readMirrorRecord(destination: MirrorDestination): Promise<MirrorRecord> {
  const text = await destination.read(MIRROR_RECORD);
  if (text === undefined) {
    throw new DossierError('MIRROR_INVALID', `${destination.where} is not a Dossier mirror (no ${MIRROR_RECORD}): make one with "dossier mirror init"`, { path: destination.where });
  }
  return parseMirrorRecord(text.toString('utf8'), `${destination.where} ${MIRROR_RECORD}`);
}

export function parseMirrorRecord(text: string, where: string): MirrorRecord {
  let record: MirrorRecord;
  try {
    record = JSON.parse(text) as MirrorRecord;
  } catch {
    throw new DossierError('MIRROR_INVALID', `${where} is not valid JSON`, { path: where });
  }
  const bad = (field: string) => new DossierError('MIRROR_INVALID', `${where}: ${field} is missing or malformed`, { path: where, field });
  if (record.kind !== 'dossier-mirror') throw bad('kind');
  if (record.format !== MIRROR_FORMAT) throw new DossierError('MIRROR_INVALID', `${where} has mirror format ${String(record.format)}; this Dossier reads ${MIRROR_FORMAT}`, { path: where });
  if (typeof record.id !== 'string' || !/^[0-9a-f]{16}$/.test(record.id)) throw bad('id');
  if (typeof record.origin !== 'string' || record.origin === '') throw bad('origin');
  if (typeof record.verifierKey !== 'string') throw bad('verifierKey');
  if (!Array.isArray(record.recipients) || record.recipients.length === 0 || !record.recipients.every((r) => typeof r === 'string')) throw bad('recipients');
  return record;
}

/** A mirror is made fresh: a folder or prefix holding anything may be anything, and is not taken over. */
export async function checkNewDestination(destination: MirrorDestination): Promise<void> {
  if (await isEmpty(destination)) return;
  const isMirror = (await destination.size(MIRROR_RECORD)) !== undefined;
  throw new DossierError('CONFLICT', `${destination.where} is not empty${isMirror ? ' (it is a mirror already: push to it)' : ''}: give "mirror init" a new or empty folder, or an S3 prefix holding nothing`, { field: 'DEST', path: destination.where });
}
