/**
 * The review queue's shapes: those the server declares for both (src/extraction/review-types.ts), and the part of
 * an extraction's result the page shows (mentions to highlight) with the text they are in.
 */
import type { CandidateReview, ExtractionSummary, JobView, LocatedSpan } from '../../../src/extraction/review-types.js';

export type { CandidateReview, CandidateStatus, ExtractionSummary, JobState, JobView, PageSpan, PlaceChoice, Proposal } from '../../../src/extraction/review-types.js';

/** A mention found in the text: its words and offsets into the whole text. */
export type Mention = LocatedSpan;

/** The mention lists of the result, each highlighted in the text in its own colour. */
export const MENTION_LISTS = ['places', 'dates', 'counts', 'means', 'targets', 'actors'] as const;
export type MentionList = (typeof MENTION_LISTS)[number];

export interface StoredExtraction extends ExtractionSummary {
  result: Record<MentionList, Mention[]>;
  review: CandidateReview[];
}

export interface ExtractionText {
  text: string;
  pages: { locator: string; start: number; end: number }[];
  /** The item's text is no longer the one read. */
  changed: boolean;
}

/** What GET …/extractions/{id} answers: the job while it is read (or failed, or cancelled), else the extraction. */
export type ExtractionAnswer = { job: JobView } | StoredExtraction;
