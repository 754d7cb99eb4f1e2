/**
 * Sensitivity labels on a case's evidence items and incidents: what a colleague should know before opening
 * them. Setting or removing one is a `label` ledger entry and a history row; the current state is updated,
 * never deleted, so a label removed is a label whose state says so, and the history shows both.
 */
import { DossierError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { getEvidenceInCase } from '../evidence/evidence.js';
import type { CustodyLedger } from '../ledger/log.js';
import { assertLabelUsable } from './case-labels.js';

export type LabelSubjectKind = 'evidence' | 'incident';
export const LABEL_SUBJECT_KINDS: readonly LabelSubjectKind[] = ['evidence', 'incident'];
export type LabelState = 'set' | 'removed';

export interface LabelSubject {
  kind: LabelSubjectKind;
  /** The item's or incident's id (an evidence ref is resolved to its id). */
  id: string;
  /** For evidence: its SHA-256, which the ledger entry names as every entry about an item does. */
  sha256?: string;
}

export interface LabelChange {
  label: string;
  state: LabelState;
  at: string;
  actor: string;
  suggestionId: string | null;
  ledgerSeq: number;
}

export interface SubjectLabels {
  kind: LabelSubjectKind;
  id: string;
  labels: string[];
  history: LabelChange[];
}

export interface LabelDeps {
  database: Database;
  ledger: CustodyLedger;
}

/** The subject as one of this case's: an item or incident of another case is not found, as one that does not exist. */
export async function resolveSubject(deps: Pick<LabelDeps, 'database'>, caseId: string, kind: LabelSubjectKind, ref: string): Promise<LabelSubject> {
  if (kind === 'evidence') {
    const item = await getEvidenceInCase(deps, caseId, ref, 'ref');
    return { kind, id: item.id, sha256: item.sha256 };
  }
  const row = await deps.database.db.selectFrom('records').select('id').where('id', '=', ref).where('case_id', '=', caseId).where('kind', '=', 'incident').executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `incident ${ref} does not exist in case ${caseId}`, { field: 'id', value: ref });
  return { kind, id: row.id };
}

/**
 * Sets (or removes) one label in the caller's transaction: one ledger entry and one history row, or nothing if
 * the label already stands so. Removing a label that is not set is refused: it names nothing to remove.
 */
export async function changeLabelIn(trx: Db, ledger: CustodyLedger, actor: string, caseId: string, subject: LabelSubject, label: string, state: LabelState, suggestionId: string | null = null): Promise<boolean> {
  if (state === 'set') await assertLabelUsable(trx, caseId, label);
  const current = await trx
    .selectFrom('sensitivity_labels')
    .select('state')
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .where('case_id', '=', caseId)
    .where('label', '=', label)
    .executeTakeFirst();
  const from = (current?.state as LabelState | undefined) ?? null;
  if (from === state) return false;
  if (state === 'removed' && from !== 'set') throw new DossierError('CONFLICT', `${subject.kind} ${subject.id} does not carry the label ${label} in case ${caseId}`, { field: 'label', value: label });
  const [entry] = await ledger.append(trx, [
    {
      actor,
      action: 'label',
      subject: { case: caseId, ...(subject.sha256 ? { evidence: subject.sha256 } : {}) },
      details: { kind: subject.kind, id: subject.id, label, from: from ?? 'none', to: state, ...(suggestionId ? { suggestion: suggestionId } : {}) },
    },
  ]);
  const at = entry!.time;
  const row = { state, changed_at: at, changed_by: actor, ledger_seq: entry!.seq };
  if (current) {
    await trx.updateTable('sensitivity_labels').set(row).where('subject_kind', '=', subject.kind).where('subject_id', '=', subject.id).where('case_id', '=', caseId).where('label', '=', label).execute();
  } else {
    await trx.insertInto('sensitivity_labels').values({ case_id: caseId, subject_kind: subject.kind, subject_id: subject.id, label, ...row }).execute();
  }
  await trx
    .insertInto('sensitivity_label_history')
    .values({ id: newId('lbl'), case_id: caseId, subject_kind: subject.kind, subject_id: subject.id, label, state, at, actor, suggestion_id: suggestionId, ledger_seq: entry!.seq })
    .execute();
  return true;
}

export async function changeLabel(deps: LabelDeps, actor: string, caseId: string, kind: LabelSubjectKind, ref: string, label: string, state: LabelState): Promise<SubjectLabels> {
  const subject = await resolveSubject(deps, caseId, kind, ref);
  await deps.database.writeTransaction((trx) => changeLabelIn(trx, deps.ledger, actor, caseId, subject, label, state));
  return readLabels(deps.database.db, caseId, subject);
}

/** A subject's labels in one case, and every change to them, oldest first. */
export async function readLabels(db: Db, caseId: string, subject: Pick<LabelSubject, 'kind' | 'id'>): Promise<SubjectLabels> {
  const labels = await labelsOf(db, subject.kind, [subject.id], [caseId]);
  const history = await db
    .selectFrom('sensitivity_label_history')
    .selectAll()
    .where('subject_kind', '=', subject.kind)
    .where('subject_id', '=', subject.id)
    .where('case_id', '=', caseId)
    .orderBy('ledger_seq')
    .execute();
  return {
    kind: subject.kind,
    id: subject.id,
    labels: labels.get(subject.id) ?? [],
    history: history.map((row) => ({ label: row.label, state: row.state as LabelState, at: row.at, actor: row.actor, suggestionId: row.suggestion_id, ledgerSeq: Number(row.ledger_seq) })),
  };
}

/**
 * The labels set on each subject in any of `caseIds` (those the reader may read), sorted. An item held by two
 * cases is graphic for a reader of both if either case says so: the warning protects the person, not the case.
 */
export async function labelsOf(db: Db, kind: LabelSubjectKind, ids: readonly string[], caseIds: readonly string[]): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  if (ids.length === 0 || caseIds.length === 0) return byId;
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('sensitivity_labels')
      .select(['subject_id', 'label'])
      .where('subject_kind', '=', kind)
      .where('subject_id', 'in', ids.slice(i, i + 500))
      .where('case_id', 'in', [...caseIds])
      .where('state', '=', 'set')
      .execute();
    for (const row of rows) {
      const labels = byId.get(row.subject_id) ?? [];
      if (!labels.includes(row.label)) labels.push(row.label);
      byId.set(row.subject_id, labels);
    }
  }
  for (const labels of byId.values()) labels.sort();
  return byId;
}

/** The ids of a case's subjects that carry a label now: the evidence list's filter. */
export async function subjectsLabelled(db: Db, caseId: string, kind: LabelSubjectKind, label: string): Promise<Set<string>> {
  const rows = await db.selectFrom('sensitivity_labels').select('subject_id').where('case_id', '=', caseId).where('subject_kind', '=', kind).where('label', '=', label).where('state', '=', 'set').execute();
  return new Set(rows.map((row) => row.subject_id));
}
