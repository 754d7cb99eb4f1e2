/**
 * Reading an item's own metadata with ExifTool (the tool courts and analysts know), and keeping the reading with
 * the item: the raw tags, and what they say (media-metadata.ts). ExifTool reads the blob in place when the vault
 * has local files (only the headers it needs: a 50 GB video is not copied), else a copy in a work folder.
 */
import { ExifTool } from 'exiftool-vendored';
import type { Database } from '../db/database.js';
import type { BlobStore } from '../vault/blob-store.js';
import { withBlobFile } from '../vault/blob-file.js';
import type { EvidenceItem } from './evidence.js';
import { itemTags, localCaptureTime, readMediaMetadata, type MediaMetadata } from './media-metadata.js';

export interface StoredMetadata {
  evidenceId: string;
  readAt: string;
  tool: string;
  reading: MediaMetadata;
  raw: Record<string, unknown>;
}

/** Images, video, audio and documents carry metadata worth reading. */
export function hasMediaMetadata(mediaType: string): boolean {
  return /^(image|video|audio)\//.test(mediaType) || mediaType === 'application/pdf';
}

/** One ExifTool process kept open for many reads; close() it when done, or the process stays. */
export class MetadataReader {
  private readonly tool = new ExifTool({ maxProcs: 1, taskTimeoutMillis: 120_000 });

  async read(file: string): Promise<{ raw: Record<string, unknown>; tool: string }> {
    // -n: numbers as numbers (GPS in signed degrees); -G: each tag named with its group (EXIF:, XMP:, QuickTime:).
    const raw = (await this.tool.readRaw(file, ['-n', '-G'])) as Record<string, unknown>;
    return { raw, tool: `ExifTool ${await this.tool.version()}` };
  }

  close(): Promise<void> {
    return this.tool.end();
  }
}

export async function readEvidenceMetadata(
  deps: { database: Database; vault: BlobStore; tmpDir: string },
  reader: MetadataReader,
  item: Pick<EvidenceItem, 'id' | 'sha256'>,
): Promise<StoredMetadata> {
  const { raw, tool } = await withBlobFile(deps, item.sha256, 'metadata', (file) => reader.read(file));
  const stored: StoredMetadata = { evidenceId: item.id, readAt: new Date().toISOString(), tool, reading: readMediaMetadata(raw), raw: itemTags(raw) };
  await deps.database.writeTransaction(async (trx) => {
    await trx.deleteFrom('evidence_metadata').where('evidence_id', '=', item.id).execute();
    await trx
      .insertInto('evidence_metadata')
      .values({
        evidence_id: item.id,
        read_at: stored.readAt,
        tool,
        captured_at: stored.reading.captured?.instant ?? null,
        captured_local: localCaptureTime(stored.reading),
        lat: stored.reading.gps?.lat ?? null,
        lon: stored.reading.gps?.lon ?? null,
        reading: JSON.stringify(stored.reading),
        raw: JSON.stringify(stored.raw),
      })
      .execute();
  });
  return stored;
}

export async function getEvidenceMetadata(database: Database, evidenceId: string): Promise<StoredMetadata | null> {
  const row = await database.db.selectFrom('evidence_metadata').selectAll().where('evidence_id', '=', evidenceId).executeTakeFirst();
  return row ? { evidenceId, readAt: row.read_at, tool: row.tool, reading: JSON.parse(row.reading) as MediaMetadata, raw: JSON.parse(row.raw) as Record<string, unknown> } : null;
}
