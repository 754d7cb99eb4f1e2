import type { Command } from 'commander';
import { exportEvidenceCopy } from '../../evidence/custody.js';
import { getCase } from '../../cases/cases.js';
import { extractEvidenceText, hasExtractableText, type TextExtraction } from '../../evidence/evidence-text.js';
import { getEvidenceMetadata, hasMediaMetadata, MetadataReader, readEvidenceMetadata } from '../../evidence/evidence-metadata.js';
import type { MediaMetadata } from '../../evidence/media-metadata.js';
import { getEvidence, listEvidence } from '../../evidence/evidence.js';
import type { Dossier } from '../../app/open.js';
import { print, table, withDossier } from '../context.js';
import { registerLookAlikes } from './look-alikes.js';

export function registerEvidence(program: Command): void {
  const evidence = program.command('evidence').description('list and show evidence items');
  registerLookAlikes(evidence);
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
    .command('metadata')
    .description('read the original metadata of a case\'s images, videos, audio and PDFs (ExifTool): capture time and zone, GPS, device, software, edit traces')
    .requiredOption('--case <id>', 'the case')
    .argument('[refs...]', 'only these items (ids or SHA-256 prefixes); default every item of the case that has metadata')
    .action(async (refs: string[], options: { case: string }, command: Command) => {
      const done = await withDossier(command, async (d) => {
        await getCase(d, options.case);
        const items = refs.length > 0 ? await Promise.all(refs.map((ref) => getEvidence(d, ref))) : await listEvidence(d, { caseId: options.case });
        const reader = new MetadataReader();
        try {
          const results = [];
          for (const item of items.filter((candidate) => hasMediaMetadata(candidate.mediaType))) {
            results.push({ id: item.id, name: item.originalName, ...(await readEvidenceMetadata(textDeps(d), reader, item)) });
          }
          return results;
        } finally {
          await reader.close();
        }
      });
      print(command, done, () =>
        done.length === 0 ? 'No image, video, audio or PDF in the case.' : done.map((result) => [`${result.id}  ${result.name}`, ...metadataInWords(result.reading).map((line) => `  ${line}`)].join('\n')).join('\n'),
      );
    });
  evidence
    .command('show')
    .description('show one item and every intake of its bytes')
    .argument('<ref>', 'an evidence id, or its SHA-256 (a prefix of 8+ hex digits will do)')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const item = await withDossier(command, async (d) => {
        const found = await getEvidence(d, ref);
        return { ...found, metadata: await getEvidenceMetadata(d.database, found.id) };
      });
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
          ...item.intakes.map((i) => `    ${i.at}  ${i.actor}  case ${i.caseId}  ${i.file ? i.file.path : i.originalName}  ledger #${i.ledgerSeq}`),
          ...(item.metadata ? [`  metadata:   (${item.metadata.tool}, read ${item.metadata.readAt})`, ...metadataInWords(item.metadata.reading).map((line) => `    ${line}`)] : []),
        ].join('\n'),
      );
    });
}

/** The reading of an item's metadata, line by line. */
function metadataInWords(reading: MediaMetadata): string[] {
  const captured = reading.captured;
  return [
    `captured: ${captured ? `${captured.text} (${captured.tag}${captured.zone ? `, zone ${captured.zone}: ${captured.instant}` : ', no zone: local time where it was taken'})` : '-'}`,
    `GPS:      ${reading.gps ? `${reading.gps.lat}, ${reading.gps.lon}${reading.gps.altitude !== null ? `, ${reading.gps.altitude} m` : ''}` : '-'}`,
    `device:   ${reading.device ? [reading.device.make, reading.device.model].filter(Boolean).join(' ') : '-'}`,
    `software: ${reading.software ?? '-'}`,
    ...(reading.editTraces.length ? reading.editTraces.map((trace) => `edited?   ${trace}`) : ['edited?   no trace found']),
  ];
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
