import type { Config } from '../common/config.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { CustodyLedger } from '../ledger/log.js';
import { noteSigner } from '../ledger/signed-note.js';
import type { BlobStore } from '../vault/blob-store.js';
import { FsBlobStore } from '../vault/fs-blob-store.js';
import { createDataDir, openDataDir, type DataDir } from './data-dir.js';

/** Everything a face (CLI, server) needs, opened once from the configuration and passed down. */
export interface Dossier {
  config: Config;
  dataDir: DataDir;
  database: Database;
  vault: BlobStore;
  ledger: CustodyLedger;
  close(): Promise<void>;
}

export async function openDossier(config: Config): Promise<Dossier> {
  const dataDir = await openDataDir(config.dataDir);
  return assemble(config, dataDir);
}

/** Creates the data directory and its key, migrates the database, and logs the ledger's first entry. */
export async function initDossier(config: Config, options: { origin?: string | undefined } = {}): Promise<Dossier> {
  const dataDir = await createDataDir(config.dataDir, options.origin);
  const dossier = await assemble(config, dataDir);
  try {
    await dossier.database.writeTransaction(async (trx) => {
      if ((await dossier.ledger.currentSize(trx)) > 0) return;
      await dossier.ledger.append(trx, [
        {
          actor: config.actor,
          action: 'init',
          details: { origin: dataDir.manifest.origin, verifierKey: dataDir.verifierKey, database: dossier.database.engine },
        },
      ]);
    });
  } catch (error) {
    await dossier.close();
    throw error;
  }
  return dossier;
}

async function assemble(config: Config, dataDir: DataDir): Promise<Dossier> {
  const vault = await FsBlobStore.open(config.dataDir);
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const ledger = new CustodyLedger(database, { origin: dataDir.manifest.origin, signer: noteSigner(dataDir.signerKey) });
  return { config, dataDir, database, vault, ledger, close: () => database.close() };
}

