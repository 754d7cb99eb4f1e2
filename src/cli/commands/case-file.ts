import type { Dossier } from '../../app/open.js';
import { checkTsaUrl } from '../../common/config.js';
import { exportCaseFile, type CaseFileExportResult } from '../../case-file/export-case-file.js';
import { importCaseFile, type CaseFileImportResult } from '../../case-file/import-case-file.js';
import type { PartnerRecordsReport } from '../../case-file/partner-records.js';
import { RECORD_KIND_LIST } from '../../app/record-kinds.js';
import { createdInWords } from '../../exchange/created-words.js';
import { recordsKey } from '../../exchange/json-export.js';
import type { RecordKindName } from '../../records/record-kind.js';
import { VOCABULARY_VERSION } from '../../vocab/vocabularies.js';
import { parseByteSize } from '../byte-size.js';
import { byteProgress } from '../progress.js';

export interface ExportBagOptions {
  case: string;
  force?: boolean;
  profile?: string;
  organization?: string;
  tsaUrl?: string;
  includeDeliberation?: boolean;
}

/** `dossier export bag --case ID [--profile …] OUT`: the work is the domain's; this prints what was made. */
export async function exportBag(d: Dossier, out: string, options: ExportBagOptions): Promise<CaseFileExportResult> {
  if (options.tsaUrl !== undefined) checkTsaUrl('tsa-url', options.tsaUrl);
  let bar: ReturnType<typeof byteProgress> | undefined;
  try {
    return await exportCaseFile(
      { database: d.database, ledger: d.ledger, vault: d.vault, gazetteer: await d.places(), verifierKey: d.dataDir.verifierKey },
      d.config.actor,
      options.case,
      {
        out,
        rules: { force: options.force, protectedPaths: d.protectedPaths },
        profile: options.profile,
        organization: options.organization,
        tsaUrl: options.tsaUrl ?? d.config.tsaUrl,
        checkpointTsaUrls: d.config.checkpointTsaUrls,
        includeDeliberation: options.includeDeliberation,
        onProgress: (done, total) => {
          bar ??= byteProgress('Copying evidence', total);
          bar.update(done);
        },
      },
    );
  } finally {
    bar?.stop();
  }
}

export function exportedInWords(result: CaseFileExportResult): string {
  return [
    `Wrote case file ${result.out} (${result.format}, ${result.profile} profile) of case ${result.caseId}`,
    `  ${result.payloadFiles} payload files, ${result.payloadBytes.toLocaleString('en-GB')} bytes (Payload-Oxum ${result.payloadOxum})`,
    `  ${result.evidenceFiles} evidence files${result.evidenceWithheld ? `, ${result.evidenceWithheld} listed by hash only` : ''}; ${result.custodyEntries} custody entries with proofs against checkpoint ${result.checkpointSize}`,
    ...(result.deliberationComments === undefined ? [] : [`  record of deliberation: ${result.deliberationComments} ${result.deliberationComments === 1 ? 'comment' : 'comments'} with every revision (data/case/deliberation.json)`]),
    `  tagmanifest-sha256.txt SHA-256 ${result.tagManifestSha256}`,
    ...(result.timestamp ? [`  RFC 3161 time-stamp ${result.timestamp.time} (serial ${result.timestamp.serial ?? '?'})`] : []),
    result.ledgerSeq === null ? '  not logged: the data directory is read-only' : `  logged as ledger entry ${result.ledgerSeq}`,
  ].join('\n');
}

export interface ImportBagOptions {
  case: string;
  logKey?: string;
  tmp?: string;
  maxUnpacked?: string;
}

/** `dossier import bag PATH --case ID`: a .zip or .tar is unpacked under the data directory's tmp/ unless --tmp says otherwise. */
export async function importBag(d: Dossier, bagPath: string, options: ImportBagOptions): Promise<CaseFileImportResult> {
  const maxUnpackedBytes = options.maxUnpacked === undefined ? undefined : parseByteSize('max-unpacked', options.maxUnpacked);
  const tmpDir = options.tmp ?? d.tmpDir;
  const deps = { database: d.database, ledger: d.ledger, vault: d.vault, gazetteer: await d.places() };
  return importCaseFile(deps, d.config.actor, bagPath, options.case, { expectedLogKey: options.logKey, tmpDir, maxUnpackedBytes });
}

export function importedInWords(bagPath: string, result: CaseFileImportResult): string {
  const fresh = result.imported.filter((item) => !item.duplicate).length;
  const files = result.caseFile ? 'evidence files' : 'files';
  return [
    `Imported ${result.imported.length} ${files} from ${bagPath} into ${result.caseId} (${fresh} new to the vault, ${result.imported.length - fresh} already held)`,
    `  bag ${result.bag.externalIdentifier ?? '(no External-Identifier)'}, tagmanifest-sha256.txt SHA-256 ${result.bag.tagManifestSha256 ?? '(none)'}`,
    result.caseFile
      ? `  a Dossier case file of ${result.caseFile.caseId} (${result.caseFile.profile}), log ${result.caseFile.logOrigin}, key ${result.caseFile.logKey}: ${result.caseFile.custodyVerified} custody entries verified`
      : '  a plain BagIt bag: verified against RFC 8493',
    ...(result.bagFiles ? [`  the bag's other files (records, custody, manifests) kept as one item: ${result.bagFiles.evidenceId}${result.bagFiles.duplicate ? ' (already held)' : ''}`] : []),
    ...(result.records ? partnerRecordsInWords(result.records) : []),
    `  arrival logged as transfer entry ${result.transferSeq}; each file's intake${result.records ? " and each record's creation" : ''} names it`,
  ].join('\n');
}

function partnerRecordsInWords(records: PartnerRecordsReport): string[] {
  const byKind = (list: readonly { kind: RecordKindName }[]) => {
    // Counted in the documentation model's order (incidents first), whatever order they were created in.
    const counts = Object.fromEntries(RECORD_KIND_LIST.map((kind) => [recordsKey(kind.plural), list.filter((r) => r.kind === kind.name).length]));
    return createdInWords(counts, { omitNone: true }).join(', ') || 'none';
  };
  const shown = <T>(list: readonly T[], line: (item: T) => string) => [...list.slice(0, 10).map(line), ...(list.length > 10 ? [`      … and ${list.length - 10} more`] : [])];
  return [
    `  records created: ${byKind(records.created)}`,
    ...(records.unchanged.length ? [`  already imported from this partner case, unchanged: ${byKind(records.unchanged)}`] : []),
    ...(records.partnerVocabularyVersion ? [`  the partner's vocabularies are version ${records.partnerVocabularyVersion}, ours ${VOCABULARY_VERSION}`] : []),
    ...(records.conflicts.length ? [`  changed by the partner since they were imported (ours kept as they are; compare them): ${records.conflicts.length}`] : []),
    ...shown(records.conflicts, (c) => `    ${c.kind} ${c.id}: partner's ${c.partnerId} now at revision ${c.partnerRev}, imported at ${c.importedRev}`),
    ...(records.possibleDuplicates.length ? [`  possible duplicates of records this case held before (both kept; merge by hand if they are one): ${records.possibleDuplicates.length}`] : []),
    ...shown(records.possibleDuplicates, (d) => `    ${d.kind} "${d.title}": new ${d.id}, held ${d.existingId}`),
    ...(records.rejected.length ? [`  not imported: ${records.rejected.length}`] : []),
    ...shown(records.rejected, (r) => `    ${r.kind} ${r.partnerId}${r.field ? ` ${r.field}` : ''}: ${r.problem}`),
    ...(records.linksDropped.length ? [`  links left out: ${records.linksDropped.length}`] : []),
    ...shown(records.linksDropped, (l) => `    ${l.kind} ${l.partnerId} ${l.field} → ${l.reference}: ${l.problem}`),
    ...(records.linkedLater.length ? [`  linked in a second revision (their links form a cycle): ${byKind(records.linkedLater)}`] : []),
  ];
}
