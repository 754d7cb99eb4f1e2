/**
 * How much a bag archive may unpack to, judged from its listing before a byte is written (pure: the
 * caller measures free space). The payload may not declare more than the bag's own Payload-Oxum says it
 * holds, the whole archive not more than a limit, and not more than the disk has free.
 */
import { ArchiveTooLarge, type UnpackRefusal } from './archive-errors.js';
import { MAX_TAG_FILE_BYTES, type ArchiveListing } from './archive-entries.js';
import { Findings } from './findings.js';
import { parsePayloadOxum, type PayloadOxum } from './payload-oxum.js';
import { decodeTagFile, parseBagitTxt, parseTagFields } from './tag-file.js';

const MiB = 1 << 20;

/**
 * The default limit is UNPACK_RATIO times the archive's size plus UNPACK_ALLOWANCE. A case file stores its
 * evidence uncompressed (photos and video are compressed already), so that part unpacks to its own size;
 * its records (case JSON, CSV, custody entries with proofs) deflate 4-6 times in Dossier's own case files,
 * perhaps 10 times in a large, repetitive one. Twenty leaves twice that room, and the allowance lets a small
 * archive of records alone pass whatever its ratio. A zip bomb (zeros deflate about 1000 times) is far past.
 */
export const UNPACK_RATIO = 20;
export const UNPACK_ALLOWANCE = 64 * MiB;
/** Unpacking must leave this much free, for the database, the ledger and the vault's own temp files. */
export const FREE_SPACE_MARGIN = 64 * MiB;
/** Entries listed at most: a listing is held in memory, and a real bag has far fewer files. */
export const MAX_ARCHIVE_ENTRIES = 1_000_000;

export function defaultMaxUnpacked(archiveBytes: number): number {
  return archiveBytes * UNPACK_RATIO + UNPACK_ALLOWANCE;
}

export interface UnpackRoom {
  /** Bytes free where the archive would be unpacked (fs.statfs: blocks available to this user). */
  freeBytes: number;
  /** Overrides defaultMaxUnpacked. */
  maxUnpackedBytes?: number | undefined;
  /** How many times the unpacked bytes land on that disk: 2 for an import, which copies them into the vault. */
  copiesOnDisk?: number | undefined;
}

/** Sum of the sizes the archive declares for its files: what unpacking it writes. */
export function declaredBytes(listing: ArchiveListing): number {
  return listing.entries.reduce((sum, entry) => sum + (entry.kind === 'file' ? entry.size : 0), 0);
}

/** Why the archive must not be unpacked, or null when it fits every limit. */
export function unpackRefusal(listing: ArchiveListing, room: UnpackRoom): UnpackRefusal | null {
  const n = (value: number) => value.toLocaleString('en-GB');
  const files = listing.entries.filter((entry) => entry.kind === 'file');
  const bagInfo = files.find((entry) => entry.name === `${listing.root}bag-info.txt`);
  if (bagInfo && bagInfo.size > MAX_TAG_FILE_BYTES) {
    return { limit: 'bag-info', declared: bagInfo.size, allowed: MAX_TAG_FILE_BYTES, message: `bag-info.txt declares ${n(bagInfo.size)} bytes, more than the ${n(MAX_TAG_FILE_BYTES)} read to learn the payload's size` };
  }
  const payload = files.filter((entry) => entry.name.startsWith(`${listing.root}data/`));
  const payloadBytes = payload.reduce((sum, entry) => sum + entry.size, 0);
  const oxum = declaredPayloadOxum(listing);
  if (oxum && payloadBytes > oxum.octets) {
    return { limit: 'payload-oxum', declared: payloadBytes, allowed: oxum.octets, message: `its entries under data/ declare ${n(payloadBytes)} bytes, more than the ${n(oxum.octets)} its Payload-Oxum gives` };
  }
  if (oxum && payload.length > oxum.streams) {
    return { limit: 'payload-oxum', declared: payload.length, allowed: oxum.streams, message: `it holds ${n(payload.length)} files under data/, more than the ${n(oxum.streams)} its Payload-Oxum gives` };
  }
  const total = declaredBytes(listing);
  const allowed = room.maxUnpackedBytes ?? defaultMaxUnpacked(listing.archiveBytes);
  if (total > allowed) {
    const why = room.maxUnpackedBytes === undefined ? `${UNPACK_RATIO} times the archive's ${n(listing.archiveBytes)} bytes plus ${UNPACK_ALLOWANCE / MiB} MiB; --max-unpacked sets another limit` : 'the limit given';
    return { limit: 'max-unpacked', declared: total, allowed, message: `its entries declare ${n(total)} bytes unpacked, more than the ${n(allowed)} allowed (${why})` };
  }
  const copies = room.copiesOnDisk ?? 1;
  if (room.freeBytes < total * copies + FREE_SPACE_MARGIN) {
    const needs = copies === 1 ? '' : `, which it needs ${copies} times over (unpacked, then copied into the vault)`;
    return { limit: 'free-space', declared: total, allowed: Math.max(0, Math.floor((room.freeBytes - FREE_SPACE_MARGIN) / copies)), message: `its entries declare ${n(total)} bytes unpacked${needs}, and the disk has ${n(room.freeBytes)} bytes free there (${FREE_SPACE_MARGIN / MiB} MiB must stay free)` };
  }
  return null;
}

export function tooManyEntries(archive: string, entries: number): ArchiveTooLarge {
  return new ArchiveTooLarge(archive, { limit: 'entries', declared: entries, allowed: MAX_ARCHIVE_ENTRIES, message: `it holds more than ${MAX_ARCHIVE_ENTRIES.toLocaleString('en-GB')} entries` });
}

/**
 * The smallest Payload-Oxum the bag's bag-info.txt gives (read in bagit.txt's declared encoding), or null
 * when it gives none that reads: the verifier reports that once the bag is unpacked.
 */
function declaredPayloadOxum(listing: ArchiveListing): PayloadOxum | null {
  if (!listing.bagInfoTxt) return null;
  const findings = new Findings();
  const declaration = listing.bagitTxt ? parseBagitTxt(listing.bagitTxt, findings) : null;
  const text = decodeTagFile(listing.bagInfoTxt, declaration?.encoding ?? 'UTF-8', 'bag-info.txt', findings);
  if (text === null) return null;
  const oxums = parseTagFields(text, 'bag-info.txt', false, findings)
    .filter((field) => field.label.toLowerCase() === 'payload-oxum')
    .map((field) => parsePayloadOxum(field.value))
    .filter((oxum): oxum is PayloadOxum => oxum !== null);
  if (oxums.length === 0) return null;
  return { octets: Math.min(...oxums.map((oxum) => oxum.octets)), streams: Math.min(...oxums.map((oxum) => oxum.streams)) };
}
