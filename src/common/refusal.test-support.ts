import { InvariantError, isDossierError, type ErrorCode } from './errors.js';

/** What a refusal says, for a test to look into: its code, its message, the field it names and all its details. */
export interface Refusal {
  code: ErrorCode;
  message: string;
  field: unknown;
  details: Record<string, unknown>;
}

function asRefusal(error: unknown, code: ErrorCode | undefined): Refusal {
  if (!isDossierError(error, code)) throw error;
  return { code: error.code, message: error.message, field: error.details.field, details: error.details };
}

/** The DossierError the work throws (of this code, when one is given); another error, or none, fails the test. */
export function refusalOf(work: () => unknown, code?: ErrorCode): Refusal {
  try {
    work();
  } catch (error) {
    return asRefusal(error, code);
  }
  throw new InvariantError('expected a refusal, and the work was accepted');
}

/** As refusalOf, for work that answers later. */
export async function refusalOfLater(work: Promise<unknown>, code?: ErrorCode): Promise<Refusal> {
  try {
    await work;
  } catch (error) {
    return asRefusal(error, code);
  }
  throw new InvariantError('expected a refusal, and the work was accepted');
}
