/**
 * Items of a case that look like each other. Hashing an item stores its perceptual hashes and, in the same
 * transaction, links it to the case's items within the threshold with a `look-alike` ledger entry that commits
 * to both items (ids and SHA-256s) and their distances. Only the case's own items are compared, so no link, no
 * entry and no answer ever says what another case holds.
 *
 * The look-up runs inside the write transaction, which Dossier's writers take one at a time (database.ts): two
 * images hashed at once by two processes still see each other, which an index kept per process would not. For
 * a few images it reads only the case's hashes that share a near 16-bit piece with theirs (multi-index hashing
 * on indexed columns: 38 ms over 100k images on SQLite, bench/look-alikes-case.ts); a batch of thousands reads
 * the case's hashes once and indexes them in memory (hash-index.ts).
 */
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { BlobStore } from '../vault/blob-store.js';
import { withBlobFile } from '../vault/blob-file.js';
import { hashMatcher, hashPieces, pieceKeysWithin } from './hash-index.js';
import { comparableRegions, HASH_ALGORITHM, LOOK_ALIKE_THRESHOLD, perceptualHashes, type RegionHash } from './perceptual-hash.js';

export interface LookAlikeDeps {
  database: Database;
  ledger: CustodyLedger;
  vault: BlobStore;
  tmpDir: string;
}

export type HashedItem = Pick<EvidenceItem, 'id' | 'sha256'>;

/** The hashes of one frame: '' for a still image, a keyframe's time in seconds for a video. */
export interface FrameHashes {
  frame: string;
  hashes: RegionHash[];
}

export interface NewLookAlike {
  evidenceId: string;
  sha256: string;
  distance: number;
}

export interface LookAlikeLinking {
  evidenceId: string;
  hash: string;
  /** The links this hashing made (none again for links made before). */
  linked: NewLookAlike[];
  ledgerSeq: number | null;
}

/** Still images sharp decodes: the look-alikes step applies to these. */
const HASHABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/tiff', 'image/avif', 'image/heic', 'image/heif']);

export function isHashableImage(mediaType: string): boolean {
  return HASHABLE.has(mediaType);
}

/** Images, and videos by their keyframes (made as derivatives first: evidence/derivatives.ts). */
export function hasLookAlikes(mediaType: string): boolean {
  return isHashableImage(mediaType) || mediaType.startsWith('video/');
}

/**
 * A video's hashes, one frame per keyframe the derivatives step kept (each by its time in seconds): a re-encode,
 * a trim or a screen recording of the video shares some of its keyframes' looks.
 */
export async function hashVideoKeyframes(deps: Pick<LookAlikeDeps, 'database' | 'vault'>, item: HashedItem & { mediaType?: string }): Promise<FrameHashes[]> {
  const keyframes = await deps.database.db
    .selectFrom('evidence_derivatives')
    .select(['sha256', 'frame_seconds'])
    .where('evidence_id', '=', item.id)
    .where('kind', '=', 'keyframe')
    .orderBy('frame_seconds')
    .execute();
  if (keyframes.length === 0) {
    throw new DossierError('UNSUPPORTED_MEDIA_TYPE', `video ${item.id} has no keyframes to hash (its derivatives were not made, or ffmpeg could not read it): its look-alikes cannot be found (it stays held)`, {
      evidenceId: item.id,
      reason: 'no keyframes',
    });
  }
  const frames: FrameHashes[] = [];
  for (const keyframe of keyframes) {
    // A keyframe is a small JPEG of our own making: read whole.
    const chunks: Buffer[] = [];
    for await (const chunk of await deps.vault.read(keyframe.sha256)) chunks.push(chunk as Buffer);
    frames.push({ frame: String(keyframe.frame_seconds ?? 0), hashes: await perceptualHashes(Buffer.concat(chunks)) });
  }
  return frames;
}

/** An item's hashes, read from the vault (in place when it has local files, else through a work copy). */
export async function hashEvidenceImage(deps: Pick<LookAlikeDeps, 'vault' | 'tmpDir'>, item: HashedItem): Promise<FrameHashes[]> {
  return [{ frame: '', hashes: await withBlobFile(deps, item.sha256, 'look-alikes', (file) => decodedHashes(file, item)) }];
}

/** A corrupt or truncated image is said to be one, with the decoder's reason; the item stays held as it is. */
async function decodedHashes(file: string, item: HashedItem): Promise<RegionHash[]> {
  try {
    return await perceptualHashes(file);
  } catch (error) {
    // libvips repeats its complaint line after line: the first says it.
    const reason = (error as Error).message.split('\n')[0]!;
    throw new DossierError('UNSUPPORTED_MEDIA_TYPE', `item ${item.id} cannot be decoded as an image, so its look-alikes cannot be found (it stays held): ${reason}`, { evidenceId: item.id, reason });
  }
}

export interface HashedImage {
  item: HashedItem;
  frames: FrameHashes[];
}

/** Hashes an image item (or a video's keyframes) and links it to the case's look-alikes. */
export async function findLookAlikes(deps: LookAlikeDeps, actor: string, item: HashedItem & { mediaType?: string }, caseId: string): Promise<LookAlikeLinking> {
  const frames = item.mediaType?.startsWith('video/') ? await hashVideoKeyframes(deps, item) : await hashEvidenceImage(deps, item);
  return (await recordLookAlikes(deps, actor, caseId, [{ item, frames }]))[0]!;
}

/**
 * Many images of a case hashed, then linked together (a batch's intake, or the case's images hashed at last):
 * one look-up of the case's hashes for them all. An image that cannot be decoded is reported and left out.
 */
export async function findLookAlikesOf(
  deps: LookAlikeDeps,
  actor: string,
  items: readonly (HashedItem & { mediaType: string })[],
  caseId: string,
  onHashed?: (done: number, total: number) => void,
): Promise<{ linkings: LookAlikeLinking[]; failures: { evidenceId: string; reason: string }[] }> {
  const unique = [...new Map(items.filter((item) => isHashableImage(item.mediaType)).map((item) => [item.id, item])).values()];
  const hashed: (HashedImage | { evidenceId: string; reason: string })[] = new Array(unique.length);
  let next = 0;
  let done = 0;
  // A few images decoded at once: sharp decodes on libuv's threads, so four keep four cores busy.
  const worker = async () => {
    for (let i = next++; i < unique.length; i = next++) {
      const item = unique[i]!;
      try {
        hashed[i] = { item, frames: await hashEvidenceImage(deps, item) };
      } catch (error) {
        if (!(error instanceof DossierError) || error.code !== 'UNSUPPORTED_MEDIA_TYPE') throw error;
        hashed[i] = { evidenceId: item.id, reason: String(error.details?.reason ?? error.message) };
      }
      onHashed?.(++done, unique.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, unique.length) }, worker));
  const images = hashed.filter((h): h is HashedImage => 'item' in h);
  const failures = hashed.filter((h): h is { evidenceId: string; reason: string } => !('item' in h));
  return { linkings: await recordLookAlikes(deps, actor, caseId, images), failures };
}

/**
 * Stores the images' hashes (replacing this algorithm's earlier ones) and links each to every item of the case
 * within the threshold that it is not linked to yet: the case's other items, and the batch's earlier images.
 * One ledger entry per image that gained links, all in one transaction with the rows.
 */
export async function recordLookAlikes(deps: Pick<LookAlikeDeps, 'database' | 'ledger'>, actor: string, caseId: string, images: readonly HashedImage[]): Promise<LookAlikeLinking[]> {
  if (images.length === 0) return [];
  return deps.database.writeTransaction(async (trx) => {
    await refuseOutsiders(trx, caseId, images.map((image) => image.item.id));
    const hashedAt = new Date().toISOString();
    for (const ids of chunks(images.map((image) => image.item.id), 500)) {
      await trx.deleteFrom('evidence_perceptual_hashes').where('evidence_id', 'in', ids).where('algorithm', '=', HASH_ALGORITHM).execute();
    }
    const rows = images.flatMap(({ item, frames }) =>
      frames.flatMap(({ frame, hashes }) => hashes.map((h) => ({ evidence_id: item.id, frame, region: h.region, algorithm: HASH_ALGORITHM, hash: h.hash, ...pieceColumns(h.hash), hashed_at: hashedAt }))),
    );
    if (rows.length > 0) await deps.database.insertMany(trx, 'evidence_perceptual_hashes', rows);
    // A few images: only the rows sharing a near piece with theirs; a big batch reads the case's hashes whole.
    const theirHashes = images.flatMap((image) => image.frames.flatMap((f) => f.hashes.map((h) => h.hash)));
    const held = images.length <= FEW_IMAGES ? await caseHashRows(trx, caseId, pieceKeysWithin(theirHashes, LOOK_ALIKE_THRESHOLD)) : await caseHashRows(trx, caseId);
    const index = hashMatcher(held.map((row) => row.hash));
    const order = new Map(images.map((image, i) => [image.item.id, i]));
    const already = await linkedPairs(trx, caseId, [...order.keys()]);
    const found = images.map((image, i) => {
      const nearest = new Map<string, number>();
      for (const mine of image.frames.flatMap((f) => f.hashes)) {
        for (const { position, distance } of index.within(mine.hash, LOOK_ALIKE_THRESHOLD)) {
          const theirs = held[position]!;
          // Each pair once: an image of the batch links to what the case held and to the batch's earlier images.
          if ((order.get(theirs.evidence_id) ?? -1) >= i || already.has(pairKey(image.item.id, theirs.evidence_id))) continue;
          if (!comparableRegions(mine.region, theirs.region)) continue;
          nearest.set(theirs.evidence_id, Math.min(distance, nearest.get(theirs.evidence_id) ?? 64));
        }
      }
      return [...nearest].map(([evidenceId, distance]) => ({ evidenceId, distance })).sort((a, b) => a.distance - b.distance || a.evidenceId.localeCompare(b.evidenceId));
    });
    const sha256Of = await sha256sOf(trx, found.flat().map((f) => f.evidenceId));
    const linking = images.map((image, i) => ({
      image,
      linked: found[i]!.map((f) => ({ evidenceId: f.evidenceId, sha256: sha256Of.get(f.evidenceId)!, distance: f.distance })),
      hash: image.frames[0]?.hashes.find((h) => h.region === 'full')?.hash ?? '',
    }));
    const logged = linking.filter((l) => l.linked.length > 0);
    const entries = await deps.ledger.append(
      trx,
      logged.map(({ image, linked, hash }) => ({
        actor,
        action: 'look-alike' as const,
        subject: { case: caseId, evidence: image.item.sha256 },
        details: { evidenceId: image.item.id, algorithm: HASH_ALGORITHM, threshold: LOOK_ALIKE_THRESHOLD, hash, lookAlikes: linked },
      })),
    );
    const seqOf = new Map(logged.map((l, i) => [l.image.item.id, entries[i]!]));
    const links = logged.flatMap(({ image, linked }) => {
      const entry = seqOf.get(image.item.id)!;
      return linked.map((l) => ({ case_id: caseId, evidence_id: image.item.id, look_alike_id: l.evidenceId, distance: l.distance, algorithm: HASH_ALGORITHM, linked_at: entry.time, linked_by: actor, ledger_seq: entry.seq }));
    });
    if (links.length > 0) await deps.database.insertMany(trx, 'look_alike_links', links);
    return linking.map(({ image, linked, hash }) => ({ evidenceId: image.item.id, hash, linked, ledgerSeq: seqOf.get(image.item.id)?.seq ?? null }));
  });
}

/** The case's hashes (only the columns compared), all of them or those sharing one of the given pieces. */
async function caseHashRows(db: Db, caseId: string, pieceKeys?: Set<number>[]): Promise<{ evidence_id: string; region: string; hash: string }[]> {
  if (!pieceKeys) {
    return db
      .selectFrom('evidence_perceptual_hashes as h')
      .innerJoin('evidence_cases as c', 'c.evidence_id', 'h.evidence_id')
      .select(['h.evidence_id', 'h.region', 'h.hash'])
      .where('c.case_id', '=', caseId)
      .where('h.algorithm', '=', HASH_ALGORITHM)
      .execute();
  }
  // One query a piece, each led by its piece's index, the case checked row by row: one OR of the four, or a join
  // led by the case, and SQLite reads every hash of the case instead.
  const rows = new Map<string, { evidence_id: string; region: string; hash: string }>();
  for (const [i, column] of PIECE_COLUMNS.entries()) {
    const found = await db
      .selectFrom('evidence_perceptual_hashes as h')
      .select(['h.evidence_id', 'h.frame', 'h.region', 'h.hash'])
      .where(column, 'in', [...pieceKeys[i]!])
      .where('h.algorithm', '=', HASH_ALGORITHM)
      .where((eb) => eb.exists(eb.selectFrom('evidence_cases as c').select('c.evidence_id').whereRef('c.evidence_id', '=', 'h.evidence_id').where('c.case_id', '=', caseId)))
      .execute();
    for (const row of found) rows.set(`${row.evidence_id}\n${row.frame}\n${row.region}`, { evidence_id: row.evidence_id, region: row.region, hash: row.hash });
  }
  return [...rows.values()];
}

const PIECE_COLUMNS = ['h.piece0', 'h.piece1', 'h.piece2', 'h.piece3'] as const;
/** 137 keys a piece for each of an image's three hashes: at most 3,288 parameters a query for 8 images, well under both engines' limits. */
const FEW_IMAGES = 8;

function pieceColumns(hash: string): { piece0: number; piece1: number; piece2: number; piece3: number } {
  const [piece0, piece1, piece2, piece3] = hashPieces(hash);
  return { piece0, piece1, piece2, piece3 };
}

/** Only the case's own items are linked in it: a link, and its entry in the case's log, would tell of another case's. */
async function refuseOutsiders(db: Db, caseId: string, ids: readonly string[]): Promise<void> {
  const held = new Set<string>();
  for (const some of chunks(ids, 500)) {
    for (const row of await db.selectFrom('evidence_cases').select('evidence_id').where('case_id', '=', caseId).where('evidence_id', 'in', some).execute()) held.add(row.evidence_id);
  }
  const outsider = ids.find((id) => !held.has(id));
  if (outsider !== undefined) throw new DossierError('EVIDENCE_NOT_FOUND', `evidence ${outsider} is not in case ${caseId}`, { field: 'evidence', value: outsider });
}

async function sha256sOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const some of chunks([...new Set(ids)], 500)) {
    for (const row of await db.selectFrom('evidence_items').select(['id', 'sha256']).where('id', 'in', some).execute()) found.set(row.id, row.sha256);
  }
  return found;
}

/** The case's links that touch these items, each pair as one key whichever way it was made. */
async function linkedPairs(db: Db, caseId: string, ids: readonly string[]): Promise<Set<string>> {
  const pairs = new Set<string>();
  for (const some of chunks(ids, 500)) {
    const rows = await db
      .selectFrom('look_alike_links')
      .select(['evidence_id', 'look_alike_id'])
      .where('case_id', '=', caseId)
      .where((eb) => eb.or([eb('evidence_id', 'in', some), eb('look_alike_id', 'in', some)]))
      .execute();
    for (const row of rows) pairs.add(pairKey(row.evidence_id, row.look_alike_id));
  }
  return pairs;
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
