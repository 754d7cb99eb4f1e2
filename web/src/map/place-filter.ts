import type { IncidentFilters } from '../filters.js';
import { activeIntl, translate } from '../i18n/active-locale.js';
import { adminLabel, type AdminAreas } from './admin-areas.js';
import type { Bbox } from './bounds.js';
import { mapMessages as m } from './map.messages.js';

/**
 * The map sets one place filter at a time, an area (P-code) or a box: both at once would ask for the part of
 * a governorate that happens to be in view, which nobody means when they click one after the other.
 */
export function withArea(filters: IncidentFilters, pcode: string): IncidentFilters {
  const { bbox: _box, ...rest } = filters;
  return { ...rest, pcode };
}

export function withView(filters: IncidentFilters, bbox: Bbox): IncidentFilters {
  const { pcode: _pcode, ...rest } = filters;
  return { ...rest, bbox };
}

export function withoutPlace(filters: IncidentFilters): IncidentFilters {
  const { pcode: _pcode, bbox: _box, ...rest } = filters;
  return rest;
}

export function hasPlaceFilter(filters: IncidentFilters): boolean {
  return Boolean(filters.pcode || filters.bbox);
}

/** "Rural Damascus governorate", "the box 36.1–36.6°E, 33.4–33.7°N", or undefined when no place filter is set. */
export function describePlaceFilter(filters: IncidentFilters, areas: AdminAreas | undefined): string | undefined {
  const place = filters.pcode ? (areas ? adminLabel(areas, filters.pcode) : filters.pcode) : undefined;
  const box = filters.bbox ? describeBbox(filters.bbox) : undefined;
  if (place && box) return translate(m.placeAndBox, { place, box });
  return place ?? box;
}

/** An area filter with its code, to be matched in the tables: "Rural Damascus governorate, code SY03", "area SY030106". */
export function areaFilterText(pcode: string, areas: AdminAreas | undefined): string {
  const label = areas ? adminLabel(areas, pcode) : pcode;
  if (label === pcode) return translate(m.areaCode, { pcode });
  return label.includes(pcode) ? label : translate(m.areaWithCode, { area: label, pcode });
}

/** "the box 36.10°E – 36.60°E, 33.40°N – 33.70°N", in the reader's language and digits. */
export function describeBbox([west, south, east, north]: Bbox): string {
  const degrees = (n: number) => activeIntl().formatNumber(Math.abs(n), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lon = (n: number) => translate(n < 0 ? m.degreesWest : m.degreesEast, { degrees: degrees(n) });
  const lat = (n: number) => translate(n < 0 ? m.degreesSouth : m.degreesNorth, { degrees: degrees(n) });
  return translate(m.theBox, { west: lon(west), east: lon(east), south: lat(south), north: lat(north) });
}

/** A vocabulary term in words, e.g. `(vocabulary, id) => termLabel(vocabularies, vocabulary, id)`: passed in, so this module fetches nothing. */
export type TermLabel = (vocabulary: string, id: string) => string;

/** The shared filters other than place, in words, so the map says what else is narrowing it. */
export function describeOtherFilters(filters: IncidentFilters, label: TermLabel): string[] {
  const terms = (vocabulary: string, ids: string[]) => activeIntl().formatList(ids.map((id) => label(vocabulary, id)), { type: 'disjunction' });
  const parts: string[] = [];
  if (filters.q?.trim()) parts.push(translate(m.filterText, { text: filters.q.trim() }));
  if (filters.type?.length) parts.push(translate(m.filterType, { terms: terms('incident_types', filters.type) }));
  if (filters.means?.length) parts.push(translate(m.filterMeans, { terms: terms('means', filters.means) }));
  if (filters.target?.length) parts.push(translate(m.filterTarget, { terms: terms('target_objects', filters.target) }));
  if (filters.grade?.length) parts.push(translate(m.filterGrade, { terms: terms('verification_grades', filters.grade) }));
  if (filters.actor?.length) parts.push(translate(m.filterParties, { count: filters.actor.length }));
  if (filters.from?.trim()) parts.push(translate(m.filterFrom, { date: filters.from.trim() }));
  if (filters.to?.trim()) parts.push(translate(m.filterTo, { date: filters.to.trim() }));
  return parts;
}
