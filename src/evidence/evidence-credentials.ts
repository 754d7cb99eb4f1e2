/**
 * Reading an item's content credentials (C2PA) and keeping the reading with the item. The reader reads the blob
 * in place when the vault has local files, else a copy in a work folder; an item above the reader's size bound
 * is refused before any copy is made (content-credentials-file.ts says why).
 */
import type { Database } from '../db/database.js';
import type { BlobStore } from '../vault/blob-store.js';
import { withBlobFile } from '../vault/blob-file.js';
import { unreadableCredentials, type ContentCredentialsReport } from './content-credentials.js';
import { contentCredentialsOfFile, CREDENTIALS_MAX_BYTES } from './content-credentials-file.js';
import { credentialReason } from './credential-wordings.js';
import type { EvidenceItem } from './evidence.js';

export interface StoredCredentials {
  evidenceId: string;
  readAt: string;
  tool: string;
  report: ContentCredentialsReport;
}

/** Images and video may carry a C2PA manifest (the reader validates JPEG, PNG and HEIF, and looks into MP4). */
export function mayCarryCredentials(mediaType: string): boolean {
  return /^(image|video)\//.test(mediaType);
}

export async function readEvidenceCredentials(
  deps: { database: Database; vault: BlobStore; tmpDir: string },
  item: Pick<EvidenceItem, 'id' | 'sha256' | 'size' | 'mediaType'>,
  options: { maxBytes?: number } = {},
): Promise<StoredCredentials> {
  const report = await credentialsOfItem(deps, item, options.maxBytes ?? CREDENTIALS_MAX_BYTES);
  const stored: StoredCredentials = { evidenceId: item.id, readAt: new Date().toISOString(), tool: report.reader, report };
  await deps.database.writeTransaction(async (trx) => {
    await trx.deleteFrom('evidence_credentials').where('evidence_id', '=', item.id).execute();
    await trx
      .insertInto('evidence_credentials')
      .values({ evidence_id: item.id, read_at: stored.readAt, tool: stored.tool, state: report.state, report: JSON.stringify(report) })
      .execute();
  });
  return stored;
}

async function credentialsOfItem(
  deps: { vault: BlobStore; tmpDir: string },
  item: Pick<EvidenceItem, 'sha256' | 'size'>,
  maxBytes: number,
): Promise<ContentCredentialsReport> {
  // No local file: nothing above the bound is copied out just to be looked at (a 50 GB video would be).
  if (!deps.vault.localPath && item.size > maxBytes) {
    return unreadableCredentials(credentialReason('tooLargeToCopy', { size: item.size, max: maxBytes }));
  }
  return withBlobFile(deps, item.sha256, 'credentials', (file) => contentCredentialsOfFile(file, { maxBytes }));
}

export async function getEvidenceCredentials(database: Database, evidenceId: string): Promise<StoredCredentials | null> {
  const row = await database.db.selectFrom('evidence_credentials').selectAll().where('evidence_id', '=', evidenceId).executeTakeFirst();
  return row ? { evidenceId, readAt: row.read_at, tool: row.tool, report: JSON.parse(row.report) as ContentCredentialsReport } : null;
}
