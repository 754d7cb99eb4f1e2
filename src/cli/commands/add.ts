import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { getCase } from '../../cases/cases.js';
import { DossierError } from '../../common/errors.js';
import { ingestEvidence, type IngestResult } from '../../evidence/evidence.js';
import { extractEvidenceText, hasExtractableText } from '../../evidence/evidence-text.js';
import { extractionInWords, textDeps } from './evidence.js';
import { readFileChunks } from '../../vault/file-source.js';
import { print, wantsJson, withDossier } from '../context.js';
import { byteProgress } from '../progress.js';

interface AddOptions {
  case: string;
  source?: string;
  note?: string;
}

export function registerAdd(program: Command): void {
  program
    .command('add')
    .description('take files into the vault and record their intake in a case')
    .argument('<path...>', 'files to add')
    .requiredOption('--case <id>', 'the case the files belong to')
    .option('--source <text>', 'where the files came from (who gave them, how, when)')
    .option('--note <text>', 'a note kept with the intake')
    .action(async (paths: string[], options: AddOptions, command: Command) => {
      const files = await Promise.all(paths.map(checkReadableFile));
      const results = await withDossier(command, async (dossier) => {
        // Refuse an unknown case before a single byte is copied.
        await getCase(dossier, options.case);
        const done: IngestResult[] = [];
        for (const file of files) {
          const progress = byteProgress(path.basename(file.path), file.size);
          try {
            const result = await ingestEvidence(dossier, dossier.config.actor, {
              caseId: options.case,
              originalName: file.path,
              source: options.source,
              note: options.note,
              content: readFileChunks(file.path),
              onProgress: (bytes) => progress.update(bytes),
            });
            done.push(result);
          } finally {
            progress.stop();
          }
          // Each line is an acknowledgement: the file is durable and logged once it is printed.
          if (!wantsJson(command)) process.stdout.write(describe(done.at(-1)!, file.path) + '\n');
          const item = done.at(-1)!.item;
          if (hasExtractableText(item.mediaType)) {
            const text = await extractEvidenceText(textDeps(dossier), item, options.case);
            if (!wantsJson(command)) process.stdout.write(`  text: ${extractionInWords(text)}\n`);
          }
        }
        return done;
      });
      if (wantsJson(command)) print(command, results, () => '');
    });
}

function describe(result: IngestResult, file: string): string {
  const state = result.duplicate ? 'already in vault, intake recorded' : 'stored';
  return `${result.item.sha256}  ${file}  (${result.item.id}, ${result.item.mediaType}, ${result.item.size} bytes, ${state}, ledger #${result.intake.ledgerSeq})`;
}

async function checkReadableFile(file: string): Promise<{ path: string; size: number }> {
  try {
    const stat = await fsp.stat(file);
    // A named pipe is accepted too, so another program can stream straight into the vault.
    if (!stat.isFile() && !stat.isFIFO()) throw new DossierError('FILE_UNREADABLE', `${file} is not a regular file`, { path: file });
    await fsp.access(file, fs.constants.R_OK);
    return { path: file, size: stat.size };
  } catch (error) {
    if (error instanceof DossierError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable (permission denied)' : `cannot be read (${code})`;
    throw new DossierError('FILE_UNREADABLE', `${file} ${why}`, { path: file });
  }
}
