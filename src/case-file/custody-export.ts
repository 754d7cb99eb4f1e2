/**
 * The custody record that travels with a case file: every ledger entry that concerns the case (or, for a
 * public file, the intakes of its evidence), each with its inclusion proof in one signed tree, so a
 * recipient checks each entry against the checkpoint without asking the server anything.
 */
import type { CustodyLine } from '../bag/case-file-layout.js';
import type { Database } from '../db/database.js';
import { decodeEntry } from '../ledger/entry.js';
import type { CustodyLedger } from '../ledger/log.js';
import { DossierError } from '../common/errors.js';

const PAGE = 1000;

export interface CustodyScope {
  caseId: string;
  /** SHA-256 of the case's evidence: entries about them that name no case (views, copies) concern it too. */
  evidence: ReadonlySet<string>;
  /** Only intake entries of the case. */
  intakesOnly: boolean;
  /** The signed tree the proofs are for: entries from later appends are not included. */
  treeSize: number;
}

/** The entries (seq and stored text) in order, read a page at a time. */
async function* entryPages(database: Database, scope: CustodyScope): AsyncIterable<Array<{ seq: number; entry: string }>> {
  let from = 0;
  for (;;) {
    let query = database.db
      .selectFrom('ledger_entries')
      .select(['seq', 'entry', 'case_id', 'evidence_sha256'])
      .where('seq', '>=', from)
      .where('seq', '<', scope.treeSize)
      .where((eb) => eb.or([eb('case_id', '=', scope.caseId), eb.and([eb('case_id', 'is', null), eb('evidence_sha256', 'is not', null)])]))
      .orderBy('seq')
      .limit(PAGE);
    if (scope.intakesOnly) query = query.where('action', '=', 'intake');
    const rows = await query.execute();
    yield rows
      .filter((row) => row.case_id === scope.caseId || (row.evidence_sha256 !== null && scope.evidence.has(row.evidence_sha256)))
      .map((row) => ({ seq: Number(row.seq), entry: row.entry }));
    if (rows.length < PAGE) return;
    from = Number(rows[rows.length - 1]!.seq) + 1;
  }
}

/** Lines of entries.jsonl, one entry and its proof each, as bytes for the bag writer; proofs fetched a page at a time. */
export async function* custodyLines(database: Database, ledger: CustodyLedger, scope: CustodyScope, counted: { entries: number }): AsyncIterable<Uint8Array> {
  for await (const page of entryPages(database, scope)) {
    if (page.length === 0) continue;
    const proofs = await ledger.inclusionProofs(page.map((row) => row.seq), scope.treeSize);
    const lines = page.map((row, i) => {
      const entry = decodeEntry(row.entry);
      if (typeof entry === 'string') throw new DossierError('LEDGER_INCONSISTENT', `ledger entry ${row.seq} ${entry}; run "dossier log verify"`, { seq: row.seq });
      const line: CustodyLine = { entry: { ...entry }, inclusionProof: proofs[i]!.proof };
      return `${JSON.stringify(line)}\n`;
    });
    counted.entries += page.length;
    yield Buffer.from(lines.join(''), 'utf8');
  }
}
