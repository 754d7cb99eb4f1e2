import type { CaseRole } from '../access/permissions.js';
import { DossierError, invalidField, isDossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import type { EntryDraft } from '../ledger/entry.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { WorkflowStatus } from '../vocab/vocabularies.js';
import { transitionsOf } from './case-transitions.js';
import { assertMoveAllowed, INITIAL_STATUS, isWorkflowStatus, type TransitionTable } from './transitions.js';
import { accountNames, checkedAssignees, checkedDueDate } from './workflow-values.js';
import { assertAsExpected, checkedExpectation, type CheckedExpectation, type ExpectedState } from './expected-state.js';
import { tellWorkflowChanges } from './workflow-notices.js';

/** Where an incident stands in the team's work. */
export interface IncidentWorkflow {
  incidentId: string;
  status: WorkflowStatus;
  /** When it entered its status (its creation for an incident never moved). */
  statusSince: string;
  assignees: string[];
  dueDate: string | null;
  /** The incident this one was cancelled as a duplicate of. */
  duplicateOf: string | null;
  cancelReason: string | null;
  /** Incidents cancelled as duplicates of this one: the link read from the other side. */
  duplicates: string[];
}

/** What a request asks to change; absent fields stay as they are. */
export interface WorkflowChange {
  status?: string;
  assignees?: string[];
  dueDate?: string | null;
  reason?: string;
  duplicateOf?: string;
  /** Names added to each incident's assignees, and names taken off them: a bulk change keeps each one's others. */
  addAssignees?: string[];
  removeAssignees?: string[];
  /** What the sender saw: refused (409) if the incident has changed since (see expected-state.ts). */
  expected?: ExpectedState;
}

/** Who asks: the ledger's actor name and every role the request acts under (a token's as well as its owner's). */
export interface WorkflowActor {
  actor: string;
  roles: readonly CaseRole[];
}

export interface WorkflowDeps {
  database: Database;
  ledger: CustodyLedger;
}

type Field = 'status' | 'assignees' | 'dueDate' | 'duplicateOf';
type Changes = Partial<Record<Field, { from: unknown; to: unknown }>>;

export async function readWorkflow(db: Db, caseId: string, incidentId: string): Promise<IncidentWorkflow> {
  const [state] = await statesOf(db, caseId, [incidentId], 'id');
  const duplicates = await db.selectFrom('incident_workflow').select('record_id').where('case_id', '=', caseId).where('duplicate_of', '=', incidentId).orderBy('record_id').execute();
  return { ...state!, duplicates: duplicates.map((row) => row.record_id) };
}

export async function changeWorkflow(deps: WorkflowDeps, who: WorkflowActor, caseId: string, incidentId: string, change: WorkflowChange): Promise<IncidentWorkflow> {
  await deps.database.writeTransaction((trx) => applyChanges(deps, trx, who, caseId, [incidentId], change, 'id'));
  return readWorkflow(deps.database.db, caseId, incidentId);
}

/**
 * The same change to many incidents, all or none: every incident is checked before anything is written, then
 * each changed incident gets its own ledger entry in the one transaction.
 */
export async function changeWorkflowInBulk(deps: WorkflowDeps, who: WorkflowActor, caseId: string, incidentIds: string[], change: WorkflowChange): Promise<IncidentWorkflow[]> {
  if (incidentIds.length === 0) throw invalidField('incidentIds', 'names no incident');
  incidentIds.forEach((id, i) => {
    if (incidentIds.indexOf(id) !== i) throw invalidField(`incidentIds[${i}]`, `${id} is listed twice`, id);
  });
  await deps.database.writeTransaction((trx) => applyChanges(deps, trx, who, caseId, incidentIds, change, 'incidentIds'));
  return Promise.all(incidentIds.map((id) => readWorkflow(deps.database.db, caseId, id)));
}

async function applyChanges(deps: WorkflowDeps, trx: Db, who: WorkflowActor, caseId: string, incidentIds: string[], change: WorkflowChange, idField: string): Promise<void> {
  const { transitions } = await transitionsOf(trx, caseId);
  const wanted = await checkedChange(trx, caseId, change);
  if (wanted.duplicateOf !== undefined && incidentIds.length > 1 && incidentIds.includes(wanted.duplicateOf)) {
    throw invalidField('duplicateOf', `${wanted.duplicateOf} is being cancelled in the same change: name the incident that stands`, wanted.duplicateOf);
  }
  const states = await statesOf(trx, caseId, incidentIds, idField);
  const plans = states.map((state) => ({ state, ...planFor(state, wanted, transitions, who, incidentIds.length > 1) }));
  for (const plan of plans) if (plan.changes.duplicateOf?.to) await assertDuplicateTarget(trx, caseId, plan.state.incidentId, String(plan.changes.duplicateOf.to));
  const changed = plans.filter((plan) => Object.keys(plan.changes).length > 0);
  if (changed.length === 0) return;
  const drafts: EntryDraft[] = changed.map((plan) => ({
    actor: who.actor,
    action: 'workflow',
    subject: { case: caseId },
    details: { kind: 'incident', id: plan.state.incidentId, changes: plan.changes, ...(plan.changes.status?.to === 'cancelled' ? { reason: wanted.reason } : {}) },
  }));
  const entries = await deps.ledger.append(trx, drafts);
  for (const [i, plan] of changed.entries()) await writeState(trx, caseId, plan.after, who.actor, entries[i]!.time, plan.changes);
  await tellWorkflowChanges(
    trx,
    caseId,
    who.actor,
    changed.map((plan) => ({
      incidentId: plan.state.incidentId,
      addedAssignees: plan.after.assignees.filter((name) => !plan.state.assignees.includes(name)),
      statusTo: plan.changes.status?.to as string | undefined,
    })),
  );
}

interface CheckedChange {
  status?: WorkflowStatus;
  assignees?: string[];
  dueDate?: string | null;
  reason?: string;
  duplicateOf?: string;
  addAssignees?: string[];
  removeAssignees?: string[];
  expected?: CheckedExpectation | undefined;
}

/** The parts of a change that do not depend on the incident, checked once. */
async function checkedChange(db: Db, caseId: string, change: WorkflowChange): Promise<CheckedChange> {
  const checked: CheckedChange = {};
  if (change.status !== undefined) {
    if (!isWorkflowStatus(change.status)) throw invalidField('status', 'is not a workflow status', change.status);
    checked.status = change.status;
  }
  if (change.assignees !== undefined) checked.assignees = await checkedAssignees(db, caseId, change.assignees);
  if (change.addAssignees !== undefined) checked.addAssignees = await checkedAssignees(db, caseId, change.addAssignees, 'addAssignees');
  if (change.removeAssignees !== undefined) checked.removeAssignees = accountNames(change.removeAssignees, 'removeAssignees');
  if (checked.assignees && (checked.addAssignees || checked.removeAssignees)) throw invalidField(checked.addAssignees ? 'addAssignees' : 'removeAssignees', 'is given instead of assignees (which replaces the list), not with it');
  const both = checked.addAssignees?.find((name) => checked.removeAssignees?.includes(name));
  if (both) throw invalidField('removeAssignees', `"${both}" is both added and removed`, both);
  checked.expected = checkedExpectation(change.expected);
  if (change.dueDate !== undefined) checked.dueDate = checkedDueDate(change.dueDate);
  if (change.reason !== undefined) checked.reason = String(change.reason).trim();
  if (change.duplicateOf !== undefined) {
    if (checked.status !== 'cancelled') throw invalidField('duplicateOf', 'names the incident this one duplicates, given only when cancelling it', change.duplicateOf);
    checked.duplicateOf = change.duplicateOf;
  }
  if (checked.status === 'cancelled' && !checked.reason) throw invalidField('reason', 'is required to cancel an incident: say why');
  if (checked.reason && checked.status !== 'cancelled') throw invalidField('reason', 'is given only when cancelling');
  return checked;
}

function planFor(state: IncidentWorkflow, wanted: CheckedChange, transitions: TransitionTable, who: WorkflowActor, many: boolean): { after: IncidentWorkflow; changes: Changes } {
  assertAsExpected({ id: state.incidentId, status: state.status, assignees: state.assignees }, wanted.expected);
  const after = { ...state };
  const changes: Changes = {};
  if (wanted.status !== undefined && wanted.status !== state.status) {
    try {
      assertMoveAllowed(transitions, state.status, wanted.status, who.roles);
    } catch (error) {
      // In a bulk change, say which incident stopped it.
      if (!many || !isDossierError(error)) throw error;
      const field = typeof error.details.field === 'string' ? error.details.field : undefined;
      const said = field && error.message.startsWith(`${field}: `) ? `${field}: ${state.incidentId}: ${error.message.slice(field.length + 2)}` : `${state.incidentId}: ${error.message}`;
      throw new DossierError(error.code, said, { ...error.details, incidentId: state.incidentId });
    }
    changes.status = { from: state.status, to: wanted.status };
    after.status = wanted.status;
    after.cancelReason = wanted.status === 'cancelled' ? wanted.reason! : null;
    const duplicateOf = wanted.status === 'cancelled' ? (wanted.duplicateOf ?? null) : null;
    if (duplicateOf !== state.duplicateOf) changes.duplicateOf = { from: state.duplicateOf, to: duplicateOf };
    after.duplicateOf = duplicateOf;
  }
  const assignees = wanted.assignees ?? assigneesAfter(state.assignees, wanted.addAssignees, wanted.removeAssignees);
  if (assignees.join('\n') !== state.assignees.join('\n')) {
    changes.assignees = { from: state.assignees, to: assignees };
    after.assignees = assignees;
  }
  if (wanted.dueDate !== undefined && wanted.dueDate !== state.dueDate) {
    changes.dueDate = { from: state.dueDate, to: wanted.dueDate };
    after.dueDate = wanted.dueDate;
  }
  return { after, changes };
}

/** An incident's assignees with some added and some taken off, in the ledger's (sorted) order. */
function assigneesAfter(current: string[], add: string[] = [], remove: string[] = []): string[] {
  return [...new Set([...current, ...add])].filter((name) => !remove.includes(name)).sort();
}

/** A duplicate points at another live incident of the same case, so the link leads somewhere worth reading. */
async function assertDuplicateTarget(db: Db, caseId: string, incidentId: string, targetId: string): Promise<void> {
  if (targetId === incidentId) throw invalidField('duplicateOf', 'an incident cannot duplicate itself', targetId);
  const [target] = await statesOf(db, caseId, [targetId], 'duplicateOf').catch(() => {
    throw invalidField('duplicateOf', `no incident ${targetId} in case ${caseId}`, targetId);
  });
  if (target!.status === 'cancelled') throw invalidField('duplicateOf', `${targetId} is itself cancelled: name the incident that stands`, targetId);
}

/** The current state of each incident, in the order asked; an id that is no incident of the case is refused by its place. */
async function statesOf(db: Db, caseId: string, incidentIds: string[], idField: string): Promise<IncidentWorkflow[]> {
  const rows = await db
    .selectFrom('records as r')
    .leftJoin('incident_workflow as w', 'w.record_id', 'r.id')
    .select(['r.id', 'r.created_at', 'w.status', 'w.status_since', 'w.due_date', 'w.duplicate_of', 'w.cancel_reason'])
    .where('r.case_id', '=', caseId)
    .where('r.kind', '=', 'incident')
    .where('r.id', 'in', incidentIds)
    .execute();
  const assignees = await assigneesOf(db, incidentIds);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return incidentIds.map((id, i) => {
    const row = byId.get(id);
    if (!row && idField === 'id') throw new DossierError('NOT_FOUND', `incident ${id} does not exist in case ${caseId}`, { field: 'id', value: id });
    if (!row) throw invalidField(idField === 'incidentIds' ? `incidentIds[${i}]` : idField, `no incident ${id} in case ${caseId}`, id);
    return {
      incidentId: id,
      status: isWorkflowStatus(row.status) ? row.status : INITIAL_STATUS,
      statusSince: row.status_since ?? row.created_at,
      assignees: assignees.get(id) ?? [],
      dueDate: row.due_date ?? null,
      duplicateOf: row.duplicate_of ?? null,
      cancelReason: row.cancel_reason ?? null,
      duplicates: [],
    };
  });
}

export async function assigneesOf(db: Db, incidentIds: string[]): Promise<Map<string, string[]>> {
  const byIncident = new Map<string, string[]>();
  if (incidentIds.length === 0) return byIncident;
  const rows = await db.selectFrom('incident_assignees').select(['record_id', 'username']).where('record_id', 'in', incidentIds).execute();
  for (const row of rows) byIncident.set(row.record_id, [...(byIncident.get(row.record_id) ?? []), row.username]);
  // Sorted here, not by the database, whose collation may order names otherwise than the ledger's lists.
  for (const names of byIncident.values()) names.sort();
  return byIncident;
}

async function writeState(trx: Db, caseId: string, state: IncidentWorkflow, actor: string, time: string, changes: Changes): Promise<void> {
  const row = {
    status: state.status,
    status_since: changes.status ? time : state.statusSince,
    due_date: state.dueDate,
    duplicate_of: state.duplicateOf,
    cancel_reason: state.cancelReason,
    updated_at: time,
    updated_by: actor,
  };
  const updated = await trx.updateTable('incident_workflow').set(row).where('record_id', '=', state.incidentId).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await trx.insertInto('incident_workflow').values({ record_id: state.incidentId, case_id: caseId, ...row }).execute();
  if (changes.assignees) {
    await trx.deleteFrom('incident_assignees').where('record_id', '=', state.incidentId).execute();
    if (state.assignees.length > 0) await trx.insertInto('incident_assignees').values(state.assignees.map((username) => ({ record_id: state.incidentId, case_id: caseId, username }))).execute();
  }
}
