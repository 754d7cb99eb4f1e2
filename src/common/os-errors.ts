/**
 * Operating-system errors in words. The places where an error is expected map it themselves, with the fix
 * that fits there; this is the net under them, so that a stray EACCES or ENOSPC reaches the user as a
 * sentence naming the path, never as a stack trace.
 */
import { DossierError } from './errors.js';

/** The error codes Node gives system calls that fail (`err.code`), narrowed to the ones named below. */
export type ErrnoCode = 'EACCES' | 'EPERM' | 'EROFS' | 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'ENOSPC' | 'EDQUOT' | 'EADDRINUSE' | 'EEXIST';

export function isErrno(error: unknown, ...codes: ErrnoCode[]): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && (codes.length === 0 ? /^E[A-Z]+$/.test(code) : (codes as string[]).includes(code));
}

/** The words for a system call's failure on `file`, or undefined for an error that is not one of these. */
export function osErrorInWords(error: unknown): DossierError | undefined {
  // better-sqlite3's code when a write meets a database opened read-only or a file it may not write.
  if (/^SQLITE_READONLY/.test(String((error as { code?: unknown } | null)?.code))) {
    return new DossierError('DATA_DIR_READ_ONLY', 'the database is read-only here: this command must write; run it on a writable data directory', {}, { cause: error });
  }
  if (!isErrno(error)) return undefined;
  const file = error.path ?? '';
  const where = file ? ` ${file}` : '';
  const details = { path: file || undefined, errno: error.code };
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return new DossierError('PERMISSION_DENIED', `permission denied on${where}: run as a user who may use it, or change its permissions`, details, { cause: error });
    case 'EROFS':
      return new DossierError('PERMISSION_DENIED', `${file || 'the file'} is on a read-only file system: choose a writable place`, details, { cause: error });
    case 'ENOENT':
      return new DossierError('NOT_FOUND', `${file || 'a file'} does not exist`, details, { cause: error });
    case 'ENOTDIR':
      return new DossierError('FILE_UNREADABLE', `a part of${where} is a file, not a folder`, details, { cause: error });
    case 'EISDIR':
      return new DossierError('FILE_UNREADABLE', `${file || 'the path'} is a folder, not a file`, details, { cause: error });
    case 'ENOSPC':
    case 'EDQUOT':
      return new DossierError('DISK_FULL', `no space left on the disk holding${where || ' the file being written'}: free some space and run the command again`, details, { cause: error });
    case 'EADDRINUSE':
      return new DossierError('PORT_IN_USE', `the address is already in use (another server?): stop it, or choose another port with --port`, details, { cause: error });
    default:
      return undefined;
  }
}

/** The refusal of a command that must write, naming the folder and what to do instead. */
export function readOnlyRefusal(root: string, what: string): DossierError {
  return new DossierError(
    'DATA_DIR_READ_ONLY',
    `the data directory ${root} is read-only here (a write-protected copy, a read-only mount, or another user's folder), and ${what} must write to it: run this on a writable data directory; commands that only read (log verify, vault verify, evidence list, log proof) work here`,
    { path: root },
  );
}
