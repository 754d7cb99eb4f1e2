/**
 * The review queue's shapes as the API gives them (src/extraction/extraction-store.ts, proposal.ts,
 * extraction-jobs.ts). Declared here for the browser: the server's modules pull in Node's crypto and database.
 */
export type JobState = 'running' | 'saving' | 'done' | 'failed' | 'cancelled';

export interface JobView {
  id: string;
  caseId: string;
  evidenceId: string;
  state: JobState;
  /** Characters read so far, of `total`. */
  progress: { done: number; total: number };
  startedAt: string;
  error?: string;
}

/** Where a span lies in the page it is on: the page's locator ("page 2", "text") and offsets within it. */
export type PageSpan = { locator: string; start: number; end: number } | null;

/** A mention found in the text: its words and offsets into the whole text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  page: PageSpan;
}

export interface PlaceChoice {
  pcode: string | null;
  namedArea: string | null;
  name: string;
}

export interface Proposal {
  title: string;
  type: string | null;
  date: { text: string; edtf: string } | null;
  place: { text: string; chosen: PlaceChoice | null; choices: PlaceChoice[] } | null;
  killed: { text: string } | null;
  injured: { text: string } | null;
  displaced: { text: string } | null;
  means: string[];
  targets: string[];
  actor: { text: string; actorId: string | null } | null;
  standardWords: string[];
  matches: { id: string; title: string }[];
  passages: (Mention & { candidate: number })[];
}

export type CandidateStatus = 'open' | 'accepted' | 'corroborated' | 'merged' | 'rejected';

export interface CandidateReview {
  number: number;
  status: CandidateStatus;
  proposal: Proposal;
  mergedInto: number | null;
  reason: string | null;
  records: { kind: string; id: string }[];
  decidedAt: string | null;
  decidedBy: string | null;
  ledgerSeq: number | null;
}

export interface ExtractionSummary {
  id: string;
  caseId: string;
  evidenceId: string;
  createdAt: string;
  createdBy: string;
  ledgerSeq: number;
  candidates: number;
  open: number;
}

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
