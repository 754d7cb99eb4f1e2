import fs from 'node:fs/promises';
import os from 'node:os';
import type { Command } from 'commander';
import { ArchiveTooLarge, ArchiveUnreadable, archiveFormatOf, withBagDirectory, type UnpackOptions } from '../../bag/bag-archive.js';
import type { BagFinding } from '../../bag/findings.js';
import { verifyCaseFile, type CaseFileReport } from '../../bag/verify-case-file.js';
import { DossierError, invalidField } from '../../common/errors.js';
import { isErrno } from '../../common/os-errors.js';
import { parseByteSize } from '../byte-size.js';
import { collect, parseIndex } from '../option-text.js';
import { print } from '../output.js';
import { byteProgress } from '../progress.js';
import { isHandoverReceiptFile, verifyReceiptFile } from './verify-receipt.js';
import { verifyWebArchive, webArchiveKindOf } from './verify-web-archive.js';

/** A bag that does not verify: its own exit code, apart from bad input (2) and unreadable files (5). */
export const BAG_INVALID_EXIT = 10;

interface VerifyOptions {
  logKey?: string;
  witness: string[];
  witnesses?: string;
  tsaCa?: string;
  threads?: string;
  tmp?: string;
  maxUnpacked?: string;
}

export function registerVerify(program: Command): void {
  program
    .command('verify <path>')
    .description(
      'check a bag (a directory, .zip or .tar) offline: RFC 8493 (every manifest, Payload-Oxum, encodings, unsafe paths, fetch.txt); ' +
        'for a Dossier case file also every custody proof against the signed checkpoint, the seal, and each evidence file against its intake entry. ' +
        'A .warc, .warc.gz or .wacz is checked as a web archive: every record, digest and listed hash, and a WACZ signature. ' +
        'A handover receipt (a file starting "Dossier handover receipt v1") is checked against its signature. ' +
        'Needs no data directory and no network',
    )
    .option('--log-key <key>', 'the log key the organisation publishes: the bag must carry, or the receipt be signed with, exactly this one')
    .option('--witness <vkey>', "a witness's verifier key you trust: say whether it cosigned the case file's checkpoint (repeatable)", collect, [])
    .option('--witnesses <k>', 'how many of the --witness keys must have cosigned the checkpoint (default: all of them)')
    .option('--tsa-ca <file>', "the time-stamping authority's CA certificate (PEM) you trust, to check the signature of the bag's (or the WACZ signature's) RFC 3161 time-stamp")
    .option('--threads <n>', 'worker threads hashing files (default: one per core)')
    .option('--tmp <dir>', `where a .zip or .tar is unpacked for checking, in a temp folder removed afterwards (default: ${os.tmpdir()})`)
    .option('--max-unpacked <bytes>', 'the most a .zip or .tar may unpack to, e.g. 50GB (default: 20 times its size plus 64 MiB); it must also fit its Payload-Oxum and the free disk')
    .action(async (bagPath: string, options: VerifyOptions, command: Command) => {
      const kind = await pathKind(bagPath);
      if (kind === 'file' && (await isHandoverReceiptFile(bagPath))) {
        if (!(await verifyReceiptFile(bagPath, options, command))) process.exitCode = BAG_INVALID_EXIT;
        return;
      }
      const webArchive = webArchiveKindOf(bagPath);
      if (webArchive) {
        if (!(await verifyWebArchive(bagPath, webArchive, options, command))) process.exitCode = BAG_INVALID_EXIT;
        return;
      }
      const threads = options.threads === undefined ? undefined : Number(options.threads);
      if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 64)) throw invalidField('threads', 'must be a whole number from 1 to 64', options.threads);
      const unpacking = { tmpParent: options.tmp ?? os.tmpdir(), maxUnpackedBytes: options.maxUnpacked === undefined ? undefined : parseByteSize('max-unpacked', options.maxUnpacked) };
      const report = kind === 'file' && archiveFormatOf(bagPath) === null ? notABag(bagPath) : await withUnpacked(bagPath, unpacking, async (bagDir) => {
        let bar: ReturnType<typeof byteProgress> | undefined;
        try {
          return await verifyCaseFile(bagDir, {
            threads,
            expectedLogKey: options.logKey,
            tsaCaFile: options.tsaCa,
            witnessKeys: options.witness,
            witnessesRequired: options.witnesses === undefined ? undefined : parseIndex('witnesses', options.witnesses),
            onProgress: (done, total) => {
              bar ??= byteProgress('Hashing', total);
              bar.update(done);
            },
          });
        } finally {
          bar?.stop();
        }
      });
      print(command, report, () => reportInWords(bagPath, report));
      if (!report.valid) process.exitCode = BAG_INVALID_EXIT;
    });
}

/** The bag checked; an archive that cannot be unpacked, or is refused for its size, is reported as invalid. */
async function withUnpacked(bagPath: string, unpacking: UnpackOptions, check: (bagDir: string) => Promise<CaseFileReport>): Promise<CaseFileReport> {
  try {
    return await withBagDirectory(bagPath, unpacking, check);
  } catch (cause) {
    if (cause instanceof ArchiveUnreadable) return unreadableArchive(bagPath, cause);
    throw cause;
  }
}

/** Whether the path is a file or a folder; one that does not exist or may not be read is an error naming it. */
async function pathKind(bagPath: string): Promise<'file' | 'folder'> {
  try {
    return (await fs.stat(bagPath)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if (isErrno(error, 'ENOENT', 'ENOTDIR')) throw new DossierError('NOT_FOUND', `${bagPath} does not exist: give the path of a bag folder, a .zip or .tar case file, or a web archive`, { path: bagPath }, { cause: error });
    if (isErrno(error, 'EACCES', 'EPERM')) throw new DossierError('FILE_UNREADABLE', `${bagPath} may not be read by this user (permission denied): ask for read access, or copy it somewhere you may read`, { path: bagPath }, { cause: error });
    throw error;
  }
}

/** A plain file is no bag: said in the report, like any other bag that does not verify. */
function notABag(bagPath: string): CaseFileReport {
  return invalidReport({
    code: 'NOT_A_BAG',
    path: bagPath,
    message: `${bagPath} is a file, but neither a bag folder nor a .zip, .tar, .warc, .warc.gz or .wacz archive`,
  });
}

function unreadableArchive(bagPath: string, cause: ArchiveUnreadable): CaseFileReport {
  return invalidReport({ code: cause.code, path: bagPath, message: cause.message, ...refusalOf(cause) });
}

function invalidReport(error: BagFinding): CaseFileReport {
  const checked = { payloadFiles: 0, payloadBytes: 0, payloadManifests: [], tagManifests: [], tagFilesChecked: 0, digestsVerified: 0, fetchEntries: 0 };
  return { valid: false, bag: { valid: false, bagItVersion: null, tagFileEncoding: null, errors: [error], warnings: [], checked }, caseFile: null, errors: [error], warnings: [] };
}

/** For a refused archive, which limit and the numbers, for a machine reading the JSON report. */
function refusalOf(cause: ArchiveUnreadable): { limit?: string; declared?: number; allowed?: number } {
  if (!(cause instanceof ArchiveTooLarge)) return {};
  const { limit, declared, allowed } = cause.refusal;
  return { limit, declared, allowed };
}

export function reportInWords(bagPath: string, report: CaseFileReport): string {
  const { bag, caseFile } = report;
  const { checked } = bag;
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'FAIL');
  const bagErrors = bag.errors.length;
  const lines = [
    report.valid ? `VALID ${caseFile ? 'case file' : 'bag'}: ${bagPath}` : `INVALID ${caseFile ? 'case file' : 'bag'}: ${bagPath}`,
    `  ${mark(bag.valid)} BagIt ${bag.bagItVersion ?? '?'} (RFC 8493), tag files in ${bag.tagFileEncoding ?? '?'}: ${checked.payloadFiles} payload files, ` +
      `${checked.payloadBytes.toLocaleString('en-GB')} bytes; ${checked.digestsVerified} digests checked against ${[...checked.payloadManifests, ...checked.tagManifests].join(', ') || 'no manifest'}` +
      (bagErrors ? `; ${bagErrors} problem${bagErrors === 1 ? '' : 's'}` : ''),
  ];
  if (caseFile) {
    const failed = (code: string) => report.errors.some((e) => e.code.startsWith(code));
    lines.push(
      `  case ${caseFile.caseId}, ${caseFile.profile} profile, log ${caseFile.logOrigin || '?'}`,
      `  ${mark(!failed('LOG_KEY') && !failed('CHECKPOINT') && !failed('CUSTODY_MISSING'))} signed checkpoint: ${caseFile.checkpointSize} entries, root ${caseFile.checkpointRootHex || '?'}`,
      `       log key ${caseFile.logKey || '?'} (key id ${caseFile.keyIdHex || '?'}): compare it with the key the organisation publishes`,
      `  ${mark(!failed('CUSTODY_ENTRY'))} custody: ${caseFile.custodyVerified} of ${caseFile.custodyEntries} entries proven included in the signed log`,
      `  ${mark(!failed('EVIDENCE'))} evidence: ${caseFile.evidenceMatchedToIntake} of ${caseFile.evidenceFiles} files hash to a verified intake entry's SHA-256 and size`,
      ...(caseFile.analyses || failed('ANALYSIS')
        ? [`  ${mark(!failed('ANALYSIS'))} pinned analyses: ${caseFile.analysesMatchedToEntry} of ${caseFile.analyses} hash to the result their "analyse" entry records`]
        : []),
      ...(caseFile.deliberation || failed('DELIBERATION')
        ? [`  ${mark(!failed('DELIBERATION'))} record of deliberation: ${caseFile.deliberation?.matched ?? 0} of ${caseFile.deliberation?.revisions ?? 0} comment revisions make the commitment their entry logged`]
        : []),
      `  ${mark(caseFile.seal === 'verified')} seal over tagmanifest-sha256.txt: ${caseFile.seal}`,
    );
    const { witnesses } = caseFile;
    if (witnesses.vouching !== null) {
      lines.push(`  ${mark(!failed('WITNESSES') && !failed('CHECKPOINT_COSIGNATURE'))} witnesses: ${witnesses.vouching.length} of the ${witnesses.required} required cosigned the checkpoint (${witnesses.vouching.join(', ') || 'none'})`);
    } else if (witnesses.claimed.length > 0) {
      lines.push(`  ??   witnesses: the checkpoint carries cosignatures by ${witnesses.claimed.join(', ')}; give their keys (--witness) to check them`);
    }
    for (const verdict of caseFile.checkpointTimestamps) {
      lines.push(`  ${verdict.status === 'failed' ? 'FAIL' : verdict.status === 'verified' ? 'ok  ' : '??  '} RFC 3161 time-stamp of the checkpoint: ${timestampInWords(verdict)}`);
    }
    const stamp = caseFile.timestamp;
    if (stamp) lines.push(`  ${stamp.status === 'failed' ? 'FAIL' : stamp.status === 'verified' ? 'ok  ' : '??  '} RFC 3161 time-stamp: ${timestampInWords(stamp)}`);
  }
  lines.push(...report.errors.map((e) => `  ERROR ${e.code}${e.path ? ` ${e.path}` : ''}: ${e.message}`));
  lines.push(...report.warnings.map((w) => `  warning ${w.code}${w.path ? ` ${w.path}` : ''}: ${w.message}`));
  return lines.join('\n');
}

function timestampInWords(stamp: NonNullable<NonNullable<CaseFileReport['caseFile']>['timestamp']>): string {
  if (stamp.status === 'verified') return `${stamp.time}, signature verified${stamp.tsa ? ` (${stamp.tsa})` : ''}`;
  if (stamp.status === 'unchecked-signature') return `${stamp.time}, matches what it stamps; signature not checked (give --tsa-ca)`;
  return stamp.reason;
}
