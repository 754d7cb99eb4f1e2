import { DossierError, invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { WorkflowStatus } from '../vocab/vocabularies.js';
import { transitionsOf } from './case-transitions.js';
import { assertAsExpected, checkedExpectation, type ExpectedState } from './expected-state.js';
import type { WorkflowActor } from './incident-workflow.js';
import { assertMoveAllowed, INITIAL_STATUS, isWorkflowStatus } from './transitions.js';
import { accountNames, checkedAssignees, checkedDueDate } from './workflow-values.js';

/**
 * Where an evidence item awaiting processing stands in a case's work (viewed, described, verified, linked to
 * claims): the incidents' statuses under the case's same transitions and the same rules by role. An item may
 * belong to several cases; each has its own work on it.
 */
export interface EvidenceWorkflow {
  evidenceId: string;
  caseId: string;
  status: WorkflowStatus;
  /** When it entered its status (its link to the case for an item never moved). */
  statusSince: string;
  assignees: string[];
  dueDate: string | null;
  cancelReason: string | null;
}

export interface EvidenceWorkflowChange {
  status?: string;
  assignees?: string[];
  addAssignees?: string[];
  removeAssignees?: string[];
  dueDate?: string | null;
  reason?: string;
  expected?: ExpectedState;
}

type Field = 'status' | 'assignees' | 'dueDate';

export async function readEvidenceWorkflow(db: Db, caseId: string, evidenceId: string): Promise<EvidenceWorkflow> {
  const row = await db
    .selectFrom('evidence_cases as c')
    .innerJoin('evidence_items as e', 'e.id', 'c.evidence_id')
    .leftJoin('evidence_workflow as w', (join) => join.onRef('w.evidence_id', '=', 'c.evidence_id').onRef('w.case_id', '=', 'c.case_id'))
    .select(['c.linked_at', 'w.status', 'w.status_since', 'w.due_date', 'w.cancel_reason'])
    .where('c.case_id', '=', caseId)
    .where('c.evidence_id', '=', evidenceId)
    .executeTakeFirst();
  if (!row) throw new DossierError('NOT_FOUND', `evidence item ${evidenceId} is not in case ${caseId}`, { field: 'id', value: evidenceId });
  const assignees = await db.selectFrom('evidence_assignees').select('username').where('case_id', '=', caseId).where('evidence_id', '=', evidenceId).execute();
  return {
    evidenceId,
    caseId,
    status: isWorkflowStatus(row.status) ? row.status : INITIAL_STATUS,
    statusSince: row.status_since ?? row.linked_at,
    // Sorted here, as the ledger's lists are, whatever the database's collation.
    assignees: assignees.map((a) => a.username).sort(),
    dueDate: row.due_date ?? null,
    cancelReason: row.cancel_reason ?? null,
  };
}

/**
 * Moves an evidence item, or changes its assignees or due date, checked as an incident's change is and logged
 * as a `workflow` entry on the item (its custody record), all in one write transaction.
 */
export async function changeEvidenceWorkflow(
  deps: { database: Database; ledger: CustodyLedger },
  who: WorkflowActor,
  caseId: string,
  evidenceId: string,
  change: EvidenceWorkflowChange,
): Promise<EvidenceWorkflow> {
  await deps.database.writeTransaction(async (trx) => {
    const before = await readEvidenceWorkflow(trx, caseId, evidenceId);
    assertAsExpected({ id: evidenceId, status: before.status, assignees: before.assignees }, checkedExpectation(change.expected), 'evidenceId');
    const { after, changes, reason } = await planned(trx, who, before, change);
    if (Object.keys(changes).length === 0) return;
    const item = await trx.selectFrom('evidence_items').select('sha256').where('id', '=', evidenceId).executeTakeFirstOrThrow();
    const [entry] = await deps.ledger.append(trx, [
      { actor: who.actor, action: 'workflow', subject: { case: caseId, evidence: item.sha256 }, details: { kind: 'evidence', id: evidenceId, changes, ...(reason ? { reason } : {}) } },
    ]);
    await writeState(trx, after, who.actor, entry!.time, changes);
  });
  return readEvidenceWorkflow(deps.database.db, caseId, evidenceId);
}

async function planned(trx: Db, who: WorkflowActor, before: EvidenceWorkflow, change: EvidenceWorkflowChange) {
  const after = { ...before };
  const changes: Partial<Record<Field, { from: unknown; to: unknown }>> = {};
  const reason = change.reason?.trim() || undefined;
  if (change.status !== undefined) {
    if (!isWorkflowStatus(change.status)) throw invalidField('status', 'is not a workflow status', change.status);
    if (change.status === 'cancelled' && !reason) throw invalidField('reason', 'is required to cancel: say why');
    if (change.status !== before.status) {
      const { transitions } = await transitionsOf(trx, before.caseId);
      assertMoveAllowed(transitions, before.status, change.status, who.roles);
      changes.status = { from: before.status, to: change.status };
      after.status = change.status;
      after.cancelReason = change.status === 'cancelled' ? reason! : null;
    }
  }
  if (reason && change.status !== 'cancelled') throw invalidField('reason', 'is given only when cancelling');
  if (change.assignees !== undefined && (change.addAssignees || change.removeAssignees)) throw invalidField('addAssignees', 'is given instead of assignees (which replaces the list), not with it');
  const added = change.addAssignees === undefined ? [] : await checkedAssignees(trx, before.caseId, change.addAssignees, 'addAssignees');
  const removed = change.removeAssignees === undefined ? [] : accountNames(change.removeAssignees, 'removeAssignees');
  const assignees =
    change.assignees !== undefined ? await checkedAssignees(trx, before.caseId, change.assignees) : [...new Set([...before.assignees, ...added])].filter((name) => !removed.includes(name)).sort();
  if (assignees.join('\n') !== before.assignees.join('\n')) {
    changes.assignees = { from: before.assignees, to: assignees };
    after.assignees = assignees;
  }
  if (change.dueDate !== undefined) {
    const dueDate = checkedDueDate(change.dueDate);
    if (dueDate !== before.dueDate) {
      changes.dueDate = { from: before.dueDate, to: dueDate };
      after.dueDate = dueDate;
    }
  }
  return { after, changes, reason: changes.status?.to === 'cancelled' ? reason : undefined };
}

async function writeState(trx: Db, state: EvidenceWorkflow, actor: string, time: string, changes: Partial<Record<Field, unknown>>): Promise<void> {
  const key = { case_id: state.caseId, evidence_id: state.evidenceId };
  const row = { status: state.status, status_since: changes.status ? time : state.statusSince, due_date: state.dueDate, cancel_reason: state.cancelReason, updated_at: time, updated_by: actor };
  const updated = await trx.updateTable('evidence_workflow').set(row).where('case_id', '=', key.case_id).where('evidence_id', '=', key.evidence_id).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('evidence_workflow').values({ ...key, ...row }).execute();
  if (changes.assignees) {
    await trx.deleteFrom('evidence_assignees').where('case_id', '=', key.case_id).where('evidence_id', '=', key.evidence_id).execute();
    if (state.assignees.length > 0) await trx.insertInto('evidence_assignees').values(state.assignees.map((username) => ({ ...key, username }))).execute();
  }
}
