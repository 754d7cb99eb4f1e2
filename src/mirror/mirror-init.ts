import { randomBytes } from 'node:crypto';
import type { Dossier } from '../app/open.js';
import { createFileDurably } from '../common/durable-fs.js';
import { withDestination } from './mirror-destination.js';
import { checkNewDestination, MIRROR_FORMAT, MIRROR_RECORD, mirrorStateFiles, type MirrorRecord } from './mirror-layout.js';
import { checkRecipients } from './sealed-files.js';

/**
 * Makes a mirror in a new or empty folder or S3 prefix: records the recipients and the log's origin and verifier
 * key (what a holder checks the manifest with), and keeps a fresh name key for the mirror's blob names in the
 * data directory's keys/.
 */
export async function initMirror(dossier: Dossier, dest: string, recipients: readonly string[]): Promise<MirrorRecord> {
  await checkRecipients(recipients);
  return withDestination(dest, async (destination) => {
    await checkNewDestination(destination);
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
    // Written last: a folder or prefix with mirror.json is a mirror.
    await destination.write(MIRROR_RECORD, Buffer.from(JSON.stringify(record, null, 2) + '\n'));
    return record;
  });
}
