import { describe, expect, it } from 'vitest';
import { chosenFiles, walkEntries, type EntryLike, type FileLike } from './folder-entries.js';

const file = (name: string, size = 1): FileLike => ({ name, size, lastModified: 1_468_575_000_000 });

function fileEntry(fullPath: string, failure?: string): EntryLike<FileLike> {
  return {
    isFile: true,
    isDirectory: false,
    fullPath,
    file: (success, fail) => (failure ? fail?.(new Error(failure)) : success(file(fullPath.split('/').pop()!))),
  };
}

/** A directory whose reader hands out its entries `perRead` at a time, as Chromium does 100 at a time. */
function directoryEntry(fullPath: string, children: EntryLike<FileLike>[], perRead = 2): EntryLike<FileLike> {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      let at = 0;
      return { readEntries: (success) => success(children.slice(at, (at += perRead))) };
    },
  };
}

describe('walking a dropped folder', () => {
  it('lists every file of nested folders with its path from the folder’s own name, in path order', async () => {
    const usb = directoryEntry('/usb', [
      directoryEntry('/usb/DCIM', [directoryEntry('/usb/DCIM/100MEDIA', [fileEntry('/usb/DCIM/100MEDIA/IMG_0002.JPG'), fileEntry('/usb/DCIM/100MEDIA/IMG_0001.JPG')])]),
      fileEntry('/usb/readme.txt'),
      directoryEntry('/usb/empty', []),
      fileEntry('/usb/docs.txt'),
      fileEntry('/usb/قائمة.txt'),
    ]);
    const { files, unread } = await walkEntries([usb]);
    expect(files.map((f) => f.path)).toEqual(['usb/DCIM/100MEDIA/IMG_0001.JPG', 'usb/DCIM/100MEDIA/IMG_0002.JPG', 'usb/docs.txt', 'usb/readme.txt', 'usb/قائمة.txt']);
    expect(files[0]!.file.name).toBe('IMG_0001.JPG');
    expect(unread).toEqual([]);
  });

  it('reads a directory of more entries than one read gives', async () => {
    const many = Array.from({ length: 7 }, (_, i) => fileEntry(`/photos/${i}.jpg`));
    expect((await walkEntries([directoryEntry('/photos', many, 3)])).files).toHaveLength(7);
  });

  it('lists a file the browser would not give, and sends the rest', async () => {
    const { files, unread } = await walkEntries([directoryEntry('/usb', [fileEntry('/usb/a.txt'), fileEntry('/usb/locked.jpg', 'NotReadableError')]), fileEntry('/loose.txt')]);
    expect(files.map((f) => f.path)).toEqual(['loose.txt', 'usb/a.txt']);
    expect(unread).toEqual([{ path: 'usb/locked.jpg', reason: 'NotReadableError' }]);
  });
});

describe('files of a folder chosen in the file picker', () => {
  it('keeps each file’s path relative to the chosen folder, or its name for a file chosen alone', () => {
    const chosen = chosenFiles([
      { ...file('b.txt'), webkitRelativePath: 'usb/docs/b.txt' },
      { ...file('a.jpg'), webkitRelativePath: 'usb/a.jpg' },
      { ...file('alone.txt'), webkitRelativePath: '' },
    ]);
    expect(chosen.map((f) => f.path)).toEqual(['alone.txt', 'usb/a.jpg', 'usb/docs/b.txt']);
  });
});
