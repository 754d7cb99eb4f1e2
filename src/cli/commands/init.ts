import type { Command } from 'commander';
import { initDossier } from '../../app/open.js';
import { configFrom, print } from '../context.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a data directory: vault, database, and the Ed25519 key that signs checkpoints')
    .option('--origin <name>', 'the ledger origin (its name in checkpoints), e.g. dossier.example.org/unit-3')
    .action(async (options: { origin?: string }, command: Command) => {
      const dossier = await initDossier(configFrom(command), { origin: options.origin });
      try {
        const result = {
          dataDir: dossier.config.dataDir,
          database: dossier.database.location,
          origin: dossier.dataDir.manifest.origin,
          verifierKey: dossier.dataDir.verifierKey,
        };
        print(command, result, () =>
          [
            `Initialised ${result.dataDir}`,
            `  database:     ${result.database}`,
            `  origin:       ${result.origin}`,
            `  verifier key: ${result.verifierKey}`,
            'Publish the verifier key: anyone holding it can check checkpoints offline.',
          ].join('\n'),
        );
      } finally {
        await dossier.close();
      }
    });
}
