/**
 * A push: every vault blob, the database snapshot and the data directory's files, each encrypted to the mirror's
 * recipients, then a manifest signed by the log's key. Blobs the mirror already holds (by the data directory's
 * journal, and by their size there) are not sent again, so a push that was cut off is finished by pushing again.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Dossier } from '../app/open.js';
import { MANIFEST } from '../app/data-dir.js';
import { DossierError } from '../common/errors.js';
import { failpoint } from '../common/failpoint.js';
import { makeWorkDir } from '../common/work-dir.js';
import { claimByPid } from '../common/pid-claim.js';
import { snapshotDatabase } from '../db/sqlite-snapshot.js';
import { noteSigner } from '../ledger/proofs/signed-note.js';
import { verifyCheckpoint } from '../ledger/proofs/checkpoint.js';
import { openJournal, type JournalEntry } from './push-journal.js';
import { blobName, blobPath, manifestPath, MANIFEST_NOTE, MIRROR_RECORD, mirrorStateFiles, newPushId, readMirrorRecord, stateFiles, type MirrorRecord } from './mirror-layout.js';
import { manifestBytes, signManifestNote, type ManifestFile, type MirrorManifest } from './mirror-manifest.js';
import { sealTo, type SealedFile } from './sealed-files.js';
import { digestOf, withDestination, type MirrorDestination } from './mirror-destination.js';
import { pruneOldPushes } from './prune.js';

export interface IndexEntry {
  name: string;
  sha256: string;
  size: number;
}

/** What index.age holds, readable only with an identity. */
export interface MirrorIndex {
  format: 1;
  mirror: string;
  push: string;
  /** The name key, so whoever restores can push to the mirror again under the same names. */
  nameKey: string;
  blobs: IndexEntry[];
}

export interface PushResult {
  mirror: string;
  push: string;
  blobs: number;
  /** Blobs encrypted and written now; the rest the mirror held already. */
  sent: number;
  sentBytes: number;
  /** Plaintext bytes of every blob in the mirror. */
  bytes: number;
  files: number;
  treeSize: number;
  ledgerSeq: number;
  /** Objects only older pushes used, removed after this push's note was written. */
  pruned: number;
  /** Those the destination would not remove (an S3 bucket with object lock): kept, and said. */
  pruneRefused: number;
  pruneProblem?: string;
}

export async function pushMirror(dossier: Dossier, actor: string, dest: string, onBlob?: (done: number) => void): Promise<PushResult> {
  return withDestination(dest, (destination) => pushTo(dossier, actor, destination, onBlob));
}

async function pushTo(dossier: Dossier, actor: string, dest: MirrorDestination, onBlob?: (done: number) => void): Promise<PushResult> {
  const record = await readMirrorRecord(dest);
  if (record.origin !== dossier.dataDir.manifest.origin || record.verifierKey !== dossier.dataDir.verifierKey) {
    throw new DossierError('CONFLICT', `${dest.where} mirrors the log ${record.origin}, not this data directory's ${dossier.dataDir.manifest.origin} (or its key differs): push to a mirror made from this data directory`, { field: 'DEST' });
  }
  const nameKey = await readNameKey(dossier, record);
  const pushingFile = mirrorStateFiles(dossier.config.dataDir, record.id).pushing;
  await fsp.mkdir(path.dirname(pushingFile), { recursive: true });
  const claim = await claimByPid(pushingFile, (holder) => `process ${holder} is already pushing to mirror ${record.id}; wait for it to finish`);
  try {
    return await pushClaimed(dossier, actor, dest, record, nameKey, onBlob);
  } finally {
    await claim.release();
  }
}

async function pushClaimed(dossier: Dossier, actor: string, dest: MirrorDestination, record: MirrorRecord, nameKey: Buffer, onBlob?: (done: number) => void): Promise<PushResult> {
  const push = newPushId(new Date(), randomBytes(3).toString('hex'));
  const [logged] = await dossier.database.writeTransaction((trx) =>
    dossier.ledger.append(trx, [{ actor, action: 'transfer', subject: {}, details: { scope: 'mirror', mirror: record.id, push, recipients: record.recipients } }]),
  );
  const work = await makeWorkDir(dossier.tmpDir, 'mirror');
  try {
    const snapshot = path.join(work, 'snapshot.db');
    const checkpoint = await snapshotDatabase(dossier.database, dossier.config.databaseUrl, snapshot, 'dossier mirror push');
    if (checkpoint === undefined) throw new DossierError('LEDGER_INCONSISTENT', 'the database snapshot holds no signed checkpoint', {});
    const treeSize = verifyCheckpoint(checkpoint, dossier.dataDir.verifierKey, record.origin).treeSize;
    const blobs = await pushBlobs(dossier, dest, record, nameKey, onBlob);
    const state = await pushState(dossier, dest, record, push, nameKey, snapshot, blobs.index);
    const recordDigest = await digestOf(dest, MIRROR_RECORD);
    if (!recordDigest) throw new DossierError('MIRROR_INVALID', `${MIRROR_RECORD} went from ${dest.where} during the push`, { file: MIRROR_RECORD });
    const mirrorFile = { path: MIRROR_RECORD, ...recordDigest };
    const manifest: MirrorManifest = {
      format: 1,
      kind: 'dossier-mirror-manifest',
      mirror: record.id,
      origin: record.origin,
      push,
      pushedAt: new Date().toISOString(),
      checkpoint,
      files: [mirrorFile, ...state, ...blobs.files],
    };
    failpoint('mirror-push:before-manifest');
    await publishManifest(dossier, dest, manifest);
    const pruned = await pruneOldPushes(dest, manifest);
    return {
      mirror: record.id,
      push,
      blobs: blobs.index.length,
      sent: blobs.sent,
      sentBytes: blobs.sentBytes,
      bytes: blobs.index.reduce((sum, b) => sum + b.size, 0),
      files: manifest.files.length,
      treeSize,
      ledgerSeq: logged!.seq,
      pruned: pruned.removed,
      pruneRefused: pruned.refused,
      ...(pruned.problem !== undefined && { pruneProblem: pruned.problem }),
    };
  } finally {
    // The plaintext snapshot never outlives the push.
    await fsp.rm(work, { recursive: true, force: true });
  }
}

async function readNameKey(dossier: Dossier, record: MirrorRecord): Promise<Buffer> {
  const file = mirrorStateFiles(dossier.config.dataDir, record.id).nameKey;
  const text = await fsp.readFile(file, 'utf8').catch(() => '');
  if (!/^[0-9a-f]{64}$/.test(text.trim())) {
    throw new DossierError('KEY_INVALID', `the mirror's name key ${file} is missing or malformed: only the data directory that ran "mirror init" (or one restored from it) can push to mirror ${record.id}`, { path: file });
  }
  return Buffer.from(text.trim(), 'hex');
}

async function pushBlobs(dossier: Dossier, dest: MirrorDestination, record: MirrorRecord, nameKey: Buffer, onBlob?: (done: number) => void) {
  const journal = await openJournal(mirrorStateFiles(dossier.config.dataDir, record.id).journal);
  const index: IndexEntry[] = [];
  const files: ManifestFile[] = [];
  let sent = 0;
  let sentBytes = 0;
  try {
    for await (const sha256 of dossier.vault.list()) {
      const name = blobName(nameKey, sha256);
      const file = blobPath(name);
      let entry = await heldAlready(dest, journal.entries.get(name), sha256);
      if (!entry) {
        const local = dossier.vault.localPath?.(sha256);
        const source = local ? fs.createReadStream(local, { highWaterMark: 1 << 20 }) : ((await dossier.vault.read(sha256)) as AsyncIterable<Uint8Array>);
        const sealed: SealedFile = await sealTo(dest, file, source, record.recipients);
        entry = { name, sha256: sealed.sha256, size: sealed.size, plainSha256: sha256, plainSize: await dossier.vault.size(sha256) };
        await journal.append(entry);
        sent++;
        sentBytes += entry.plainSize;
        failpoint('mirror-push:blob-sent');
      }
      index.push({ name, sha256, size: entry.plainSize });
      files.push({ path: file, sha256: entry.sha256, size: entry.size });
      onBlob?.(index.length);
    }
  } finally {
    await journal.close();
  }
  return { index, files, sent, sentBytes };
}

/** A blob the journal says was pushed, whose object is still there at its size; a holder's damage is for verify to find. */
async function heldAlready(dest: MirrorDestination, entry: JournalEntry | undefined, sha256: string): Promise<JournalEntry | undefined> {
  if (!entry || entry.plainSha256 !== sha256) return undefined;
  return (await dest.size(blobPath(entry.name))) === entry.size ? entry : undefined;
}

async function pushState(dossier: Dossier, dest: MirrorDestination, record: MirrorRecord, push: string, nameKey: Buffer, snapshot: string, blobs: IndexEntry[]): Promise<ManifestFile[]> {
  const files = stateFiles(push);
  const index: MirrorIndex = { format: 1, mirror: record.id, push, nameKey: nameKey.toString('hex'), blobs };
  const sealed: ManifestFile[] = [];
  const seal = async (file: string, source: AsyncIterable<Uint8Array> | Uint8Array) => {
    sealed.push({ path: file, ...(await sealTo(dest, file, source, record.recipients)) });
  };
  await seal(files.index, Buffer.from(JSON.stringify(index)));
  await seal(files.database, fs.createReadStream(snapshot, { highWaterMark: 1 << 20 }));
  await seal(files.dataDir, Buffer.from(JSON.stringify(await dataDirFiles(dossier.config.dataDir))));
  return sealed;
}

/** dossier.json and every file of keys/ (the log's signing key, the master key…), base64 by relative path. */
async function dataDirFiles(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = { [MANIFEST]: (await fsp.readFile(path.join(root, MANIFEST))).toString('base64') };
  for (const entry of await fsp.readdir(path.join(root, 'keys'), { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    files[`keys/${entry.name}`] = (await fsp.readFile(path.join(root, 'keys', entry.name))).toString('base64');
  }
  return files;
}

/** The manifest under its push's own name, then the signed note naming it: replacing the note is the commit. */
async function publishManifest(dossier: Dossier, dest: MirrorDestination, manifest: MirrorManifest): Promise<void> {
  const bytes = manifestBytes(manifest);
  const file = manifestPath(manifest.push);
  await dest.write(file, bytes);
  const note = signManifestNote(
    { origin: manifest.origin, mirror: manifest.mirror, push: manifest.push, path: file, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length },
    noteSigner(dossier.dataDir.signerKey),
  );
  await dest.write(MANIFEST_NOTE, Buffer.from(note));
}
