import type { Command } from 'commander';
import { exportEvidenceCopy } from '../../evidence/custody.js';
import { getCase } from '../../cases/cases.js';
import { extractEvidenceText, hasExtractableText, type TextExtraction } from '../../evidence/evidence-text.js';
import { getEvidence, listEvidence } from '../../evidence/evidence.js';
import type { Dossier } from '../../app/open.js';
import { print, table, withDossier } from '../context.js';

export function registerEvidence(program: Command): void {
  const evidence = program.command('evidence').description('list and show evidence items');
  evidence
    .command('list')
    .description('list evidence items, all or one case\'s')
    .option('--case <id>', 'only this case\'s items')
    .action(async (options: { case?: string }, command: Command) => {
      const items = await withDossier(command, (d) => listEvidence(d, { ...(options.case && { caseId: options.case }) }));
      print(command, items, () =>
        items.length === 0
          ? 'No evidence yet: dossier add FILE --case ID'
          : table([
              ['ID', 'SHA-256', 'SIZE', 'TYPE', 'NAME'],
              ...items.map((i) => [i.id, i.sha256.slice(0, 16), String(i.size), i.mediaType, i.originalName]),
            ]),
      );
    });
  evidence
    .command('get')
    .description('write a verified copy of an item to a file (logged as an export)')
    .argument('<ref>', 'an evidence id, or its SHA-256 (a prefix of 8+ hex digits will do)')
    .requiredOption('--out <file>', 'where to write the copy (a new file, never inside the data directory)')
    .option('--force', 'replace an existing file at --out')
    .action(async (ref: string, options: { out: string; force?: boolean }, command: Command) => {
      const item = await withDossier(command, (d) => exportEvidenceCopy(d, d.config.actor, ref, options.out, { force: options.force, protectedPaths: d.protectedPaths }));
      print(command, { ...item, copy: options.out }, () => `${item.sha256}  ${options.out}  (verified copy of ${item.id})`);
    });
  evidence
    .command('extract-text')
    .description('make the text of a case\'s PDFs (text layer) and images (OCR, English and Arabic) searchable; again for items done before, without doubling')
    .requiredOption('--case <id>', 'the case')
    .argument('[refs...]', 'only these items (ids or SHA-256 prefixes); default every PDF and image of the case')
    .action(async (refs: string[], options: { case: string }, command: Command) => {
      const done = await withDossier(command, async (d) => {
        await getCase(d, options.case);
        const items = refs.length > 0 ? await Promise.all(refs.map((ref) => getEvidence(d, ref))) : await listEvidence(d, { caseId: options.case });
        const results = [];
        for (const item of items.filter((candidate) => hasExtractableText(candidate.mediaType))) {
          results.push({ id: item.id, name: item.originalName, ...(await extractEvidenceText(textDeps(d), item, options.case)) });
        }
        return results;
      });
      print(command, done, () => (done.length === 0 ? 'No PDF or image in the case.' : table([['ITEM', 'NAME', 'TEXT'], ...done.map((result) => [result.id, result.name, extractionInWords(result)])])));
    });
  evidence
    .command('show')
    .description('show one item and every intake of its bytes')
    .argument('<ref>', 'an evidence id, or its SHA-256 (a prefix of 8+ hex digits will do)')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const item = await withDossier(command, (d) => getEvidence(d, ref));
      print(command, item, () =>
        [
          `${item.id}`,
          `  sha256:     ${item.sha256}`,
          `  size:       ${item.size} bytes`,
          `  media type: ${item.mediaType} (sniffed from the bytes)`,
          `  name:       ${item.originalName}`,
          `  intake:     ${item.intakeAt} by ${item.intakeBy}`,
          `  source:     ${item.source ?? '-'}`,
          `  note:       ${item.note ?? '-'}`,
          `  cases:      ${item.cases.join(', ')}`,
          `  intakes:`,
          ...item.intakes.map((i) => `    ${i.at}  ${i.actor}  case ${i.caseId}  ${i.originalName}  ledger #${i.ledgerSeq}`),
        ].join('\n'),
      );
    });
}

export function textDeps(d: Dossier) {
  return { database: d.database, vault: d.vault, tmpDir: d.tmpDir };
}

export function extractionInWords(result: TextExtraction): string {
  switch (result.status) {
    case 'indexed':
      return `${result.origin === 'text' ? 'text document' : `${result.parts} ${result.origin === 'pdf' ? `page${result.parts === 1 ? '' : 's'} of text` : 'image read by OCR'}`}, ${result.characters} characters, searchable`;
    case 'no-text':
      return result.origin === 'pdf' ? 'no text layer (a scan? OCR its page images)' : result.origin === 'text' ? 'an empty document' : 'OCR found no text';
    case 'not-applicable':
      return 'not a PDF, an image or a text document';
    default:
      return `${result.status}: ${result.reason}`;
  }
}
