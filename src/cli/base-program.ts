import { Command } from 'commander';
import { DEFAULT_DATA_DIR } from '../common/config.js';
import { refuseControlCharactersInOptions } from './option-text.js';

/** The program's name and global options, shared by the full CLI and the light verifier-only one. */
export function baseProgram(): Command {
  // Set before any command is added, so that every subcommand inherits it: a usage error (an unknown option,
  // a missing argument) is thrown to main.ts, which exits 2, instead of commander's own exit 1.
  return new Command()
    .exitOverride()
    .name('dossier')
    .description('Evidence vault and tamper-evident custody ledger for documenting atrocities')
    .option('--data <dir>', `data directory (default ${DEFAULT_DATA_DIR}, env DOSSIER_DATA)`)
    .option('--json', 'machine-readable JSON on stdout')
    .option('--read-only', 'open the data directory for reading only, as on a write-protected copy (found by itself when the folder or its database may not be written)')
    .option('--actor <name>', 'a name the ledger records beside the operating-system user (default env DOSSIER_ACTOR)')
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) })
    .hook('preAction', refuseControlCharactersInOptions);
}

/** Global options that take a value, so the command name can be found after them. */
const OPTIONS_WITH_VALUES = new Set(['--data', '--actor']);

/** The command a command line asks for (the first word that is not a global option), if any. */
export function requestedCommand(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (OPTIONS_WITH_VALUES.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}
