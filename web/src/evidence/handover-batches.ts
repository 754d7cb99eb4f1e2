/**
 * How a handed-over folder's files are sent: a few small files per request, a large one alone, so one failed
 * request costs little to send again and the progress bar moves; and how what was sent is told apart from what
 * was not, by the paths the handover holds afterwards. Pure, for the web page and its tests.
 */

export interface BatchLimits {
  /** At most this many files in one request (the server takes two fields per file, and at most 100 files). */
  files: number;
  /** Files are added to a request while it stays under this many bytes; a larger file goes alone. */
  bytes: number;
}

export const DEFAULT_BATCH: BatchLimits = { files: 8, bytes: 16 * 1024 ** 2 };

export function batches<T extends { file: { size: number } }>(files: readonly T[], limits: BatchLimits = DEFAULT_BATCH): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of files) {
    const size = item.file.size;
    if (current.length > 0 && (current.length >= limits.files || bytes + size > limits.bytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The path as the server keeps it (src/common/path-text.ts): a backslash doubled. */
export function keptPath(path: string): string {
  return path.replaceAll('\\', '\\\\');
}

/**
 * After a request failed part-way: the files the server had recorded before the failure (found among the
 * handover's paths) and those still to send. The server records a request's files one by one, in order.
 */
export function splitBySent<T extends { path: string }>(batch: readonly T[], handoverPaths: Iterable<string>): { sent: T[]; unsent: T[] } {
  const held = new Set(handoverPaths);
  return { sent: batch.filter((f) => held.has(keptPath(f.path))), unsent: batch.filter((f) => !held.has(keptPath(f.path))) };
}

export interface HandoverProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

export function startProgress(files: readonly { file: { size: number } }[]): HandoverProgress {
  return { filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: files.reduce((sum, f) => sum + f.file.size, 0) };
}

/** Files and bytes finished (sent or given up on), as the bars show them. */
export function advance(progress: HandoverProgress, finished: readonly { file: { size: number } }[]): HandoverProgress {
  return { ...progress, filesDone: progress.filesDone + finished.length, bytesDone: progress.bytesDone + finished.reduce((sum, f) => sum + f.file.size, 0) };
}
