/**
 * One error type for the whole of Dossier. Each error carries a stable code; the faces (CLI, HTTP) map
 * codes to exit codes and statuses in one table each, so a message is written once, where it arises.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { http: 400, exit: 2 },
  NOT_FOUND: { http: 404, exit: 3 },
  CASE_NOT_FOUND: { http: 404, exit: 3 },
  EVIDENCE_NOT_FOUND: { http: 404, exit: 3 },
  // A scan or an image whose text has not been read yet: read it (OCR), then ask again.
  EVIDENCE_HAS_NO_TEXT: { http: 422, exit: 2 },
  ENTRY_NOT_FOUND: { http: 404, exit: 3 },
  CONFLICT: { http: 409, exit: 4 },
  // A comment naming (@) someone who may not read what it is about: refused whole, nobody told.
  MENTION_REFUSED: { http: 422, exit: 2 },
  // Something that was there and is no longer usable: an invitation that expired or was revoked.
  GONE: { http: 410, exit: 3 },
  PORT_IN_USE: { http: 500, exit: 4 },
  PERMISSION_DENIED: { http: 500, exit: 5 },
  DISK_FULL: { http: 507, exit: 5 },
  UNAUTHENTICATED: { http: 401, exit: 10 },
  FORBIDDEN: { http: 403, exit: 10 },
  CSRF_FAILED: { http: 403, exit: 10 },
  PASSWORD_CHANGE_REQUIRED: { http: 403, exit: 10 },
  ACCOUNT_LOCKED: { http: 429, exit: 10 },
  RATE_LIMITED: { http: 429, exit: 10 },
  FILE_UNREADABLE: { http: 400, exit: 5 },
  PAYLOAD_TOO_LARGE: { http: 413, exit: 5 },
  UNSUPPORTED_MEDIA_TYPE: { http: 415, exit: 2 },
  REQUEST_TIMEOUT: { http: 408, exit: 1 },
  HEADERS_TOO_LARGE: { http: 431, exit: 2 },
  // A byte range outside a file (a video player asking past a derivative's end).
  RANGE_NOT_SATISFIABLE: { http: 416, exit: 2 },
  DATA_DIR_MISSING: { http: 500, exit: 6 },
  DATA_DIR_EXISTS: { http: 409, exit: 6 },
  DATA_DIR_TOO_NEW: { http: 500, exit: 6 },
  DATA_DIR_UNREADABLE: { http: 500, exit: 6 },
  DATA_DIR_READ_ONLY: { http: 500, exit: 6 },
  DATA_DIR_TOO_OLD: { http: 500, exit: 6 },
  DATABASE_CORRUPT: { http: 500, exit: 7 },
  DATABASE_UNAVAILABLE: { http: 503, exit: 7 },
  VAULT_BLOB_MISSING: { http: 500, exit: 8 },
  VAULT_BLOB_CORRUPT: { http: 500, exit: 8 },
  VAULT_IO: { http: 500, exit: 8 },
  // An S3 vault's server out of reach (after the SDK's retries): nothing stored; try again once it answers.
  VAULT_UNAVAILABLE: { http: 503, exit: 8 },
  LEDGER_INCONSISTENT: { http: 500, exit: 9 },
  PROOF_INVALID: { http: 422, exit: 9 },
  CHECKPOINT_INVALID: { http: 422, exit: 9 },
  KEY_INVALID: { http: 500, exit: 9 },
  BAG_INVALID: { http: 422, exit: 10 },
  TIMESTAMP_FAILED: { http: 502, exit: 11 },
  // A witness that did not answer (the checkpoint stands; it is sent again later).
  WITNESS_UNAVAILABLE: { http: 502, exit: 11 },
  // A witness that answered but would not cosign: a log it does not follow, a proof it rejects, another head.
  WITNESS_REFUSED: { http: 502, exit: 9 },
  // Two signed checkpoints of one log with the same size and different roots: the log showed two histories.
  SPLIT_VIEW: { http: 409, exit: 9 },
  CAPTURE_URL_REFUSED: { http: 422, exit: 12 },
  CAPTURE_LIMIT: { http: 413, exit: 12 },
  CAPTURE_FAILED: { http: 502, exit: 12 },
  WEB_ARCHIVE_INVALID: { http: 422, exit: 10 },
  // An encrypted mirror whose signed manifest, or a file it lists, does not check out (or a folder that is no mirror).
  MIRROR_INVALID: { http: 422, exit: 10 },
  INTERNAL: { http: 500, exit: 1 },
} as const satisfies Record<string, { http: number; exit: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DossierError extends Error {
  override readonly name = 'DossierError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable context: the field, the path, the index that is wrong. */
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
}

/**
 * A "cannot happen": an invariant of Dossier's own code or shipped data broken (a bug, a damaged installation),
 * never something a user or a file did, which is a DossierError with its code. Not a DossierError on purpose:
 * what catches one (a wrapper passing DossierErrors through, the connection-loss check) treats it as before,
 * and the faces report it as INTERNAL.
 */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

export function isDossierError(error: unknown, code?: ErrorCode): error is DossierError {
  return error instanceof DossierError && (code === undefined || error.code === code);
}

/** A VALIDATION_FAILED error that names the offending field. */
export function invalidField(field: string, problem: string, value?: unknown): DossierError {
  return new DossierError('VALIDATION_FAILED', `${field}: ${problem}`, { field, problem, value });
}
