/**
 * A database server gone for a moment (restarted, failed over, out of connections) in words. The request or job
 * that met it was not acknowledged (its transaction rolled back, or, rarely, committed as its answer was cut) and
 * can be tried again once the server is back: a 503 with Retry-After for the API, exit 7 for the CLI, and a job put
 * back in the queue, not failed.
 */
import { DossierError } from './errors.js';

// Socket errors of a connection that could not be made or was cut.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATEs of PostgreSQL: class 08 (connection exception), 57P01-57P03 (shut down by an administrator or a crash,
// starting up or recovering), 53300 (too many connections).
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
// What node-postgres says of a connection it lost, where it gives no code.
const MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Connection ended unexpectedly/i;

export function isConnectionLoss(error: unknown): boolean {
  // An error already put into words was judged where it arose (a website refusing a capture is no database loss);
  // an S3 vault out of reach is a server gone for a moment too.
  if (error instanceof DossierError) return error.code === 'DATABASE_UNAVAILABLE' || error.code === 'VAULT_UNAVAILABLE';
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
  }
  return false;
}

/** The DATABASE_UNAVAILABLE error for a lost connection, or undefined for any other error. */
export function connectionLossInWords(error: unknown): DossierError | undefined {
  if (!isConnectionLoss(error)) return undefined;
  const reason = (error as Error)?.message ?? String(error);
  return new DossierError('DATABASE_UNAVAILABLE', `the database server could not be reached (${reason}): this was not acknowledged; try again shortly`, { retryable: true }, { cause: error });
}
