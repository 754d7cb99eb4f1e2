/**
 * `dossier import bag`: a partner's bag taken into a case. It is verified first, whole, and refused if
 * anything fails; then every payload file becomes an evidence item whose intake entry names the bag (its
 * tag-manifest hash and identifiers) and, for a Dossier case file, the partner's custody log and the
 * entries that recorded the file there. The partner's records and custody files are taken in too, as
 * evidence, so their proofs stay checkable from our vault.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ArchiveTooLarge, ArchiveUnreadable, withBagDirectory } from '../bag/bag-archive.js';
import { CASE_FILE_INFO, CASE_FILE_PATHS } from '../bag/case-file-layout.js';
import { Findings } from '../bag/findings.js';
import { parseManifest } from '../bag/manifest.js';
import { parseTagFields } from '../bag/tag-file.js';
import { verifyCaseFile, type CaseFileReport } from '../bag/verify-case-file.js';
import { getCase } from '../cases/cases.js';
import { DossierError } from '../common/errors.js';
import { failpoint } from '../common/failpoint.js';
import { ingestEvidence, type EvidenceDeps } from '../evidence/evidence.js';

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
  imported: ImportedItem[];
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

export async function importCaseFile(deps: EvidenceDeps, actor: string, bagPath: string, caseId: string, options: CaseFileImportOptions = {}): Promise<CaseFileImportResult> {
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

async function importBagDirectory(deps: EvidenceDeps, actor: string, bagPath: string, bagDir: string, caseId: string, options: CaseFileImportOptions): Promise<CaseFileImportResult> {
  const report = await verifyCaseFile(bagDir, { expectedLogKey: options.expectedLogKey });
  if (!report.valid) {
    const shown = report.errors.slice(0, 5).map((e) => `${e.code}${e.path ? ` ${e.path}` : ''}: ${e.message}`);
    throw new DossierError('BAG_INVALID', `${bagPath} does not verify, so nothing was imported:\n  ${shown.join('\n  ')}${report.errors.length > 5 ? `\n  … and ${report.errors.length - 5} more` : ''}`, {
      field: 'path',
      errors: report.errors,
    });
  }
  const bag = await bagIdentity(bagDir);
  const info = await bagInfo(bagDir);
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
  const expected = await sha256Manifest(bagDir);
  const intakeSeqs = report.caseFile ? await partnerIntakes(bagDir, report.caseFile.caseId) : new Map<string, number[]>();
  const files = [...expected.keys()].length > 0 ? [...expected.keys()].sort() : await payloadPaths(bagDir);
  const imported: ImportedItem[] = [];
  for (const [i, file] of files.entries()) {
    const evidenceSha = /^data\/evidence\/([0-9a-f]{64})\/[^/]+$/.exec(file)?.[1];
    const result = await ingestEvidence(deps, actor, {
      caseId,
      originalName: evidenceSha ? path.posix.basename(file) : file.replace(/^data\//, '').replace(/\//g, '_'),
      source,
      note: `From ${file} in the bag`,
      content: createReadStream(path.join(bagDir, ...file.split('/'))) as AsyncIterable<Uint8Array>,
      expectedSha256: expected.get(file),
      provenance: {
        transferSeq: transfer!.seq,
        bagTagManifestSha256: bag.tagManifestSha256,
        ...(report.caseFile && evidenceSha ? { partnerLog: report.caseFile.logOrigin, partnerIntakeSeqs: intakeSeqs.get(evidenceSha) ?? [] } : {}),
      },
    });
    imported.push({ bagPath: file, evidenceId: result.item.id, sha256: result.item.sha256, duplicate: result.duplicate });
    options.onFile?.(i + 1, files.length);
  }
  return { caseId, bag, caseFile: report.caseFile, imported, transferSeq: transfer!.seq };
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

async function bagIdentity(bagDir: string): Promise<BagIdentity> {
  const info = await bagInfo(bagDir);
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
