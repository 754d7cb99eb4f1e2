/**
 * One process at a time for a piece of work that must not run twice at once (a witness serving its
 * directory, a push to a mirror): a file holding the claimant's process id, made only if absent. A claim
 * left by a process that died is taken over; one held by a live process is refused, naming it.
 */
import fs from 'node:fs/promises';
import { createFileDurably } from './durable-fs.js';
import { DossierError } from './errors.js';
import { isAlive } from './work-dir.js';

export interface Claim {
  release(): Promise<void>;
}

export async function claimByPid(file: string, refusal: (holder: number) => string): Promise<Claim> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createFileDurably(file, `${process.pid}\n`, 0o644)) return { release: () => fs.rm(file, { force: true }) };
    const holder = Number((await fs.readFile(file, 'utf8').catch(() => '')).trim());
    if (Number.isSafeInteger(holder) && holder > 0 && isAlive(holder)) throw new DossierError('CONFLICT', refusal(holder), { path: file, pid: holder });
    await fs.rm(file, { force: true });
  }
  throw new DossierError('CONFLICT', `could not claim ${file}`, { path: file });
}
