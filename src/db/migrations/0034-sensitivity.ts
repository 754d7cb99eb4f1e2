import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Sensitivity labels and the care of those who look at the material (src/sensitivity). A label's current state
 * is one row per subject, case and label, updated (set, then removed, then set again) and never deleted; every
 * change is also a row of the append-only history, as it is a ledger entry. Suggestions made at intake wait
 * beside the labels until someone accepts them. Each account's blur setting and exposure limit, and every
 * click-through to a graphic item, have their own tables: they are the reader's, not the case's.
 */
export function sensitivitySchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sensitivity_labels')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addColumn('changed_by', 'text', (c) => c.notNull())
        .addColumn('ledger_seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('sensitivity_labels_pk', ['subject_kind', 'subject_id', 'case_id', 'label'])
        .execute();
      await db.schema.createIndex('sensitivity_labels_by_case').on('sensitivity_labels').columns(['case_id', 'subject_kind', 'label', 'state']).execute();
      await db.schema
        .createTable('sensitivity_label_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('suggestion_id', 'text')
        .addColumn('ledger_seq', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sensitivity_label_history_by_subject').on('sensitivity_label_history').columns(['subject_kind', 'subject_id', 'ledger_seq']).execute();
      await db.schema
        .createTable('case_labels')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('retired', 'integer', (c) => c.notNull())
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addColumn('changed_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_labels_pk', ['case_id', 'code'])
        .execute();
      await db.schema
        .createTable('sensitivity_suggestions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('made_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'text')
        .execute();
      await db.schema.createIndex('sensitivity_suggestions_by_subject').on('sensitivity_suggestions').columns(['subject_kind', 'subject_id', 'case_id']).execute();
      await db.schema
        .createTable('care_settings')
        .addColumn('user_id', 'text', (c) => c.primaryKey())
        .addColumn('blur', 'text', (c) => c.notNull())
        .addColumn('daily_limit', 'integer')
        .addColumn('reminder_dismissed_on', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('graphic_reveals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('graphic', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('graphic_reveals_by_user_day').on('graphic_reveals').columns(['user_id', 'day', 'subject_id']).execute();
    },
  };
}
