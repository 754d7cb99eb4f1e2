/**
 * `dossier verify`: a bag checked against RFC 8493, and, when it is a Dossier case file, its custody
 * proofs against the signed checkpoint, its seal, and each evidence file against the hash and size its
 * intake entry records, so a forger who rewrites a file and every manifest is still caught. Offline:
 * reads only the bag; trusts only the log key, which the report shows for comparison with a published one.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { witnessesOf } from '../ledger/proofs/cosignature.js';
import { splitSignedNote } from '../ledger/proofs/note-format.js';
import { openNote } from '../ledger/proofs/signed-note.js';
import { CASE_FILE_INFO, CASE_FILE_PATHS, parseSealText } from './case-file-layout.js';
import { checkAnalyses } from './analysis-check.js';
import { checkDeliberation } from './deliberation-check.js';
import { checkCustody, type VerifiedCustody } from './custody-check.js';
import { fileDigests } from './file-digests.js';
import { Findings, type BagFinding } from './findings.js';
import { parseTagFields } from './tag-file.js';
import { checkTimestamp, withTextFile, type TimestampVerdict } from '../common/timestamp.js';
import { verifyBag, type BagReport, type VerifyBagOptions } from './verify-bag.js';

export type SealVerdict = 'verified' | 'missing' | 'failed';

export interface CaseFileSummary {
  caseId: string;
  profile: string;
  logOrigin: string;
  logKey: string;
  keyIdHex: string;
  checkpointSize: number;
  checkpointRootHex: string;
  custodyEntries: number;
  custodyVerified: number;
  evidenceFiles: number;
  evidenceMatchedToIntake: number;
  /** Pinned analyses carried, and those whose hash their `analyse` entry records. */
  analyses: number;
  analysesMatchedToEntry: number;
  /** The record of deliberation's revisions, and those whose words make the commitment their entry logged; null when not carried. */
  deliberation: { revisions: number; matched: number } | null;
  seal: SealVerdict;
  /** The RFC 3161 time-stamp of the tag manifest, when the bag carries one. */
  timestamp: TimestampVerdict | null;
  /**
   * The witnesses that vouch for the checkpoint the proofs lead to: `claimed` names every other signature line
   * on it (unchecked); `vouching` those checked against the witness keys the reader gave, of `required`.
   */
  witnesses: { claimed: string[]; vouching: string[] | null; required: number };
  /** The RFC 3161 time-stamps of that checkpoint (its text), each checked: when the log had that root, at the latest. */
  checkpointTimestamps: TimestampVerdict[];
}

export interface CaseFileReport {
  /** True only when the bag and, for a case file, every custody, seal and evidence check holds. */
  valid: boolean;
  bag: BagReport;
  /** Null for a bag that is not a Dossier case file: then only BagIt was checked. */
  caseFile: CaseFileSummary | null;
  /** Every error: the bag's own (also in `bag.errors`), then those of the case-file checks. */
  errors: BagFinding[];
  warnings: BagFinding[];
}

export interface VerifyCaseFileOptions extends Pick<VerifyBagOptions, 'threads' | 'onProgress'> {
  /** The log key the reader expects (published by the instance): anything else fails. */
  expectedLogKey?: string | undefined;
  /** The time-stamping authority's CA certificate (PEM) the reader trusts, to check a time-stamp's signature. */
  tsaCaFile?: string | undefined;
  /** Witness verifier keys the reader trusts, and how many of them must have cosigned the checkpoint (default all). */
  witnessKeys?: readonly string[] | undefined;
  witnessesRequired?: number | undefined;
}

export async function verifyCaseFile(bagDir: string, options: VerifyCaseFileOptions = {}): Promise<CaseFileReport> {
  const sha256ByPath = new Map<string, string>();
  let payload: ReadonlyMap<string, number> = new Map();
  let hashingStarted: () => void = () => undefined;
  const mainThreadFree = new Promise<void>((resolve) => (hashingStarted = resolve));
  const checkingBag = verifyBag(bagDir, {
    ...options,
    onPayload: (listed) => (payload = listed),
    onHashingStarted: () => hashingStarted(),
    onDigest: (path, algorithm, hex) => algorithm === 'sha256' && sha256ByPath.set(path, hex),
  });
  const info = await readBagInfo(bagDir);
  const isCaseFile = info.has(CASE_FILE_INFO.format.toLowerCase());
  const findings = new Findings();
  // The custody proofs are checked on this thread while the workers hash the files (or once the bag check
  // is over, if it ended before hashing anything).
  const checkingCustody = isCaseFile ? Promise.race([mainThreadFree, checkingBag]).then(() => checkCustodyFiles(bagDir, info, options, findings)) : Promise.resolve(null);
  const [bag, custody] = await Promise.all([checkingBag, checkingCustody]);
  if (bag.bagItVersion === null || !isCaseFile) return { valid: bag.valid, bag, caseFile: null, errors: bag.errors, warnings: bag.warnings };

  const caseId = info.get(CASE_FILE_INFO.caseId.toLowerCase()) ?? '';
  const profile = info.get(CASE_FILE_INFO.profile.toLowerCase()) ?? '';
  const evidence = custody ? await checkEvidence(bagDir, payload, custody, caseId, sha256ByPath, findings) : { files: 0, matched: 0 };
  const analyses = custody ? await checkAnalyses(payload, custody, caseId, (path) => sha256Of(bagDir, path, sha256ByPath), findings) : { files: 0, matched: 0 };
  const deliberation = custody ? await checkDeliberation(bagDir, payload, custody, caseId, findings) : null;
  const seal = custody ? await checkSeal(bagDir, custody, { caseId, profile }, findings) : 'failed';
  const timestamp = await checkBagTimestamp(bagDir, options.tsaCaFile, findings);
  const witnesses = custody ? await checkWitnesses(bagDir, custody, options, findings) : { claimed: [], vouching: null, required: 0 };
  const checkpointTimestamps = custody ? await checkCheckpointTimestamps(bagDir, options.tsaCaFile, findings) : [];
  const caseFile: CaseFileSummary = {
    caseId,
    profile,
    logOrigin: custody?.checkpoint.origin ?? '',
    logKey: custody?.verifierKey ?? '',
    keyIdHex: custody ? Buffer.from(custody.verifier.keyId).toString('hex') : '',
    checkpointSize: custody?.checkpoint.treeSize ?? 0,
    checkpointRootHex: custody ? Buffer.from(custody.checkpoint.rootHash).toString('hex') : '',
    custodyEntries: custody ? custody.entries.size + custody.failedLines : 0,
    custodyVerified: custody?.entries.size ?? 0,
    evidenceFiles: evidence.files,
    evidenceMatchedToIntake: evidence.matched,
    analyses: analyses.files,
    analysesMatchedToEntry: analyses.matched,
    deliberation,
    seal,
    timestamp,
    witnesses,
    checkpointTimestamps,
  };
  return {
    valid: bag.valid && findings.errors.length === 0,
    bag,
    caseFile,
    errors: [...bag.errors, ...findings.errors],
    warnings: [...bag.warnings, ...findings.warnings],
  };
}

/** Each time-stamp of the checkpoint, checked against the checkpoint's text as the bag carries it. */
async function checkCheckpointTimestamps(bagDir: string, tsaCaFile: string | undefined, findings: Findings): Promise<TimestampVerdict[]> {
  const dir = join(bagDir, CASE_FILE_PATHS.checkpointTimestampsDir);
  const tokens = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.tsr')).sort();
  if (tokens.length === 0) return [];
  const text = splitSignedNote((await readText(bagDir, CASE_FILE_PATHS.checkpoint)) ?? '').text;
  return withTextFile(text, async (textFile, sha256) => {
    const verdicts: TimestampVerdict[] = [];
    for (const name of tokens) {
      const where = `${CASE_FILE_PATHS.checkpointTimestampsDir}/${name}`;
      const verdict = await checkTimestamp(join(dir, name), textFile, sha256, tsaCaFile, "the checkpoint's");
      if (verdict.status === 'failed') findings.error('CHECKPOINT_TIMESTAMP_INVALID', verdict.reason, where);
      else if (verdict.status !== 'verified') findings.warn('CHECKPOINT_TIMESTAMP_NOT_FULLY_CHECKED', verdict.reason, where);
      verdicts.push(verdict);
    }
    return verdicts;
  });
}

/** Which witnesses cosigned the bag's checkpoint; fewer than the reader requires is an error. */
async function checkWitnesses(bagDir: string, custody: VerifiedCustody, options: VerifyCaseFileOptions, findings: Findings): Promise<CaseFileSummary['witnesses']> {
  const note = (await readText(bagDir, CASE_FILE_PATHS.checkpoint)) ?? '';
  const logName = custody.verifier.name;
  const claimed = [...new Set(splitSignedNote(note).signatures.map((s) => s.name).filter((name) => name !== logName))];
  const keys = options.witnessKeys ?? [];
  if (keys.length === 0) return { claimed, vouching: null, required: 0 };
  const required = options.witnessesRequired ?? keys.length;
  let verdict: ReturnType<typeof witnessesOf>;
  try {
    verdict = witnessesOf(note, keys, required);
  } catch (error) {
    if ((error as { code?: string }).code === 'VALIDATION_FAILED') throw error;
    findings.error('CHECKPOINT_COSIGNATURE', `a cosignature on the checkpoint does not verify: ${(error as Error).message}`, CASE_FILE_PATHS.checkpoint);
    return { claimed, vouching: [], required };
  }
  if (!verdict.ok) {
    findings.error('WITNESSES_TOO_FEW', `the checkpoint is cosigned by ${verdict.witnesses.length} of the ${required} witnesses required (${verdict.witnesses.join(', ') || 'none'})`, CASE_FILE_PATHS.checkpoint);
  }
  return { claimed, vouching: verdict.witnesses, required };
}

async function checkCustodyFiles(bagDir: string, info: ReadonlyMap<string, string>, options: VerifyCaseFileOptions, findings: Findings): Promise<VerifiedCustody | null> {
  const custody = await checkCustody(
    {
      logKey: await readText(bagDir, CASE_FILE_PATHS.logKey),
      checkpoint: await readText(bagDir, CASE_FILE_PATHS.checkpoint),
      entries: await readText(bagDir, CASE_FILE_PATHS.entries),
    },
    info.get(CASE_FILE_INFO.logOrigin.toLowerCase()),
    findings,
  );
  if (custody && options.expectedLogKey !== undefined && options.expectedLogKey.trim() !== custody.verifierKey) {
    findings.error('LOG_KEY_UNEXPECTED', `the bag's log key ${custody.verifierKey} is not the expected ${options.expectedLogKey.trim()}`, CASE_FILE_PATHS.logKey);
  }
  return custody;
}

async function readText(bagDir: string, path: string): Promise<string | null> {
  return readFile(join(bagDir, path), 'utf8').catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return null;
    throw cause;
  });
}

/** bag-info.txt's fields by lower-case label (first value); its own problems are the bag check's to report. */
async function readBagInfo(bagDir: string): Promise<Map<string, string>> {
  const text = await readText(bagDir, 'bag-info.txt');
  const fields = text === null ? [] : parseTagFields(text, 'bag-info.txt', false, new Findings());
  const info = new Map<string, string>();
  for (const field of fields) if (!info.has(field.label.toLowerCase())) info.set(field.label.toLowerCase(), field.value.trim());
  return info;
}

async function checkSeal(bagDir: string, custody: VerifiedCustody, expected: { caseId: string; profile: string }, findings: Findings): Promise<SealVerdict> {
  const note = await readText(bagDir, CASE_FILE_PATHS.seal);
  if (note === null) {
    findings.error('SEAL_MISSING', 'a Dossier case file must carry its seal; without it files could have been dropped and the manifests rewritten', CASE_FILE_PATHS.seal);
    return 'missing';
  }
  const fail = (message: string): SealVerdict => {
    findings.error('SEAL_INVALID', message, CASE_FILE_PATHS.seal);
    return 'failed';
  };
  let statement;
  try {
    statement = parseSealText(openNote(note, [custody.verifier]).text);
  } catch (cause) {
    return fail(`the seal does not verify with the log key: ${(cause as Error).message}`);
  }
  if (statement === null) return fail('the seal is signed but does not say what a case file seal says');
  if (statement.caseId !== expected.caseId || statement.profile !== expected.profile) {
    return fail(`the seal is for case ${statement.caseId} (${statement.profile}), bag-info.txt says ${expected.caseId} (${expected.profile})`);
  }
  const actual = (await fileDigests(join(bagDir, 'tagmanifest-sha256.txt'), ['sha256']).catch(() => null))?.get('sha256');
  if (actual !== statement.tagManifestSha256) {
    return fail(`the seal signs a tagmanifest-sha256.txt with SHA-256 ${statement.tagManifestSha256}, the bag's is ${actual ?? 'missing'}: the bag was changed after export`);
  }
  return 'verified';
}

/** Every file under data/evidence/<sha256>/ must hash to its folder's name, and an intake entry must record that hash and size. */
async function checkEvidence(
  bagDir: string,
  payload: ReadonlyMap<string, number>,
  custody: VerifiedCustody,
  caseId: string,
  sha256ByPath: ReadonlyMap<string, string>,
  findings: Findings,
): Promise<{ files: number; matched: number }> {
  const intakes = new Map<string, Array<{ seq: number; size: unknown }>>();
  for (const entry of custody.entries.values()) {
    const subject = entry.subject as { case?: string; evidence?: string } | undefined;
    if (entry.action !== 'intake' || !subject?.evidence || subject.case !== caseId) continue;
    const details = entry.details as { size?: unknown } | undefined;
    intakes.set(subject.evidence, [...(intakes.get(subject.evidence) ?? []), { seq: entry.seq, size: details?.size }]);
  }
  // The bag check listed the payload already: its files below data/evidence/, grouped by folder.
  const byFolder = new Map<string, Array<{ path: string; size: number }>>();
  const prefix = `${CASE_FILE_PATHS.evidenceDir}/`;
  for (const [path, size] of payload) {
    if (!path.startsWith(prefix)) continue;
    const parts = path.slice(prefix.length).split('/');
    const folder = parts.length === 2 && /^[0-9a-f]{64}$/.test(parts[0]!) ? parts[0]! : null;
    if (folder === null) {
      findings.error('EVIDENCE_PATH_INVALID', `${path} is not a file in a folder named by a SHA-256 (data/evidence/<sha256>/<name>)`, path);
      continue;
    }
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { path, size }]);
  }
  let files = 0;
  let matched = 0;
  for (const [folder, inside] of byFolder) {
    if (inside.length !== 1) {
      findings.error('EVIDENCE_PATH_INVALID', `${prefix}${folder} must hold exactly one file, it holds ${inside.length}`, `${prefix}${folder}`);
    }
    for (const { path, size } of inside) {
      files++;
      if (checkOneEvidenceFile(path, folder, await sha256Of(bagDir, path, sha256ByPath), size, intakes.get(folder), findings)) matched++;
    }
  }
  return { files, matched };
}

function checkOneEvidenceFile(
  path: string,
  expectedSha256: string,
  actualSha256: string,
  size: number,
  intakes: Array<{ seq: number; size: unknown }> | undefined,
  findings: Findings,
): boolean {
  if (actualSha256 !== expectedSha256) {
    findings.error('EVIDENCE_HASH_MISMATCH', `${path} hashes to ${actualSha256}, not to the SHA-256 it was taken in with`, path);
    return false;
  }
  if (!intakes || intakes.length === 0) {
    findings.error('EVIDENCE_WITHOUT_INTAKE', `${path}: no verified intake entry of this case records SHA-256 ${expectedSha256}`, path);
    return false;
  }
  const sized = intakes.find((intake) => intake.size === size);
  if (!sized) {
    findings.error('EVIDENCE_SIZE_MISMATCH', `${path} is ${size} bytes; its intake entry ${intakes[0]!.seq} records ${String(intakes[0]!.size)}`, path);
    return false;
  }
  return true;
}

/** The time-stamp, if any: a token for anything but this tag manifest fails; one not checkable here is said so. */
async function checkBagTimestamp(bagDir: string, tsaCaFile: string | undefined, findings: Findings): Promise<TimestampVerdict | null> {
  const token = join(bagDir, CASE_FILE_PATHS.timestamp);
  if (!(await stat(token).then((s) => s.isFile(), () => false))) return null;
  const tagManifest = join(bagDir, 'tagmanifest-sha256.txt');
  const sha256 = (await fileDigests(tagManifest, ['sha256']).catch(() => null))?.get('sha256') ?? '';
  const verdict = await checkTimestamp(token, tagManifest, sha256, tsaCaFile);
  if (verdict.status === 'failed') findings.error('TIMESTAMP_INVALID', verdict.reason, CASE_FILE_PATHS.timestamp);
  else if (verdict.status !== 'verified') findings.warn('TIMESTAMP_NOT_FULLY_CHECKED', verdict.reason, CASE_FILE_PATHS.timestamp);
  return verdict;
}

async function sha256Of(bagDir: string, path: string, known: ReadonlyMap<string, string>): Promise<string> {
  return known.get(path) ?? (await fileDigests(join(bagDir, path), ['sha256'])).get('sha256')!;
}
