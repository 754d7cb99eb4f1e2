/**
 * An extraction as the CLI's --json (and later the API) gives it: each mention with its words, its span in the
 * text and its page, and its reading; each candidate incident with its fields and the passage it came from.
 */
import type { Count } from '../values/count.js';
import type { CandidateIncident, Span } from './candidates.js';
import type { Extraction } from './extract.js';
import { locate, type ExtractionSource } from './extraction-source.js';
import type { IncidentMatch } from './review-types.js';
import type { PlaceMention } from './place-mentions.js';
import type { TermMention } from './term-mentions.js';

/**
 * `matches`: for each candidate incident (by position), the case's incidents it may corroborate; left out of a
 * saved reading, whose proposals carry them.
 */
export function extractionJson(extraction: Extraction, source: ExtractionSource, matches?: readonly IncidentMatch[][]) {
  const at = (span: Span | { text: string; start: number; end: number }) => ({ text: span.text, start: span.start, end: span.end, page: locate(source, span.start, span.end) });
  const place = (mention: PlaceMention) => ({
    ...at(mention),
    // One place: its P-code (or named area); several: every one, for the analyst to choose.
    ...(mention.ambiguous
      ? { name: mention.candidates[0]!.name, ambiguous: true, candidates: mention.candidates.map((c) => ({ pcode: c.pcode ?? null, namedArea: c.namedArea ?? null, name: c.name, kind: c.kind, admin1: c.admin1?.name ?? null })) }
      : { pcode: mention.candidates[0]!.pcode ?? null, namedArea: mention.candidates[0]!.namedArea ?? null, name: mention.candidates[0]!.name }),
  });
  const count = (span: Span, value: Count) => ({ ...at(span), qualifier: value.qualifier, min: value.min ?? null, max: value.max ?? null, best: value.best ?? null });
  const term = (mention: TermMention) => ({ ...at(mention), vocab: mention.vocab, term: mention.term });
  const incident = (candidate: CandidateIncident, index: number) => ({
    type: candidate.type,
    place: candidate.place && place(candidate.place),
    date: candidate.date && { ...at(candidate.date), edtf: candidate.date.edtf ?? null, earliest: candidate.date.earliest ?? null, latest: candidate.date.latest ?? null },
    killed: candidate.killed && count(candidate.killed, candidate.killed.count),
    injured: candidate.injured && count(candidate.injured, candidate.injured.count),
    displaced: candidate.displaced && count(candidate.displaced, candidate.displaced.count),
    actor: candidate.actor && term(candidate.actor),
    target: candidate.targets.map(term),
    means: candidate.means.map(term),
    victimRoles: candidate.victimRoles.map(term),
    standardWords: candidate.standardWords.map(at),
    evidenceSpan: at(candidate.evidenceSpan),
    // Proposed as corroborating claims on these incidents rather than as a new one.
    ...(matches ? { matches: matches[index] ?? [] } : {}),
  });
  return {
    anchor: extraction.anchor,
    languages: extraction.languages,
    unread: extraction.unread.map((u) => ({ start: u.start, end: u.end, script: u.script, page: locate(source, u.start, u.end) })),
    places: extraction.places.map(place),
    dates: extraction.dates.map((d) => ({ ...at(d), edtf: d.edtf ?? null, earliest: d.earliest ?? null, latest: d.latest ?? null, ...(d.needsAnchor ? { needsAnchor: true } : {}) })),
    counts: extraction.counts.map((c) => count(c, c.count)),
    means: extraction.means.map(term),
    targets: extraction.targets.map(term),
    actors: extraction.actors.map(term),
    otherTerms: extraction.otherTerms.map(term),
    incidents: extraction.incidents.map(incident),
  };
}
