import type { Database } from '../db/database.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { BlobCheck, BlobStore } from '../vault/blob-store.js';
import { getEvidence, type EvidenceItem } from './evidence.js';

export interface EvidenceContent {
  item: EvidenceItem;
  stream: NodeJS.ReadableStream;
}

/** Opens an item's bytes for reading, and records the view in the ledger before a byte leaves the vault. */
export async function viewEvidence(
  deps: { database: Database; ledger: CustodyLedger; vault: BlobStore },
  actor: string,
  ref: string,
  purpose?: string,
): Promise<EvidenceContent> {
  const item = await getEvidence(deps, ref);
  const stream = await deps.vault.read(item.sha256);
  await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [
      { actor, action: 'view', subject: { evidence: item.sha256 }, details: { evidenceId: item.id, ...(purpose && { purpose }) } },
    ]),
  );
  return { item, stream };
}

export interface VaultAudit {
  ok: boolean;
  checked: number;
  failures: BlobCheck[];
  /** Items the database lists whose bytes the vault does not hold. */
  missing: Array<{ evidenceId: string; sha256: string }>;
  /** Blobs no item refers to (left by an intake interrupted before its commit): harmless, reported. */
  unreferenced: string[];
  ledgerSeq: number;
}

/**
 * Re-hashes every blob, checks that every recorded item still has its bytes, and logs the result as a
 * `verify` custody event, so the ledger shows when the vault was last proven intact and by whom.
 */
export async function auditVault(
  deps: { database: Database; ledger: CustodyLedger; vault: BlobStore },
  actor: string,
  onProgress?: (done: number) => void,
): Promise<VaultAudit> {
  const failures: BlobCheck[] = [];
  const seen = new Set<string>();
  let checked = 0;
  for await (const check of deps.vault.checkAll(onProgress)) {
    checked++;
    seen.add(check.sha256);
    if (!check.ok) failures.push(check);
  }
  const items = await deps.database.db.selectFrom('evidence_items').select(['id', 'sha256']).execute();
  const recorded = new Set(items.map((i) => i.sha256));
  const missing = items.filter((i) => !seen.has(i.sha256)).map((i) => ({ evidenceId: i.id, sha256: i.sha256 }));
  const unreferenced = [...seen].filter((hash) => !recorded.has(hash));
  const ok = failures.length === 0 && missing.length === 0;
  const [entry] = await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [
      {
        actor,
        action: 'verify',
        subject: {},
        details: {
          scope: 'vault',
          ok,
          checked,
          failed: failures.map((f) => ({ sha256: f.sha256, problem: f.problem })),
          missing: missing.map((m) => m.sha256),
        },
      },
    ]),
  );
  return { ok, checked, failures, missing, unreferenced, ledgerSeq: entry!.seq };
}
