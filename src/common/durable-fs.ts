import fs from 'node:fs/promises';
import path from 'node:path';

/** Makes a rename or a new file in `dir` survive a power cut: the directory entry itself is flushed. */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Temp file, fsync, rename, fsync the directory: a crash leaves the old file or the new, never half of one. */
export async function writeFileDurably(file: string, content: string, mode: number): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(temp, 'w', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
  await fsyncDirectory(path.dirname(file));
}
