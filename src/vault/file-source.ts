import fsp from 'node:fs/promises';
import { DossierError } from '../common/errors.js';

/**
 * Reads a file (or a named pipe) as a stream of chunks through one reused buffer, so a many-GiB intake
 * holds one chunk of memory, not as many as the garbage collector lets pile up. Each chunk is only valid
 * until the next is asked for: BlobStore.put() is done with a chunk by then.
 */
export async function* readFileChunks(file: string, chunkBytes = 1 << 20): AsyncIterable<Uint8Array> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (error) {
    throw unreadable(file, error);
  }
  const buffer = Buffer.allocUnsafe(chunkBytes);
  try {
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, chunkBytes, null));
      } catch (error) {
        throw unreadable(file, error);
      }
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

function unreadable(file: string, error: unknown): DossierError {
  return new DossierError('FILE_UNREADABLE', `reading ${file} failed: ${(error as Error).message}`, { path: file }, { cause: error });
}
