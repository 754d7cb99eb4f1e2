/**
 * What an auditor of a published log keeps between runs: the tree head it last audited (size, root, and
 * the signed note), so the next run reads only what is new and proves the log only grew. One file per log
 * key, under the user's cache directory unless given.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DossierError } from '../common/errors.js';
import { writeFileDurably } from '../common/durable-fs.js';
import type { AuditedHead } from '../ledger/proofs/tile-audit.js';

/** $XDG_CACHE_HOME/dossier/log-audit/<key name>-<key digest>.json, or ~/.cache/… without it. */
export function defaultStateFile(verifierKey: string, env: NodeJS.ProcessEnv = process.env): string {
  const cache = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const name = verifierKey.split('+')[0]!.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
  const digest = createHash('sha256').update(verifierKey).digest('hex').slice(0, 16);
  return path.join(cache, 'dossier', 'log-audit', `${name}-${digest}.json`);
}

export async function readAuditState(file: string): Promise<AuditedHead | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DossierError('FILE_UNREADABLE', `cannot read the audit state ${file}: ${(error as Error).message}`, { path: file });
  }
  const state = parseState(text);
  if (!state) throw new DossierError('FILE_UNREADABLE', `the audit state ${file} is not one this command wrote; move it away to audit the whole log afresh`, { path: file });
  return state;
}

export async function writeAuditState(file: string, head: AuditedHead): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileDurably(file, `${JSON.stringify(head, null, 2)}\n`, 0o600);
}

function parseState(text: string): AuditedHead | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const state = value as Partial<AuditedHead> | null;
  if (
    !state ||
    typeof state.origin !== 'string' ||
    !Number.isSafeInteger(state.treeSize) ||
    (state.treeSize as number) < 0 ||
    typeof state.rootHash !== 'string' ||
    typeof state.checkpoint !== 'string'
  ) {
    return undefined;
  }
  return { origin: state.origin, treeSize: state.treeSize as number, rootHash: state.rootHash, checkpoint: state.checkpoint };
}
