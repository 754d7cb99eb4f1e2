/**
 * What accepting a candidate incident would record, in a form an analyst reads and corrects: the incident's
 * type, date (EDTF), place (a P-code, or the choices an ambiguous name leaves), victim figures in the source's
 * words, means, targets and alleged perpetrator, each remembered with the candidate whose words it came from
 * (a merge fills gaps from the candidate merged in), so every claim quotes the passage that says it.
 */
import { termLabel } from '../vocab/vocabularies.js';
import type { ExtractionJson } from './extraction-parts.js';
import type { IncidentMatch } from './incident-matches.js';

type CandidateJson = ExtractionJson['incidents'][number];
type Located = { text: string; start: number; end: number; page: { locator: string; start: number; end: number } | null };

export const FIGURE_FIELDS = ['killed', 'injured', 'displaced'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];
export const PROPOSAL_FIELDS = ['type', 'date', 'place', ...FIGURE_FIELDS, 'means', 'targets', 'actor'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export interface PlaceChoice {
  pcode: string | null;
  namedArea: string | null;
  name: string;
}

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
  passages: (Located & { candidate: number })[];
  /** For each field set, the candidate whose passage says it. */
  from: Partial<Record<ProposalField, number>>;
}

export function proposalOf(candidate: CandidateJson, number: number): Proposal {
  const place = candidate.place
    ? 'ambiguous' in candidate.place
      ? { text: candidate.place.text, chosen: null, choices: candidate.place.candidates.map(({ pcode, namedArea, name }) => ({ pcode, namedArea, name })) }
      : { text: candidate.place.text, chosen: { pcode: candidate.place.pcode, namedArea: candidate.place.namedArea, name: candidate.place.name }, choices: [] }
    : null;
  const date = candidate.date?.edtf ? { text: candidate.date.text, edtf: candidate.date.edtf } : null;
  const actor = candidate.actor ? { text: candidate.actor.text, actorId: candidate.actor.vocab === 'actor' ? candidate.actor.term : null } : null;
  const proposal: Proposal = {
    title: '',
    type: candidate.type,
    date,
    place,
    killed: candidate.killed && { text: candidate.killed.text },
    injured: candidate.injured && { text: candidate.injured.text },
    displaced: candidate.displaced && { text: candidate.displaced.text },
    means: [...new Set(candidate.means.map((m) => m.term))],
    targets: [...new Set(candidate.target.map((t) => t.term))],
    actor,
    standardWords: candidate.standardWords.map((w) => w.text),
    matches: candidate.matches,
    passages: [{ ...candidate.evidenceSpan, candidate: number }],
    from: {},
  };
  for (const field of PROPOSAL_FIELDS) if (isSet(proposal, field)) proposal.from[field] = number;
  proposal.title = titleOf(proposal);
  return proposal;
}

/** A title an analyst would write: "Barrel bomb in Daraya, 2016-07-15". */
export function titleOf(proposal: Pick<Proposal, 'type' | 'place' | 'date'>): string {
  const what = proposal.type ? termLabel('incident_types', proposal.type as never) : 'Incident';
  const where = proposal.place ? ` in ${proposal.place.chosen?.name ?? proposal.place.text}` : '';
  const when = proposal.date ? `, ${proposal.date.edtf}` : '';
  return `${what}${where}${when}`.slice(0, 500);
}

export function isSet(proposal: Proposal, field: ProposalField): boolean {
  const value = proposal[field];
  return Array.isArray(value) ? value.length > 0 : value !== null;
}

/** `into` after `merged` is merged into it: its passages added, and each field it lacks taken from `merged`. */
export function mergeProposals(into: Proposal, merged: Proposal): Proposal {
  const result: Proposal = structuredClone(into);
  for (const field of PROPOSAL_FIELDS) {
    if (isSet(result, field) || !isSet(merged, field)) continue;
    (result as unknown as Record<string, unknown>)[field] = structuredClone(merged[field]);
    result.from[field] = merged.from[field]!;
  }
  result.standardWords = [...new Set([...into.standardWords, ...merged.standardWords])];
  result.matches = [...new Map([...into.matches, ...merged.matches].map((m) => [m.id, m])).values()];
  result.passages = [...into.passages, ...merged.passages];
  // The title follows the fields unless the analyst wrote one.
  if (into.title === titleOf(into)) result.title = titleOf(result);
  return result;
}
