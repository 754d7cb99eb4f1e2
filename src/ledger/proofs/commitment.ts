import { createHash } from 'node:crypto';

/**
 * Salted commitments to free text. A ledger entry is hashed into the tree forever and is shared with
 * courts and auditors, so it must never hold text that could name a witness (a source description, a
 * note, a file name). It holds a commitment instead: SHA-256 over a per-record random salt, the field
 * name and the text. The record keeps the text and the salt, so whoever may read the record can prove
 * it is what was logged, while the entry alone reveals nothing, not even to a dictionary guess. The salts are
 * drawn by ../salt.ts: checking needs none of the randomness.
 */
export type Commitment = `sha256:${string}`;

export function commitText(saltHex: string, field: string, text: string): Commitment {
  const digest = createHash('sha256')
    .update(Buffer.from(saltHex, 'hex'))
    .update(field)
    .update(Buffer.from([0]))
    .update(text, 'utf8')
    .digest('hex');
  return `sha256:${digest}`;
}

/** Commitments for the fields that have a value; absent fields stay absent. */
export function commitFields(saltHex: string, fields: Record<string, string | null | undefined>): Record<string, Commitment> {
  const out: Record<string, Commitment> = {};
  for (const [field, text] of Object.entries(fields)) {
    if (text !== null && text !== undefined) out[field] = commitText(saltHex, field, text);
  }
  return out;
}
