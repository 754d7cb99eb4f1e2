/**
 * The incident list's facets: each a shared filter chosen among listed values, its choices counted by the
 * case summary (under every filter but its own), labelled from a vocabulary or, for a party, by its name.
 */
import type { Summary } from '../api.js';
import type { ChoiceFilter, IncidentFilters } from '../filters.js';
import type { Message } from '../i18n/define-messages.js';
import { incidentMessages as m } from './incidents.messages.js';

export interface FacetChoice {
  id: string;
  /** A party's name; terms are labelled from the facet's vocabulary. */
  label?: string;
  count: number;
}

export interface Facet {
  key: ChoiceFilter;
  legend: Message;
  vocabulary?: string;
  counted(summary: Summary): FacetChoice[];
}

const termCounts = (counts: Record<string, number>): FacetChoice[] => Object.entries(counts).map(([id, count]) => ({ id, count }));

export const FACETS: readonly Facet[] = [
  { key: 'type', legend: m.facetType, vocabulary: 'incident_types', counted: (summary) => termCounts(summary.byType) },
  { key: 'means', legend: m.facetMeans, vocabulary: 'means', counted: (summary) => termCounts(summary.byMeans) },
  { key: 'target', legend: m.facetTarget, vocabulary: 'target_objects', counted: (summary) => termCounts(summary.byTarget) },
  { key: 'grade', legend: m.facetGrade, vocabulary: 'verification_grades', counted: (summary) => termCounts(summary.byGrade) },
  { key: 'actor', legend: m.facetParty, counted: (summary) => Object.entries(summary.byActor).map(([id, party]) => ({ id, label: party.name, count: party.incidents })) },
];

/**
 * The choices to show, most incidents first. One chosen that the other filters leave with no incident stays,
 * at 0, so it can still be unticked.
 */
export function shownChoices(counted: readonly FacetChoice[], chosen: readonly string[] = []): FacetChoice[] {
  const stranded = chosen.filter((id) => !counted.some((choice) => choice.id === id)).map((id) => ({ id, count: 0 }));
  return [...counted, ...stranded].sort((a, b) => b.count - a.count);
}

/** The filters with one choice of a facet ticked or unticked; a facet left with no choice is removed. */
export function withChoice(filters: IncidentFilters, key: ChoiceFilter, id: string, on: boolean): IncidentFilters {
  const chosen = new Set(filters[key] ?? []);
  if (on) chosen.add(id);
  else chosen.delete(id);
  return { ...filters, [key]: chosen.size ? [...chosen] : undefined };
}
