/**
 * A case's own retention, in a vault with object lock: its evidence stays locked (compliance mode, which not even
 * the bucket's owner can lift) for at least this many days from its intake into the case, whatever the instance's
 * period (DOSSIER_VAULT_RETENTION_DAYS). Bytes shared by several cases keep the longest. A case's period is only
 * ever lengthened: the server would refuse to shorten a lock already set, and a shorter one would cover its
 * evidence unevenly. Setting it records the period (every intake from then on takes it), locks every object the
 * case already holds, and only then logs it (an `update` of the case), so the ledger never shows a retention the
 * server does not enforce; `vault verify` names any object short of it (a run cut half-way: run it again).
 */
import { DossierError, invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { BlobStore } from '../vault/blob-store.js';
import { getCase } from '../cases/cases.js';

/** A century: longer is a typing slip, not a policy. */
const MAX_RETENTION_DAYS = 36_500;
const DAY_MS = 86_400_000;
/** Retention requests in flight at once: each is a round trip to the S3 server. */
const AT_ONCE = 8;

export interface CaseRetention {
  caseId: string;
  retentionDays: number;
  /** The case's objects locked until at least now + the period. */
  objects: number;
  ledgerSeq: number;
}

export function checkRetentionDays(days: unknown): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw invalidField('days', `must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}`, days);
  }
  return days;
}

/** The date an object taken into a case at `from` must stay locked until, for a case retention of `days`. */
export function retainedUntil(from: Date | string, days: number): Date {
  return new Date(new Date(from).getTime() + days * DAY_MS);
}

export async function setCaseRetention(
  deps: { database: Database; ledger: CustodyLedger; vault: BlobStore },
  actor: string,
  caseId: string,
  days: number,
  onProgress?: (done: number, total: number) => void,
): Promise<CaseRetention> {
  checkRetentionDays(days);
  const found = await getCase(deps, caseId);
  const { retainAtLeast } = deps.vault;
  if (!retainAtLeast) {
    throw new DossierError('CONFLICT', 'this data directory keeps its evidence in its own folder, which has no object lock: a case retention needs an S3 vault whose bucket has object lock', { field: 'case', value: caseId });
  }
  if (found.retentionDays !== null && days < found.retentionDays) {
    throw new DossierError('CONFLICT', `case ${caseId} keeps its evidence ${found.retentionDays} days: a retention is only ever lengthened (locks already set cannot be shortened)`, { field: 'days', value: days });
  }
  // The case first, so that every intake from now on takes its period; then what it holds already.
  await deps.database.writeTransaction((trx) => trx.updateTable('cases').set({ retention_days: days }).where('id', '=', caseId).execute());
  const held = await deps.database.db
    .selectFrom('evidence_cases')
    .innerJoin('evidence_items', 'evidence_items.id', 'evidence_cases.evidence_id')
    .select('evidence_items.sha256')
    .distinct()
    .where('evidence_cases.case_id', '=', caseId)
    .execute();
  const until = retainedUntil(new Date(), days);
  await inTurn(held.map((row) => row.sha256), (sha256) => retainAtLeast.call(deps.vault, sha256, until), (done) => onProgress?.(done, held.length));
  const [entry] = await deps.database.writeTransaction((trx) =>
    deps.ledger.append(trx, [{ actor, action: 'update', subject: { case: caseId }, details: { kind: 'case', retentionDays: days, objectsLocked: held.length } }]),
  );
  return { caseId, retentionDays: days, objects: held.length, ledgerSeq: entry!.seq };
}

/**
 * Inside an intake's transaction, before its entry is written: the bytes taken into a case with a retention of
 * its own are locked for it, so an acknowledged intake is locked as its case requires.
 */
export async function retainForCases(vault: BlobStore, trx: Db, intakes: readonly { caseId: string; sha256: string }[], at: Date): Promise<void> {
  const { retainAtLeast } = vault;
  if (!retainAtLeast || intakes.length === 0) return;
  const cases = await trx.selectFrom('cases').select(['id', 'retention_days']).where('id', 'in', [...new Set(intakes.map((i) => i.caseId))]).execute();
  const days = new Map(cases.filter((c) => c.retention_days !== null).map((c) => [c.id, c.retention_days!]));
  if (days.size === 0) return;
  // Bytes taken into several cases at once keep the longest period of them.
  const longest = new Map<string, number>();
  for (const { caseId, sha256 } of intakes) {
    const period = days.get(caseId);
    if (period !== undefined) longest.set(sha256, Math.max(period, longest.get(sha256) ?? 0));
  }
  await inTurn([...longest], ([sha256, period]) => retainAtLeast.call(vault, sha256, retainedUntil(at, period)));
}

async function inTurn<T>(items: readonly T[], work: (item: T) => Promise<unknown>, onProgress?: (done: number) => void): Promise<void> {
  for (let start = 0; start < items.length; start += AT_ONCE) {
    await Promise.all(items.slice(start, start + AT_ONCE).map(work));
    onProgress?.(Math.min(start + AT_ONCE, items.length));
  }
}
