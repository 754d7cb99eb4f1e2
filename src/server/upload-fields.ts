import { invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { HandedOverFile } from '../evidence/evidence.js';
import { handedOverPath, handedOverTime } from '../evidence/handed-over-file.js';
import { getHandover } from '../evidence/handovers.js';

const KNOWN = 'source, note, handoverId, path, modifiedAt, file';

/**
 * The text fields of an evidence upload, in the order they came. `source`, `note` and `handoverId` apply to
 * every file after them; `path` and `modifiedAt` to the next file only (a dropped folder's file, as the
 * browser saw it). Each is checked as it arrives, so a file part is read only once all its fields are good.
 */
export class UploadFields {
  private shared: { source?: string; note?: string } = {};
  private handoverId: string | undefined;
  private next: { path?: string; modifiedAt?: string } = {};

  constructor(
    private readonly database: Database,
    private readonly caseId: string,
  ) {}

  async take(name: string, value: string): Promise<void> {
    if (name === 'source' || name === 'note') this.shared[name] = value;
    else if (name === 'handoverId') {
      // Another case's handover answers as one that does not exist.
      this.handoverId = (await getHandover(this.database, this.caseId, value)).id;
    } else if (name === 'path') this.next.path = handedOverPath(value);
    else if (name === 'modifiedAt') this.next.modifiedAt = handedOverTime(value);
    else throw invalidField(name, `is not a known field (${KNOWN})`);
  }

  /** The fields of the file part that has just begun; its own `path` and `modifiedAt` are used up. */
  forFile(): { source?: string; note?: string; file?: HandedOverFile } {
    const { path, modifiedAt } = this.next;
    this.next = {};
    if (this.handoverId === undefined) {
      if (path !== undefined || modifiedAt !== undefined) throw invalidField('handoverId', 'is needed before a file’s path and modifiedAt: they are kept for a handover’s files');
      return { ...this.shared };
    }
    if (path === undefined) throw invalidField('path', 'is required before each file of a handover: the file’s path in the folder handed over');
    if (modifiedAt === undefined) throw invalidField('modifiedAt', 'is required before each file of a handover: when the file was last modified');
    return { ...this.shared, file: { handoverId: this.handoverId, path, modifiedAt, createdAt: null } };
  }

  /** A `path` or `modifiedAt` after the last file describes no file: said, rather than dropped. */
  finish(): void {
    const left = Object.keys(this.next)[0];
    if (left) throw invalidField(left, 'came after the last file: send it before the file it describes');
  }
}
