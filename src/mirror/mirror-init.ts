import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Dossier } from '../app/open.js';
import { createFileDurably, writeFileDurably } from '../common/durable-fs.js';
import { checkNewDestination, MIRROR_FORMAT, MIRROR_RECORD, mirrorStateFiles, type MirrorRecord } from './mirror-layout.js';
import { checkRecipients } from './sealed-files.js';

/**
 * Makes a mirror folder: records the recipients and the log's origin and verifier key (what a holder checks the
 * manifest with), and keeps a fresh name key for the mirror's blob names in the data directory's keys/.
 */
export async function initMirror(dossier: Dossier, dest: string, recipients: readonly string[]): Promise<MirrorRecord> {
  await checkRecipients(recipients);
  await checkNewDestination(dest);
  const record: MirrorRecord = {
    format: MIRROR_FORMAT,
    kind: 'dossier-mirror',
    id: randomBytes(8).toString('hex'),
    origin: dossier.dataDir.manifest.origin,
    verifierKey: dossier.dataDir.verifierKey,
    recipients: [...new Set(recipients)],
    createdAt: new Date().toISOString(),
  };
  const { nameKey } = mirrorStateFiles(dossier.config.dataDir, record.id);
  await createFileDurably(nameKey, randomBytes(32).toString('hex') + '\n', 0o600);
  await fs.mkdir(dest, { recursive: true });
  // Written last: a folder with mirror.json is a mirror.
  await writeFileDurably(path.join(dest, MIRROR_RECORD), JSON.stringify(record, null, 2) + '\n', 0o644);
  return record;
}
