/**
 * The incident filters the list, the map and the timeline share: one state, so narrowing the map narrows the
 * list, and the same query string the API's list endpoint takes (`GET /cases/:caseId/incidents`).
 */
export interface IncidentFilters {
  q?: string;
  /** Incident types (of the incident or any of its acts) */
  type?: string[];
  /** Means used in any of its acts (vocabulary means) */
  means?: string[];
  /** Objects any of its acts targeted (vocabulary target_objects) */
  target?: string[];
  grade?: string[];
  actor?: string[];
  pcode?: string;
  /** west,south,east,north in degrees */
  bbox?: [number, number, number, number];
  /** Dates as the API reads them: EDTF or words ("2016-07", "mid-July 2016") */
  from?: string;
  to?: string;
  /** Workflow statuses (list, map and timeline; the analyses count every incident's work alike) */
  workflow?: string[];
}

/** The filters that choose among listed values, any of them matching: sent comma-separated, in this order. */
export const CHOICE_FILTERS = ['type', 'means', 'target', 'grade', 'actor'] as const;
export type ChoiceFilter = (typeof CHOICE_FILTERS)[number];

/** The choices made, each as the API reads it ("air_strike,shelling"); none for a filter left empty. */
export function choiceParams(filters: IncidentFilters): [ChoiceFilter, string][] {
  return CHOICE_FILTERS.flatMap((key) => (filters[key]?.length ? [[key, filters[key].join(',')] as [ChoiceFilter, string]] : []));
}

export function filterQuery(filters: IncidentFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.q?.trim()) query.set('q', filters.q.trim());
  for (const [key, value] of choiceParams(filters)) query.set(key, value);
  if (filters.pcode) query.set('pcode', filters.pcode);
  if (filters.bbox) query.set('bbox', filters.bbox.map((n) => n.toFixed(4)).join(','));
  if (filters.from?.trim()) query.set('from', filters.from.trim());
  if (filters.to?.trim()) query.set('to', filters.to.trim());
  if (filters.workflow?.length) query.set('workflow', filters.workflow.join(','));
  return query;
}

export function isFiltered(filters: IncidentFilters): boolean {
  return filterQuery(filters).toString() !== '';
}
