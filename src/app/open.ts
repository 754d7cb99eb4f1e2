import path from 'node:path';
import type { Config } from '../common/config.js';
import { DossierError } from '../common/errors.js';
import { readOnlyRefusal } from '../common/os-errors.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { CustodyLedger } from '../ledger/log.js';
import { noteSigner } from '../ledger/proofs/signed-note.js';
import { Gazetteer } from '../places/gazetteer.js';
import type { BlobStore } from '../vault/blob-store.js';
import { FsBlobStore } from '../vault/fs-blob-store.js';
import { Keyring } from '../sealing/keyring.js';
import { resolveMasterKey } from '../sealing/master-key-recovery.js';
import { createDataDir, openDataDir, type DataDir } from './data-dir.js';
import { isReadOnlyDataDir } from './read-only.js';

/** Everything a face (CLI, server) needs, opened once from the configuration and passed down. */
export interface Dossier {
  config: Config;
  dataDir: DataDir;
  database: Database;
  vault: BlobStore;
  ledger: CustodyLedger;
  /** The gazetteer, loaded on first use (it reads several MB of geography). */
  places(): Promise<Gazetteer>;
  /** Seals and opens restricted fields under per-case keys wrapped by the master key. */
  keyring: Keyring;
  /** The data directory's tmp/: work folders there carry their process id (common/work-dir.ts). */
  tmpDir: string;
  /** What no command may write into or over (the data directory with its database, vault and keys; a key file kept elsewhere). */
  protectedPaths: readonly string[];
  /**
   * The data directory may not be written (or --read-only asked it): the vault takes no bytes, no key file
   * is made, and the embedded database is opened read-only, so a command that only reads changes nothing.
   */
  readOnly: boolean;
  close(): Promise<void>;
}

export async function openDossier(config: Config): Promise<Dossier> {
  const dataDir = await openDataDir(config.dataDir);
  const readOnly = config.readOnly === true || (await isReadOnlyDataDir(config.dataDir, { embeddedDatabase: !config.databaseUrl }));
  return assemble(config, dataDir, readOnly);
}

/** Creates the data directory and its key, migrates the database, and logs the ledger's first entry. */
export async function initDossier(config: Config, options: { origin?: string | undefined } = {}): Promise<Dossier> {
  if (config.databaseUrl) await refuseUsedDatabase(config);
  // The vault is chosen once, at init, and recorded: every later opening uses the same one.
  const vault = config.vaultUrl ? await openVault(config, config.vaultUrl, false) : undefined;
  let dataDir: DataDir;
  try {
    dataDir = await createDataDir(config.dataDir, options.origin, config.vaultUrl);
  } catch (error) {
    vault?.close?.();
    throw error;
  }
  const dossier = await assemble(config, dataDir, false, vault);
  try {
    await dossier.database.writeTransaction((trx) =>
      dossier.ledger.append(trx, [
        {
          actor: config.actor,
          action: 'init',
          details: { origin: dataDir.manifest.origin, verifierKey: dataDir.verifierKey, database: dossier.database.engine },
        },
      ]),
    );
  } catch (error) {
    await dossier.close();
    throw error;
  }
  return dossier;
}

/** A shared database that already holds a ledger belongs to another data directory and its key. */
async function refuseUsedDatabase(config: Config): Promise<void> {
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const row = await database.db.selectFrom('ledger_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    if (Number(row?.n ?? 0) > 0) {
      throw new DossierError('CONFLICT', `the database at ${database.location} already holds a Dossier ledger; give each data directory its own database`, {
        field: 'DOSSIER_DATABASE_URL',
      });
    }
  } finally {
    await database.close();
  }
}

/**
 * The data directory's own folder, or the S3 vault its manifest names (DOSSIER_VAULT_URL may repeat it, to be
 * sure, never change it: a data directory's evidence is where its ledger says it was stored).
 */
async function vaultOf(config: Config, dataDir: DataDir, readOnly: boolean): Promise<BlobStore> {
  const recorded = dataDir.manifest.vault;
  if (config.vaultUrl !== undefined && config.vaultUrl !== recorded) {
    throw new DossierError(
      'CONFLICT',
      `DOSSIER_VAULT_URL says ${config.vaultUrl}, but the data directory ${config.dataDir} keeps its evidence ${recorded ? `in ${recorded}` : 'in its own folder'}: unset DOSSIER_VAULT_URL (a vault is moved with dossier vault migrate)`,
      { field: 'DOSSIER_VAULT_URL' },
    );
  }
  return recorded ? openVault(config, recorded, readOnly) : FsBlobStore.open(config.dataDir, { readOnly });
}

/** An S3 vault, with the SDK loaded only for data directories that use one (it is large, and the CLI starts often). */
async function openVault(config: Config, url: string, readOnly: boolean): Promise<BlobStore> {
  const [{ S3BlobStore }, { s3VaultSettings }] = await Promise.all([import('../vault/s3-blob-store.js'), import('../vault/s3-settings.js')]);
  return S3BlobStore.open(s3VaultSettings(url, process.env), { readOnly });
}

async function assemble(config: Config, dataDir: DataDir, readOnly: boolean, opened?: BlobStore): Promise<Dossier> {
  const vault = opened ?? (await vaultOf(config, dataDir, readOnly));
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, readOnly });
  const ledger = new CustodyLedger(database, { origin: dataDir.manifest.origin, signer: noteSigner(dataDir.signerKey) });
  let gazetteer: Promise<Gazetteer> | undefined;
  const places = () => (gazetteer ??= Gazetteer.load());
  const master = await resolveMasterKey(config.dataDir, database.db, process.env, { readOnly });
  if (master.finishedRotation) process.stderr.write(`dossier: finished a master-key rotation a crash interrupted: keys/master.key now holds key ${master.finishedRotation.to}\n`);
  const keyring = new Keyring(database.db, master.key, master.problem);
  const protectedPaths = [config.dataDir, ...(process.env.DOSSIER_MASTER_KEY_FILE ? [process.env.DOSSIER_MASTER_KEY_FILE] : [])];
  const tmpDir = path.join(config.dataDir, 'tmp');
  return {
    config,
    dataDir,
    database,
    vault,
    ledger,
    places,
    keyring,
    tmpDir,
    protectedPaths,
    readOnly,
    close: async () => {
      vault.close?.();
      await database.close();
    },
  };
}


/**
 * A long-running process (the server, a worker) refuses to start where it could not do its work: on a read-only
 * copy it could not log what it hands out or does (every view is a custody event), and with a master key that does
 * not open the sealed fields it would fail every restricted read.
 */
export async function refuseUnfitForService(dossier: Dossier, what: string): Promise<void> {
  const problem = dossier.readOnly ? readOnlyRefusal(dossier.config.dataDir, what) : dossier.keyring.problem ? new DossierError('KEY_INVALID', `not starting: ${dossier.keyring.problem}`) : undefined;
  if (!problem) return;
  await dossier.close();
  throw problem;
}
