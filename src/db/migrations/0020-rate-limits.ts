import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * Sign-in attempts counted per client and window in the database, so that several servers behind a load balancer
 * share one count (a guesser cannot multiply the limit by the number of servers). Redis does it instead when set.
 */
export function rateLimitsSchema(_engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_started_at', 'bigint', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
    },
  };
}
