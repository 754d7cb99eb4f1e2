import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { getCase } from '../../cases/cases.js';
import { newMasterKeyText } from '../../sealing/master-key.js';
import { rotateCaseKey, rotateMasterKey } from '../../sealing/rotation.js';
import { print, withDossier } from '../context.js';

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('the master key and the cases\' data keys that seal restricted fields');
  keys
    .command('new-master')
    .description('print a new random master key (base64url), e.g. for DOSSIER_MASTER_KEY or a key file kept off this machine')
    .action(() => {
      process.stdout.write(newMasterKeyText() + '\n');
    });
  keys
    .command('rotate-master')
    .description('rewrap every case key under a new master key (sealed values are not rewritten)')
    .option('--new-key-file <file>', 'the new key (base64url); required when the current one comes from the environment')
    .action(async (options: { newKeyFile?: string }, command: Command) => {
      const newKeyText = options.newKeyFile === undefined ? undefined : await fs.readFile(options.newKeyFile, 'utf8');
      const result = await withDossier(command, (d) => rotateMasterKey(d.config.dataDir, d.database, d.keyring, { ...(newKeyText !== undefined ? { newKeyText } : {}) }));
      print(command, result, () =>
        [
          ...(result.resumed ? [`Went on with the key staged by a rotation that was interrupted.`] : []),
          `Rewrapped ${result.rewrapped} case key(s): master key ${result.previous ?? '(none)'} → ${result.next}.`,
          result.keyFile ? `The new key is in ${result.keyFile}; keep a copy off this machine.` : 'Now point DOSSIER_MASTER_KEY or DOSSIER_MASTER_KEY_FILE at the new key.',
        ].join('\n'),
      );
    });
  keys
    .command('rotate-case')
    .description('give a case a new data key: new seals use it, earlier ones keep theirs')
    .argument('<case>', 'the case id')
    .action(async (caseId: string, _options: unknown, command: Command) => {
      const version = await withDossier(command, async (d) => {
        await getCase(d, caseId);
        return rotateCaseKey(d.database, d.keyring, caseId);
      });
      print(command, { case: caseId, version }, () => `Case ${caseId} now seals with data key version ${version}.`);
    });
}
