import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * How long a case's evidence must stay locked in a vault with object lock, in days from its intake into the case;
 * null: the instance's period (DOSSIER_VAULT_RETENTION_DAYS) alone. Only ever lengthened.
 */
export function caseRetentionSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('cases').addColumn('retention_days', 'integer').execute();
    },
  };
}
