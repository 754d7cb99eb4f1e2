import type { Database } from '../db/database.js';
import type { Db, RecordOriginsTable } from '../db/schema.js';

/** Where an imported record came from: the partner's record, and the bag and entry it was read from. */
export interface RecordOrigin {
  recordId: string;
  caseId: string;
  /** The partner's custody log (its checkpoint origin line), which names their instance. */
  partnerLog: string;
  partnerCaseId: string;
  partnerRecordId: string;
  partnerRev: number;
  bagTagManifestSha256: string;
  /** The file in the bag the record was read from, e.g. data/case/case.json. */
  bagEntry: string;
  /** Our `transfer` ledger entry that logged the bag's arrival. */
  transferSeq: number;
}

export async function insertRecordOrigins(database: Database, trx: Db, origins: readonly RecordOrigin[]): Promise<void> {
  await database.insertMany(trx, 'record_origins', origins.map(toRow));
}

/** The records of `caseId` already imported from one partner case, by the partner's record id. */
export async function originsFromPartner(db: Db, caseId: string, partnerLog: string, partnerCaseId: string): Promise<Map<string, RecordOrigin>> {
  const rows = await db.selectFrom('record_origins').selectAll().where('case_id', '=', caseId).where('partner_log', '=', partnerLog).where('partner_case_id', '=', partnerCaseId).execute();
  return new Map(rows.map((row) => [row.partner_record_id, fromRow(row)]));
}

/** Where one record came from, or null for a record made here. */
export async function recordOrigin(db: Db, recordId: string): Promise<RecordOrigin | null> {
  const row = await db.selectFrom('record_origins').selectAll().where('record_id', '=', recordId).executeTakeFirst();
  return row ? fromRow(row) : null;
}

function toRow(origin: RecordOrigin): RecordOriginsTable {
  return {
    record_id: origin.recordId,
    case_id: origin.caseId,
    partner_log: origin.partnerLog,
    partner_case_id: origin.partnerCaseId,
    partner_record_id: origin.partnerRecordId,
    partner_rev: origin.partnerRev,
    bag_tag_manifest_sha256: origin.bagTagManifestSha256,
    bag_entry: origin.bagEntry,
    transfer_seq: origin.transferSeq,
  };
}

function fromRow(row: RecordOriginsTable): RecordOrigin {
  return {
    recordId: row.record_id,
    caseId: row.case_id,
    partnerLog: row.partner_log,
    partnerCaseId: row.partner_case_id,
    partnerRecordId: row.partner_record_id,
    partnerRev: Number(row.partner_rev),
    bagTagManifestSha256: row.bag_tag_manifest_sha256,
    bagEntry: row.bag_entry,
    transferSeq: Number(row.transfer_seq),
  };
}
