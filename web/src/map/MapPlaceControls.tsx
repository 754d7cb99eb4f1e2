import { useId } from 'react';
import type { IncidentFilters } from '../filters.js';
import { useT } from '../i18n/LanguageProvider.js';
import { areaName, byAreaName, districtsOf, otherAreaName, pcodeLevel, type AdminAreas, type AdminProperties } from './admin-areas.js';
import type { Bbox } from './bounds.js';
import { mapMessages as m } from './map.messages.js';
import { hasPlaceFilter, withArea, withoutPlace, withView } from './place-filter.js';

interface Props {
  areas: AdminAreas | undefined;
  filters: IncidentFilters;
  /** What the map shows now, for "Filter to this view"; undefined until the map has drawn */
  view: Bbox | undefined;
  onFiltersChange(next: IncidentFilters): void;
}

/** The place filters as controls, so everything a click on the map does can be done with the keyboard too. */
export function MapPlaceControls({ areas, filters, view, onFiltersChange }: Props) {
  const t = useT();
  // Labels tied by id, not wrapped round the select: a wrapping label's name would include the chosen option.
  const id = useId();
  const level = filters.pcode ? pcodeLevel(filters.pcode) : undefined;
  const district = level === 'district' ? filters.pcode : undefined;
  const governorate = level === 'governorate' ? filters.pcode : district ? areas?.byPcode.get(district)?.properties.admin1 : undefined;
  const districts = areas && governorate ? byAreaName(districtsOf(areas, governorate)) : [];
  const governorates = areas ? byAreaName(areas.governorates) : [];
  // Both names, the reader's first: a place is often known by the other one too (reports in either language).
  const bothNames = (area: AdminProperties) => t(m.bothNames, { name: areaName(area), other: otherAreaName(area) });
  const chooseGovernorate = (pcode: string) => onFiltersChange(pcode ? withArea(filters, pcode) : withoutPlace(filters));
  const chooseDistrict = (pcode: string) => onFiltersChange(withArea(filters, pcode || governorate!));

  return (
    <div role="group" aria-label={t(m.filterByPlace)} className="map-controls">
      <div className="map-field">
        <label htmlFor={`${id}-governorate`}>{t(m.governorate)}</label>
        <select id={`${id}-governorate`} value={governorate ?? ''} disabled={!areas} onChange={(event) => chooseGovernorate(event.target.value)}>
          <option value="">{t(m.anyGovernorate)}</option>
          {governorates.map(({ properties: g }) => (
            <option key={g.pcode} value={g.pcode}>
              {bothNames(g)}
            </option>
          ))}
        </select>
      </div>
      <div className="map-field">
        <label htmlFor={`${id}-district`}>{t(m.district)}</label>
        <select id={`${id}-district`} value={district ?? ''} disabled={!governorate} onChange={(event) => chooseDistrict(event.target.value)}>
          <option value="">{t(governorate ? m.allDistricts : m.chooseGovernorateFirst)}</option>
          {districts.map(({ properties: d }) => (
            <option key={d.pcode} value={d.pcode}>
              {bothNames(d)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={!view} onClick={() => view && onFiltersChange(withView(filters, view))}>
        {t(m.filterToThisView)}
      </button>
      <button type="button" className="secondary" disabled={!hasPlaceFilter(filters)} onClick={() => onFiltersChange(withoutPlace(filters))}>
        {t(m.clearPlaceFilter)}
      </button>
    </div>
  );
}
