import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { registerWebArchiveImport } from './web-archive-import.js';
import type { Dossier } from '../../app/open.js';
import { getCase } from '../../cases/cases.js';
import { DossierError } from '../../common/errors.js';
import { writeOutputFile } from '../../common/output-file.js';
import { writeAcledCsv } from '../../exchange/acled-export.js';
import { importAcledCsv } from '../../exchange/acled-import.js';
import { createdInWords } from '../../exchange/created-words.js';
import { exportGeoJson } from '../../exchange/geojson-export.js';
import { writeCaseJson } from '../../exchange/json-export.js';
import { print, withDossier } from '../context.js';
import { exportBag, exportedInWords, importBag, importedInWords, type ImportBagOptions } from './case-file.js';

type Format = 'acled' | 'geojson' | 'json';

interface ExportOptions {
  case: string;
  out?: string;
  coarsen?: boolean;
  raw?: boolean;
  profile?: string;
  organization?: string;
  tsaUrl?: string;
  force?: boolean;
  includeDeliberation?: boolean;
}

export function registerExchange(program: Command): void {
  program
    .command('export')
    .description('export a case as ACLED-compatible CSV, GeoJSON (RFC 7946) or full JSON (lossy steps are listed on stderr), or as a BagIt case file with custody proofs')
    .argument('<format>', 'acled, geojson, json or bag')
    .argument('[out]', 'for bag: the directory to create, or a file ending in .zip or .tar')
    .requiredOption('--case <id>', 'the case')
    .option('--out <file>', 'write here instead of standard output (written to a temp file, then put in place; never inside the data directory)')
    .option('--force', 'replace an existing --out file (or .zip/.tar case file); a folder is never replaced')
    .option('--coarsen', 'coarsen protected and exact sites to their settlement (exports that leave the team)')
    .option('--raw', 'for acled: write cells verbatim, even those a spreadsheet would run as formulas (by default prefixed with an apostrophe)')
    .option('--profile <name>', 'for bag: court (default), partner or public: what the case file leaves out')
    .option('--organization <name>', 'for bag: Source-Organization in bag-info.txt (default: the log origin)')
    .option('--tsa-url <url>', 'for bag: an RFC 3161 time-stamping authority to stamp the tag manifest (default env DOSSIER_TSA_URL)')
    .option('--include-deliberation', "for bag, court profile only: include the team's discussion (every comment and revision) as the record of deliberation")
    .action(async (format: string, positionalOut: string | undefined, options: ExportOptions, command: Command) => {
      if (!['acled', 'geojson', 'json', 'bag'].includes(format)) {
        throw new DossierError('VALIDATION_FAILED', `format: must be acled, geojson, json or bag, not "${format}"`, { field: 'format' });
      }
      if (options.includeDeliberation && format !== 'bag') throw new DossierError('VALIDATION_FAILED', `include-deliberation: only a case file (bag) carries the record of deliberation, not ${format}`, { field: 'includeDeliberation' });
      if (options.raw && format !== 'acled') throw new DossierError('VALIDATION_FAILED', `raw: only an acled export has cells to write verbatim, not ${format}`, { field: 'raw' });
      const out = positionalOut ?? options.out;
      if (format === 'bag') {
        if (out === undefined) throw new DossierError('VALIDATION_FAILED', 'out: a case file needs a destination (a directory, or a .zip or .tar file)', { field: 'out' });
        const result = await withDossier(command, (d) => exportBag(d, out, options));
        print(command, result, () => exportedInWords(result));
        return;
      }
      if (positionalOut !== undefined) throw new DossierError('VALIDATION_FAILED', `out: give --out for ${format}; only bag takes a destination argument`, { field: 'out' });
      await withDossier(command, async (d) => {
        await getCase(d, options.case);
        const losses = await writeTo(d, options.out, options.force === true, (out) => exportCase(d, format as Format, options.case, out, { coarsen: options.coarsen === true, raw: options.raw === true }));
        for (const loss of losses) process.stderr.write(`lossy: ${loss}\n`);
      });
    });

  const imports = program.command('import').description('import from exchange formats');
  imports
    .command('acled')
    .description('import an ACLED-format CSV into a case; bad rows are reported and nothing of them is saved')
    .argument('<file>', 'the CSV file (UTF-8)')
    .requiredOption('--case <id>', 'the case')
    .option('--lossy', 'replace bytes that are not UTF-8 with U+FFFD (counted in the notes) instead of rejecting their rows')
    .action(async (file: string, options: { case: string; lossy?: boolean }, command: Command) => {
      await fs.access(file).catch(() => {
        throw new DossierError('FILE_UNREADABLE', `cannot read ${file}`, { field: 'file', path: file });
      });
      const report = await withDossier(command, async (d) => {
        await getCase(d, options.case);
        const deps = { database: d.database, ledger: d.ledger, gazetteer: await d.places() };
        return importAcledCsv(deps, d.config.actor, options.case, createReadStream(file), { lossy: options.lossy === true });
      });
      print(command, report, () =>
        [
          `Imported ${report.imported} of ${report.rows} rows into ${options.case} (${createdInWords(report.created).join(', ')})`,
          ...report.rejected.map((r) => `  rejected row ${r.row}${r.eventId ? ` (${r.eventId})` : ''}: ${r.field}: ${r.problem}`),
          ...report.notes.map((n) => `  note: ${n}`),
        ].join('\n'),
      );
      if (report.rejected.length > 0) process.exitCode = 2;
    });
  imports
    .command('bag')
    .description('take a partner\'s BagIt bag (directory, .zip or .tar) into a case: verified first and refused whole if anything fails; each file keeps the bag and its custody as provenance')
    .argument('<path>', 'the bag')
    .requiredOption('--case <id>', 'the case')
    .option('--log-key <key>', 'the partner\'s published log key: a case file signed by another key is refused')
    .option('--tmp <dir>', 'where a .zip or .tar is unpacked, in a temp folder removed afterwards (default: the data directory\'s tmp/)')
    .option('--max-unpacked <bytes>', 'the most a .zip or .tar may unpack to, e.g. 50GB (default: 20 times its size plus 64 MiB); it must also fit its Payload-Oxum and the free disk')
    .action(async (bagPath: string, options: ImportBagOptions, command: Command) => {
      const result = await withDossier(command, (d) => importBag(d, bagPath, options));
      print(command, result, () => importedInWords(bagPath, result));
    });
  registerWebArchiveImport(imports, 'warc');
  registerWebArchiveImport(imports, 'wacz');
}

async function exportCase(d: Dossier, format: Format, caseId: string, out: Writable, { coarsen, raw }: { coarsen: boolean; raw: boolean }): Promise<string[]> {
  const deps = { database: d.database, ledger: d.ledger, gazetteer: await d.places() };
  if (format === 'acled') return (await writeAcledCsv(deps, caseId, out, { coarsen, raw })).losses;
  if (format === 'json') {
    await writeCaseJson(deps, caseId, out);
    return [];
  }
  const collection = await exportGeoJson(deps, caseId, { coarsen });
  await new Promise<void>((resolve, reject) => out.write(JSON.stringify(collection) + '\n', (e) => (e ? reject(e) : resolve())));
  return (collection as { losses?: string[] }).losses ?? [];
}

/** Standard output, or a file written through writeOutputFile: never over the archive, whole or not at all. */
async function writeTo<T>(d: Dossier, file: string | undefined, force: boolean, work: (out: Writable) => Promise<T>): Promise<T> {
  if (file === undefined) return work(process.stdout);
  return writeOutputFile('out', file, { force, protectedPaths: d.protectedPaths }, work);
}
