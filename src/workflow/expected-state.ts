import { DossierError, invalidField } from '../common/errors.js';
import type { WorkflowStatus } from '../vocab/vocabularies.js';
import { isWorkflowStatus } from './transitions.js';
import { workflowWordings } from './workflow-wordings.js';

/**
 * What the sender of a change saw when they loaded the incident. A claim (assign me, start the work) made
 * against a stale view would otherwise take the incident from whoever claimed it in the meantime: the change
 * replaces the assignees. Given, it is checked in the write transaction, which holds the write lock, so two
 * claims of one incident cannot both pass.
 */
export interface ExpectedState {
  status?: string;
  assignees?: string[];
}

export interface CheckedExpectation {
  status?: WorkflowStatus;
  assignees?: string[];
}

/** The expectation's own shape, checked once for the whole change. */
export function checkedExpectation(value: unknown): CheckedExpectation | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidField('expected', 'must be an object with the status and assignees you loaded', value);
  const { status, assignees } = value as ExpectedState;
  const checked: CheckedExpectation = {};
  if (status !== undefined) {
    if (!isWorkflowStatus(status)) throw invalidField('expected.status', 'is not a workflow status', status);
    checked.status = status;
  }
  if (assignees !== undefined) {
    if (!Array.isArray(assignees) || assignees.some((name) => typeof name !== 'string')) throw invalidField('expected.assignees', 'must be a list of account names', assignees);
    checked.assignees = assignees.map((name) => name.trim().toLowerCase()).sort();
  }
  return checked;
}

/**
 * Refuses (409, naming who holds it now) when the incident is no longer as its sender saw it. Assignees are
 * named first: "taken by analyst" says more than "now in progress".
 */
export function assertAsExpected(current: { id: string; status: WorkflowStatus; assignees: string[] }, expected: CheckedExpectation | undefined, idField: 'incidentId' | 'evidenceId' = 'incidentId'): void {
  if (!expected) return;
  const assigneesMoved = expected.assignees !== undefined && expected.assignees.join('\n') !== current.assignees.join('\n');
  const statusMoved = expected.status !== undefined && expected.status !== current.status;
  if (!assigneesMoved && !statusMoved) return;
  const details = { [idField]: current.id, currentStatus: current.status, currentAssignees: current.assignees };
  if (assigneesMoved) {
    const said =
      current.assignees.length > 0
        ? workflowWordings.say('takenSince', { incident: current.id, holders: current.assignees.join(', '), status: current.status })
        : workflowWordings.say('releasedSince', { incident: current.id, status: current.status });
    throw new DossierError('CONFLICT', `assignees: ${said.text}`, { field: 'assignees', ...details, wording: said });
  }
  const said = workflowWordings.say('movedSince', { incident: current.id, status: current.status });
  throw new DossierError('CONFLICT', `status: ${said.text}`, { field: 'status', ...details, wording: said });
}
