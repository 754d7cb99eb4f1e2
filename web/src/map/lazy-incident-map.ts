import { lazy, useEffect } from 'react';

// MapLibre is most of a map's weight: it loads with the first map shown, not with the rest of the app.
const loadIncidentMap = () => import('./IncidentMap.js');

/** The map itself, loaded on first use; render it inside <Suspense>. */
export const LazyIncidentMap = lazy(loadIncidentMap);

/** Starts fetching the map's code as the page mounts, alongside the basemap and the incidents rather than after them. */
export function usePreloadedIncidentMap(): void {
  useEffect(() => {
    // Only a head start: a failed fetch surfaces where the map is rendered, through the lazy component.
    loadIncidentMap().catch(() => undefined);
  }, []);
}
