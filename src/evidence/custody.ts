import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { DossierError } from '../common/errors.js';
import { checkOutputPath, placeOutput, tempBeside, type OutputRules } from '../common/output-file.js';
import type { Database } from '../db/database.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { BlobCheck, BlobStore } from '../vault/blob-store.js';
import { retainedUntil } from './case-retention.js';
import { getEvidence, type EvidenceItem } from './evidence.js';
import { derivativeBlobs } from './derivatives.js';
import { describeBlob, type UnreferencedBlob } from './vault-sweep.js';

export interface EvidenceContent {
  item: EvidenceItem;
  stream: NodeJS.ReadableStream;
}

/**
 * Opens an item's bytes for reading, and records the view in the ledger before a byte leaves the vault.
 * `export` is for a copy that leaves Dossier (a file written out), `view` for reading in place.
 */
export async function viewEvidence(
  deps: { database: Database; ledger: CustodyLedger; vault: BlobStore },
  actor: string,
  ref: string,
  action: 'view' | 'export' = 'view',
  /** The case through which the reader was given the item, so the case's own log shows the read. */
  caseId?: string,
): Promise<EvidenceContent> {
  const item = await getEvidence(deps, ref);
  const stream = await deps.vault.read(item.sha256);
  // A read-only copy cannot take the entry; the face says so (cli/context.ts) rather than refuse the reading.
  if (!deps.database.readOnly) {
    await deps.database.writeTransaction((trx) =>
      deps.ledger.append(trx, [{ actor, action, subject: { evidence: item.sha256, ...(caseId ? { case: caseId } : {}) }, details: { evidenceId: item.id } }]),
    );
  }
  return { item, stream };
}

/**
 * Writes a copy of an item to a file: logged as an export first, hashed while written, and put in place
 * only when the copy's SHA-256 is the item's, so a damaged vault never hands out a wrong copy. The path is
 * checked against `rules` first: never inside the archive, and an existing file only with `force`.
 */
export async function exportEvidenceCopy(
  deps: { database: Database; ledger: CustodyLedger; vault: BlobStore },
  actor: string,
  ref: string,
  file: string,
  rules: OutputRules,
): Promise<EvidenceItem> {
  const { path: target, exists } = await checkOutputPath('out', file, rules);
  const { item, stream } = await viewEvidence(deps, actor, ref, 'export');
  const temp = tempBeside(target);
  const hash = createHash('sha256');
  try {
    const out = await fs.open(temp, 'wx', 0o600);
    try {
      for await (const chunk of stream) {
        hash.update(chunk as Buffer);
        await out.write(chunk as Buffer);
      }
      await out.sync();
    } finally {
      await out.close();
    }
    const actual = hash.digest('hex');
    if (actual !== item.sha256) {
      throw new DossierError('VAULT_BLOB_CORRUPT', `blob ${item.sha256} now hashes to ${actual}: no copy was written; run "dossier vault verify"`, {
        sha256: item.sha256,
        actualSha256: actual,
      });
    }
    await placeOutput('out', temp, target, exists);
  } finally {
    await fs.rm(temp, { force: true });
  }
  return item;
}

export interface VaultAudit {
  ok: boolean;
  checked: number;
  failures: BlobCheck[];
  /** Items the database lists whose bytes the vault does not hold. */
  missing: Array<{ evidenceId: string; sha256: string }>;
  /** Blobs no item refers to (left by an intake interrupted before its commit): harmless, listed; `vault sweep` removes them. */
  unreferenced: UnreferencedBlob[];
  /**
   * In a vault with object lock: how many objects carry a retention or a legal hold, and the ones that carry
   * neither (their bytes could be deleted); null for a vault without locks.
   */
  locks: { locked: number; unlocked: string[]; shortOfCase: ShortRetention[] } | null;
  /** The `verify` entry that records the check; null on a read-only data directory, which cannot take it. */
  ledgerSeq: number | null;
}

/** An object locked for less time than a case holding it requires (evidence/case-retention.ts). */
export interface ShortRetention {
  sha256: string;
  caseId: string;
  required: string;
  retainUntil: string | null;
}

// Clocks of several servers, and an intake's lock set moments before its entry's time, differ by this much at most.
const RETENTION_SLACK_MS = 3600_000;

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
  let locks: VaultAudit['locks'] = null;
  const now = Date.now();
  const lockedUntil = new Map<string, string | null>();
  for await (const check of deps.vault.checkAll(onProgress)) {
    checked++;
    seen.add(check.sha256);
    if (!check.ok) failures.push(check);
    if (check.lock) {
      locks ??= { locked: 0, unlocked: [], shortOfCase: [] };
      lockedUntil.set(check.sha256, check.lock.retainUntil);
      const retained = check.lock.retainUntil !== null && Date.parse(check.lock.retainUntil) > now;
      if (retained || check.lock.legalHold) locks.locked++;
      else locks.unlocked.push(check.sha256);
    }
  }
  if (locks) locks.shortOfCase = await shortOfCaseRetention(deps.database, lockedUntil);
  const items = await deps.database.db.selectFrom('evidence_items').select(['id', 'sha256']).execute();
  const recorded = new Set(items.map((i) => i.sha256));
  const missing = items.filter((i) => !seen.has(i.sha256)).map((i) => ({ evidenceId: i.id, sha256: i.sha256 }));
  const unreferenced: UnreferencedBlob[] = [];
  const notItems = [...seen].filter((hash) => !recorded.has(hash));
  // A derivative's blob (a preview, a thumbnail) is referred to by its row and its `derive` entry: not an orphan.
  const derived = new Set<string>();
  for (let start = 0; start < notItems.length; start += 500) for (const hash of await derivativeBlobs(deps.database.db, notItems.slice(start, start + 500))) derived.add(hash);
  for (const sha256 of notItems.filter((hash) => !derived.has(hash))) {
    const found = await describeBlob(deps.vault, sha256);
    if (found) unreferenced.push(found);
  }
  const ok = failures.length === 0 && missing.length === 0;
  if (deps.database.readOnly) return { ok, checked, failures, missing, unreferenced, locks, ledgerSeq: null };
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
          unreferenced: unreferenced.length,
          ...(locks && { locked: locks.locked, unlocked: locks.unlocked.length, shortOfCase: locks.shortOfCase.length }),
        },
      },
    ]),
  );
  return { ok, checked, failures, missing, unreferenced, locks, ledgerSeq: entry!.seq };
}

/** The objects of cases with a retention of their own whose lock ends before the case requires (or that are gone). */
async function shortOfCaseRetention(database: Database, lockedUntil: ReadonlyMap<string, string | null>): Promise<ShortRetention[]> {
  const links = await database.db
    .selectFrom('evidence_cases')
    .innerJoin('cases', 'cases.id', 'evidence_cases.case_id')
    .innerJoin('evidence_items', 'evidence_items.id', 'evidence_cases.evidence_id')
    .select(['evidence_items.sha256', 'evidence_cases.case_id', 'evidence_cases.linked_at', 'cases.retention_days'])
    .where('cases.retention_days', 'is not', null)
    .execute();
  const short: ShortRetention[] = [];
  for (const link of links) {
    const required = retainedUntil(link.linked_at, link.retention_days!);
    const until = lockedUntil.get(link.sha256) ?? null;
    if (until === null || Date.parse(until) < required.getTime() - RETENTION_SLACK_MS) {
      short.push({ sha256: link.sha256, caseId: link.case_id, required: required.toISOString(), retainUntil: until });
    }
  }
  return short;
}
