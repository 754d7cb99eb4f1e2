/**
 * Requests counted per key (a client's address and a route) in fixed windows, in the database every server of an
 * archive shares. Counted inside the write lock: two servers counting at once never lose an attempt.
 */
import type { Database } from '../db/database.js';

/** Windows older than this are removed as others are counted, so the table holds only live ones. */
const KEEP_MS = 3600_000;

export async function countRequest(database: Database, key: string, windowMs: number, now = Date.now()): Promise<{ count: number; windowEndsInMs: number }> {
  return database.writeTransaction(async (trx) => {
    const row = await trx.selectFrom('rate_limits').select(['window_started_at', 'count']).where('key', '=', key).executeTakeFirst();
    const started = Number(row?.window_started_at ?? 0);
    if (!row || started + windowMs <= now) {
      if (row) await trx.updateTable('rate_limits').set({ window_started_at: now, count: 1 }).where('key', '=', key).execute();
      else await trx.insertInto('rate_limits').values({ key, window_started_at: now, count: 1 }).execute();
      // Now and then, not on every request: the old windows of clients who went away.
      if (Math.random() < 0.01) await trx.deleteFrom('rate_limits').where('window_started_at', '<', now - KEEP_MS).execute();
      return { count: 1, windowEndsInMs: windowMs };
    }
    await trx.updateTable('rate_limits').set({ count: row.count + 1 }).where('key', '=', key).execute();
    return { count: row.count + 1, windowEndsInMs: started + windowMs - now };
  });
}
