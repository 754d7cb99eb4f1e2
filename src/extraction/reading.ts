/**
 * A finished reading in the form it is saved: the result as canonical JSON (its bytes are what the `extract`
 * entry's hash covers) and each candidate's proposal, also canonical, with the terms it is matched against the
 * case's incidents by. Made where the reading ran (the worker), so the server's main thread receives strings to
 * store rather than tens of megabytes of objects to copy and serialise.
 */
import { canonicalJson } from '../common/canonical-json.js';
import type { ExtractionJson } from './extraction-parts.js';
import { proposalOf } from './proposal.js';

/** What a candidate is compared with the case's incidents by: its type, its date's bounds, the places its place name may be. */
export interface MatchTerms {
  type: string | null;
  earliest: string | null;
  latest: string | null;
  /** P-codes or named-area ids. */
  codes: string[];
}

export interface Reading {
  resultText: string;
  candidates: { proposalText: string; terms: MatchTerms }[];
}

export function readingOf(result: ExtractionJson): Reading {
  return {
    resultText: canonicalJson(result),
    candidates: result.incidents.map((candidate, number) => ({ proposalText: canonicalJson(proposalOf(candidate, number)), terms: matchTerms(candidate) })),
  };
}

export function matchTerms(candidate: ExtractionJson['incidents'][number]): MatchTerms {
  const place = candidate.place;
  const codes = !place ? [] : 'ambiguous' in place ? place.candidates.map((c) => c.pcode ?? c.namedArea) : [place.pcode ?? place.namedArea];
  return { type: candidate.type, earliest: candidate.date?.earliest ?? null, latest: candidate.date?.latest ?? null, codes: codes.filter((code): code is string => Boolean(code)) };
}
