/**
 * Rebuilds an instance from a mirror with one of its identities. The identity is tried on the index before
 * anything is written; every object is checked against the signed manifest before it is decrypted (fetched
 * first, so that what is decrypted is what was checked); everything is decrypted into a folder beside the target
 * and checked there (every blob by its plaintext SHA-256, every item's bytes present, the log re-derived and
 * proven consistent with the manifest's checkpoint and any other kept elsewhere), and only then renamed into place.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { LOCAL_VAULT_FORMAT, MANIFEST, type DataDirManifest } from '../app/data-dir.js';
import { openDossier, type Dossier } from '../app/open.js';
import { loadConfig } from '../common/config.js';
import { fsyncDirectory, writeFileDurably } from '../common/durable-fs.js';
import { DossierError } from '../common/errors.js';
import { SQLITE_FILE } from '../db/open.js';
import { checkEmptyPostgres, emptyRestoredPostgres, PG_DUMP_MAGIC, restorePostgres } from '../db/postgres-snapshot.js';
import { auditLedger, checkAgainstSavedCheckpoint } from '../ledger/audit.js';
import { FsBlobStore } from '../vault/fs-blob-store.js';
import { blobPath, stateFiles } from './mirror-layout.js';
import type { ManifestFile } from './mirror-manifest.js';
import type { MirrorIndex } from './push.js';
import { withDestination, type MirrorDestination } from './mirror-destination.js';
import { openSealed, openSealedBytes } from './sealed-files.js';
import { readSignedMirror, type SignedMirror } from './verify.js';

export interface RestoreResult {
  to: string;
  mirror: string;
  push: string;
  blobs: number;
  bytes: number;
  items: number;
  entries: number;
  treeSize: number;
  /** Tree size of the checkpoint given with --checkpoint, when one was. */
  savedCheckpointSize?: number;
  ledgerSeq: number;
}

export interface RestoreOptions {
  to: string;
  identity: string;
  actor: string;
  savedCheckpoint?: string | undefined;
  /** An empty PostgreSQL database for a mirror of an instance on PostgreSQL (DOSSIER_DATABASE_URL). */
  databaseUrl?: string | undefined;
  /**
   * The log's verifier key as the restorer holds it: the manifest must be signed by it. Without it (or a
   * checkpoint kept elsewhere) the key mirror.json names is taken on the holder's word.
   */
  logKey?: string | undefined;
}

export async function restoreMirror(dest: string, options: RestoreOptions): Promise<RestoreResult> {
  const to = path.resolve(options.to);
  if (await fsp.lstat(to).then(() => true, () => false)) {
    throw new DossierError('DATA_DIR_EXISTS', `${to} already exists: restore into a new folder (nothing was written)`, { field: 'to', path: to });
  }
  if (options.databaseUrl) await checkEmptyPostgres(options.databaseUrl);
  return withDestination(dest, (destination) => restoreFrom(destination, to, options));
}

async function restoreFrom(dest: MirrorDestination, to: string, options: RestoreOptions): Promise<RestoreResult> {
  const signed = await readSignedMirror(dest, { logKey: options.logKey });
  const index = await openIndex(dest, signed, options.identity);
  const work = path.join(path.dirname(to), `.${path.basename(to)}.restoring-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fsp.mkdir(work, { recursive: false }).catch((error: NodeJS.ErrnoException) => {
    throw new DossierError('DATA_DIR_READ_ONLY', `cannot create ${work} beside ${to}: ${error.code ?? error.message}`, { field: 'to', path: to }, { cause: error });
  });
  let filledPostgres = false;
  try {
    await restoreDataDirFiles(dest, signed, options.identity, work);
    filledPostgres = (await restoreDatabase(dest, signed, options.identity, work, options.databaseUrl)) === 'postgres';
    const bytes = await restoreBlobs(dest, signed, index, options.identity, work);
    const result = await checkRestored(work, signed, { ...options, databaseUrl: filledPostgres ? options.databaseUrl : undefined });
    await fsp.rename(work, to);
    await fsyncDirectory(path.dirname(to));
    return { ...result, to, mirror: signed.record.id, push: signed.manifest.push, blobs: index.blobs.length, bytes };
  } catch (error) {
    await fsp.rm(work, { recursive: true, force: true });
    // The target was empty when the restore began: it is left empty again, not half restored.
    if (filledPostgres) await emptyRestoredPostgres(options.databaseUrl!).catch(() => undefined);
    throw error;
  }
}

function listed(signed: SignedMirror, file: string): ManifestFile {
  const entry = signed.manifest.files.find((f) => f.path === file);
  if (!entry) throw new DossierError('MIRROR_INVALID', `the manifest does not list ${file}`, { file });
  return entry;
}

function missing(file: string): DossierError {
  return new DossierError('MIRROR_INVALID', `${file} is missing from the mirror`, { file });
}

function changed(file: string): DossierError {
  return new DossierError('MIRROR_INVALID', `${file} was changed: it is not the file the signed manifest lists`, { file });
}

/** A small state file's ciphertext, in memory, checked against the signed manifest (its size before it is read). */
async function checkedBytes(dest: MirrorDestination, signed: SignedMirror, file: string): Promise<Buffer> {
  const entry = listed(signed, file);
  const size = await dest.size(file);
  if (size === undefined) throw missing(file);
  if (size !== entry.size) throw changed(file);
  const bytes = await dest.read(file);
  if (bytes === undefined) throw missing(file);
  if (bytes.length !== entry.size || createHash('sha256').update(bytes).digest('hex') !== entry.sha256) throw changed(file);
  return bytes;
}

/** An object's ciphertext copied into `local` and checked there against its manifest entry; the copy is removed if it does not match. */
async function fetchChecked(dest: MirrorDestination, entry: ManifestFile, local: string): Promise<void> {
  const source = await dest.readStream(entry.path);
  if (!source) throw missing(entry.path);
  const hash = createHash('sha256');
  let size = 0;
  const handle = await fsp.open(local, 'wx', 0o600);
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > entry.size) break;
      hash.update(chunk);
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
  if (size !== entry.size || hash.digest('hex') !== entry.sha256) {
    await fsp.rm(local, { force: true });
    throw changed(entry.path);
  }
}

/** The plaintext of an object checked first: fetched beside the restore, decrypted from there, the copy removed after. */
async function* openChecked(dest: MirrorDestination, entry: ManifestFile, work: string, identity: string): AsyncIterable<Uint8Array> {
  const local = path.join(work, `incoming-${randomBytes(6).toString('hex')}.age`);
  await fetchChecked(dest, entry, local);
  try {
    for await (const chunk of await openSealed(fs.createReadStream(local, { highWaterMark: 1 << 20 }), entry.path, identity)) yield chunk as Uint8Array;
  } finally {
    await fsp.rm(local, { force: true });
  }
}

async function openIndex(dest: MirrorDestination, signed: SignedMirror, identity: string): Promise<MirrorIndex> {
  const file = stateFiles(signed.manifest.push).index;
  const index = JSON.parse((await openSealedBytes([await checkedBytes(dest, signed, file)], file, identity)).toString('utf8')) as MirrorIndex;
  if (index.mirror !== signed.record.id || index.push !== signed.manifest.push || !Array.isArray(index.blobs)) {
    throw new DossierError('MIRROR_INVALID', `${file} is not this push's index`, { file });
  }
  return index;
}

async function restoreDataDirFiles(dest: MirrorDestination, signed: SignedMirror, identity: string, work: string): Promise<void> {
  const file = stateFiles(signed.manifest.push).dataDir;
  const files = JSON.parse((await openSealedBytes([await checkedBytes(dest, signed, file)], file, identity)).toString('utf8')) as Record<string, string>;
  await fsp.mkdir(path.join(work, 'keys'), { mode: 0o700 });
  for (const [name, base64] of Object.entries(files)) {
    if (name === MANIFEST || !/^keys\/[^/]+$/.test(name) || name.includes('..')) continue;
    await writeFileDurably(path.join(work, name), Buffer.from(base64, 'base64'), name.endsWith('.vkey') ? 0o644 : 0o600);
  }
  const manifest = JSON.parse(Buffer.from(files[MANIFEST] ?? '', 'base64').toString('utf8') || '{}') as DataDirManifest;
  if (manifest.origin !== signed.record.origin) throw new DossierError('MIRROR_INVALID', `the pushed ${MANIFEST} names the log ${String(manifest.origin)}, not ${signed.record.origin}`, { file });
  // The blobs come back into the new folder's own vault, wherever the pushing instance kept them.
  const { vault: _elsewhere, ...local } = manifest;
  await writeFileDurably(path.join(work, MANIFEST), JSON.stringify({ ...local, format: LOCAL_VAULT_FORMAT }, null, 2) + '\n', 0o644);
}

/**
 * The database snapshot: an SQLite file becomes the new folder's dossier.db; a pg_dump archive (an instance on
 * PostgreSQL) is restored into the empty database given, in one transaction.
 */
async function restoreDatabase(dest: MirrorDestination, signed: SignedMirror, identity: string, work: string, databaseUrl: string | undefined): Promise<'sqlite' | 'postgres'> {
  const entry = listed(signed, stateFiles(signed.manifest.push).database);
  const snapshot = path.join(work, 'snapshot.restoring');
  const handle = await fsp.open(snapshot, 'wx', 0o600);
  try {
    for await (const chunk of openChecked(dest, entry, work, identity)) await handle.write(chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const head = Buffer.alloc(PG_DUMP_MAGIC.length);
  const reader = await fsp.open(snapshot, 'r');
  await reader.read(head, 0, head.length, 0).finally(() => reader.close());
  if (!head.equals(PG_DUMP_MAGIC)) {
    await fsp.rename(snapshot, path.join(work, SQLITE_FILE));
    return 'sqlite';
  }
  if (!databaseUrl) {
    throw new DossierError('VALIDATION_FAILED', 'this mirror is of an instance on PostgreSQL: set DOSSIER_DATABASE_URL to an empty database to restore it into (nothing was written there)', { field: 'DOSSIER_DATABASE_URL' });
  }
  await restorePostgres(databaseUrl, snapshot);
  await fsp.rm(snapshot, { force: true });
  return 'postgres';
}

async function restoreBlobs(dest: MirrorDestination, signed: SignedMirror, index: MirrorIndex, identity: string, work: string): Promise<number> {
  const vault = await FsBlobStore.open(work);
  const entries = new Map(signed.manifest.files.map((f) => [f.path, f]));
  let bytes = 0;
  for (const blob of index.blobs) {
    const file = blobPath(blob.name);
    const entry = entries.get(file);
    if (!entry) throw new DossierError('MIRROR_INVALID', `the manifest does not list ${file}, which the index names for blob ${blob.sha256}`, { file });
    if ((await dest.size(file)) === undefined) {
      throw new DossierError('VAULT_BLOB_MISSING', `blob ${blob.sha256} is missing from the mirror (${file})`, { sha256: blob.sha256, file });
    }
    // The vault refuses bytes that do not hash to the index's SHA-256, storing nothing.
    const stored = await vault.put(openChecked(dest, entry, work, identity), { expectedSha256: blob.sha256 });
    if (stored.size !== blob.size) throw new DossierError('VAULT_BLOB_CORRUPT', `blob ${blob.sha256} came back with ${stored.size} bytes, not ${blob.size}`, { sha256: blob.sha256 });
    bytes += stored.size;
  }
  return bytes;
}

async function checkRestored(work: string, signed: SignedMirror, options: { actor: string; savedCheckpoint?: string | undefined; databaseUrl?: string | undefined }) {
  // The restored folder is opened as itself: its own SQLite file, or the PostgreSQL database just filled.
  const dossier = await openDossier(loadConfig({ data: work, actor: options.actor, env: options.databaseUrl ? { DOSSIER_DATABASE_URL: options.databaseUrl } : {} }));
  try {
    const key = { origin: dossier.dataDir.manifest.origin, verifierKey: dossier.dataDir.verifierKey };
    if (key.verifierKey !== signed.record.verifierKey) throw new DossierError('KEY_INVALID', `the restored log key ${key.verifierKey} is not the one the mirror records (${signed.record.verifierKey})`, {});
    const audit = await auditLedger(dossier.database.db, key);
    if (!audit.ok) throw new DossierError('LEDGER_INCONSISTENT', `the restored log does not verify: ${audit.problem ?? ''}`, {});
    await proveConsistent(dossier, signed.manifest.checkpoint, key, "the manifest's checkpoint");
    const saved = options.savedCheckpoint === undefined ? undefined : await proveConsistent(dossier, options.savedCheckpoint, key, 'the checkpoint given with --checkpoint');
    const items = await checkItemsPresent(dossier);
    const [logged] = await dossier.database.writeTransaction((trx) =>
      dossier.ledger.append(trx, [{ actor: options.actor, action: 'transfer', subject: {}, details: { scope: 'mirror-restore', mirror: signed.record.id, push: signed.manifest.push, treeSize: signed.checkpoint.treeSize } }]),
    );
    return { items, entries: audit.entries, treeSize: signed.checkpoint.treeSize, ...(saved !== undefined && { savedCheckpointSize: saved }), ledgerSeq: logged!.seq };
  } finally {
    await dossier.close();
  }
}

async function proveConsistent(dossier: Dossier, note: string, key: { origin: string; verifierKey: string }, what: string): Promise<number> {
  const check = await checkAgainstSavedCheckpoint(dossier.ledger, note, key);
  if (!check.ok) throw new DossierError(check.splitView ? 'SPLIT_VIEW' : 'LEDGER_INCONSISTENT', `the restored log is not consistent with ${what}: ${check.problem ?? ''}`, {});
  return check.savedSize;
}

/** Every item's and derivative's bytes, by the SHA-256 and size the restored database records, in the restored vault. */
async function checkItemsPresent(dossier: Dossier): Promise<number> {
  const items = await dossier.database.db.selectFrom('evidence_items').select(['id', 'sha256', 'size']).execute();
  const derivatives = await dossier.database.db.selectFrom('evidence_derivatives').select(['evidence_id as id', 'sha256', 'size']).execute();
  for (const item of [...items, ...derivatives]) {
    const size = (await dossier.vault.has(item.sha256)) ? await dossier.vault.size(item.sha256) : undefined;
    if (size !== Number(item.size)) {
      throw new DossierError(size === undefined ? 'VAULT_BLOB_MISSING' : 'VAULT_BLOB_CORRUPT', `evidence ${item.id}: its bytes ${item.sha256} (${item.size} bytes) are ${size === undefined ? 'not in the mirror' : `${size} bytes in the mirror`}`, { sha256: item.sha256 });
    }
  }
  return items.length;
}
