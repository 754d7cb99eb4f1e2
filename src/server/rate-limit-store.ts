/**
 * Where @fastify/rate-limit counts requests: in the database every server shares (the default), so that servers
 * behind a load balancer keep one count per client. With DOSSIER_REDIS_URL the plugin's own Redis store does it.
 * Counts are per route (its method and URL) and client, as the plugin's stores keep them.
 */
import { countRequest } from '../access/rate-limits.js';
import type { Database } from '../db/database.js';

type Counted = (error: Error | null, result?: { current: number; ttl: number }) => void;

export function databaseRateLimitStore(database: Database) {
  return class DatabaseRateLimitStore {
    /** The plugin makes the first with its options (unused here); children carry their route's prefix. */
    constructor(_options?: object, private readonly prefix = '') {}

    incr(key: string, done: Counted, timeWindow: number): void {
      countRequest(database, `${this.prefix}${key}`, timeWindow).then(
        (counted) => done(null, { current: counted.count, ttl: counted.windowEndsInMs }),
        (error: Error) => done(error),
      );
    }

    /** The plugin passes the route's merged limits, its route under `routeInfo` (its typings say the route itself). */
    child(route: object): DatabaseRateLimitStore {
      const info = (route as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo ?? (route as { method?: unknown; url?: unknown });
      return new DatabaseRateLimitStore(undefined, `${this.prefix}${String(info.method ?? '')}${String(info.url ?? '')}|`);
    }
  };
}
