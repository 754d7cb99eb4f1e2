import fsp from 'node:fs/promises';
import { DossierError } from '../common/errors.js';
import { pathText } from '../common/path-text.js';

/**
 * Reads a file (or a named pipe) as a stream of chunks through one reused buffer, so a many-GiB intake
 * holds one chunk of memory, not as many as the garbage collector lets pile up. Each chunk is only valid
 * until the next is asked for: BlobStore.put() is done with a chunk by then.
 */
export async function* readFileChunks(file: string | Buffer, chunkBytes = 1 << 20): AsyncIterable<Uint8Array> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (error) {
    throw unreadableFile(file, error);
  }
  const buffer = Buffer.allocUnsafe(chunkBytes);
  try {
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, chunkBytes, null));
      } catch (error) {
        throw unreadableFile(file, error);
      }
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

export function unreadableFile(file: string | Buffer, error: unknown): DossierError {
  // A name as bytes (one that is not UTF-8) is named as path-text shows it.
  const name = typeof file === 'string' ? file : pathText(file);
  return new DossierError('FILE_UNREADABLE', `reading ${name} failed: ${(error as Error).message}`, { path: name }, { cause: error });
}
