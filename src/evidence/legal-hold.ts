/**
 * A legal hold on an item's bytes, in a vault with object lock: while it is on, the S3 server refuses to delete the
 * object whatever its retention (a court order, a pending case). Put on or lifted on the server first, then logged
 * as a `hold` custody entry, so the ledger never shows a hold the server does not have.
 */
import { DossierError } from '../common/errors.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { Database } from '../db/database.js';
import type { BlobStore } from '../vault/blob-store.js';
import { getEvidence } from './evidence.js';

export async function setLegalHold(
  deps: { database: Database; ledger: CustodyLedger; vault: BlobStore },
  actor: string,
  ref: string,
  on: boolean,
): Promise<{ evidenceId: string; sha256: string; legalHold: boolean; ledgerSeq: number }> {
  const item = await getEvidence(deps, ref);
  if (!deps.vault.setLegalHold) {
    throw new DossierError('CONFLICT', 'this data directory keeps its evidence in its own folder, which has no object lock: legal holds need an S3 vault whose bucket has object lock', { field: 'ref' });
  }
  await deps.vault.setLegalHold(item.sha256, on);
  const [entry] = await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [{ actor, action: 'hold', subject: { evidence: item.sha256 }, details: { evidenceId: item.id, legalHold: on } }]),
  );
  return { evidenceId: item.id, sha256: item.sha256, legalHold: on, ledgerSeq: entry!.seq };
}
