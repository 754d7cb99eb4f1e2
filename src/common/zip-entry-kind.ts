/**
 * What a ZIP entry says it is. Unix zippers keep the file's mode in the top 16 bits of the entry's external
 * attributes, and unzip tools honour it: an entry can be a symbolic link (its content is the target) or a
 * device. Other zippers leave those bits zero, which reads as a plain file.
 */
export type ZipEntryKind = 'file' | 'directory' | 'symlink' | 'special';

const TYPE_BITS = 0o170000;
const REGULAR = 0o100000;
const DIRECTORY = 0o040000;
const SYMLINK = 0o120000;

export function zipEntryKind(entry: { fileName: string; externalFileAttributes: number }): ZipEntryKind {
  const type = (entry.externalFileAttributes >>> 16) & TYPE_BITS;
  if (type === SYMLINK) return 'symlink';
  if (type !== 0 && type !== REGULAR && type !== DIRECTORY) return 'special';
  return type === DIRECTORY || entry.fileName.endsWith('/') ? 'directory' : 'file';
}
