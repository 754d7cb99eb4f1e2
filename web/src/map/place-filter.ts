import type { IncidentFilters } from '../filters.js';
import { adminLabel, type AdminAreas } from './admin-areas.js';
import type { Bbox } from './bounds.js';

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
  const parts: string[] = [];
  if (filters.pcode) parts.push(areas ? adminLabel(areas, filters.pcode) : filters.pcode);
  if (filters.bbox) parts.push(`the box ${describeBbox(filters.bbox)}`);
  return parts.length ? parts.join(' and ') : undefined;
}

/** An area filter with its code, to be matched in the tables: "Rural Damascus governorate, code SY03", "area SY030106". */
export function areaFilterText(pcode: string, areas: AdminAreas | undefined): string {
  const label = areas ? adminLabel(areas, pcode) : pcode;
  if (label === pcode) return `area ${pcode}`;
  return label.includes(pcode) ? label : `${label}, code ${pcode}`;
}

export function describeBbox([west, south, east, north]: Bbox): string {
  const lon = (n: number) => `${Math.abs(n).toFixed(2)}°${n < 0 ? 'W' : 'E'}`;
  const lat = (n: number) => `${Math.abs(n).toFixed(2)}°${n < 0 ? 'S' : 'N'}`;
  return `${lon(west)} – ${lon(east)}, ${lat(south)} – ${lat(north)}`;
}

/** A vocabulary term in words, e.g. `(vocabulary, id) => termLabel(vocabularies, vocabulary, id)`: passed in, so this module fetches nothing. */
export type TermLabel = (vocabulary: string, id: string) => string;

/** The shared filters other than place, in words, so the map says what else is narrowing it. */
export function describeOtherFilters(filters: IncidentFilters, label: TermLabel): string[] {
  const words = (vocabulary: string, ids: string[]) => ids.map((id) => label(vocabulary, id)).join(' or ');
  const parts: string[] = [];
  if (filters.q?.trim()) parts.push(`text “${filters.q.trim()}”`);
  if (filters.type?.length) parts.push(`type ${words('incident_types', filters.type)}`);
  if (filters.means?.length) parts.push(`means ${words('means', filters.means)}`);
  if (filters.target?.length) parts.push(`target ${words('target_objects', filters.target)}`);
  if (filters.grade?.length) parts.push(`grade ${words('verification_grades', filters.grade)}`);
  if (filters.actor?.length) parts.push(`${filters.actor.length === 1 ? 'one party' : `${filters.actor.length} parties`}`);
  if (filters.from?.trim()) parts.push(`from ${filters.from.trim()}`);
  if (filters.to?.trim()) parts.push(`to ${filters.to.trim()}`);
  return parts;
}
