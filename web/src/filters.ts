/**
 * The incident filters the list, the map and the timeline share: one state, so narrowing the map narrows the
 * list, and the same query string the API's list endpoint takes (`GET /cases/:caseId/incidents`).
 */
export interface IncidentFilters {
  q?: string;
  type?: string[];
  grade?: string[];
  actor?: string[];
  pcode?: string;
  /** west,south,east,north in degrees */
  bbox?: [number, number, number, number];
  /** Dates as the API reads them: EDTF or words ("2016-07", "mid-July 2016") */
  from?: string;
  to?: string;
}

export function filterQuery(filters: IncidentFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.q?.trim()) query.set('q', filters.q.trim());
  for (const key of ['type', 'grade', 'actor'] as const) {
    const values = filters[key];
    if (values?.length) query.set(key, values.join(','));
  }
  if (filters.pcode) query.set('pcode', filters.pcode);
  if (filters.bbox) query.set('bbox', filters.bbox.map((n) => n.toFixed(4)).join(','));
  if (filters.from?.trim()) query.set('from', filters.from.trim());
  if (filters.to?.trim()) query.set('to', filters.to.trim());
  return query;
}

export function isFiltered(filters: IncidentFilters): boolean {
  return filterQuery(filters).toString() !== '';
}
