import { lazy, Suspense } from 'react';
import { FormattedMessage } from 'react-intl';
import type { IncidentSiteDistance } from '../../../src/evidence/incident-site.js';
import { useT } from '../i18n/LanguageProvider.js';
import { useBasemap } from '../map/use-map-data.js';
import { href } from '../route.js';
import { siteDistance } from './evidence-words.js';
import { metadataMessages as m } from './metadata.messages.js';

export type IncidentSite = IncidentSiteDistance;

const ItemLocationMap = lazy(() => import('./ItemLocationMap.js'));

/** The item's GPS position on the map, beside the sites of the incidents it is cited for, with their distances. */
export function ItemPlace({ gps, sites }: { gps: { lat: number; lon: number } | null | undefined; sites: IncidentSite[] }) {
  const t = useT();
  const { basemap, error } = useBasemap();
  if (!gps) return null;
  return (
    <section aria-labelledby="item-place-title" className="item-place">
      <h3 id="item-place-title">{t(m.placeTitle)}</h3>
      {sites.length === 0 ? (
        <p className="muted">{t(m.noSite)}</p>
      ) : (
        <ul aria-label={t(m.distances)}>
          {sites.map((site) => (
            <li key={site.incidentId}>
              <FormattedMessage
                {...m.itemGpsIs}
                values={{
                  distance: siteDistance(site),
                  b: (chunks) => <strong>{chunks}</strong>,
                  incident: (
                    <a href={href({ page: 'incident', caseId: site.caseId, id: site.incidentId })} dir="auto">
                      {site.title}
                    </a>
                  ),
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p role="alert" className="error">
          {t(m.basemapFailed, { error })}
        </p>
      ) : basemap ? (
        <Suspense fallback={<p className="loading">{t(m.loadingMap)}</p>}>
          <ItemLocationMap basemap={basemap} gps={gps} sites={sites} />
        </Suspense>
      ) : (
        <p className="loading">{t(m.loadingMap)}</p>
      )}
      <p className="muted">{t(m.mapKey)}</p>
    </section>
  );
}
