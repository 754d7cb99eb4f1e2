/**
 * A dropped folder as a list of files, each with its path in the folder as the person handed it over
 * ("usb/DCIM/IMG_0001.JPG": the folder's own name first, as `dossier add` keeps it). Drag and drop gives
 * FileSystemEntry trees (DataTransferItem.webkitGetAsEntry); a `webkitdirectory` input gives files that know
 * their webkitRelativePath. The entry types are narrowed to what is used, so the walk is tested without a browser.
 */

export interface FileLike {
  name: string;
  size: number;
  lastModified: number;
}

export interface FolderFile<F extends FileLike = File> {
  path: string;
  file: F;
}

/** A file the browser would not give us (unreadable, removed since it was dropped): listed, not sent. */
export interface UnreadFile {
  path: string;
  reason: string;
}

export interface FileEntryLike<F extends FileLike> {
  isFile: true;
  isDirectory: false;
  fullPath: string;
  file(success: (file: F) => void, failure?: (error: Error) => void): void;
}

export interface DirectoryEntryLike<F extends FileLike> {
  isFile: false;
  isDirectory: true;
  fullPath: string;
  createReader(): { readEntries(success: (entries: EntryLike<F>[]) => void, failure?: (error: Error) => void): void };
}

export type EntryLike<F extends FileLike> = FileEntryLike<F> | DirectoryEntryLike<F>;

/** Every file under the dropped entries, in path order, and those that could not be read. */
export async function walkEntries<F extends FileLike>(entries: EntryLike<F>[]): Promise<{ files: FolderFile<F>[]; unread: UnreadFile[] }> {
  const files: FolderFile<F>[] = [];
  const unread: UnreadFile[] = [];
  const pending = [...entries];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const path = entryPath(entry);
    try {
      if (entry.isDirectory) pending.push(...(await readAll(entry)));
      else files.push({ path, file: await new Promise<F>((resolve, reject) => entry.file(resolve, reject)) });
    } catch (caught) {
      unread.push({ path, reason: caught instanceof Error ? caught.message || caught.name : String(caught) });
    }
  }
  return { files: files.sort(byPath), unread: unread.sort(byPath) };
}

/** The files of a `webkitdirectory` input (or plain files, known by their name), in path order. */
export function chosenFiles<F extends FileLike & { webkitRelativePath?: string }>(list: Iterable<F>): FolderFile<F>[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file })).sort(byPath);
}

/** A reader gives a directory's entries a batch at a time (Chromium: 100), and an empty batch at the end. */
async function readAll<F extends FileLike>(directory: DirectoryEntryLike<F>): Promise<EntryLike<F>[]> {
  const reader = directory.createReader();
  const all: EntryLike<F>[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike<F>[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** An entry's fullPath starts at the drop's root ("/usb/DCIM/…"): kept without the leading slash. */
function entryPath(entry: { fullPath: string }): string {
  return entry.fullPath.replace(/^\/+/, '');
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
