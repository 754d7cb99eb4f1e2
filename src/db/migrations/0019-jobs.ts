import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Background work (an uploaded item's examinations) as rows any server's or worker's runner can take: a job is
 * claimed with a lease that its runner renews while it works, so the job of a runner that died is taken over once
 * the lease runs out, and is never done twice at once.
 */
export function jobsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      // Runners look for the oldest waiting job, and for running ones whose lease ran out.
      await db.schema.createIndex('jobs_waiting').on('jobs').columns(['state', 'created_at']).execute();
    },
  };
}
