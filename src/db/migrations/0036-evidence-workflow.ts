import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The team's workflow over evidence items awaiting processing (src/workflow/evidence-workflow.ts): the same
 * statuses and the case's same transitions as incidents. An item may be in several cases, each with its own
 * team and work, so the key is the case and the item. No row: "to do", unassigned, since it was linked to the case.
 */
export function evidenceWorkflowSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('evidence_workflow')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('evidence_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_since', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text')
        .addColumn('cancel_reason', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('evidence_workflow_pk', ['case_id', 'evidence_id'])
        .execute();
      await db.schema.createIndex('evidence_workflow_by_case_status').on('evidence_workflow').columns(['case_id', 'status', 'status_since']).execute();
      await db.schema
        .createTable('evidence_assignees')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('evidence_id', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('evidence_assignees_pk', ['case_id', 'evidence_id', 'username'])
        .execute();
      await db.schema.createIndex('evidence_assignees_by_case_user').on('evidence_assignees').columns(['case_id', 'username']).execute();
    },
  };
}
