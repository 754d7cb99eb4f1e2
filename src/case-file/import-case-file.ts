/**
 * `dossier import bag`: a partner's bag taken into a case. It is verified first, whole, and refused if
 * anything fails. A bag from another tool: every payload file becomes an evidence item whose intake entry
 * names the bag (its tag-manifest hash and identifiers). A Dossier case file is taken in as a case: each
 * evidence file an item whose intake also names the partner's custody log and the entries that recorded it
 * there; the partner's records become records (partner-records.ts); and the rest of the bag (tag files,
 * records, custody files with their proofs) is kept once, as one tar item, the transfer's own evidence.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs, { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ArchiveTooLarge, ArchiveUnreadable, bagNameOf, packBag, withBagDirectory } from '../bag/bag-archive.js';
import { CASE_FILE_INFO, CASE_FILE_PATHS } from '../bag/case-file-layout.js';
import { Findings } from '../bag/findings.js';
import { parseManifest } from '../bag/manifest.js';
import { parseTagFields } from '../bag/tag-file.js';
import { verifyCaseFile, type CaseFileReport } from '../bag/verify-case-file.js';
import { getCase } from '../cases/cases.js';
import { DossierError } from '../common/errors.js';
import { failpoint } from '../common/failpoint.js';
import { makeWorkDir } from '../common/work-dir.js';
import { ingestEvidence, listEvidence, type EvidenceDeps } from '../evidence/evidence.js';
import type { CaseExport } from '../exchange/json-export.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { importPartnerRecords, type PartnerRecordsReport } from './partner-records.js';

export interface CaseFileImportOptions {
  /** The partner's published log key: a case file signed by any other key is refused. */
  expectedLogKey?: string | undefined;
  /** Where a .zip or .tar is unpacked (default: the system's temp folder; the CLI gives DATA/tmp). */
  tmpDir?: string | undefined;
  /** What a .zip or .tar may unpack to at most (default: a multiple of its size, see bag/unpack-limits.ts). */
  maxUnpackedBytes?: number | undefined;
  onFile?: ((done: number, total: number) => void) | undefined;
}

export interface ImportedItem {
  bagPath: string;
  evidenceId: string;
  sha256: string;
  duplicate: boolean;
}

export interface CaseFileImportResult {
  caseId: string;
  bag: BagIdentity;
  caseFile: CaseFileReport['caseFile'];
  /** Evidence files: every payload file of a plain bag, the evidence files of a Dossier case file. */
  imported: ImportedItem[];
  /** A Dossier case file's other files, kept as one tar item; null for a plain bag. */
  bagFiles: ImportedItem | null;
  /** A Dossier case file's records as ours; null for a plain bag. */
  records: PartnerRecordsReport | null;
  /** The `transfer` entry that records the bag's arrival and its verification. */
  transferSeq: number;
}

/** What names a bag in our ledger: identifiers and hashes, never free text. */
export interface BagIdentity {
  tagManifestSha256: string | null;
  externalIdentifier: string | null;
  internalSenderIdentifier: string | null;
  baggingDate: string | null;
  payloadOxum: string | null;
}

/** What an import needs: the vault and ledger for evidence, the gazetteer to check the partner's places. */
export type CaseFileImportDeps = EvidenceDeps & { gazetteer: Gazetteer | undefined };

export async function importCaseFile(deps: CaseFileImportDeps, actor: string, bagPath: string, caseId: string, options: CaseFileImportOptions = {}): Promise<CaseFileImportResult> {
  await getCase(deps, caseId);
  // Unpacked, then copied into the vault: the disk must hold the payload twice (when both are on one disk).
  const unpacking = { tmpParent: options.tmpDir ?? os.tmpdir(), maxUnpackedBytes: options.maxUnpackedBytes, copiesOnDisk: 2 };
  try {
    return await withBagDirectory(bagPath, unpacking, (bagDir) => {
      failpoint('import-bag:unpacked');
      return importBagDirectory(deps, actor, bagPath, bagDir, caseId, options);
    });
  } catch (cause) {
    // An archive that cannot be unpacked, or is refused for what it would unpack to, is a bag that does not verify.
    if (!(cause instanceof ArchiveUnreadable)) throw cause;
    const refusal = cause instanceof ArchiveTooLarge ? { limit: cause.refusal.limit, declared: cause.refusal.declared, allowed: cause.refusal.allowed } : {};
    const finding = { code: cause.code, path: bagPath, message: cause.message, ...refusal };
    throw new DossierError('BAG_INVALID', `${bagPath} was not imported: ${cause.code}: ${cause.message}`, { field: 'path', errors: [finding] }, { cause });
  }
}

async function importBagDirectory(deps: CaseFileImportDeps, actor: string, bagPath: string, bagDir: string, caseId: string, options: CaseFileImportOptions): Promise<CaseFileImportResult> {
  const report = await verifyCaseFile(bagDir, { expectedLogKey: options.expectedLogKey });
  if (!report.valid) {
    const shown = report.errors.slice(0, 5).map((e) => `${e.code}${e.path ? ` ${e.path}` : ''}: ${e.message}`);
    throw new DossierError('BAG_INVALID', `${bagPath} does not verify, so nothing was imported:\n  ${shown.join('\n  ')}${report.errors.length > 5 ? `\n  … and ${report.errors.length - 5} more` : ''}`, {
      field: 'path',
      errors: report.errors,
    });
  }
  const partnerCase = report.caseFile ? await readPartnerCase(bagDir) : null;
  const info = await bagInfo(bagDir);
  const bag = await bagIdentity(bagDir, info);
  const source = `BagIt bag ${bag.externalIdentifier ?? path.basename(bagPath)} from ${info.get('source-organization') ?? 'an unnamed organisation'}${bag.baggingDate ? `, bagged ${bag.baggingDate}` : ''}`;
  const [transfer] = await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [
      {
        actor,
        action: 'transfer',
        subject: { case: caseId },
        details: { direction: 'in', bag, verified: true, caseFile: report.caseFile && custodyIdentity(report.caseFile), payloadFiles: report.bag.checked.payloadFiles },
      },
    ]),
  );
  const transferSeq = transfer!.seq;
  const expected = await sha256Manifest(bagDir);
  const listed = [...expected.keys()].length > 0 ? [...expected.keys()].sort() : await payloadPaths(bagDir);
  const files = report.caseFile ? listed.filter((file) => evidenceShaOf(file) !== null) : listed;
  const intakeSeqs = report.caseFile ? await partnerIntakes(bagDir, report.caseFile.caseId) : new Map<string, number[]>();
  const imported: ImportedItem[] = [];
  for (const [i, file] of files.entries()) {
    const evidenceSha = evidenceShaOf(file);
    const result = await ingestEvidence(deps, actor, {
      caseId,
      originalName: evidenceSha ? path.posix.basename(file) : file.replace(/^data\//, '').replace(/\//g, '_'),
      source,
      note: `From ${file} in the bag`,
      content: createReadStream(path.join(bagDir, ...file.split('/'))) as AsyncIterable<Uint8Array>,
      expectedSha256: expected.get(file),
      provenance: {
        transferSeq,
        bagTagManifestSha256: bag.tagManifestSha256,
        ...(report.caseFile && evidenceSha ? { partnerLog: report.caseFile.logOrigin, partnerIntakeSeqs: intakeSeqs.get(evidenceSha) ?? [] } : {}),
      },
    });
    imported.push({ bagPath: file, evidenceId: result.item.id, sha256: result.item.sha256, duplicate: result.duplicate });
    options.onFile?.(i + 1, files.length);
  }
  if (!report.caseFile || !partnerCase) return { caseId, bag, caseFile: null, imported, bagFiles: null, records: null, transferSeq };

  const bagFiles = await keepBagFiles(deps, actor, { bagDir, bagPath, caseId, source, transferSeq, bag, evidenceFiles: files.length, tmpDir: options.tmpDir });
  const records = await importPartnerRecords(deps, actor, caseId, partnerCase.records, await ourEvidenceIds(deps, caseId, partnerCase.evidence), {
    log: report.caseFile.logOrigin,
    caseId: report.caseFile.caseId,
    bagTagManifestSha256: bag.tagManifestSha256 ?? '',
    bagEntry: CASE_FILE_PATHS.caseJson,
    transferSeq,
  });
  return { caseId, bag, caseFile: report.caseFile, imported, bagFiles, records, transferSeq };
}

const evidenceShaOf = (file: string) => /^data\/evidence\/([0-9a-f]{64})\/[^/]+$/.exec(file)?.[1] ?? null;

interface PartnerCaseFiles {
  records: CaseExport;
  /** The evidence items the partner's case lists, included in the bag or not. */
  evidence: { id: string; sha256: string }[];
}

/** The case file's records and evidence list, refused before anything is logged when not in a form we read. */
async function readPartnerCase(bagDir: string): Promise<PartnerCaseFiles> {
  const read = async (file: string) => {
    try {
      return JSON.parse(await readFile(path.join(bagDir, ...file.split('/')), 'utf8')) as unknown;
    } catch (cause) {
      throw new DossierError('BAG_INVALID', `${file} cannot be read as JSON: ${(cause as Error).message}; nothing was imported`, { field: 'path', path: file }, { cause });
    }
  };
  const records = (await read(CASE_FILE_PATHS.caseJson)) as Partial<CaseExport> | null;
  if (records?.format !== 'dossier-case' || records.version !== 1 || typeof records.records !== 'object' || records.records === null) {
    throw new DossierError('BAG_INVALID', `${CASE_FILE_PATHS.caseJson} is not a dossier-case export of version 1; nothing was imported`, { field: 'path', path: CASE_FILE_PATHS.caseJson });
  }
  const listing = (await read(CASE_FILE_PATHS.evidenceJson)) as { items?: { id?: unknown; sha256?: unknown }[] } | null;
  const evidence = (Array.isArray(listing?.items) ? listing.items : []).filter(
    (item): item is { id: string; sha256: string } => typeof item?.id === 'string' && typeof item.sha256 === 'string' && /^[0-9a-f]{64}$/.test(item.sha256),
  );
  return { records: records as CaseExport, evidence };
}

/** The partner's evidence ids → ours, by SHA-256: taken in now, or held by this case before; null when neither. */
async function ourEvidenceIds(deps: EvidenceDeps, caseId: string, partnerItems: readonly { id: string; sha256: string }[]): Promise<Map<string, string | null>> {
  const bySha = new Map((await listEvidence(deps, { caseId })).map((item) => [item.sha256, item.id]));
  return new Map(partnerItems.map((item) => [item.id, bySha.get(item.sha256) ?? null]));
}

/**
 * Every file of the bag but its evidence files, packed as one tar and kept as an item: the partner's records,
 * custody entries with their proofs, manifests and seal, as received. With the evidence items (named by hash
 * in the manifest) it makes up the whole bag again; the same bag always packs to the same bytes.
 */
async function keepBagFiles(
  deps: EvidenceDeps,
  actor: string,
  about: { bagDir: string; bagPath: string; caseId: string; source: string; transferSeq: number; bag: BagIdentity; evidenceFiles: number; tmpDir: string | undefined },
): Promise<ImportedItem> {
  const workDir = await makeWorkDir(about.tmpDir ?? os.tmpdir(), 'dossier-bag-files');
  try {
    const name = `${bagNameOf(about.bagPath)}.bag-files`;
    const tar = path.join(workDir, `${name}.tar`);
    await packBag(about.bagDir, tar, 'tar', bagNameOf(about.bagPath), { include: (file) => evidenceShaOf(file) === null, mtime: new Date(0) });
    const result = await ingestEvidence(deps, actor, {
      caseId: about.caseId,
      originalName: `${name}.tar`,
      source: about.source,
      note: `The bag's tag files, records and custody files, as received; its ${about.evidenceFiles} evidence files are items of their own`,
      content: createReadStream(tar) as AsyncIterable<Uint8Array>,
      provenance: { transferSeq: about.transferSeq, bagTagManifestSha256: about.bag.tagManifestSha256, bagFiles: true },
    });
    return { bagPath: '.', evidenceId: result.item.id, sha256: result.item.sha256, duplicate: result.duplicate };
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }
}

function custodyIdentity(caseFile: NonNullable<CaseFileReport['caseFile']>) {
  return {
    caseId: caseFile.caseId,
    profile: caseFile.profile,
    logOrigin: caseFile.logOrigin,
    logKey: caseFile.logKey,
    checkpointSize: caseFile.checkpointSize,
    checkpointRoot: caseFile.checkpointRootHex,
    custodyEntriesVerified: caseFile.custodyVerified,
    seal: caseFile.seal,
  };
}

async function bagInfo(bagDir: string): Promise<Map<string, string>> {
  const text = await readFile(path.join(bagDir, 'bag-info.txt'), 'utf8').catch(() => '');
  const info = new Map<string, string>();
  for (const field of parseTagFields(text, 'bag-info.txt', false, new Findings())) {
    if (!info.has(field.label.toLowerCase())) info.set(field.label.toLowerCase(), field.value.trim());
  }
  return info;
}

async function bagIdentity(bagDir: string, info: ReadonlyMap<string, string>): Promise<BagIdentity> {
  const tagManifest = await readFile(path.join(bagDir, 'tagmanifest-sha256.txt')).catch(() => null);
  return {
    tagManifestSha256: tagManifest ? createHash('sha256').update(tagManifest).digest('hex') : null,
    externalIdentifier: info.get(CASE_FILE_INFO.caseId.toLowerCase()) ?? null,
    internalSenderIdentifier: info.get('internal-sender-identifier') ?? null,
    baggingDate: info.get('bagging-date') ?? null,
    payloadOxum: info.get('payload-oxum') ?? null,
  };
}

/** Payload paths and their SHA-256 from manifest-sha256.txt, when the bag has one (it was just verified). */
async function sha256Manifest(bagDir: string): Promise<Map<string, string>> {
  const text = await readFile(path.join(bagDir, 'manifest-sha256.txt'), 'utf8').catch(() => null);
  if (text === null) return new Map();
  const manifest = parseManifest(text, 'manifest-sha256.txt', { duplicatesAreErrors: true }, new Findings());
  return new Map(manifest.entries.map((entry) => [entry.path, entry.digest]));
}

async function payloadPaths(bagDir: string, prefix = 'data'): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(bagDir, ...prefix.split('/')), { withFileTypes: true })) {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await payloadPaths(bagDir, relative)));
    else out.push(relative);
  }
  return out.sort();
}

/** The partner log's intake entries for each evidence hash (already proven by the verification). */
async function partnerIntakes(bagDir: string, partnerCaseId: string): Promise<Map<string, number[]>> {
  const text = await readFile(path.join(bagDir, ...CASE_FILE_PATHS.entries.split('/')), 'utf8');
  const seqs = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const { entry } = JSON.parse(line) as { entry: { seq: number; action: string; subject?: { case?: string; evidence?: string } } };
    if (entry.action !== 'intake' || entry.subject?.case !== partnerCaseId || !entry.subject.evidence) continue;
    seqs.set(entry.subject.evidence, [...(seqs.get(entry.subject.evidence) ?? []), entry.seq]);
  }
  return seqs;
}
