import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSpecialSystemFile, portablePathKey } from './bag-path.js';
import { parseFetchFile, type FetchEntry } from './fetch-file.js';
import { isSupportedAlgorithm } from './file-digests.js';
import { Findings, type BagFinding } from './findings.js';
import { HashPool } from './hash-pool.js';
import { manifestFileKind, parseManifest, type Manifest } from './manifest.js';
import { parsePayloadOxum } from './payload-oxum.js';
import { listPayload } from './payload-tree.js';
import { reconcilePayloadManifest, type DigestCheck } from './reconcile-payload.js';
import { decodeTagFile, parseBagitTxt, parseTagFields, versionAtLeast, type BagDeclaration } from './tag-file.js';

export type { BagFinding } from './findings.js';

export interface BagCheckCounts {
  payloadFiles: number;
  payloadBytes: number;
  payloadManifests: string[];
  tagManifests: string[];
  tagFilesChecked: number;
  digestsVerified: number;
  fetchEntries: number;
}

export interface BagReport {
  /** True only when no error was found. Warnings do not make a bag invalid. */
  valid: boolean;
  bagItVersion: string | null;
  tagFileEncoding: string | null;
  errors: BagFinding[];
  warnings: BagFinding[];
  checked: BagCheckCounts;
}

export interface VerifyBagOptions {
  /** Worker threads hashing files (one file each at a time); each file is one streaming pass over all its algorithms. */
  threads?: number;
  /** Hears every digest computed, so a caller can check files against more than the manifests. */
  onDigest?: (path: string, algorithm: string, hex: string) => void;
  /** Hears the payload as listed on disk (bag-relative path → octets), before any file is hashed. */
  onPayload?: (payload: ReadonlyMap<string, number>) => void;
  /** Called once the files are being hashed, when the main thread is free for other checks. */
  onHashingStarted?: () => void;
  /** Bytes hashed so far, of the total the manifests ask to check. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
}

interface BagContext {
  bagDir: string;
  declaration: BagDeclaration;
  findings: Findings;
  checked: BagCheckCounts;
  options: VerifyBagOptions;
  /** Started with the check, so the workers boot while the payload is listed. */
  pool: HashPool;
}

function emptyCounts(): BagCheckCounts {
  return {
    payloadFiles: 0,
    payloadBytes: 0,
    payloadManifests: [],
    tagManifests: [],
    tagFilesChecked: 0,
    digestsVerified: 0,
    fetchEntries: 0,
  };
}

async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw cause;
  }
}

async function readTagText(ctx: BagContext, file: string): Promise<string | null> {
  const bytes = await readOptional(join(ctx.bagDir, file));
  if (bytes === null) return null;
  return decodeTagFile(bytes, ctx.declaration.encoding, file, ctx.findings);
}

async function readManifests(ctx: BagContext, rootFiles: readonly string[]): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  const rules = { duplicatesAreErrors: versionAtLeast(ctx.declaration.version, '1.0') };
  for (const file of rootFiles) {
    const kind = manifestFileKind(file);
    if (kind === null) continue;
    if (!isSupportedAlgorithm(kind.algorithm)) {
      ctx.findings.error('UNSUPPORTED_ALGORITHM', `${file}: algorithm "${kind.algorithm}" cannot be checked here`, file);
      continue;
    }
    const text = await readTagText(ctx, file);
    if (text !== null) manifests.push(parseManifest(text, file, rules, ctx.findings));
  }
  return manifests;
}

async function checkPayloadOxum(ctx: BagContext, payload: ReadonlyMap<string, number>): Promise<void> {
  const oldStyle = !versionAtLeast(ctx.declaration.version, '0.96');
  const file = oldStyle && (await readOptional(join(ctx.bagDir, 'package-info.txt'))) !== null ? 'package-info.txt' : 'bag-info.txt';
  const text = await readTagText(ctx, file);
  if (text === null) return;
  const strict = versionAtLeast(ctx.declaration.version, '1.0');
  const oxums = parseTagFields(text, file, strict, ctx.findings).filter((f) => f.label.toLowerCase() === 'payload-oxum');
  const first = oxums[0];
  if (first === undefined) return;
  if (oxums.some((field) => field.value.trim() !== first.value.trim())) {
    ctx.findings.error('PAYLOAD_OXUM_MALFORMED', `${file} gives Payload-Oxum ${oxums.length} different values`, file);
  }
  const oxum = parsePayloadOxum(first.value);
  if (oxum === null) {
    ctx.findings.error('PAYLOAD_OXUM_MALFORMED', `${file} line ${first.line}: Payload-Oxum ${JSON.stringify(first.value)} is not "octets.files"`, file);
    return;
  }
  const octets = [...payload.values()].reduce((sum, size) => sum + size, 0);
  if (oxum.octets !== octets || oxum.streams !== payload.size) {
    ctx.findings.error(
      'PAYLOAD_OXUM_MISMATCH',
      `${file}: Payload-Oxum says ${oxum.octets} octets in ${oxum.streams} files, the payload has ${octets} octets in ${payload.size} files`,
      file,
    );
  }
}

async function readFetchEntries(ctx: BagContext): Promise<FetchEntry[]> {
  const text = await readTagText(ctx, 'fetch.txt');
  return text === null ? [] : parseFetchFile(text, ctx.findings);
}

/** A bag whose fetch.txt names files that are not present is incomplete; this verifier never fetches. */
function checkFetchEntries(
  ctx: BagContext,
  entries: readonly FetchEntry[],
  payload: ReadonlyMap<string, number>,
  manifests: readonly Manifest[],
): void {
  for (const entry of entries) {
    const size = payload.get(entry.path);
    if (size === undefined) {
      ctx.findings.error(
        'FETCH_NOT_RETRIEVED',
        `${entry.path} is listed in fetch.txt (${entry.url}) but is not in the bag: the bag is incomplete, and this offline verifier does not fetch`,
        entry.path,
      );
    } else if (entry.length !== null && entry.length !== size) {
      ctx.findings.warn('FETCH_LENGTH_MISMATCH', `fetch.txt line ${entry.line}: ${entry.path} is ${size} octets, fetch.txt says ${entry.length}`, entry.path);
    }
    for (const manifest of manifests) {
      if (manifest.kind === 'payload' && !manifest.entries.some((listed) => listed.path === entry.path)) {
        ctx.findings.error('FETCH_NOT_IN_MANIFEST', `fetch.txt line ${entry.line}: ${entry.path} is not listed in ${manifest.file}`, entry.path);
      }
    }
  }
}

async function tagManifestChecks(ctx: BagContext, manifest: Manifest): Promise<DigestCheck[]> {
  const checks: DigestCheck[] = [];
  for (const entry of manifest.entries) {
    const stat = await lstat(join(ctx.bagDir, entry.path)).catch(() => null);
    if (stat === null) {
      ctx.findings.error('MISSING_FILE', `${entry.path} is listed in ${manifest.file} but is not in the bag`, entry.path);
    } else if (!stat.isFile()) {
      ctx.findings.error('SPECIAL_FILE_IN_BAG', `${entry.path}, listed in ${manifest.file}, is not a regular file`, entry.path);
    } else {
      checks.push({ path: entry.path, algorithm: manifest.algorithm, expected: entry.digest, manifest: manifest.file });
    }
  }
  return checks;
}

function warnAboutPortability(ctx: BagContext, payload: ReadonlyMap<string, number>, manifests: readonly Manifest[]): void {
  const byKey = new Map<string, string[]>();
  for (const path of payload.keys()) byKey.set(portablePathKey(path), [...(byKey.get(portablePathKey(path)) ?? []), path]);
  for (const paths of byKey.values()) {
    if (paths.length > 1) {
      ctx.findings.warn('PATH_COLLISION', `${paths.join(', ')} are one file on a case-insensitive or normalising filesystem`, paths[0]);
    }
  }
  const named = new Set([...payload.keys(), ...manifests.flatMap((m) => m.entries.map((e) => e.path))]);
  for (const path of named) {
    if (isSpecialSystemFile(path)) ctx.findings.warn('SPECIAL_SYSTEM_FILE', `${path} looks like operating-system litter, not evidence`, path);
  }
}

async function runDigestChecks(ctx: BagContext, checks: readonly DigestCheck[], sizes: ReadonlyMap<string, number>): Promise<void> {
  const byPath = new Map<string, DigestCheck[]>();
  for (const check of checks) byPath.set(check.path, [...(byPath.get(check.path) ?? []), check]);
  const totalBytes = [...byPath.keys()].reduce((sum, path) => sum + (sizes.get(path) ?? 0), 0);
  let doneBytes = 0;
  const onBytes = (bytes: number) => {
    doneBytes += bytes;
    ctx.options.onProgress?.(doneBytes, totalBytes);
  };
  const hashing = Promise.all(
    [...byPath].map(async ([path, fileChecks]) => {
      const algorithms = [...new Set(fileChecks.map((check) => check.algorithm))];
      let digests: Map<string, string>;
      try {
        digests = await ctx.pool.digest(join(ctx.bagDir, path), algorithms, onBytes);
      } catch (cause) {
        ctx.findings.error('FILE_UNREADABLE', `${path} could not be read: ${(cause as Error).message}`, path);
        return;
      }
      for (const [algorithm, hex] of digests) ctx.options.onDigest?.(path, algorithm, hex);
      for (const check of fileChecks) compareDigest(ctx, check, digests.get(check.algorithm));
    }),
  );
  ctx.options.onHashingStarted?.();
  await hashing;
}

function compareDigest(ctx: BagContext, check: DigestCheck, actual: string | undefined): void {
  ctx.checked.digestsVerified += 1;
  if (actual !== check.expected) {
    ctx.findings.error('CHECKSUM_MISMATCH', `${check.path}: ${check.algorithm} is ${actual}, but ${check.manifest} says ${check.expected}`, check.path);
  }
}

async function rootEntries(ctx: BagContext): Promise<{ files: string[]; hasPayloadDir: boolean }> {
  const entries = await readdir(ctx.bagDir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.isSymbolicLink()) ctx.findings.error('SYMLINK_IN_BAG', `${entry.name} is a symbolic link; bags must hold real files`, entry.name);
  }
  return {
    files: entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort(),
    hasPayloadDir: entries.some((entry) => entry.name === 'data' && entry.isDirectory()),
  };
}

async function verifyDeclaredBag(ctx: BagContext): Promise<void> {
  const { files, hasPayloadDir } = await rootEntries(ctx);
  if (!hasPayloadDir) ctx.findings.error('MISSING_PAYLOAD_DIRECTORY', 'the bag has no data/ directory', 'data');
  const payload = hasPayloadDir ? await listPayload(ctx.bagDir, ctx.findings) : new Map<string, number>();
  ctx.options.onPayload?.(payload);
  const manifests = await readManifests(ctx, files);
  const payloadManifests = manifests.filter((m) => m.kind === 'payload');
  const tagManifests = manifests.filter((m) => m.kind === 'tag');
  if (payloadManifests.length === 0) ctx.findings.error('NO_PAYLOAD_MANIFEST', 'the bag has no payload manifest (manifest-<algorithm>.txt)');
  const fetchEntries = await readFetchEntries(ctx);
  const fetchTargets = new Set(fetchEntries.map((entry) => entry.path));

  const checks = payloadManifests.flatMap((m) => reconcilePayloadManifest(m, payload, fetchTargets, ctx.findings));
  const tagChecks = (await Promise.all(tagManifests.map((m) => tagManifestChecks(ctx, m)))).flat();
  checkFetchEntries(ctx, fetchEntries, payload, manifests);
  await checkPayloadOxum(ctx, payload);
  warnAboutPortability(ctx, payload, manifests);

  Object.assign(ctx.checked, {
    payloadFiles: payload.size,
    payloadBytes: [...payload.values()].reduce((sum, size) => sum + size, 0),
    payloadManifests: payloadManifests.map((m) => m.file),
    tagManifests: tagManifests.map((m) => m.file),
    tagFilesChecked: new Set(tagChecks.map((check) => check.path)).size,
    fetchEntries: fetchEntries.length,
  });
  await runDigestChecks(ctx, [...checks, ...tagChecks], payload);
}

/**
 * Validates a bag directory against BagIt (RFC 8493, and the 0.93–0.97 drafts for older bags): bagit.txt,
 * tag-file encoding, every manifest and tag manifest, Payload-Oxum, unsafe paths and fetch.txt. Reads
 * only inside bagDir, streams every hash, and reports every problem found, each naming its file.
 */
export async function verifyBag(bagDir: string, options: VerifyBagOptions = {}): Promise<BagReport> {
  const findings = new Findings();
  const checked = emptyCounts();
  const report = (declaration: BagDeclaration | null): BagReport => ({
    valid: findings.errors.length === 0,
    bagItVersion: declaration?.version ?? null,
    tagFileEncoding: declaration?.encoding ?? null,
    errors: findings.errors,
    warnings: findings.warnings,
    checked,
  });
  const stat = await lstat(bagDir).catch(() => null);
  if (stat === null || !stat.isDirectory()) {
    findings.error('NOT_A_BAG_DIRECTORY', `${bagDir} is not a directory`);
    return report(null);
  }
  const bagitTxt = await readOptional(join(bagDir, 'bagit.txt'));
  if (bagitTxt === null) {
    findings.error('MISSING_BAGIT_TXT', 'the bag has no bagit.txt', 'bagit.txt');
    return report(null);
  }
  const declaration = parseBagitTxt(bagitTxt, findings);
  if (declaration === null) return report(null);
  const pool = new HashPool(options.threads);
  try {
    await verifyDeclaredBag({ bagDir, declaration, findings, checked, options, pool });
  } finally {
    await pool.close();
  }
  return report(declaration);
}
