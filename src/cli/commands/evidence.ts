import type { Command } from 'commander';
import { exportEvidenceCopy } from '../../evidence/custody.js';
import { extractEvidenceText, hasExtractableText, type TextExtraction } from '../../evidence/evidence-text.js';
import { credentialsInWords } from '../../evidence/credential-words.js';
import { getEvidenceCredentials, mayCarryCredentials, readEvidenceCredentials } from '../../evidence/evidence-credentials.js';
import { getEvidenceMetadata, hasMediaMetadata, MetadataReader, readEvidenceMetadata } from '../../evidence/evidence-metadata.js';
import type { MediaMetadata } from '../../evidence/media-metadata.js';
import { getEvidence, itemsOfCase, listEvidence, type EvidenceItem } from '../../evidence/evidence.js';
import { similarItems } from '../../similarity/similar-items.js';
import { distanceInWords } from '../../similarity/look-alike-distance.js';
import { hasDerivatives, listDerivatives, makeDerivatives, type Derivative, type DerivativesResult } from '../../evidence/derivatives.js';
import { filterInWords } from '../../evidence/metadata-filter.js';
import { DEFAULT_WITHIN_KM, listEvidenceByMetadata, parseMetadataFilter } from '../../evidence/metadata-search.js';
import { invalidField } from '../../common/errors.js';
import { siteDistanceInWords } from '../../evidence/incident-site.js';
import { incidentSitesFromItem } from '../../evidence/item-places.js';
import type { Dossier } from '../../app/open.js';
import { print, table, withDossier } from '../context.js';
import { registerLookAlikes } from './look-alikes.js';

export function registerEvidence(program: Command): void {
  const evidence = program.command('evidence').description('list and show evidence items');
  registerLookAlikes(evidence);
  evidence
    .command('list')
    .description('list evidence items, all or one case\'s; or a case\'s items found by their own metadata (where and when taken, device, edits)')
    .option('--case <id>', 'only this case\'s items')
    .option('--near <place>', 'taken near a place (its GPS): a name, a P-code, or "lat,lon"; needs --case')
    .option('--within-km <km>', `with --near: how far from it (default ${DEFAULT_WITHIN_KM} km)`)
    .option('--taken-from <date>', 'taken on or after a year, month or day (2017, 2017-01, 2017-01-31) by the device\'s clock')
    .option('--taken-to <date>', 'taken on or before a year, month or day, by the device\'s clock')
    .option('--device <words>', 'taken with a device whose make or model has these words')
    .option('--edited', 'only items whose metadata shows traces of editing')
    .option('--not-edited', 'only items whose metadata shows no trace of editing')
    .action(async (options: { case?: string; near?: string; withinKm?: string; takenFrom?: string; takenTo?: string; device?: string; edited?: boolean; notEdited?: boolean }, command: Command) => {
      const byMetadata = [options.near, options.withinKm, options.takenFrom, options.takenTo, options.device, options.edited, options.notEdited].some((given) => given !== undefined);
      if (!byMetadata) {
        const items = await withDossier(command, (d) => listEvidence(d, { ...(options.case && { caseId: options.case }) }));
        print(command, items, () =>
          items.length === 0
            ? 'No evidence yet: dossier add FILE --case ID'
            : table([
                ['ID', 'SHA-256', 'SIZE', 'TYPE', 'NAME'],
                ...items.map((i) => [i.id, i.sha256.slice(0, 16), String(i.size), i.mediaType, i.originalName]),
              ]),
        );
        return;
      }
      if (!options.case) throw invalidField('--case', 'a search by metadata is made in one case: give --case');
      if (options.edited && options.notEdited) throw invalidField('--edited', 'cannot be given with --not-edited');
      const caseId = options.case;
      const { filter, items } = await withDossier(command, async (d) => {
        const filter = parseMetadataFilter({ ...options, edited: options.edited ? true : options.notEdited ? false : undefined }, await d.places());
        return { filter, items: await listEvidenceByMetadata(d, caseId, filter) };
      });
      print(command, { filter, items }, () =>
        [
          `${filterInWords(items.length, filter)} in case ${caseId} (as their own metadata says: it can be forged or stripped)`,
          ...(items.length === 0
            ? []
            : [
                table([
                  ['ID', 'NAME', 'TAKEN (DEVICE CLOCK)', 'GPS', ...(filter.near ? ['DISTANCE'] : []), 'DEVICE'],
                  ...items.map(({ id, originalName, found }) => [
                    id,
                    originalName,
                    found.captured ? `${found.captured.local.replace('T', ' ')} ${found.captured.zone ?? '(no zone)'}` : '-',
                    found.gps ? `${found.gps.lat.toFixed(5)}, ${found.gps.lon.toFixed(5)}` : '-',
                    ...(filter.near ? [`${found.distanceKm!.toFixed(2)} km`] : []),
                    found.device ?? '-',
                  ]),
                ]),
              ]),
        ].join('\n'),
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
      const done = await withDossier(command, (d) => readCaseItems(d, options.case, refs, hasExtractableText, (item) => extractEvidenceText(textDeps(d), item, options.case)));
      print(command, done, () => (done.length === 0 ? 'No PDF or image in the case.' : table([['ITEM', 'NAME', 'TEXT'], ...done.map((result) => [result.id, result.name, extractionInWords(result)])])));
    });
  evidence
    .command('metadata')
    .description('read the original metadata of a case\'s images, videos, audio and PDFs (ExifTool): capture time and zone, GPS, device, software, edit traces')
    .requiredOption('--case <id>', 'the case')
    .argument('[refs...]', 'only these items (ids or SHA-256 prefixes); default every item of the case that has metadata')
    .action(async (refs: string[], options: { case: string }, command: Command) => {
      const done = await withDossier(command, async (d) => {
        const reader = new MetadataReader();
        try {
          return await readCaseItems(d, options.case, refs, hasMediaMetadata, (item) => readEvidenceMetadata(textDeps(d), reader, item));
        } finally {
          await reader.close();
        }
      });
      print(command, done, () =>
        done.length === 0 ? 'No image, video, audio or PDF in the case.' : done.map((result) => [`${result.id}  ${result.name}`, ...metadataInWords(result.reading).map((line) => `  ${line}`)].join('\n')).join('\n'),
      );
    });
  evidence
    .command('credentials')
    .description('read and check the content credentials (C2PA manifests) of a case\'s images and videos: claim generator, actions, ingredients, signer, and whether signature and hashes hold')
    .requiredOption('--case <id>', 'the case')
    .argument('[refs...]', 'only these items (ids or SHA-256 prefixes); default every image and video of the case')
    .action(async (refs: string[], options: { case: string }, command: Command) => {
      const done = await withDossier(command, (d) => readCaseItems(d, options.case, refs, mayCarryCredentials, (item) => readEvidenceCredentials(textDeps(d), item)));
      print(command, done, () =>
        done.length === 0 ? 'No image or video in the case.' : done.map((result) => [`${result.id}  ${result.name}`, ...credentialsInWords(result.report).map((line) => `  ${line}`)].join('\n')).join('\n'),
      );
    });
  evidence
    .command('derive')
    .description('make (or make again) the files people look at instead of the evidence: a video\'s H.264 preview (its first 10 minutes), keyframes, contact sheet and thumbnail; thumbnails of images and PDFs; each in the vault and logged')
    .requiredOption('--case <id>', 'the case')
    .argument('[refs...]', 'only these items (ids or SHA-256 prefixes); default every video, image and PDF of the case')
    .action(async (refs: string[], options: { case: string }, command: Command) => {
      const done = await withDossier(command, (d) => readCaseItems(d, options.case, refs, hasDerivatives, (item) => makeDerivatives({ ...textDeps(d), ledger: d.ledger }, item, d.config.actor, options.case)));
      print(command, done, () => (done.length === 0 ? 'No video, image or PDF in the case.' : table([['ITEM', 'NAME', 'DERIVATIVES'], ...done.map((result) => [result.id, result.name, derivedInWords(result)])])));
      if (done.some((result) => result.status === 'failed')) process.exitCode = 1;
    });
  evidence
    .command('show')
    .description('show one item and every intake of its bytes')
    .argument('<ref>', 'an evidence id, or its SHA-256 (a prefix of 8+ hex digits will do)')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const item = await withDossier(command, async (d) => {
        const found = await getEvidence(d, ref);
        const metadata = await getEvidenceMetadata(d.database, found.id);
        const gps = metadata?.reading.gps;
        const incidentSites = gps ? await incidentSitesFromItem(d.database, found.id, gps, found.cases) : [];
        return { ...found, metadata, incidentSites, credentials: await getEvidenceCredentials(d.database, found.id), derivatives: await listDerivatives(d.database.db, found.id), lookAlikes: await similarItems(d.database.db, found.id, found.cases) };
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
          ...(item.incidentSites.length ? ['  its GPS against the incidents citing it:', ...item.incidentSites.map((site) => `    ${site.incidentId}  ${site.title}: ${siteDistanceInWords(site)}`)] : []),
          ...(item.credentials ? [`  content credentials: (${item.credentials.tool}, read ${item.credentials.readAt})`, ...credentialsInWords(item.credentials.report).map((line) => `    ${line}`)] : []),
          ...(item.derivatives.length ? ['  derivatives (made for viewing, not the evidence):', ...item.derivatives.map((derivative) => `    ${derivativeLine(derivative)}`)] : []),
          ...(item.lookAlikes.lookAlikes.length
            ? [
                `  looks like (perceptual hash; the first taken in: ${item.lookAlikes.firstTakenIn}):`,
                ...item.lookAlikes.lookAlikes.map((other) => `    ${other.evidenceId}  ${other.originalName}  ${other.distance === null ? '' : `${other.distance} bits, `}${distanceInWords(other.distance)}, taken in ${other.firstIntakeAt}`),
              ]
            : []),
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

function derivedInWords(result: DerivativesResult): string {
  if (result.status !== 'made') return `${result.status}: ${result.reason}`;
  const counts = new Map<string, number>();
  for (const derivative of result.derivatives) counts.set(derivative.kind, (counts.get(derivative.kind) ?? 0) + 1);
  const made = [...counts].map(([kind, count]) => (count > 1 ? `${count} ${kind}s` : kind)).join(', ');
  return [made, ...result.failures.map((failure) => `${failure.kind} failed: ${failure.reason}`)].filter(Boolean).join('; ');
}

function derivativeLine(derivative: Derivative): string {
  const at = derivative.frameSeconds !== null ? ` at ${derivative.frameSeconds.toFixed(2)} s` : derivative.tileSeconds ? ` of frames at ${derivative.tileSeconds.map((s) => s.toFixed(1)).join(', ')} s` : '';
  return `${derivative.kind}${at}  ${derivative.sha256.slice(0, 16)}  ${derivative.mediaType}  ${derivative.size} bytes  ${derivative.tool}  ledger #${derivative.ledgerSeq}`;
}


/** The items named (or, with none named, every item of the case) that a reading applies to, each read in turn. */
async function readCaseItems<T extends object>(d: Dossier, caseId: string, refs: readonly string[], applies: (mediaType: string) => boolean, read: (item: EvidenceItem) => Promise<T>) {
  const items = await itemsOfCase(d, caseId, refs);
  const results: ({ id: string; name: string } & T)[] = [];
  for (const item of items.filter((candidate) => applies(candidate.mediaType))) results.push({ id: item.id, name: item.originalName, ...(await read(item)) });
  return results;
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
