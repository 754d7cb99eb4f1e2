import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { initDossier, type Dossier } from '../src/app/open.js';
import { loadConfig } from '../src/common/config.js';

/** A fresh data dir (`dataDir`, or a new one on the same disk the tests use); PostgreSQL when DOSSIER_DATABASE_URL is set. */
export async function benchDossier(dataDir?: string): Promise<Dossier> {
  dataDir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-bench-'));
  return initDossier(loadConfig({ data: dataDir, actor: 'bench:runner' }), { origin: 'bench.dossier.local/ledger' });
}

export async function removeDossier(dossier: Dossier): Promise<void> {
  await dossier.close();
  await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
}

/** Appends `count` intake-shaped entries in durable batches (one transaction and one checkpoint each). */
export async function appendEntries(dossier: Dossier, count: number, batch: number, onBatch?: (done: number) => void): Promise<void> {
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done);
    const drafts = Array.from({ length: size }, (_, i) => ({
      actor: 'bench:runner',
      action: 'intake' as const,
      subject: { case: 'bench-case', evidence: (done + i).toString(16).padStart(64, '0') },
      details: { size: 1024 + i, mediaType: 'video/mp4', originalName: `clip-${done + i}.mp4` },
    }));
    await dossier.database.writeTransaction((trx) => dossier.ledger.append(trx, drafts));
    onBatch?.(done + size);
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
