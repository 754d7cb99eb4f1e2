/**
 * `dossier export bag`: a case as a BagIt 1.0 case file that a court, a defence lawyer or a journalist
 * verifies offline (src/bag/verify-case-file.ts). Everything is written into a temp directory beside the
 * destination (made for this run alone); the export is logged, then the bag (or its .zip/.tar) is moved into place, so a failure
 * leaves nothing under the final name and no copy leaves without its custody entry.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { archiveFormatOf, bagNameOf, packBag } from '../bag/bag-archive.js';
import { BagBuilder, type BagInfoField, type FinishedBag } from '../bag/bag-builder.js';
import { analysisPath, CASE_FILE_FORMAT, CASE_FILE_INFO, CASE_FILE_PATHS, evidencePath, portableFileName, sealText } from '../bag/case-file-layout.js';
import { getPinnedAnalysis, listPinnedAnalyses } from '../analysis/pinned-analyses.js';
import type { PatternResult } from '../analysis/pattern-result.js';
import { patternHtml } from '../analysis/pattern-text.js';
import { getCase, type Case } from '../cases/cases.js';
import { fsyncDirectory } from '../common/durable-fs.js';
import { DossierError, invalidField } from '../common/errors.js';
import { checkOutputPath, placeOutput, type OutputRules } from '../common/output-file.js';
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import { listEvidence, type EvidenceItem } from '../evidence/evidence.js';
import { writeAcledCsv } from '../exchange/acled-export.js';
import { exportGeoJson } from '../exchange/geojson-export.js';
import { writeCaseJson } from '../exchange/json-export.js';
import { parseCheckpoint } from '../ledger/proofs/checkpoint.js';
import type { CustodyLedger } from '../ledger/log.js';
import { signNote } from '../ledger/proofs/signed-note.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { BlobStore } from '../vault/blob-store.js';
import { deliberationRecord } from '../comments/deliberation.js';
import { custodyLines } from './custody-export.js';
import { elementEvidenceMatrix, type EvidenceInBag } from './element-matrix.js';
import { caseFileProfile, type CaseFileProfile } from './profiles.js';
import { caseJsonRedaction, redactEvidenceItem } from './redaction.js';
import { caseFileReadme } from './readme.js';
import { stampBag, type BagTimestamp } from './tsa-client.js';
import { cosignedCheckpoint } from '../witness/witnessing.js';
import { stampCheckpoint, stampsOf } from '../timestamping/checkpoint-stamps.js';

export interface CaseFileDeps {
  database: Database;
  ledger: CustodyLedger;
  vault: BlobStore;
  gazetteer: Gazetteer | undefined;
  /** The log's public key, shipped in the bag so the recipient can check every signature. */
  verifierKey: string;
}

export interface CaseFileExportOptions {
  profile?: string | undefined;
  /** A directory to create, or a file ending in .zip or .tar. */
  out: string;
  /**
   * Where `out` may be: never inside the protected paths; an existing .zip or .tar only with force (a folder
   * never). Faces that take a path from a user pass the archive's paths; the default protects none.
   */
  rules?: OutputRules | undefined;
  organization?: string | undefined;
  /** An RFC 3161 time-stamping authority's URL: the tag manifest is stamped, the token kept in the bag. */
  tsaUrl?: string | undefined;
  /**
   * The authorities that stamp the ledger's checkpoints (DOSSIER_CHECKPOINT_TSA_URLS): asked to stamp the head
   * this bag ships if they have not yet. One that does not answer does not stop the export (its stamp is missing).
   */
  checkpointTsaUrls?: readonly string[] | undefined;
  onProgress?: ((doneBytes: number, totalBytes: number) => void) | undefined;
  /**
   * The case's discussion as the record of deliberation (data/case/deliberation.json): an owner's choice, for
   * the court profile only; never otherwise.
   */
  includeDeliberation?: boolean | undefined;
}

export interface CaseFileExportResult {
  out: string;
  format: 'directory' | 'zip' | 'tar';
  caseId: string;
  profile: string;
  bagId: string;
  payloadFiles: number;
  payloadBytes: number;
  payloadOxum: string;
  tagManifestSha256: string;
  checkpointSize: number;
  custodyEntries: number;
  evidenceFiles: number;
  evidenceWithheld: number;
  timestamp: BagTimestamp | null;
  /** How many comments the record of deliberation holds; absent when it was not included. */
  deliberationComments?: number;
  /** The ledger entry that records the export; null from a read-only data directory, which cannot take it. */
  ledgerSeq: number | null;
}

export async function exportCaseFile(deps: CaseFileDeps, actor: string, caseId: string, options: CaseFileExportOptions): Promise<CaseFileExportResult> {
  const profile = caseFileProfile(options.profile);
  if (options.includeDeliberation && profile.name !== 'court') {
    throw invalidField('includeDeliberation', `the record of deliberation goes only in a court case file, not the ${profile.name} profile`, true);
  }
  const found = await getCase(deps, caseId);
  const { path: out, exists } = await checkOutputPath('out', options.out, options.rules ?? { protectedPaths: [] });
  const format = archiveFormatOf(out);
  // A .zip or .tar may replace an older one when asked; a bag folder is never replaced.
  if (exists && !format) throw invalidField('out', `${options.out} already exists; a case file folder is never replaced`, options.out);
  const signer = deps.ledger.options.signer;
  if (!signer) throw new DossierError('KEY_INVALID', 'a case file is sealed with the log key, which this process was not given');
  // With the witnesses' cosignatures kept for it: the reader learns who vouched for the head the proofs lead to.
  const note = (await cosignedCheckpoint(deps.database))?.note;
  if (!note) throw new DossierError('LEDGER_INCONSISTENT', 'the ledger has no signed checkpoint yet');
  const checkpointSize = parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1)).treeSize;
  // The head its proofs lead to is stamped, so the bag proves when every entry it carries existed, not only when
  // the bag was made: by the export's own authority (whose failure stops it, as for the bag's stamp) and by those
  // that stamp checkpoints (one that does not answer leaves its stamp missing), in one round.
  const authorities = [...new Set([...(options.tsaUrl ? [options.tsaUrl] : []), ...(options.checkpointTsaUrls ?? [])])];
  if (authorities.length > 0) {
    const results = await stampCheckpoint(deps.database, { treeSize: checkpointSize, note }, authorities);
    const own = results.find((result) => result.tsa === options.tsaUrl);
    if (own?.outcome === 'failed') {
      throw new DossierError('TIMESTAMP_FAILED', `the time-stamping authority ${options.tsaUrl} gave no usable time-stamp of the checkpoint: ${own.problem}; no case file was written`, { field: 'tsaUrl', value: options.tsaUrl });
    }
  }
  const stamps = await stampsOf(deps.database, checkpointSize);

  // Built beside the destination (one filesystem, so putting it in place is a rename), in a folder of its own.
  const holder = await fs.mkdtemp(path.join(path.dirname(out), `.${path.basename(out)}.partial-`));
  const workDir = path.join(holder, 'bag');
  const bagId = newId('bag');
  try {
    const builder = await BagBuilder.create(workDir);
    const written = await writePayload(deps, builder, found, profile, checkpointSize, note, options.onProgress, options.includeDeliberation === true);
    for (const [i, stamp] of stamps.entries()) await builder.addPayload(relative(`${CASE_FILE_PATHS.checkpointTimestampsDir}/${i + 1}.tsr`), stamp.token);
    const finished = await builder.finish(bagInfo(found, profile, bagId, deps, checkpointSize, options.organization));
    checkCopies(finished, written.included, written.inBag);
    await fs.writeFile(path.join(workDir, CASE_FILE_PATHS.seal), signNote(sealText({ caseId, profile: profile.name, tagManifestSha256: finished.tagManifestSha256 }), [signer]), { flag: 'wx' });
    const timestamp = options.tsaUrl ? await stampBag(workDir, options.tsaUrl, finished.tagManifestSha256) : null;
    await fsyncDirectory(workDir);
    const archive = format ? path.join(holder, `bag.${format}`) : null;
    if (archive) await packBag(workDir, archive, format!, bagNameOf(out));
    const result: Omit<CaseFileExportResult, 'ledgerSeq'> = {
      out,
      format: format ?? 'directory',
      caseId,
      profile: profile.name,
      bagId,
      payloadFiles: finished.payloadFiles,
      payloadBytes: finished.payloadBytes,
      payloadOxum: finished.payloadOxum,
      tagManifestSha256: finished.tagManifestSha256,
      checkpointSize,
      custodyEntries: written.custodyEntries,
      evidenceFiles: written.included.length,
      evidenceWithheld: written.withheld,
      timestamp,
      ...(written.deliberationComments === undefined ? {} : { deliberationComments: written.deliberationComments }),
    };
    const ledgerSeq = await logExport(deps, actor, result, written.included);
    if (archive) {
      await placeOutput('out', archive, out, exists);
    } else {
      await fs.rename(workDir, out);
      await fsyncDirectory(path.dirname(out));
    }
    return { ...result, ledgerSeq };
  } finally {
    await fs.rm(holder, { recursive: true, force: true });
  }
}

interface WrittenPayload {
  included: EvidenceItem[];
  inBag: ReadonlyMap<string, EvidenceInBag>;
  withheld: number;
  custodyEntries: number;
  deliberationComments?: number;
}

async function writePayload(
  deps: CaseFileDeps,
  builder: BagBuilder,
  found: Case,
  profile: CaseFileProfile,
  checkpointSize: number,
  note: string,
  onProgress: CaseFileExportOptions['onProgress'],
  includeDeliberation: boolean,
): Promise<WrittenPayload> {
  const caseId = found.id;
  const items = await listEvidence(deps, { caseId });
  const included = profile.evidenceFiles ? items : [];
  const inBag = new Map<string, EvidenceInBag>(
    items.map((item) => [item.id, { sha256: item.sha256, bagPath: profile.evidenceFiles ? evidencePath(item.sha256, portableFileName(redactEvidenceItem(item, profile).originalName)) : null }]),
  );
  await writeEvidenceFiles(deps, builder, included, inBag, onProgress);

  const protectedSiteIds = await protectedSites(deps.database, caseId);
  const redaction = caseJsonRedaction({ profile, gazetteer: deps.gazetteer, protectedSiteIds });
  const recordDeps = { database: deps.database, ledger: deps.ledger, gazetteer: deps.gazetteer };
  await builder.addPayload(relative(CASE_FILE_PATHS.caseJson), streamFrom((sink) => writeCaseJson(deps, caseId, sink, redaction)));
  const listed = items.map((item) => ({ ...redactEvidenceItem(item, profile), bagPath: inBag.get(item.id)!.bagPath }));
  await builder.addPayload(relative(CASE_FILE_PATHS.evidenceJson), `${JSON.stringify({ caseId, profile: profile.name, items: listed }, null, 2)}\n`);
  await builder.addPayload(relative(CASE_FILE_PATHS.acledCsv), streamFrom((sink) => writeAcledCsv(recordDeps, caseId, sink, { coarsen: profile.coarsenSensitivePlaces })));
  const geojson = await exportGeoJson(recordDeps, caseId, { coarsen: profile.coarsenSensitivePlaces });
  await builder.addPayload(relative(CASE_FILE_PATHS.geojson), `${JSON.stringify(geojson)}\n`);
  await builder.addPayload(relative(CASE_FILE_PATHS.elementMatrix), await elementEvidenceMatrix(deps.database, caseId, inBag));

  const analyses = profile.pinnedAnalyses ? await writePinnedAnalyses(deps.database, builder, caseId, checkpointSize) : 0;
  const deliberation = includeDeliberation ? await deliberationRecord(deps.database.db, caseId, checkpointSize) : undefined;
  if (deliberation) await builder.addPayload(relative(CASE_FILE_PATHS.deliberation), `${JSON.stringify(deliberation, null, 2)}\n`);
  await builder.addPayload(relative(CASE_FILE_PATHS.logKey), `${deps.verifierKey}\n`);
  await builder.addPayload(relative(CASE_FILE_PATHS.checkpoint), note);
  const counted = { entries: 0 };
  const scope = { caseId, evidence: new Set(items.map((item) => item.sha256)), intakesOnly: profile.custody === 'intake', treeSize: checkpointSize };
  await builder.addPayload(relative(CASE_FILE_PATHS.entries), custodyLines(deps.database, deps.ledger, scope, counted));
  await builder.addPayload(relative(CASE_FILE_PATHS.readme), caseFileReadme(found, profile, deps.verifierKey, checkpointSize, analyses));
  return { included, inBag, withheld: items.length - included.length, custodyEntries: counted.entries, ...(deliberation ? { deliberationComments: deliberation.comments.length } : {}) };
}

/**
 * The analyses pinned before the checkpoint (so their `analyse` entries are in the bag with proofs), each as the
 * exact JSON pinned; a pattern of conduct also as its printable HTML, rendered from that JSON.
 */
async function writePinnedAnalyses(database: Database, builder: BagBuilder, caseId: string, checkpointSize: number): Promise<number> {
  const pins = (await listPinnedAnalyses(database, caseId)).filter((pin) => pin.ledgerSeq < checkpointSize);
  for (const pin of pins) {
    const { result } = await getPinnedAnalysis(database, caseId, pin.id);
    await builder.addPayload(relative(analysisPath(pin.id, 'json')), result);
    if (pin.analysis === 'pattern') await builder.addPayload(relative(analysisPath(pin.id, 'html')), patternHtml(JSON.parse(result) as PatternResult));
  }
  return pins.length;
}

/** Copies each item from the vault into the bag; their hashes are checked once the bag is finished (`checkCopies`). */
async function writeEvidenceFiles(
  deps: CaseFileDeps,
  builder: BagBuilder,
  items: readonly EvidenceItem[],
  inBag: ReadonlyMap<string, EvidenceInBag>,
  onProgress: CaseFileExportOptions['onProgress'],
): Promise<void> {
  const totalBytes = items.reduce((sum, item) => sum + item.size, 0);
  let doneBytes = 0;
  for (const item of items) {
    await builder.addCopiedPayload(relative(inBag.get(item.id)!.bagPath!), (target) => deps.vault.copyTo(item.sha256, target));
    doneBytes += item.size;
    onProgress?.(doneBytes, totalBytes);
  }
}

/** Refuses to ship a copy whose hash is not the one taken in: the vault was damaged since. */
function checkCopies(finished: FinishedBag, included: readonly EvidenceItem[], inBag: ReadonlyMap<string, EvidenceInBag>): void {
  const byPath = new Map(finished.payload.map((file) => [file.path, file]));
  for (const item of included) {
    const copied = byPath.get(inBag.get(item.id)!.bagPath!)?.digests.sha256;
    if (copied !== item.sha256) {
      throw new DossierError('VAULT_BLOB_CORRUPT', `blob ${item.sha256} now hashes to ${copied}: no case file was written; run "dossier vault verify"`, { sha256: item.sha256 });
    }
  }
}

async function protectedSites(database: Database, caseId: string): Promise<Set<string>> {
  const rows = await database.db.selectFrom('records').select(['id', 'doc']).where('case_id', '=', caseId).where('kind', '=', 'site').execute();
  return new Set(rows.filter((row) => (JSON.parse(row.doc) as { protectedSite?: boolean }).protectedSite === true).map((row) => row.id));
}

/** A Writable for a producer that writes text, read back as the bag writer's byte stream; a failure reaches the reader. */
function streamFrom(produce: (sink: Writable) => Promise<unknown>): AsyncIterable<Uint8Array> {
  const pass = new PassThrough();
  produce(pass).then(
    () => pass.end(),
    (error: Error) => pass.destroy(error),
  );
  return pass;
}

const relative = (bagPath: string) => bagPath.replace(/^data\//, '');

function bagInfo(found: Case, profile: CaseFileProfile, bagId: string, deps: CaseFileDeps, checkpointSize: number, organization: string | undefined): BagInfoField[] {
  const origin = deps.ledger.options.origin;
  return [
    { label: 'Source-Organization', value: organization?.trim() || origin },
    { label: 'External-Description', value: `Case file of "${found.title}" (${profile.name} profile). ${profile.description}` },
    { label: CASE_FILE_INFO.caseId, value: found.id },
    { label: 'Internal-Sender-Identifier', value: bagId },
    { label: 'Bag-Software-Agent', value: 'Dossier' },
    { label: CASE_FILE_INFO.format, value: CASE_FILE_FORMAT },
    { label: CASE_FILE_INFO.profile, value: profile.name },
    { label: CASE_FILE_INFO.logOrigin, value: origin },
    { label: CASE_FILE_INFO.checkpointSize, value: String(checkpointSize) },
  ];
}

/** One entry per evidence file that left (its own custody history shows the copy) and one for the bag. */
async function logExport(deps: CaseFileDeps, actor: string, result: Omit<CaseFileExportResult, 'ledgerSeq'>, included: readonly EvidenceItem[]): Promise<number | null> {
  if (deps.database.readOnly) return null;
  const about = { bag: result.bagId, profile: result.profile, tagManifestSha256: result.tagManifestSha256 };
  const entries = await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [
      ...included.map((item) => ({ actor, action: 'export' as const, subject: { case: result.caseId, evidence: item.sha256 }, details: { evidenceId: item.id, ...about } })),
      {
        actor,
        action: 'export' as const,
        subject: { case: result.caseId },
        details: {
          scope: 'case-file',
          ...about,
          format: result.format,
          payloadOxum: result.payloadOxum,
          checkpointSize: result.checkpointSize,
          custodyEntries: result.custodyEntries,
          evidenceFiles: result.evidenceFiles,
          evidenceWithheld: result.evidenceWithheld,
          // The owner's choice to let the team's discussion leave is itself on the record.
          ...(result.deliberationComments === undefined ? {} : { deliberationComments: result.deliberationComments }),
          ...(result.timestamp ? { timestamp: result.timestamp } : {}),
        },
      },
    ]),
  );
  return entries[entries.length - 1]!.seq;
}
