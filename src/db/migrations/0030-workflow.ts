import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The team's workflow over incidents (src/workflow). An incident with no row is "to do", unassigned, since it
 * was made: existing incidents need no write here. Assignees have their own table so the queue finds "mine"
 * and "unclaimed" by index; a case's own transition table replaces the default when its owners set one.
 */
export function workflowSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('incident_workflow')
        .addColumn('record_id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_since', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text')
        .addColumn('duplicate_of', 'text')
        .addColumn('cancel_reason', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incident_workflow_by_case_status').on('incident_workflow').columns(['case_id', 'status', 'status_since']).execute();
      await db.schema.createIndex('incident_workflow_by_duplicate').on('incident_workflow').column('duplicate_of').execute();
      await db.schema
        .createTable('incident_assignees')
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_assignees_pk', ['record_id', 'username'])
        .execute();
      await db.schema.createIndex('incident_assignees_by_case_user').on('incident_assignees').columns(['case_id', 'username']).execute();
      await db.schema
        .createTable('case_workflows')
        .addColumn('case_id', 'text', (c) => c.primaryKey())
        .addColumn('transitions', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
