import { canonicalJson } from '../common/canonical-json.js';
import type { Db } from '../db/schema.js';
import { commitText } from '../ledger/commitment.js';
import { decodeEntry } from '../ledger/entry.js';
import { sealedDigest } from '../sealing/keyring.js';

export interface RevisionsAudit {
  ok: boolean;
  checked: number;
  problems: { record: string; problem: string }[];
}

const PAGE = 2000;
const MAX_PROBLEMS = 100;

/**
 * Checks every version of every documentation record against the ledger entry that logged it (kind, id,
 * revision, actor, time, and the salted commitment to the exact document), and each record's current row
 * against its latest version. An incident edited in the database, not through Dossier, is named here.
 */
export async function auditRevisions(db: Db): Promise<RevisionsAudit> {
  const audit: RevisionsAudit = { ok: true, checked: 0, problems: [] };
  const report = (record: string, problem: string) => {
    audit.ok = false;
    if (audit.problems.length < MAX_PROBLEMS) audit.problems.push({ record, problem });
  };
  for (let offset = 0; ; offset += PAGE) {
    const rows = await db
      .selectFrom('record_revisions as r')
      .leftJoin('ledger_entries as l', 'l.seq', 'r.ledger_seq')
      .select(['r.record_id', 'r.rev', 'r.kind', 'r.case_id', 'r.at', 'r.actor', 'r.salt', 'r.commitment', 'r.doc', 'r.sealed', 'r.ledger_seq', 'l.entry'])
      .orderBy('r.ledger_seq')
      .limit(PAGE)
      .offset(offset)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      audit.checked++;
      const name = `${row.kind}:${row.record_id}@${row.rev}`;
      const entry = row.entry === null ? undefined : decodeEntry(row.entry);
      const logged = entry && typeof entry !== 'string' ? loggedVersions(entry.details).find((v) => v.id === row.record_id) : undefined;
      if (!entry || typeof entry === 'string' || !logged) {
        report(name, `ledger entry ${row.ledger_seq} is missing or does not log this record`);
        continue;
      }
      const pairs: Array<[string, unknown, unknown]> = [
        ['kind', row.kind, logged.kind],
        ['rev', row.rev, logged.rev],
        ['case', row.case_id, entry.subject.case],
        ['actor', row.actor, entry.actor],
        ['time', row.at, entry.time],
        ['commitment', row.commitment, logged.after],
        ['document', commitText(row.salt, 'document', row.doc), logged.after],
        // The sealed part is checked as ciphertext: no key is needed to see it was not swapped or edited.
        ['restricted part', row.sealed === null ? undefined : sealedDigest(row.sealed), logged.sealed],
      ];
      for (const [field, stored, logged] of pairs) {
        if (canonicalJson(stored ?? null) !== canonicalJson(logged ?? null)) report(name, `${field} differs from what was logged`);
      }
    }
  }
  await auditCurrentRows(db, audit, report);
  return audit;
}

interface LoggedVersion {
  kind?: unknown;
  id?: unknown;
  rev?: unknown;
  after?: unknown;
  sealed?: unknown;
}

/**
 * The record versions an entry logs: one (`details` is `{kind, id, rev, after, before?}`, from the record
 * store) or several written together (`details.records` lists them, from an import of one source row).
 */
function loggedVersions(details: Record<string, unknown>): LoggedVersion[] {
  if (Array.isArray(details.records)) return details.records.filter((v): v is LoggedVersion => typeof v === 'object' && v !== null);
  return [details as LoggedVersion];
}

async function auditCurrentRows(db: Db, audit: RevisionsAudit, report: (record: string, problem: string) => void): Promise<void> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = await db
      .selectFrom('records as c')
      .leftJoin('record_revisions as r', (join) => join.onRef('r.record_id', '=', 'c.id').onRef('r.rev', '=', 'c.rev'))
      .select(['c.id', 'c.kind', 'c.case_id', 'c.rev', 'c.doc', 'c.sealed', 'r.doc as logged_doc', 'r.sealed as logged_sealed', 'r.case_id as logged_case'])
      .orderBy('c.id')
      .limit(PAGE)
      .offset(offset)
      .execute();
    if (rows.length === 0) return;
    for (const row of rows) {
      audit.checked++;
      const name = `${row.kind}:${row.id}`;
      if (row.logged_doc === null) report(name, `has no logged revision ${row.rev}`);
      else if (row.logged_doc !== row.doc || row.logged_sealed !== row.sealed || row.logged_case !== row.case_id) report(name, `differs from its logged revision ${row.rev}`);
    }
  }
}
