/**
 * The bytes of a ledger entry that its Merkle leaf commits to: its RFC 8785 canonical JSON in UTF-8, exactly
 * what log.ts hashes on append (entry.ts's encodeEntry). A reader that re-derives these bytes from an entry
 * it was shown, rather than trusting a leaf hash it was sent, proves what it displays.
 */
import canonicalize from 'canonicalize';
import { DossierError } from '../../common/errors.js';
import { utf8 } from './byte-encoding.js';

/** What a verifier needs of an entry: its place in the log; every other field is hashed as it is. */
export interface LoggedEntry {
  seq: number;
  [field: string]: unknown;
}

export function entryLeafInput(entry: LoggedEntry): Uint8Array {
  const text = canonicalize(entry);
  if (text === undefined) throw new DossierError('INTERNAL', `ledger entry ${entry.seq} has no canonical JSON form`);
  return utf8(text);
}
