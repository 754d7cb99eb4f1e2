import { sql } from 'kysely';
import type { CaseRole } from '../access/permissions.js';
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { decodeCursor, encodeCursor } from '../records/record-query.js';
import type { WorkflowStatus } from '../vocab/vocabularies.js';
import { assigneesOf } from './incident-workflow.js';
import { FINAL_STATUSES, INITIAL_STATUS } from './transitions.js';

export const QUEUE_VIEWS = ['mine', 'review', 'unclaimed', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export interface QueueItem {
  id: string;
  /** An incident, or an evidence item awaiting processing (src/workflow/evidence-queue.ts). */
  kind?: 'incident' | 'evidence';
  title: string;
  status: WorkflowStatus;
  statusSince: string;
  assignees: string[];
  dueDate: string | null;
}

export interface QueuePage {
  items: QueueItem[];
  nextCursor?: string;
}

/** Who looks at the queue: "mine" is theirs, and "review" is for those who complete incidents. */
export interface QueueReader {
  username: string;
  roles: readonly CaseRole[];
}

/**
 * A case's incidents as work to pick up, oldest first by when each entered its status, so nothing waits
 * forever at the bottom. An incident never moved is "to do" since it was made.
 */
export async function listQueue(db: Db, caseId: string, view: QueueView, reader: QueueReader, page: { limit?: number | undefined; cursor?: string | undefined } = {}): Promise<QueuePage> {
  assertMayView(view, reader);
  const limit = page.limit ?? 50;
  const status = sql<string>`coalesce(w.status, ${INITIAL_STATUS})`;
  const since = sql<string>`coalesce(w.status_since, r.created_at)`;
  let query = db
    .selectFrom('records as r')
    .leftJoin('incident_workflow as w', 'w.record_id', 'r.id')
    .select(['r.id', 'r.title', status.as('status'), since.as('since'), 'w.due_date'])
    .where('r.case_id', '=', caseId)
    .where('r.kind', '=', 'incident');
  if (view === 'mine') {
    query = query
      .where((eb) => eb.exists(eb.selectFrom('incident_assignees as a').select('a.record_id').whereRef('a.record_id', '=', 'r.id').where('a.username', '=', reader.username)))
      .where(status, 'not in', [...FINAL_STATUSES]);
  }
  if (view === 'review') query = query.where(status, '=', 'ready_for_review');
  if (view === 'unclaimed') {
    query = query.where(status, '=', INITIAL_STATUS).where((eb) => eb.not(eb.exists(eb.selectFrom('incident_assignees as a').select('a.record_id').whereRef('a.record_id', '=', 'r.id'))));
  }
  if (page.cursor !== undefined) {
    const [afterSince, afterId] = decodeCursor(page.cursor);
    query = query.where((eb) => eb.or([eb(since, '>', afterSince), eb.and([eb(since, '=', afterSince), eb('r.id', '>', afterId)])]));
  }
  const rows = await query.orderBy(since).orderBy('r.id').limit(limit + 1).execute();
  const shown = rows.slice(0, limit);
  const assignees = await assigneesOf(db, shown.map((row) => row.id));
  const items = shown.map((row) => ({
    id: row.id,
    kind: 'incident' as const,
    title: row.title,
    status: row.status as WorkflowStatus,
    statusSince: row.since,
    assignees: assignees.get(row.id) ?? [],
    dueDate: row.due_date ?? null,
  }));
  const last = shown.at(-1);
  return rows.length > limit && last ? { items, nextCursor: encodeCursor([last.since, last.id]) } : { items };
}

/**
 * The status and assignees of each of a page of incidents, for the incident table: one query for the page,
 * "to do" for an incident never moved.
 */
export async function workflowSummaries(db: Db, incidentIds: string[]): Promise<Map<string, { status: WorkflowStatus; assignees: string[] }>> {
  const summaries = new Map<string, { status: WorkflowStatus; assignees: string[] }>();
  if (incidentIds.length === 0) return summaries;
  const rows = await db.selectFrom('incident_workflow').select(['record_id', 'status']).where('record_id', 'in', incidentIds).execute();
  const statuses = new Map(rows.map((row) => [row.record_id, row.status as WorkflowStatus]));
  const assignees = await assigneesOf(db, incidentIds);
  for (const id of incidentIds) summaries.set(id, { status: statuses.get(id) ?? INITIAL_STATUS, assignees: assignees.get(id) ?? [] });
  return summaries;
}

/** What awaits review is the queue of those who complete work: the case's reviewers and owners. */
export function assertMayView(view: QueueView, reader: QueueReader): void {
  if (view === 'review' && !(reader.roles.length > 0 && reader.roles.every((role) => role === 'reviewer' || role === 'owner'))) {
    throw new DossierError('FORBIDDEN', 'view: what awaits review is the queue of the case’s reviewers and owners', { field: 'view' });
  }
}
