/**
 * The queue of background work, kept in the database so that every server and worker of one archive shares it. A
 * runner claims the oldest waiting job with a lease (its name and a time), renews the lease while it works, and
 * finishes the job; a job whose lease ran out (its runner died) is claimed again by another, up to MAX_ATTEMPTS
 * times. Claims are made inside the database's write lock, so two runners never hold one job.
 */
import { newId } from '../common/ids.js';
import type { Database } from '../db/database.js';

/** A job tried this many times (its runner died or it failed each time) is left failed, for a person to look at. */
export const MAX_ATTEMPTS = 3;

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
}

export interface JobCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

export async function enqueueJob(database: Database, kind: string, payload: unknown, now = new Date()): Promise<string> {
  const id = newId('job', now);
  await database.db
    .insertInto('jobs')
    .values({ id, kind, payload: JSON.stringify(payload), state: 'queued', attempts: 0, lease_owner: null, lease_until: null, created_at: now.toISOString(), finished_at: null, last_error: null })
    .execute();
  return id;
}

/**
 * Takes the oldest job of these kinds that waits, or whose runner's lease ran out, for `owner` until `leaseMs` from
 * now; undefined when there is none.
 */
export async function claimJob(database: Database, owner: string, kinds: readonly string[], leaseMs: number, now = new Date()): Promise<Job | undefined> {
  const at = now.toISOString();
  const waiting = (db: typeof database.db) =>
    db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', 'in', [...kinds])
      .where((eb) => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('lease_until', '<', at)])]))
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
  // An idle runner looks often: without the write lock, which it takes only when there is something to claim.
  if (!(await waiting(database.db))) return undefined;
  return database.writeTransaction(async (trx) => {
    for (;;) {
      const row = await waiting(trx);
      if (!row) return undefined;
      if (row.attempts >= MAX_ATTEMPTS) {
        // Its runners died each time it was tried: taking it again would likely end the next one too.
        const reason = row.last_error ?? `its runner stopped ${row.attempts} times before finishing it`;
        await trx.updateTable('jobs').set({ state: 'failed', lease_owner: null, lease_until: null, finished_at: at, last_error: reason }).where('id', '=', row.id).execute();
        continue;
      }
      await trx
        .updateTable('jobs')
        .set({ state: 'running', attempts: row.attempts + 1, lease_owner: owner, lease_until: new Date(now.getTime() + leaseMs).toISOString() })
        .where('id', '=', row.id)
        .execute();
      return { id: row.id, kind: row.kind, payload: JSON.parse(row.payload) as unknown, attempts: row.attempts + 1 };
    }
  });
}

/** Extends the lease; false when the job is no longer this owner's (its lease ran out and another took it). */
export async function renewLease(database: Database, id: string, owner: string, leaseMs: number, now = new Date()): Promise<boolean> {
  const result = await database.db
    .updateTable('jobs')
    .set({ lease_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Done, or failed with the reason; only by the runner that holds the job (one that lost its lease changes nothing). */
export async function finishJob(database: Database, id: string, owner: string, outcome: { error?: string } = {}, now = new Date()): Promise<boolean> {
  const result = await database.db
    .updateTable('jobs')
    .set({ state: outcome.error === undefined ? 'done' : 'failed', lease_owner: null, lease_until: null, finished_at: now.toISOString(), last_error: outcome.error ?? null })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Put down by a runner that is stopping: waiting again, and this try not counted against it. */
export async function releaseJob(database: Database, id: string, owner: string): Promise<boolean> {
  const result = await database.db
    .updateTable('jobs')
    .set((eb) => ({ state: 'queued', lease_owner: null, lease_until: null, attempts: eb('attempts', '-', 1) }))
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function jobCounts(database: Database): Promise<JobCounts> {
  const rows = await database.db.selectFrom('jobs').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
  const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}
