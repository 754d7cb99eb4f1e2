/** What an ACLED import answers: rows read and imported, rows refused with why, records created, notes. */
import type { Wording } from '../common/wording.js';

export interface RejectedRow {
  /** 1-based data row: the first row after the header is 1. */
  row: number;
  eventId?: string;
  /** The ACLED column at fault, a record field such as "incident.place.geometry", or "row". */
  field: string;
  problem: string;
  /**
   * The problem with its code and values, for the web app to say in the reader's language (src/common/wording.ts).
   * Absent where a record field's own check, or the vocabulary's, found the problem: those are said in English only.
   */
  wording?: Wording;
}

export interface ImportReport {
  rows: number;
  imported: number;
  /** One entry per problem: a row with two bad columns appears twice. Nothing of a rejected row is saved. */
  rejected: RejectedRow[];
  created: { incidents: number; acts: number; victimGroups: number; actors: number; involvements: number; sources: number; claims: number };
  /** What the import had to guess or leave out, with counts (e.g. actor types inferred from inter codes). */
  notes: string[];
  /** The same notes, each with its code and values (`notes` holds their English). */
  noteWordings: Wording[];
}
