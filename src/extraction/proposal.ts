/**
 * What accepting a candidate incident would record, in a form an analyst reads and corrects: the incident's
 * type, date (EDTF), place (a P-code, or the choices an ambiguous name leaves), victim figures in the source's
 * words, means, targets and alleged perpetrator, each remembered with the candidate whose words it came from
 * (a merge fills gaps from the candidate merged in), so every claim quotes the passage that says it.
 */
import { termLabel } from '../vocab/vocabularies.js';
import type { ExtractionJson } from './extraction-parts.js';
import { FIGURE_FIELDS, PROPOSAL_FIELDS, type Proposal, type ProposalField } from './review-types.js';

export { FIGURE_FIELDS, PROPOSAL_FIELDS, type FigureField, type PlaceChoice, type Proposal, type ProposalField } from './review-types.js';

type CandidateJson = ExtractionJson['incidents'][number];

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
    matches: candidate.matches ?? [],
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
