import type { IncidentFilters } from '../filters.js';
import { activeIntl, translate } from '../i18n/active-locale.js';
import { useT } from '../i18n/LanguageProvider.js';
import { termLabel, useVocabularies } from '../vocabularies.js';
import type { AdminAreas } from './admin-areas.js';
import { drawnCounts, type IncidentLayers } from './incident-shapes.js';
import { mapMessages as m } from './map.messages.js';
import { describeOtherFilters, describePlaceFilter } from './place-filter.js';
import { MAP_LIMIT, type MapIncidents } from './use-map-data.js';

interface Props {
  filters: IncidentFilters;
  incidents: MapIncidents;
  layers: IncidentLayers | undefined;
  areas: AdminAreas | undefined;
  selectedCount: number;
  onClearSelection(): void;
}

/** What the map and the list show, in words, announced as it changes so the narrowing is heard as well as seen. */
export function MapSummary({ filters, incidents, layers, areas, selectedCount, onClearSelection }: Props) {
  const t = useT();
  const vocabularies = useVocabularies();
  const place = describePlaceFilter(filters, areas);
  const others = describeOtherFilters(filters, (vocabulary, id) => termLabel(vocabularies, vocabulary, id));
  return (
    <div className="map-summary">
      <p aria-live="polite" aria-busy={incidents.loading}>
        {summaryOf(incidents, layers, place, others)}
      </p>
      {selectedCount > 0 && (
        <p>
          {t(m.pickedOnMap, { count: selectedCount })}{' '}
          <button type="button" className="link" onClick={onClearSelection}>
            {t(m.clearThePick)}
          </button>
        </p>
      )}
    </div>
  );
}

function summaryOf(incidents: MapIncidents, layers: IncidentLayers | undefined, place: string | undefined, others: string[]): string {
  if (!incidents.items) return translate(incidents.error ? m.noIncidentsLoaded : m.loadingIncidents);
  // While new filters load, or when they failed, the items are the previous answer: its count beside the new filters' words would be wrong.
  if (incidents.loading) return translate(m.updating);
  if (incidents.error) return translate(m.notUpdated);
  return answerInWords(incidents.items.length, incidents.truncated, layers, place, others);
}

/**
 * "12 incidents in Rural Damascus governorate, filtered by type Air strike; 2 not drawn (place too vague or
 * unknown)." Each clause is a message taking the sentence so far, so each language orders and punctuates it.
 */
function answerInWords(count: number, truncated: boolean, layers: IncidentLayers | undefined, place: string | undefined, others: string[]): string {
  const intl = activeIntl();
  const notDrawn = layers ? drawnCounts(layers).notDrawn : 0;
  const shown = truncated ? translate(m.countMore, { count: intl.formatNumber(count) }) : intl.formatNumber(count);
  let summary = translate(m.incidentCount, { count, shown });
  if (place) summary = translate(m.inPlace, { incidents: summary, place });
  if (others.length) summary = translate(m.filteredBy, { summary, filters: intl.formatList(others, { type: 'unit', style: 'short' }) });
  if (notDrawn) summary = translate(m.notDrawn, { summary, count: notDrawn });
  summary = translate(m.sentence, { summary });
  return truncated ? translate(m.onlyFirstShown, { summary, limit: MAP_LIMIT }) : summary;
}
