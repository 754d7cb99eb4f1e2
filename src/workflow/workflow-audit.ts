import { canonicalJson } from '../common/canonical-json.js';
import type { Db } from '../db/schema.js';
import { loggedEntries, startRowAudit, type RowAudit } from '../ledger/row-audit.js';
import { INITIAL_STATUS } from './transitions.js';

export type WorkflowAudit = RowAudit;

interface LoggedState {
  status: unknown;
  assignees: unknown;
  dueDate: unknown;
  duplicateOf: unknown;
}

const FIELDS = ['status', 'assignees', 'dueDate', 'duplicateOf'] as const;

/**
 * Replays the ledger's workflow entries and compares the outcome with the stored workflow of each incident, so
 * a status, an assignee or a due date edited in the database (not through Dossier) is named. Each entry's
 * "from" must also be where the one before it left the incident: a gap means an entry went missing.
 */
export async function auditWorkflows(db: Db): Promise<WorkflowAudit> {
  const { audit, report: reportRecord } = startRowAudit();
  // Incidents are keyed by id; an evidence item's work is per case, keyed "evidence:<case>/<id>".
  const report = (key: string, problem: string) =>
    reportRecord(key.startsWith('evidence:') ? `evidence:${key.slice(key.indexOf('/') + 1)} in case ${key.slice(9, key.indexOf('/'))} workflow` : `incident:${key} workflow`, problem);
  const logged = await replayEntries(db, report);
  const stored = await storedStates(db);
  for (const [key, state] of await storedEvidenceStates(db)) stored.set(key, state);
  for (const [id, state] of stored) {
    audit.checked++;
    const expected = logged.get(id);
    if (!expected) report(id, 'has a stored workflow no ledger entry made');
    else for (const field of FIELDS) if (canonicalJson(state[field]) !== canonicalJson(expected[field])) report(id, `${field} is ${canonicalJson(state[field])} but the ledger says ${canonicalJson(expected[field])}`);
  }
  for (const id of logged.keys()) if (!stored.has(id)) report(id, 'the ledger logs a workflow for it, but none is stored');
  return audit;
}

async function replayEntries(db: Db, report: (id: string, problem: string) => void): Promise<Map<string, LoggedState>> {
  const states = new Map<string, LoggedState>();
  for await (const { seq, entry } of loggedEntries(db, ['workflow'])) {
    if (entry.details.kind !== 'incident' && entry.details.kind !== 'evidence') continue;
    const id = entry.details.kind === 'evidence' ? `evidence:${String(entry.subject.case)}/${String(entry.details.id)}` : String(entry.details.id);
    const state = states.get(id) ?? { status: INITIAL_STATUS, assignees: [], dueDate: null, duplicateOf: null };
    const changes = (entry.details.changes ?? {}) as Partial<Record<(typeof FIELDS)[number], { from: unknown; to: unknown }>>;
    for (const field of FIELDS) {
      const change = changes[field];
      if (!change) continue;
      if (canonicalJson(change.from) !== canonicalJson(state[field])) report(id, `ledger entry ${seq} moves ${field} from ${canonicalJson(change.from)}, but the entries before it left ${canonicalJson(state[field])}`);
      state[field] = change.to;
    }
    states.set(id, state);
  }
  return states;
}

async function storedStates(db: Db): Promise<Map<string, LoggedState>> {
  const rows = await db.selectFrom('incident_workflow').select(['record_id', 'status', 'due_date', 'duplicate_of']).execute();
  const assignees = await db.selectFrom('incident_assignees').select(['record_id', 'username']).execute();
  const states = new Map<string, LoggedState>(rows.map((row) => [row.record_id, { status: row.status, assignees: [] as string[], dueDate: row.due_date, duplicateOf: row.duplicate_of }]));
  for (const row of assignees) {
    const state = states.get(row.record_id);
    // An assignee with no workflow row is itself a change nothing logged.
    if (state) (state.assignees as string[]).push(row.username);
    else states.set(row.record_id, { status: undefined, assignees: [row.username], dueDate: undefined, duplicateOf: undefined });
  }
  // In the ledger's order, whatever the database's collation.
  for (const state of states.values()) (state.assignees as string[]).sort();
  return states;
}

/** Evidence items' stored work (migration 0036), keyed as the replay keys their entries. */
async function storedEvidenceStates(db: Db): Promise<Map<string, LoggedState>> {
  const rows = await db.selectFrom('evidence_workflow').select(['case_id', 'evidence_id', 'status', 'due_date']).execute();
  const assignees = await db.selectFrom('evidence_assignees').select(['case_id', 'evidence_id', 'username']).execute();
  const key = (row: { case_id: string; evidence_id: string }) => `evidence:${row.case_id}/${row.evidence_id}`;
  const states = new Map<string, LoggedState>(rows.map((row) => [key(row), { status: row.status, assignees: [] as string[], dueDate: row.due_date, duplicateOf: null }]));
  for (const row of assignees) {
    const state = states.get(key(row));
    if (state) (state.assignees as string[]).push(row.username);
    else states.set(key(row), { status: undefined, assignees: [row.username], dueDate: undefined, duplicateOf: null });
  }
  for (const state of states.values()) (state.assignees as string[]).sort();
  return states;
}
