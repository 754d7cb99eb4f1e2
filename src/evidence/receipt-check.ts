/**
 * What `dossier verify` reports of a handover receipt: verified or not, against which key, and why not.
 * The key is the organisation's published one when given; otherwise the one the receipt names, which only
 * proves that the receipt is whole, not who signed it, and the report says so. Pure, like the receipt.
 */
import { isDossierError } from '../common/errors.js';
import { escapeLineValue } from './receipt-line-escape.js';
import { claimedReceiptKey, receiptTotalBytes, verifyReceipt, type HandoverReceipt } from './handover-receipt.js';

export interface ReceiptFinding {
  code: string;
  message: string;
  /** The line of the receipt at fault, when one is. */
  line?: number;
}

export interface ReceiptCheck {
  valid: boolean;
  /** Where the key checked against came from: given by the person verifying, or read from the receipt. */
  keySource: 'published' | 'receipt';
  verifierKey: string | null;
  keyName: string | null;
  receipt: (HandoverReceipt & { totalBytes: number }) | null;
  errors: ReceiptFinding[];
  warnings: ReceiptFinding[];
}

/** `publishedKey` must be a well-formed verifier key: the caller checks what a person typed. */
export function checkHandoverReceipt(note: string, publishedKey?: string): ReceiptCheck {
  const keySource = publishedKey === undefined ? 'receipt' : 'published';
  let verifierKey: string | null = publishedKey ?? null;
  try {
    verifierKey ??= claimedReceiptKey(note);
    const { receipt, keyName } = verifyReceipt(note, verifierKey);
    const warnings = keySource === 'receipt' ? [keyFromReceiptWarning(verifierKey)] : [];
    return { valid: true, keySource, verifierKey, keyName, receipt: { ...receipt, totalBytes: receiptTotalBytes(receipt) }, errors: [], warnings };
  } catch (error) {
    if (!isDossierError(error, 'CHECKPOINT_INVALID')) throw error;
    const line = typeof error.details.line === 'number' ? { line: error.details.line } : {};
    return invalidReceipt({ code: 'RECEIPT_INVALID', message: error.message, ...line }, keySource, verifierKey);
  }
}

export function invalidReceipt(error: ReceiptFinding, keySource: ReceiptCheck['keySource'], verifierKey: string | null = null): ReceiptCheck {
  return { valid: false, keySource, verifierKey, keyName: null, receipt: null, errors: [error], warnings: [] };
}

function keyFromReceiptWarning(verifierKey: string): ReceiptFinding {
  return {
    code: 'KEY_FROM_RECEIPT',
    message: `the key ${escapeLineValue(verifierKey)} was taken from the receipt itself: anyone can sign a receipt with a key of their own, so compare it with the key the organisation publishes before relying on the receipt`,
  };
}
