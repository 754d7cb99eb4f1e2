import type { Command } from 'commander';
import { openDossier, type Dossier } from '../app/open.js';
import { loadConfig, type Config } from '../common/config.js';
import type { GlobalOptions } from './output.js';

export { print, table, wantsJson, type GlobalOptions } from './output.js';

export function configFrom(command: Command): Config {
  const options = command.optsWithGlobals<GlobalOptions>();
  return loadConfig({ data: options.data, actor: options.actor, readOnly: options.readOnly });
}

/** Opens the data directory for one command and always closes it, even when the command fails. */
export async function withDossier<T>(command: Command, work: (dossier: Dossier) => Promise<T>): Promise<T> {
  const dossier = await openDossier(configFrom(command));
  try {
    const result = await work(dossier);
    // Said once the reading has succeeded (a refused write needs no such note): an auditor must know that this
    // run left no trace in the custody ledger. On PostgreSQL the ledger is still written when only the data
    // directory's files are protected.
    if (dossier.database.readOnly) process.stderr.write(`dossier: read-only data directory ${dossier.config.dataDir}: this check is not logged in its custody ledger\n`);
    return result;
  } finally {
    await dossier.close();
  }
}

export { collect, parseIndex } from './option-text.js';
