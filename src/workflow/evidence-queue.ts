import { sql } from 'kysely';
import type { Db } from '../db/schema.js';
import { decodeCursor, encodeCursor } from '../records/record-query.js';
import type { WorkflowStatus } from '../vocab/vocabularies.js';
import type { QueuePage, QueueReader, QueueView } from './queue.js';
import { FINAL_STATUSES, INITIAL_STATUS } from './transitions.js';

/**
 * A case's evidence items as work to pick up, with the incidents' views and order (oldest first by when each
 * entered its status; an item never moved is "to do" since it was linked to the case). The caller checks that
 * the reader may see the view, as for incidents (src/workflow/queue.ts).
 */
export async function listEvidenceQueue(db: Db, caseId: string, view: QueueView, reader: QueueReader, page: { limit?: number | undefined; cursor?: string | undefined } = {}): Promise<QueuePage> {
  const limit = page.limit ?? 50;
  const status = sql<string>`coalesce(w.status, ${INITIAL_STATUS})`;
  const since = sql<string>`coalesce(w.status_since, c.linked_at)`;
  let query = db
    .selectFrom('evidence_cases as c')
    .innerJoin('evidence_items as e', 'e.id', 'c.evidence_id')
    .leftJoin('evidence_workflow as w', (join) => join.onRef('w.evidence_id', '=', 'c.evidence_id').onRef('w.case_id', '=', 'c.case_id'))
    .select(['c.evidence_id as id', 'e.original_name as title', status.as('status'), since.as('since'), 'w.due_date'])
    .where('c.case_id', '=', caseId);
  if (view === 'mine') {
    query = query
      .where((eb) => eb.exists(eb.selectFrom('evidence_assignees as a').select('a.evidence_id').whereRef('a.evidence_id', '=', 'c.evidence_id').whereRef('a.case_id', '=', 'c.case_id').where('a.username', '=', reader.username)))
      .where(status, 'not in', [...FINAL_STATUSES]);
  }
  if (view === 'review') query = query.where(status, '=', 'ready_for_review');
  if (view === 'unclaimed') {
    query = query
      .where(status, '=', INITIAL_STATUS)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('evidence_assignees as a').select('a.evidence_id').whereRef('a.evidence_id', '=', 'c.evidence_id').whereRef('a.case_id', '=', 'c.case_id'))));
  }
  if (page.cursor !== undefined) {
    const [afterSince, afterId] = decodeCursor(page.cursor);
    query = query.where((eb) => eb.or([eb(since, '>', afterSince), eb.and([eb(since, '=', afterSince), eb('c.evidence_id', '>', afterId)])]));
  }
  const rows = await query.orderBy(since).orderBy('c.evidence_id').limit(limit + 1).execute();
  const shown = rows.slice(0, limit);
  const assignees = new Map<string, string[]>();
  if (shown.length > 0) {
    const found = await db.selectFrom('evidence_assignees').select(['evidence_id', 'username']).where('case_id', '=', caseId).where('evidence_id', 'in', shown.map((row) => row.id)).execute();
    for (const row of found) assignees.set(row.evidence_id, [...(assignees.get(row.evidence_id) ?? []), row.username]);
  }
  const items = shown.map((row) => ({
    id: row.id,
    kind: 'evidence' as const,
    title: row.title,
    status: row.status as WorkflowStatus,
    statusSince: row.since,
    assignees: (assignees.get(row.id) ?? []).sort(),
    dueDate: row.due_date ?? null,
  }));
  const last = shown.at(-1);
  return rows.length > limit && last ? { items, nextCursor: encodeCursor([last.since, last.id]) } : { items };
}
