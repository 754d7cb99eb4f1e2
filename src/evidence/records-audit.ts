import type { Db } from '../db/schema.js';
import { commitFields } from '../ledger/proofs/commitment.js';
import { fileFields } from './evidence.js';
import { decodeEntry, type LedgerEntry } from '../ledger/entry.js';
import { compareFields, pagesByOffset, startRowAudit, type FieldPair, type ReportProblem as Report, type RowAudit } from '../ledger/row-audit.js';

/**
 * Checks the records against the ledger entries that logged them: a case's title and description, an
 * intake's file name, source and note (through their salted commitments), who and when, and an item's
 * hash, size and media type. The ledger proves itself (auditLedger); this proves the rows people read
 * were not rewritten behind it, for instance to change who a piece of evidence came from. Problems name
 * `case:<id>`, `intake:<id>`, `evidence:<id>` or `derivative:<sha256>`.
 */
export async function auditRecords(db: Db): Promise<RowAudit> {
  const { audit, report } = startRowAudit();
  await auditCases(db, audit, report);
  await auditIntakes(db, audit, report);
  await auditItems(db, audit, report);
  await auditDerivatives(db, audit, report);
  return audit;
}

async function auditCases(db: Db, audit: RowAudit, report: Report): Promise<void> {
  const cases = await db.selectFrom('cases').selectAll().orderBy('id').execute();
  for (const row of cases) {
    audit.checked++;
    const logged = await db
      .selectFrom('ledger_entries')
      .select('entry')
      .where('case_id', '=', row.id)
      .where('action', '=', 'create')
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst();
    const entry = logged && decodeEntry(logged.entry);
    if (!entry || typeof entry === 'string') {
      report(`case:${row.id}`, 'has no creation entry in the ledger');
      continue;
    }
    compare(report, `case:${row.id}`, [
      ['created_by', row.created_by, entry.actor],
      ['created_at', row.created_at, entry.time],
      ['title/description', commitFields(row.salt, { title: row.title, description: row.description }), entry.details.committed],
    ]);
  }
}

async function auditIntakes(db: Db, audit: RowAudit, report: Report): Promise<void> {
  for await (const rows of pagesByOffset((limit, offset) =>
    db
      .selectFrom('evidence_intakes as i')
      .innerJoin('evidence_items as e', 'e.id', 'i.evidence_id')
      .leftJoin('ledger_entries as l', 'l.seq', 'i.ledger_seq')
      .select([
        'i.id', 'i.evidence_id', 'i.case_id', 'i.at', 'i.actor', 'i.original_name', 'i.source', 'i.note', 'i.salt', 'i.ledger_seq',
        'i.handover_id', 'i.file_path', 'i.file_modified_at', 'i.file_created_at',
        'e.sha256', 'e.size', 'e.media_type', 'l.entry',
      ])
      .orderBy('i.ledger_seq')
      .limit(limit)
      .offset(offset)
      .execute(),
  )) {
    for (const row of rows) {
      audit.checked++;
      const entry: LedgerEntry | string | undefined = row.entry === null ? undefined : decodeEntry(row.entry);
      if (!entry || typeof entry === 'string' || entry.action !== 'intake') {
        report(`intake:${row.id}`, `ledger entry ${row.ledger_seq} is missing or is not its intake`);
        continue;
      }
      compare(report, `intake:${row.id}`, [
        ['evidence', row.sha256, entry.subject.evidence],
        ['case', row.case_id, entry.subject.case],
        ['actor', row.actor, entry.actor],
        ['at', row.at, entry.time],
        ['evidence id', row.evidence_id, entry.details.evidenceId],
        ['size', Number(row.size), entry.details.size],
        ['media type', row.media_type, entry.details.mediaType],
        [
          'file name/source/note/path/times',
          commitFields(row.salt, { originalName: row.original_name, source: row.source, note: row.note, ...(row.file_path !== null ? fileFields({ path: row.file_path, modifiedAt: row.file_modified_at!, createdAt: row.file_created_at }) : {}) }),
          entry.details.committed,
        ],
        ['handover', row.handover_id ?? undefined, entry.details.handover],
      ]);
    }
  }
}

/** An item repeats its first intake's name, source, note, time and actor: they must still agree. */
async function auditItems(db: Db, audit: RowAudit, report: Report): Promise<void> {
  for await (const rows of pagesByOffset((limit, offset) =>
    db
      .selectFrom('evidence_items as e')
      .leftJoin('evidence_intakes as i', (join) =>
        join
          .onRef('i.evidence_id', '=', 'e.id')
          .on('i.ledger_seq', '=', (eb) =>
            eb.selectFrom('evidence_intakes as f').select((f) => f.fn.min('f.ledger_seq').as('first')).whereRef('f.evidence_id', '=', 'e.id'),
          ),
      )
      .select([
        'e.id', 'e.original_name', 'e.source', 'e.note', 'e.intake_at', 'e.intake_by',
        'i.original_name as first_name', 'i.source as first_source', 'i.note as first_note', 'i.at as first_at', 'i.actor as first_actor',
      ])
      .orderBy('e.id')
      .limit(limit)
      .offset(offset)
      .execute(),
  )) {
    for (const row of rows) {
      audit.checked++;
      if (row.first_at === null) {
        report(`evidence:${row.id}`, 'has no intake record');
        continue;
      }
      compare(report, `evidence:${row.id}`, [
        ['original name', row.original_name, row.first_name],
        ['source', row.source, row.first_source],
        ['note', row.note, row.first_note],
        ['intake time', row.intake_at, row.first_at],
        ['intake actor', row.intake_by, row.first_actor],
      ]);
    }
  }
}

/** A derivative's row must still say what its `derive` entry logged: which item, which bytes, made how. */
async function auditDerivatives(db: Db, audit: RowAudit, report: Report): Promise<void> {
  for await (const rows of pagesByOffset((limit, offset) =>
    db
      .selectFrom('evidence_derivatives as d')
      .innerJoin('evidence_items as e', 'e.id', 'd.evidence_id')
      .leftJoin('ledger_entries as l', 'l.seq', 'd.ledger_seq')
      .select(['d.evidence_id', 'd.kind', 'd.sha256', 'd.media_type', 'd.size', 'd.made_at', 'd.tool', 'd.command', 'd.frame_seconds', 'd.tile_seconds', 'd.ledger_seq', 'e.sha256 as original', 'l.entry'])
      .orderBy('d.ledger_seq')
      .limit(limit)
      .offset(offset)
      .execute(),
  )) {
    for (const row of rows) {
      audit.checked++;
      const entry = row.entry === null ? undefined : decodeEntry(row.entry);
      if (!entry || typeof entry === 'string' || entry.action !== 'derive') {
        report(`derivative:${row.sha256}`, `ledger entry ${row.ledger_seq} is missing or is not its derivation`);
        continue;
      }
      compare(report, `derivative:${row.sha256}`, [
        ['original', row.original, entry.subject.evidence],
        ['evidence id', row.evidence_id, entry.details.evidenceId],
        ['kind', row.kind, entry.details.kind],
        ['sha256', row.sha256, entry.details.derivativeSha256],
        ['media type', row.media_type, entry.details.mediaType],
        ['size', Number(row.size), entry.details.size],
        ['made at', row.made_at, entry.time],
        ['tool', row.tool, entry.details.tool],
        ['command', JSON.parse(row.command) as unknown, entry.details.command],
        ['frame time', row.frame_seconds === null ? undefined : Number(row.frame_seconds), entry.details.frameSeconds],
        ['tile timing', row.tile_seconds === null ? undefined : (JSON.parse(row.tile_seconds) as unknown), entry.details.tileSeconds],
      ]);
    }
  }
}

/** A missing value is not null here: a field dropped from a row or an entry is a difference. */
function compare(report: Report, record: string, pairs: FieldPair[]): void {
  compareFields(report, record, pairs, 'distinct');
}
