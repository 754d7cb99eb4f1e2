/**
 * The rows one incident's creation writes, made by Dossier's own code rather than copied from it: the kind
 * prepares and indexes the document, record-store.ts shapes the record row, the commitment and the ledger
 * entry are built as writeVersion builds them, and the tree's right edge yields the Merkle nodes the append
 * stores. Only the database round trips are left out, so the rows can be bulk-copied.
 */
import { canonicalJson } from '../src/common/canonical-json.js';
import { newId } from '../src/common/ids.js';
import type { RecordRevisionsTable, RecordsTable, RecordTermsTable, SearchDocsTable } from '../src/db/schema.js';
import { foldText } from '../src/common/text-fold.js';
import { commitText } from '../src/ledger/proofs/commitment.js';
import { newSalt } from '../src/ledger/salt.js';
import { buildEntry, encodeEntry } from '../src/ledger/entry.js';
import { leafHash, type RightEdge } from '../src/ledger/proofs/merkle.js';
import type { Gazetteer } from '../src/places/gazetteer.js';
import { incidentKind, type IncidentDoc } from '../src/incidents/incident-kind.js';
import { prepareContext, recordRow } from '../src/records/record-store.js';
import type { Db } from '../src/db/schema.js';

export interface IncidentRows {
  record: RecordsTable;
  terms: RecordTermsTable[];
  revision: RecordRevisionsTable;
  search: SearchDocsTable;
  entry: { seq: number; entry: string; at: string; actor: string; action: string; evidence_sha256: null; case_id: string };
  nodes: { level: number; idx: number; hash: Buffer }[];
}

export interface RowContext {
  /** Never queried: the synthetic documents reference no other record. */
  trx: Db;
  gazetteer: Gazetteer;
  edge: RightEdge;
  actor: string;
  caseId: string;
}

/** Every row of one incident created at `time`, logged as entry `edge.size` of the ledger. */
export async function incidentRows(context: RowContext, input: object, grade: string, time: Date): Promise<IncidentRows> {
  const { actor, caseId } = context;
  const id = newId(incidentKind.idPrefix, time);
  const doc = await incidentKind.prepare(prepareContext(context.trx, caseId, undefined, context.gazetteer), input as IncidentDoc);
  const text = canonicalJson(doc);
  const salt = newSalt();
  const commitment = commitText(salt, 'document', text);
  const entry = buildEntry(
    { actor, action: 'create', subject: { case: caseId }, details: { kind: incidentKind.name, id, rev: 1, after: commitment } },
    context.edge.size,
    time,
  );
  const entryText = encodeEntry(entry);
  const nodes = context.edge.append(leafHash(Buffer.from(entryText, 'utf8')));
  const index = incidentKind.index(doc);
  const record = recordRow(incidentKind, index, { id, caseId, rev: 1, actor, time: entry.time, text, sealed: null });
  const terms = (index.terms ?? []).map((t) => ({ record_id: id, incident_id: id, case_id: caseId, vocab: t.vocab, term: t.term }));
  // As gatheredTypes() has the database write it: distinct, ordered, space-separated. The grade is the one the
  // incident's latest verification assessment would have set.
  record.incident_types = [...new Set(terms.map((t) => t.term))].sort().join(' ') || null;
  record.status = grade;
  return {
    record,
    terms,
    revision: { record_id: id, rev: 1, kind: incidentKind.name, case_id: caseId, at: entry.time, actor, salt, commitment, ledger_seq: entry.seq, doc: text, sealed: null },
    search: { record_id: id, kind: incidentKind.name, case_id: caseId, title: foldText(index.search!.title), body: foldText(index.search!.body) },
    entry: { seq: entry.seq, entry: entryText, at: entry.time, actor, action: entry.action, evidence_sha256: null, case_id: caseId },
    nodes: nodes.map((n) => ({ level: n.level, idx: n.index, hash: Buffer.from(n.hash) })),
  };
}
