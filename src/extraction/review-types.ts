/**
 * The review queue's shapes, as the API gives them: a candidate's proposal and the decision on it, an
 * extraction's summary, a reading's job. Plain types with no imports, so the web app shares them.
 */

export const FIGURE_FIELDS = ['killed', 'injured', 'displaced'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];
export const PROPOSAL_FIELDS = ['type', 'date', 'place', ...FIGURE_FIELDS, 'means', 'targets', 'actor'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

/** An incident of the case a candidate may corroborate. */
export interface IncidentMatch {
  id: string;
  title: string;
}

/** Where a span lies in the page it is on: the page's locator ("page 2", "text") and offsets within it. */
export type PageSpan = { locator: string; start: number; end: number } | null;

/** Words of the text: offsets into the whole text, and where on its page they are. */
export interface LocatedSpan {
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

/**
 * What accepting a candidate would record, as the analyst reads and corrects it; each field remembered with the
 * candidate whose words it came from (a merge fills gaps from the candidate merged in).
 */
export interface Proposal {
  title: string;
  type: string | null;
  /** The words and their EDTF reading; an edit gives new words, read again against the anchor. */
  date: { text: string; edtf: string } | null;
  /** The place chosen; `choices` when the name is ambiguous and none is chosen yet. */
  place: { text: string; chosen: PlaceChoice | null; choices: PlaceChoice[] } | null;
  killed: { text: string } | null;
  injured: { text: string } | null;
  displaced: { text: string } | null;
  means: string[];
  targets: string[];
  /** The alleged perpetrator: a case actor (its id), or only a kind of actor named. */
  actor: { text: string; actorId: string | null } | null;
  /** How sure the source says it is ("likely", "could not be confirmed"), quoted in the claims' notes. */
  standardWords: string[];
  /** Incidents of the case this may corroborate. */
  matches: IncidentMatch[];
  /** The passages of this candidate and of those merged into it, by candidate number. */
  passages: (LocatedSpan & { candidate: number })[];
  /** For each field set, the candidate whose passage says it. */
  from: Partial<Record<ProposalField, number>>;
}

/** An analyst's corrections before accepting: each field given replaces the proposal's, null removes it. */
export interface ProposalEdits {
  title?: string;
  type?: string;
  /** Words ("mid-July 2016") or EDTF; null removes the date. */
  date?: string | null;
  /** A P-code, a named area's id, or a name the gazetteer knows; null removes the place. */
  place?: string | null;
  killed?: string | null;
  injured?: string | null;
  displaced?: string | null;
  means?: string[];
  targets?: string[];
  /** A case actor's id (checked when the records are written); null removes the alleged perpetrator. */
  actorId?: string | null;
}

export const EDITABLE_FIELDS = ['title', 'type', 'date', 'place', ...FIGURE_FIELDS, 'means', 'targets', 'actorId'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const CANDIDATE_STATUSES = ['open', 'accepted', 'corroborated', 'merged', 'rejected'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface CandidateReview {
  number: number;
  status: CandidateStatus;
  proposal: Proposal;
  /** For a merged candidate: the one it was merged into. */
  mergedInto: number | null;
  reason: string | null;
  /** The records an accept made (or, corroborating, the claims on the incident). */
  records: { kind: string; id: string }[];
  /** Corroborating: fields the candidate states that the incident had no record to claim them about (no single act, victim group or matching involvement). */
  notRecorded: string[];
  decidedAt: string | null;
  decidedBy: string | null;
  ledgerSeq: number | null;
}

export interface ExtractionRunOptions {
  anchor?: string | undefined;
  language?: 'en' | 'ar' | undefined;
}

export interface ExtractionSummary {
  id: string;
  caseId: string;
  evidenceId: string;
  options: ExtractionRunOptions;
  textSha256: string;
  resultSha256: string;
  createdAt: string;
  createdBy: string;
  ledgerSeq: number;
  candidates: number;
  open: number;
}

export type JobState = 'running' | 'saving' | 'done' | 'failed' | 'cancelled';

/** A reading on a worker, as its progress is told. */
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
