import { DossierError, invalidField } from '../common/errors.js';
import type { CaseRole } from '../access/permissions.js';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../vocab/vocabularies.js';

/** Each status and the statuses an incident may move to from it. */
export type TransitionTable = Readonly<Record<WorkflowStatus, readonly WorkflowStatus[]>>;

export const INITIAL_STATUS: WorkflowStatus = 'to_do';
/** Done with, one way or the other: out of everyone's queue. */
export const FINAL_STATUSES: readonly WorkflowStatus[] = ['completed', 'cancelled'];

export const DEFAULT_TRANSITIONS: TransitionTable = Object.freeze({
  to_do: ['in_progress', 'cancelled'],
  in_progress: ['help_needed', 'ready_for_review', 'to_do', 'cancelled'],
  help_needed: ['in_progress', 'cancelled'],
  ready_for_review: ['completed', 'in_progress', 'cancelled'],
  // Reopening; only owners may (see assertMoveAllowed).
  completed: ['in_progress'],
  cancelled: [],
});

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && (WORKFLOW_STATUSES as readonly string[]).includes(value);
}

export function isFinal(status: WorkflowStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/**
 * A case's own table, as its owners send it, checked: known statuses only, no move to itself, and every status
 * reachable from "to do", so no incident can be stranded in a status the table forgot (an orphan). A status
 * left out moves nowhere.
 */
export function checkedTransitionTable(input: unknown): TransitionTable {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalidField('transitions', 'must map each status to the statuses it may move to');
  const table = Object.fromEntries(WORKFLOW_STATUSES.map((status) => [status, [] as WorkflowStatus[]])) as Record<WorkflowStatus, WorkflowStatus[]>;
  for (const [from, targets] of Object.entries(input)) {
    if (!isWorkflowStatus(from)) throw invalidField(`transitions.${from}`, `unknown status (known: ${WORKFLOW_STATUSES.join(', ')})`, from);
    if (!Array.isArray(targets)) throw invalidField(`transitions.${from}`, 'must be a list of statuses', targets);
    targets.forEach((to: unknown, i) => {
      const field = `transitions.${from}[${i}]`;
      if (!isWorkflowStatus(to)) throw invalidField(field, `unknown status (known: ${WORKFLOW_STATUSES.join(', ')})`, to);
      if (to === from) throw invalidField(field, 'a status cannot move to itself', to);
      if (table[from].includes(to)) throw invalidField(field, `${to} is listed twice`, to);
      table[from].push(to);
    });
  }
  const orphans = WORKFLOW_STATUSES.filter((status) => !reachableFrom(table, INITIAL_STATUS).has(status));
  if (orphans.length > 0) throw invalidField('transitions', `no path from ${INITIAL_STATUS} leads to ${orphans.join(', ')}`, orphans);
  return table;
}

function reachableFrom(table: TransitionTable, start: WorkflowStatus): Set<WorkflowStatus> {
  const seen = new Set<WorkflowStatus>([start]);
  const pending = [start];
  for (let status = pending.pop(); status !== undefined; status = pending.pop()) {
    for (const next of table[status]) {
      if (seen.has(next)) continue;
      seen.add(next);
      pending.push(next);
    }
  }
  return seen;
}

/**
 * Whether the table allows the move, and whether everyone the request acts as (a person, and the role of the
 * token they use) may make it: completing is a review decision (reviewers and owners), and undoing a completion
 * reopens sealed work (owners only). A forbidden move is a conflict with the workflow (409); a move the role may
 * not make is 403; both name the field `status`.
 */
export function assertMoveAllowed(table: TransitionTable, from: WorkflowStatus, to: WorkflowStatus, roles: readonly CaseRole[]): void {
  if (!table[from].includes(to)) {
    const allowed = table[from].length > 0 ? table[from].join(', ') : 'nothing';
    throw new DossierError('CONFLICT', `status: this case's workflow does not move an incident from ${from} to ${to} (from ${from}: ${allowed})`, { field: 'status', from, to });
  }
  const allAre = (permitted: readonly CaseRole[]) => roles.length > 0 && roles.every((role) => permitted.includes(role));
  if (to === 'completed' && !allAre(['reviewer', 'owner'])) {
    throw new DossierError('FORBIDDEN', 'status: only the case’s reviewers and owners complete an incident', { field: 'status', from, to });
  }
  if (from === 'completed' && !allAre(['owner'])) {
    throw new DossierError('FORBIDDEN', 'status: only the case’s owners reopen a completed incident', { field: 'status', from, to });
  }
}
