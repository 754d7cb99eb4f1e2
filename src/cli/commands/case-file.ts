import type { Dossier } from '../../app/open.js';
import { checkTsaUrl } from '../../common/config.js';
import { exportCaseFile, type CaseFileExportResult } from '../../case-file/export-case-file.js';
import { importCaseFile, type CaseFileImportResult } from '../../case-file/import-case-file.js';
import { parseByteSize } from '../byte-size.js';
import { byteProgress } from '../progress.js';

export interface ExportBagOptions {
  case: string;
  force?: boolean;
  profile?: string;
  organization?: string;
  tsaUrl?: string;
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
  return importCaseFile(d, d.config.actor, bagPath, options.case, { expectedLogKey: options.logKey, tmpDir, maxUnpackedBytes });
}

export function importedInWords(bagPath: string, result: CaseFileImportResult): string {
  const fresh = result.imported.filter((item) => !item.duplicate).length;
  return [
    `Imported ${result.imported.length} files from ${bagPath} into ${result.caseId} (${fresh} new to the vault, ${result.imported.length - fresh} already held)`,
    `  bag ${result.bag.externalIdentifier ?? '(no External-Identifier)'}, tagmanifest-sha256.txt SHA-256 ${result.bag.tagManifestSha256 ?? '(none)'}`,
    result.caseFile
      ? `  a Dossier case file of ${result.caseFile.caseId} (${result.caseFile.profile}), log ${result.caseFile.logOrigin}, key ${result.caseFile.logKey}: ${result.caseFile.custodyVerified} custody entries verified`
      : '  a plain BagIt bag: verified against RFC 8493',
    `  arrival logged as transfer entry ${result.transferSeq}; each file's intake names it`,
  ].join('\n');
}
