import { lazy, Suspense } from 'react';
import { useBasemap } from '../map/use-map-data.js';
import { href } from '../route.js';
import { siteDistanceInWords, type IncidentSiteDistance } from '../../../src/evidence/incident-site.js';

export type IncidentSite = IncidentSiteDistance;

const ItemLocationMap = lazy(() => import('./ItemLocationMap.js'));

/** The item's GPS position on the map, beside the sites of the incidents it is cited for, with their distances. */
export function ItemPlace({ gps, sites }: { gps: { lat: number; lon: number } | null | undefined; sites: IncidentSite[] }) {
  const { basemap, error } = useBasemap();
  if (!gps) return null;
  return (
    <section aria-labelledby="item-place-title" className="item-place">
      <h3 id="item-place-title">Where its GPS puts it</h3>
      {sites.length === 0 ? (
        <p className="muted">No incident citing this item has a site to compare its position with.</p>
      ) : (
        <ul aria-label="Distance from the incidents’ sites">
          {sites.map((site) => (
            <li key={site.incidentId}>
              The item’s GPS is <strong>{siteDistanceInWords(site)}</strong>:{' '}
              <a href={href({ page: 'incident', caseId: site.caseId, id: site.incidentId })} dir="auto">
                {site.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p role="alert" className="error">
          The basemap could not be loaded: {error}
        </p>
      ) : basemap ? (
        <Suspense fallback={<p className="loading">Loading the map…</p>}>
          <ItemLocationMap basemap={basemap} gps={gps} sites={sites} />
        </Suspense>
      ) : (
        <p className="loading">Loading the map…</p>
      )}
      <p className="muted">Blue: the item’s GPS position; red: the incidents’ sites. A GPS tag can be forged or wrong by hundreds of metres.</p>
    </section>
  );
}
