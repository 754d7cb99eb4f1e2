/**
 * RFC 3161 time-stamps of a bag's tag manifest, made and read with the `openssl ts` command (OpenSSL is on
 * every Debian machine and is what courts' experts use): a request is built here, sent to a time-stamping
 * authority elsewhere, and the token it returns is checked here. The token proves the bag existed, exactly
 * as it is, no later than the authority's time, on the authority's word rather than ours.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DossierError } from './errors.js';

const run = promisify(execFile);

export type TimestampVerdict =
  | { status: 'verified'; time: string; tsa: string | null; serial: string | null }
  /** The token matches the bag, but its signature was not checked against a trusted authority certificate. */
  | { status: 'unchecked-signature'; time: string; tsa: string | null; serial: string | null; reason: string }
  | { status: 'failed'; reason: string }
  | { status: 'not-checkable'; reason: string };

async function openssl(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return run('openssl', [...args], { maxBuffer: 1 << 20, encoding: 'utf8' });
}

async function opensslAvailable(): Promise<boolean> {
  return openssl(['version']).then(() => true, () => false);
}

/** A DER TimeStampReq for the SHA-256 of `dataFile`, with a nonce, asking for the TSA's certificate in the reply. */
export async function timestampRequest(dataFile: string): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), 'dossier-tsq-'));
  try {
    const query = join(work, 'request.tsq');
    await openssl(['ts', '-query', '-data', dataFile, '-sha256', '-cert', '-out', query]);
    return await readFile(query);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

interface ReplyFacts {
  granted: boolean;
  statusText: string;
  time: string | null;
  tsa: string | null;
  serial: string | null;
  imprintHex: string | null;
}

/** What `openssl ts -reply -text` says of a reply: its status, time, authority, serial and message imprint. */
export async function readReply(replyFile: string): Promise<ReplyFacts> {
  const { stdout } = await openssl(['ts', '-reply', '-in', replyFile, '-text']);
  const field = (label: string) => new RegExp(`^${label}:\\s*(.+)$`, 'm').exec(stdout)?.[1]?.trim() ?? null;
  const imprint = /^Message data:\n((?:\s+[0-9a-f]{4} - .*\n?)+)/m.exec(stdout)?.[1];
  const imprintHex = imprint
    ? imprint
        .split('\n')
        .map((line) => /^\s+[0-9a-f]{4} - ((?:[0-9a-f]{2}[ -]?)+)/.exec(line)?.[1] ?? '')
        .join('')
        .replace(/[ -]/g, '')
    : null;
  const statusText = field('Status') ?? 'unknown';
  return { granted: /^Granted/.test(statusText), statusText, time: field('Time stamp'), tsa: field('TSA'), serial: field('Serial number'), imprintHex };
}

/**
 * Asks the time-stamping authority at `tsaUrl` (RFC 3161 over HTTP, §3.4) to stamp `dataFile`; resolves with
 * its reply (DER), unchecked, or rejects with why there is none. The caller checks it with checkTimestamp.
 */
export async function requestTimestamp(tsaUrl: string, dataFile: string, timeoutMs = 30_000): Promise<Buffer> {
  const response = await fetch(tsaUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
    body: await timestampRequest(dataFile),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new DossierError('TIMESTAMP_FAILED', `HTTP ${response.status}`, { field: 'tsaUrl', value: tsaUrl, status: response.status });
  const reply = Buffer.from(await response.arrayBuffer());
  if (reply.length === 0) throw new DossierError('TIMESTAMP_FAILED', 'the reply was empty', { field: 'tsaUrl', value: tsaUrl });
  return reply;
}

/**
 * Checks a time-stamp token against the file it stamps: always that its imprint is the file's SHA-256;
 * with `trustedCaFile`, also its signature and certificate chain up to that authority (`openssl ts -verify`).
 * `what` names the stamped file in a refusal ("this tag manifest", "the checkpoint").
 */
export async function checkTimestamp(replyFile: string, dataFile: string, dataSha256: string, trustedCaFile?: string, what = "this tag manifest's"): Promise<TimestampVerdict> {
  if (!(await opensslAvailable())) return { status: 'not-checkable', reason: 'the openssl command is not installed here, so the RFC 3161 time-stamp could not be read' };
  let facts: ReplyFacts;
  try {
    facts = await readReply(replyFile);
  } catch (cause) {
    return { status: 'failed', reason: `the time-stamp reply cannot be read: ${firstLine(cause)}` };
  }
  if (!facts.granted) return { status: 'failed', reason: `the time-stamping authority did not grant the stamp (status: ${facts.statusText})` };
  if (facts.imprintHex !== dataSha256) {
    return { status: 'failed', reason: `the time-stamp is for SHA-256 ${facts.imprintHex ?? '?'}, not for ${what} ${dataSha256}` };
  }
  const stamped = { time: facts.time ?? '?', tsa: facts.tsa, serial: facts.serial };
  if (trustedCaFile === undefined) {
    return { status: 'unchecked-signature', ...stamped, reason: "the token matches what it stamps; give the authority's CA certificate to check its signature" };
  }
  try {
    await openssl(['ts', '-verify', '-in', replyFile, '-data', dataFile, '-CAfile', trustedCaFile]);
  } catch (cause) {
    return { status: 'failed', reason: `the time-stamp's signature does not verify against ${trustedCaFile}: ${firstLine(cause)}` };
  }
  return { status: 'verified', ...stamped };
}

export interface TokenCheckOptions {
  /** Certificates trusted as anchors (PEM). */
  caFile: string;
  /** The authority's own certificate when the token does not carry it (PEM). */
  untrustedFile?: string;
  /** Accept an anchor that is not a self-signed root (the authority's certificate itself). */
  partialChain?: boolean;
  /** Judge certificate validity at this time (seconds since 1970), not now: for stamps older than their certificates. */
  atTime?: number;
}

/** `openssl ts -verify` of a reply over `dataFile`: resolves, or rejects with openssl's first line of complaint. */
export async function verifyTimestampReply(replyFile: string, dataFile: string, options: TokenCheckOptions): Promise<void> {
  const args = ['ts', '-verify', '-in', replyFile, '-data', dataFile, '-CAfile', options.caFile];
  if (options.untrustedFile) args.push('-untrusted', options.untrustedFile);
  if (options.partialChain) args.push('-partial_chain');
  if (options.atTime !== undefined) args.push('-attime', String(Math.floor(options.atTime)));
  try {
    await openssl(args);
  } catch (cause) {
    throw new DossierError('PROOF_INVALID', firstLine(cause), { path: replyFile }, { cause });
  }
}

function firstLine(cause: unknown): string {
  const error = cause as { stderr?: string; message?: string };
  return (error.stderr || error.message || String(cause)).trim().split('\n')[0] ?? '';
}

/** Writes `reply` to a temp file for `readReply`, for callers that hold the bytes (the exporter). */
export async function withReplyFile<T>(reply: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), 'dossier-tsr-'));
  try {
    const file = join(work, 'reply.tsr');
    await writeFile(file, reply);
    return await use(file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Text in a temp file of its own (openssl stamps and checks files), with its SHA-256 in hex: what a checkpoint's
 * time-stamp is over. The file is removed once `use` is done.
 */
export async function withTextFile<T>(text: string, use: (file: string, sha256: string) => Promise<T>): Promise<T> {
  const work = await mkdtemp(join(tmpdir(), 'dossier-tstext-'));
  try {
    const file = join(work, 'stamped.txt');
    await writeFile(file, text, 'utf8');
    return await use(file, createHash('sha256').update(text, 'utf8').digest('hex'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
