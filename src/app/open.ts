import path from 'node:path';
import type { Config } from '../common/config.js';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { CustodyLedger } from '../ledger/log.js';
import { noteSigner } from '../ledger/signed-note.js';
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
  const dataDir = await createDataDir(config.dataDir, options.origin);
  const dossier = await assemble(config, dataDir, false);
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

async function assemble(config: Config, dataDir: DataDir, readOnly: boolean): Promise<Dossier> {
  const vault = await FsBlobStore.open(config.dataDir, { readOnly });
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, readOnly });
  const ledger = new CustodyLedger(database, { origin: dataDir.manifest.origin, signer: noteSigner(dataDir.signerKey) });
  let gazetteer: Promise<Gazetteer> | undefined;
  const places = () => (gazetteer ??= Gazetteer.load());
  const master = await resolveMasterKey(config.dataDir, database.db, process.env, { readOnly });
  if (master.finishedRotation) process.stderr.write(`dossier: finished a master-key rotation a crash interrupted: keys/master.key now holds key ${master.finishedRotation.to}\n`);
  const keyring = new Keyring(database.db, master.key, master.problem);
  const protectedPaths = [config.dataDir, ...(process.env.DOSSIER_MASTER_KEY_FILE ? [process.env.DOSSIER_MASTER_KEY_FILE] : [])];
  const tmpDir = path.join(config.dataDir, 'tmp');
  return { config, dataDir, database, vault, ledger, places, keyring, tmpDir, protectedPaths, readOnly, close: () => database.close() };
}

