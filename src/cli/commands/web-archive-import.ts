import type { Command } from 'commander';
import { getCase } from '../../cases/cases.js';
import { importWebArchive, type WebArchiveImport } from '../../web-capture/import-web-archive.js';
import { print, withDossier } from '../context.js';

/** `dossier import warc|wacz FILE --case ID`: the same command for both; the file's name says which it is. */
export function registerWebArchiveImport(imports: Command, kind: 'warc' | 'wacz'): void {
  imports
    .command(kind)
    .description(
      kind === 'warc'
        ? 'take in a WARC (.warc or .warc.gz) made by another tool: every record and digest checked first, refused if any fails (unless --accept-invalid); its pages\' text made searchable'
        : 'take in a WACZ made by another tool: every listed hash, every WARC inside and the signature checked first, refused if any fails (unless --accept-invalid); its pages\' text made searchable',
    )
    .argument('<file>', `the .${kind === 'warc' ? 'warc or .warc.gz' : 'wacz'} file`)
    .requiredOption('--case <id>', 'the case')
    .option('--accept-invalid', 'take in an archive that does not verify (its intake records that it did not, and which checks failed)')
    .action(async (file: string, options: { case: string; acceptInvalid?: boolean }, command: Command) => {
      const result = await withDossier(command, async (d) => {
        await getCase(d, options.case);
        return importWebArchive(d, d.config.actor, file, options.case, { acceptInvalid: options.acceptInvalid === true, tmpDir: d.tmpDir });
      });
      print(command, result, () => importedInWords(file, result));
    });
}

function importedInWords(file: string, result: WebArchiveImport): string {
  return [
    `Took in ${file} as ${result.item.id} (${result.kind.toUpperCase()}, SHA-256 ${result.item.sha256}${result.duplicate ? ', already in the vault' : ''}), intake entry ${result.ledgerSeq}`,
    `  ${result.valid ? 'verified' : 'DOES NOT VERIFY'}: ${result.records} records${result.signature === 'not-applicable' ? '' : `, signature ${result.signature}`}; ${result.pagesIndexed} pages' text searchable`,
    ...result.errors.slice(0, 20).map((error) => `  ERROR ${error.code}: ${error.message}`),
    ...result.warnings.slice(0, 20).map((warning) => `  warning ${warning.code}: ${warning.message}`),
  ].join('\n');
}
