import { useEffect, useState } from 'react';
import { api, errorText } from '../api.js';
import { filterQuery, type IncidentFilters } from '../filters.js';
import { useLoaded } from '../use-loaded.js';
import { loadBasemap, type Basemap } from './basemap/load-basemap.js';
import type { MapIncident } from './incident-shapes.js';

/** The most the list endpoint gives in one page; more than the map can usefully show at once anyway. */
export const MAP_LIMIT = 500;

export interface MapIncidents {
  items?: MapIncident[];
  /** More incidents match than were fetched */
  truncated: boolean;
  error?: string;
  /** A newer request is on its way; the items shown are the previous answer */
  loading: boolean;
}

/** The incidents matching the shared filters, refetched when they change; a late answer to old filters is dropped. */
export function useMapIncidents(caseId: string, filters: IncidentFilters): MapIncidents {
  const query = filterQuery(filters);
  query.set('limit', String(MAP_LIMIT));
  const search = query.toString();
  const [answer, setAnswer] = useState<{ search: string; items?: MapIncident[]; truncated: boolean; error?: string }>({ search: '', truncated: false });
  useEffect(() => {
    let stale = false;
    api<{ items: MapIncident[]; nextCursor?: string }>('GET', `/cases/${encodeURIComponent(caseId)}/incidents?${search}`).then(
      (page) => !stale && setAnswer({ search, items: page.items, truncated: Boolean(page.nextCursor) }),
      (error: unknown) => !stale && setAnswer((previous) => ({ ...previous, search, error: errorText(error) })),
    );
    return () => {
      stale = true;
    };
  }, [caseId, search]);
  const current = answer.search === search;
  return { items: answer.items, truncated: answer.truncated, error: current ? answer.error : undefined, loading: !current };
}

export function useBasemap(): { basemap?: Basemap; error?: string } {
  const { value: basemap, error } = useLoaded(loadBasemap, []);
  return { basemap, error };
}
