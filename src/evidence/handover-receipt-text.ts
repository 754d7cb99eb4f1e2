/**
 * The text of a handover receipt: what a person who handed over a drive takes away, printed, and what
 * `dossier verify` reads back. Line-based so that it reads on paper and so that one changed line is one
 * changed line; written in exactly one way, so that parsing and writing again gives the same text.
 * Pure string work, no Node-only import: a browser could read receipts with it.
 *
 *   Dossier handover receipt v1
 *   origin <the log's origin>
 *   key <the verifier key that signs it>
 *   handover <id>
 *   case <id>
 *   received-at <ISO instant>
 *   received-by <account>
 *   medium <what it came on>          (left out when not known)
 *   files <count>
 *   bytes <total size>
 *   file-columns sha256 size ledger-seq path
 *   <sha256> <size> <ledger seq> <path>   (one line a file, by path)
 *
 * Who handed the material over is not in it: that is sealed data, and a receipt may circulate.
 */
import { DossierError, invalidField } from '../common/errors.js';
import { checkNoteText, parseVerifierKey } from '../ledger/proofs/note-format.js';
import { escapeLineValue, unescapeLineValue } from './receipt-line-escape.js';

export const RECEIPT_FORMAT_LINE = 'Dossier handover receipt v1';
const FILE_COLUMNS = 'sha256 size ledger-seq path';

export interface HandoverReceipt {
  /** The origin line of the log that recorded the intake. */
  origin: string;
  /** The verifier key of the instance that signs the receipt, so that the receipt says how to check it. */
  verifierKey: string;
  handoverId: string;
  caseId: string;
  /** An ISO 8601 instant, e.g. 2024-04-07T10:15:00.000Z. */
  receivedAt: string;
  /** The account that took the material in. */
  receivedBy: string;
  /** What it came on ("USB stick"), or null when not recorded. */
  medium: string | null;
  files: ReceiptFile[];
}

export interface ReceiptFile {
  /** Relative to the handed-over folder, as the intake side shows it (bytes that were not UTF-8 as `\xff`). */
  path: string;
  size: number;
  sha256: string;
  /** The ledger entry that logged the file's intake. */
  ledgerSeq: number;
}

const SHA256 = /^[0-9a-f]{64}$/;
const COUNT = /^(0|[1-9][0-9]*)$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

export function receiptText(receipt: HandoverReceipt): string {
  checkReceipt(receipt);
  const header: [string, string][] = [
    ['origin', receipt.origin],
    ['key', receipt.verifierKey],
    ['handover', receipt.handoverId],
    ['case', receipt.caseId],
    ['received-at', receipt.receivedAt],
    ['received-by', receipt.receivedBy],
    ...(receipt.medium === null ? [] : [['medium', receipt.medium] as [string, string]]),
    ['files', String(receipt.files.length)],
    ['bytes', String(receiptTotalBytes(receipt))],
  ];
  const lines = [
    RECEIPT_FORMAT_LINE,
    ...header.map(([name, value]) => `${name} ${escapeLineValue(value)}`),
    `file-columns ${FILE_COLUMNS}`,
    ...inPathOrder(receipt.files).map((file) => `${file.sha256} ${file.size} ${file.ledgerSeq} ${escapeLineValue(file.path)}`),
  ];
  const text = lines.map((line) => `${line}\n`).join('');
  checkNoteText(text);
  return text;
}

export function receiptTotalBytes(receipt: HandoverReceipt): number {
  return receipt.files.reduce((sum, file) => sum + file.size, 0);
}

/** Reads a receipt's text; anything not written exactly as receiptText writes it is refused, naming the line. */
export function parseReceipt(text: string): HandoverReceipt {
  if (!text.endsWith('\n')) throw receiptInvalid('the receipt text must end with a newline');
  const lines = new ReceiptLines(text.slice(0, -1).split('\n'));
  if (lines.next() !== RECEIPT_FORMAT_LINE) throw receiptInvalid(`line 1 must be "${RECEIPT_FORMAT_LINE}"`, 1);
  const origin = lines.field('origin');
  const verifierKey = lines.field('key');
  lines.check(() => void parseVerifierKey(verifierKey), 'is not a verifier key');
  const handoverId = lines.field('handover');
  const caseId = lines.field('case');
  const receivedAt = lines.field('received-at');
  lines.check(() => checkInstant('received-at', receivedAt), 'is not an ISO instant such as 2024-04-07T10:15:00Z');
  const receivedBy = lines.field('received-by');
  const medium = lines.peekName() === 'medium' ? lines.field('medium') : null;
  const fileCount = lines.count('files');
  const totalBytes = lines.count('bytes');
  const bytesLine = lines.number;
  if (lines.field('file-columns') !== FILE_COLUMNS) throw lines.invalid(`must be "file-columns ${FILE_COLUMNS}"`);
  const files = readFileLines(lines);
  if (files.length !== fileCount) throw receiptInvalid(`the receipt lists ${files.length} files, but its "files" line says ${fileCount}`, bytesLine - 1);
  const receipt: HandoverReceipt = { origin, verifierKey, handoverId, caseId, receivedAt, receivedBy, medium, files };
  if (receiptTotalBytes(receipt) !== totalBytes) throw receiptInvalid(`the files add up to ${receiptTotalBytes(receipt)} bytes, but the "bytes" line says ${totalBytes}`, bytesLine);
  checkWrittenOneWay(text, receipt);
  return receipt;
}

function readFileLines(lines: ReceiptLines): ReceiptFile[] {
  const files: ReceiptFile[] = [];
  while (!lines.done()) {
    const line = lines.next();
    const fields = /^(\S+) (\S+) (\S+) (.+)$/.exec(line);
    if (!fields) throw lines.invalid(`a file line is "${FILE_COLUMNS}", separated by single spaces`);
    const [, sha256, size, ledgerSeq, escapedPath] = fields as unknown as [string, string, string, string, string];
    if (!SHA256.test(sha256)) throw lines.invalid(`"${escapeLineValue(sha256)}" is not a SHA-256 in lower-case hex`);
    const path = lines.unescape(escapedPath);
    const previous = files.at(-1)?.path;
    if (previous !== undefined && !(previous < path)) throw lines.invalid(`files are listed once each, in path order, but "${escapeLineValue(path)}" comes after "${escapeLineValue(previous)}"`);
    files.push({ path, sha256, size: lines.decimal('size', size), ledgerSeq: lines.decimal('ledger seq', ledgerSeq) });
  }
  return files;
}

/** The lines of a receipt, read front to back; every problem it reports names the line. */
class ReceiptLines {
  private at = 0;

  constructor(private readonly lines: string[]) {}

  /** The 1-based number of the line last read. */
  get number(): number {
    return this.at;
  }

  done(): boolean {
    return this.at >= this.lines.length;
  }

  next(): string {
    if (this.done()) throw receiptInvalid(`the receipt ends after line ${this.at}, before its header does`, this.at);
    return this.lines[this.at++]!;
  }

  peekName(): string | undefined {
    return this.lines[this.at]?.split(' ', 1)[0];
  }

  /** The value of the next line, which must be `name value`. */
  field(name: string): string {
    const line = this.next();
    if (!line.startsWith(`${name} `) || line.length === name.length + 1) throw this.invalid(`expected "${name} …"`);
    return this.unescape(line.slice(name.length + 1));
  }

  count(name: string): number {
    return this.decimal(name, this.field(name));
  }

  decimal(what: string, text: string): number {
    if (!COUNT.test(text) || !Number.isSafeInteger(Number(text))) throw this.invalid(`the ${what} "${escapeLineValue(text)}" is not a whole number`);
    return Number(text);
  }

  unescape(escaped: string): string {
    const read = unescapeLineValue(escaped);
    if ('problem' in read) throw this.invalid(read.problem);
    return read.value;
  }

  check(test: () => void, problem: string): void {
    try {
      test();
    } catch (cause) {
      throw this.invalid(problem, cause);
    }
  }

  invalid(problem: string, cause?: unknown): DossierError {
    return receiptInvalid(`line ${this.at}: ${problem}`, this.at, cause);
  }
}

/** One receipt, one text: a line with an escape written another way, for instance, is not ours. */
function checkWrittenOneWay(text: string, receipt: HandoverReceipt): void {
  const written = receiptText(receipt).split('\n');
  const read = text.split('\n');
  const differs = read.findIndex((line, i) => line !== written[i]);
  if (differs >= 0) throw receiptInvalid(`line ${differs + 1}: not written as Dossier writes receipts (it would be "${written[differs]}")`, differs + 1);
}

function checkReceipt(receipt: HandoverReceipt): void {
  for (const field of ['origin', 'verifierKey', 'handoverId', 'caseId', 'receivedBy'] as const) {
    if (receipt[field].length === 0) throw invalidField(field, 'must not be empty');
  }
  if (receipt.medium === '') throw invalidField('medium', 'must be null when not known, not empty');
  parseVerifierKey(receipt.verifierKey);
  checkInstant('receivedAt', receipt.receivedAt);
  const paths = new Set<string>();
  for (const file of receipt.files) {
    if (file.path.length === 0) throw invalidField('files.path', 'must not be empty');
    if (paths.has(file.path)) throw invalidField('files.path', 'is listed twice', file.path);
    paths.add(file.path);
    if (!SHA256.test(file.sha256)) throw invalidField('files.sha256', 'must be 64 lower-case hex digits', file.sha256);
    for (const field of ['size', 'ledgerSeq'] as const) {
      if (!Number.isSafeInteger(file[field]) || file[field] < 0) throw invalidField(`files.${field}`, 'must be a non-negative integer', file[field]);
    }
  }
  if (!Number.isSafeInteger(receiptTotalBytes(receipt))) throw invalidField('files.size', 'the sizes add up to more than can be counted exactly');
}

function checkInstant(field: string, value: string): void {
  // The date part must survive a round trip, or 2024-02-30 would pass as 1 March.
  const parsed = INSTANT.test(value) ? new Date(value) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 19) !== value.slice(0, 19)) {
    throw invalidField(field, 'must be an ISO instant such as 2024-04-07T10:15:00Z', value);
  }
}

/** By UTF-16 code unit, not by locale: the order must be the same on every machine that writes a receipt. */
function inPathOrder(files: readonly ReceiptFile[]): ReceiptFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function receiptInvalid(message: string, line?: number, cause?: unknown): DossierError {
  return new DossierError('CHECKPOINT_INVALID', `handover receipt: ${message}`, line === undefined ? {} : { line }, cause === undefined ? undefined : { cause });
}
