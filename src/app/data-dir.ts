import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createFileDurably, writeFileDurably } from '../common/durable-fs.js';
import { DossierError, invalidField } from '../common/errors.js';
import { isErrno } from '../common/os-errors.js';
import { generateNoteKey } from '../ledger/proofs/signed-note.js';

/**
 * The data directory's format; bump it when a layout change needs a newer Dossier to read it. Format 2 keeps its
 * evidence in an S3 vault the manifest names: a Dossier that knows only format 1 would take the empty local vault
 * for the evidence, so a data directory on S3 says 2, and one on its own folder still says 1.
 */
export const DATA_FORMAT = 2;
export const LOCAL_VAULT_FORMAT = 1;

export interface DataDirManifest {
  format: number;
  /** The ledger's origin line: one log, one name, for as long as it lives. */
  origin: string;
  createdAt: string;
  /** Where the evidence is, when not in the folder's own vault: `s3://BUCKET/PREFIX` (format 2). */
  vault?: string;
}

export interface DataDir {
  root: string;
  manifest: DataDirManifest;
  signerKey: string;
  verifierKey: string;
}

export const MANIFEST = 'dossier.json';
const SIGNER_KEY = path.join('keys', 'checkpoint.skey');
const VERIFIER_KEY = path.join('keys', 'checkpoint.vkey');

export async function dataDirExists(root: string): Promise<boolean> {
  return fs.access(path.join(root, MANIFEST)).then(() => true, () => false);
}

/** Creates a data directory: its manifest and a fresh Ed25519 key for signing checkpoints. */
export async function createDataDir(root: string, origin?: string, vault?: string): Promise<DataDir> {
  if (await dataDirExists(root)) {
    throw new DossierError('DATA_DIR_EXISTS', `${root} already holds a Dossier data directory`, { path: root });
  }
  const chosenOrigin = origin ?? `dossier.local/${randomBytes(6).toString('hex')}`;
  // The origin doubles as the key name, which signed notes forbid to contain spaces or '+'.
  if (!/^[^\s+]{1,200}$/.test(chosenOrigin)) throw invalidField('origin', 'must be 1-200 characters without spaces or "+"', chosenOrigin);
  const manifest: DataDirManifest = { format: vault ? DATA_FORMAT : LOCAL_VAULT_FORMAT, origin: chosenOrigin, createdAt: new Date().toISOString(), ...(vault && { vault }) };
  const { signerKey, verifierKey } = generateNoteKey(chosenOrigin);
  await fs.mkdir(path.join(root, 'keys'), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw cannotCreate(root, error);
  });
  // A key file without a manifest may be a live log's whose dossier.json was lost: never replace it.
  for (const [file, text, mode] of [[SIGNER_KEY, signerKey, 0o600], [VERIFIER_KEY, verifierKey, 0o644]] as const) {
    if (!(await createFileDurably(path.join(root, file), text + '\n', mode))) {
      throw new DossierError(
        'DATA_DIR_EXISTS',
        `${path.join(root, file)} already exists, though ${path.join(root, MANIFEST)} does not: restore dossier.json if this folder held a data directory, or remove its keys/ folder if nothing was ever signed with them`,
        { path: path.join(root, file) },
      );
    }
  }
  // The manifest goes last: its presence means the directory is complete.
  await writeFileDurably(path.join(root, MANIFEST), JSON.stringify(manifest, null, 2) + '\n', 0o644);
  return { root, manifest, signerKey, verifierKey };
}

/** Why a data directory could not be made at `root`, in words naming the folder and the fix. */
function cannotCreate(root: string, error: unknown): unknown {
  if (isErrno(error, 'EACCES', 'EPERM', 'EROFS')) {
    return new DossierError('DATA_DIR_READ_ONLY', `cannot create a data directory at ${root}: this user may not write there (${(error as NodeJS.ErrnoException).code} creating ${(error as NodeJS.ErrnoException).path ?? root}); choose a folder you may write with --data, or ask its owner for access`, { path: root }, { cause: error });
  }
  if (isErrno(error, 'ENOTDIR', 'EEXIST')) {
    return new DossierError('DATA_DIR_EXISTS', `cannot create a data directory at ${root}: it, or a folder above it, is a file; give --data a folder`, { path: root }, { cause: error });
  }
  return error;
}

export async function openDataDir(root: string): Promise<DataDir> {
  let text: string;
  try {
    text = await fs.readFile(path.join(root, MANIFEST), 'utf8');
  } catch (error) {
    throw cannotOpen(root, error);
  }
  let manifest: DataDirManifest;
  try {
    manifest = JSON.parse(text) as DataDirManifest;
  } catch {
    throw new DossierError('DATABASE_CORRUPT', `${path.join(root, MANIFEST)} is not valid JSON`, { path: root });
  }
  if (typeof manifest.format !== 'number' || manifest.format > DATA_FORMAT) {
    throw new DossierError(
      'DATA_DIR_TOO_NEW',
      `${root} has data format ${String(manifest.format)}, newer than this Dossier understands (${DATA_FORMAT}); upgrade Dossier to open it`,
      { path: root, format: manifest.format },
    );
  }
  const readKey = async (file: string) => {
    try {
      return (await fs.readFile(path.join(root, file), 'utf8')).trim();
    } catch {
      throw new DossierError('KEY_INVALID', `the checkpoint key ${path.join(root, file)} is missing or unreadable`, { path: file });
    }
  };
  return { root, manifest, signerKey: await readKey(SIGNER_KEY), verifierKey: await readKey(VERIFIER_KEY) };
}

/** A manifest that cannot be read: missing only when it is truly absent, never when it may not be read. */
function cannotOpen(root: string, error: unknown): DossierError {
  const manifest = path.join(root, MANIFEST);
  if (isErrno(error, 'EACCES', 'EPERM')) {
    return new DossierError('DATA_DIR_UNREADABLE', `the data directory ${root} exists but this user may not read it (permission denied on ${manifest}): run as its owner, or ask for read access; nothing there was changed`, { path: root }, { cause: error });
  }
  if (isErrno(error, 'ENOTDIR')) {
    return new DossierError('DATA_DIR_MISSING', `${root} is a file, not a data directory: give --data the folder made by "dossier init"`, { path: root }, { cause: error });
  }
  return new DossierError('DATA_DIR_MISSING', `no Dossier data directory at ${root}: run "dossier init" first (or pass --data)`, { path: root }, { cause: error });
}
