/** Why a bag archive was not unpacked, for a report: each with a code that a finding or an error carries. */

/** An archive that could not be unpacked: damaged, or holding what a bag may not (links, unsafe paths). */
export class ArchiveUnreadable extends Error {
  readonly code: string = 'ARCHIVE_INVALID';
}

/** Which limit an archive's listing went past. */
export type UnpackLimit = 'payload-oxum' | 'max-unpacked' | 'free-space' | 'bag-info' | 'entries';

export interface UnpackRefusal {
  limit: UnpackLimit;
  /** What the archive declares (bytes, or entries for `entries`), and what the limit allows. */
  declared: number;
  allowed: number;
  message: string;
}

/** An archive refused before anything was written, because of what it declares it unpacks to. */
export class ArchiveTooLarge extends ArchiveUnreadable {
  override readonly code = 'ARCHIVE_TOO_LARGE';

  constructor(
    archive: string,
    readonly refusal: UnpackRefusal,
  ) {
    super(`${archive} was not unpacked (${refusal.limit} limit): ${refusal.message}`);
  }
}
