import { DossierError } from './errors.js';
import type { Wording } from './wording.js';

/**
 * A VALIDATION_FAILED error naming its field, whose problem is a server wording: the English reads as
 * invalidField's, and `details.wording` (sent in the API's problem details) lets the web app say the problem
 * in the reader's language.
 */
export function invalidFieldSaid(field: string, problem: Wording, value?: unknown): DossierError {
  return new DossierError('VALIDATION_FAILED', `${field}: ${problem.text}`, { field, problem: problem.text, value, wording: problem });
}
