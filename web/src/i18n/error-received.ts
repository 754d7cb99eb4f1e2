import { isDossierError } from '../../../src/common/errors.js';
import { ApiError, wordingOf } from '../api.js';

/**
 * The error a piece of server code throws, as the app receives it in the API's problem details (through JSON, as
 * over the wire). For the tests of how the app says the server's errors.
 */
export function errorAsReceived(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    if (!isDossierError(error)) throw error;
    const problem = JSON.parse(JSON.stringify({ code: error.code, detail: error.message, ...error.details })) as Record<string, unknown>;
    return new ApiError(error.httpStatus, error.code, String(problem.detail), problem.field as string | undefined, wordingOf(problem));
  }
  throw new Error('was accepted');
}
