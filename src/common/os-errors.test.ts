import { describe, expect, it } from 'vitest';
import { osErrorInWords } from './os-errors.js';

function errno(code: string, file?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, open '${file}'`), { code, ...(file && { path: file }) });
}

describe('osErrorInWords', () => {
  it.each([
    ['EACCES', 'PERMISSION_DENIED', 5],
    ['EPERM', 'PERMISSION_DENIED', 5],
    ['EROFS', 'PERMISSION_DENIED', 5],
    ['ENOENT', 'NOT_FOUND', 3],
    ['ENOTDIR', 'FILE_UNREADABLE', 5],
    ['EISDIR', 'FILE_UNREADABLE', 5],
    ['ENOSPC', 'DISK_FULL', 5],
    ['EADDRINUSE', 'PORT_IN_USE', 4],
  ])('says %s as %s (exit %i), naming the path', (code, named, exit) => {
    const words = osErrorInWords(errno(code, '/srv/case/x'))!;
    expect(words.code).toBe(named);
    expect(words.exitCode).toBe(exit);
    if (code !== 'EADDRINUSE') expect(words.message).toContain('/srv/case/x');
    expect(words.message).not.toMatch(/\n\s+at /);
  });

  it('says a write to a read-only SQLite database as a read-only data directory (exit 6)', () => {
    const words = osErrorInWords(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }))!;
    expect(words.code).toBe('DATA_DIR_READ_ONLY');
    expect(words.exitCode).toBe(6);
  });

  it('leaves other errors alone', () => {
    expect(osErrorInWords(new Error('plain'))).toBeUndefined();
    expect(osErrorInWords(errno('EMFILE'))).toBeUndefined();
    expect(osErrorInWords('text')).toBeUndefined();
  });
});
