/**
 * `dossier verify` of a handover receipt: a file whose first line is the receipt's format line, whatever
 * its name, checked offline against the key the organisation publishes (--log-key) or, failing that, the
 * key the receipt names, with a warning. Reported in words or as JSON.
 */
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { invalidField, isDossierError } from '../../common/errors.js';
import { decodeUtf8Strict, describeInvalidUtf8 } from '../../common/text-checks.js';
import { RECEIPT_FORMAT_LINE } from '../../evidence/handover-receipt.js';
import { escapeLineValue } from '../../evidence/receipt-line-escape.js';
import { checkHandoverReceipt, invalidReceipt, type ReceiptCheck } from '../../evidence/receipt-check.js';
import { noteVerifier } from '../../ledger/proofs/signed-note.js';
import { print } from '../output.js';

/** Far above a receipt for a drive of a million files; a bigger file is not a receipt worth reading whole. */
const MAX_RECEIPT_BYTES = 256 * 1024 * 1024;
const RECEIPT_START = Buffer.from(`${RECEIPT_FORMAT_LINE}\n`, 'utf8');

/**
 * Whether the file starts as a receipt does: read from its first bytes only, as it may be a large archive.
 * A file that cannot be opened is left to the bag checks, which say why in their own words.
 */
export async function isHandoverReceiptFile(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const start = Buffer.alloc(RECEIPT_START.length);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    return bytesRead === start.length && start.equals(RECEIPT_START);
  } finally {
    await handle.close();
  }
}

/** Verifies the receipt in `file`, prints the report, and says whether it verified. */
export async function verifyReceiptFile(file: string, options: { logKey?: string | undefined }, command: Command): Promise<boolean> {
  const publishedKey = options.logKey === undefined ? undefined : checkedLogKey(options.logKey);
  const check = (await fs.stat(file)).size > MAX_RECEIPT_BYTES ? tooLarge(publishedKey) : checkBytes(await fs.readFile(file), publishedKey);
  print(command, { file, ...check }, () => receiptInWords(file, check));
  return check.valid;
}

function checkBytes(bytes: Buffer, publishedKey: string | undefined): ReceiptCheck {
  const decoded = decodeUtf8Strict(bytes);
  if ('text' in decoded) return checkHandoverReceipt(decoded.text, publishedKey);
  const message = `handover receipt: it is not UTF-8 text, so it was changed after it was issued: ${describeInvalidUtf8(decoded)}`;
  return invalidReceipt({ code: 'RECEIPT_INVALID', message }, keySourceOf(publishedKey));
}

function tooLarge(publishedKey: string | undefined): ReceiptCheck {
  return invalidReceipt({ code: 'RECEIPT_TOO_LARGE', message: `handover receipt: the file is over ${MAX_RECEIPT_BYTES} bytes, which no receipt is` }, keySourceOf(publishedKey));
}

const keySourceOf = (publishedKey: string | undefined) => (publishedKey === undefined ? 'receipt' : 'published');

/** The key a person typed, trimmed of the spaces a copy and paste brings; a malformed one is bad input. */
function checkedLogKey(logKey: string): string {
  const key = logKey.trim();
  try {
    noteVerifier(key);
  } catch (error) {
    if (isDossierError(error, 'KEY_INVALID') || isDossierError(error, 'VALIDATION_FAILED')) throw invalidField('log-key', `${error.message}: give the verifier key the organisation publishes (name+keyid+key)`, logKey);
    throw error;
  }
  return key;
}

/** Values as the receipt prints them, escaped: a receipt signed by anyone must not steer the terminal. */
function receiptInWords(file: string, check: ReceiptCheck): string {
  const { receipt } = check;
  const shown = (value: string | null) => escapeLineValue(value ?? '?');
  const lines = [`${check.valid ? 'VALID' : 'INVALID'} handover receipt: ${file}`];
  if (receipt) {
    lines.push(
      `  handover ${shown(receipt.handoverId)}, case ${shown(receipt.caseId)}, log ${shown(receipt.origin)}`,
      `  received ${receipt.receivedAt} by ${shown(receipt.receivedBy)}${receipt.medium === null ? '' : `, on ${shown(receipt.medium)}`}`,
      `  ${receipt.files.length} file${receipt.files.length === 1 ? '' : 's'}, ${receipt.totalBytes.toLocaleString('en-GB')} bytes, each with its SHA-256 and the ledger entry of its intake`,
      `  receipt verified: signed by ${shown(check.keyName)} (key ${shown(check.verifierKey)}${check.keySource === 'published' ? ', the key given with --log-key' : ''})`,
    );
  }
  lines.push(...check.errors.map((e) => `  ERROR ${e.code}${e.line === undefined ? '' : ` line ${e.line}`}: ${e.message}`));
  lines.push(...check.warnings.map((w) => `  warning ${w.code}: ${w.message}${w.code === 'KEY_FROM_RECEIPT' ? ' (give it with --log-key to check against it)' : ''}`));
  return lines.join('\n');
}
