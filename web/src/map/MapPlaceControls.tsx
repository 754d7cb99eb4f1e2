import { useId } from 'react';
import type { IncidentFilters } from '../filters.js';
import { districtsOf, pcodeLevel, type AdminAreas } from './admin-areas.js';
import type { Bbox } from './bounds.js';
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
  // Labels tied by id, not wrapped round the select: a wrapping label's name would include the chosen option.
  const id = useId();
  const level = filters.pcode ? pcodeLevel(filters.pcode) : undefined;
  const district = level === 'district' ? filters.pcode : undefined;
  const governorate = level === 'governorate' ? filters.pcode : district ? areas?.byPcode.get(district)?.properties.admin1 : undefined;
  const districts = areas && governorate ? districtsOf(areas, governorate) : [];
  const chooseGovernorate = (pcode: string) => onFiltersChange(pcode ? withArea(filters, pcode) : withoutPlace(filters));
  const chooseDistrict = (pcode: string) => onFiltersChange(withArea(filters, pcode || governorate!));

  return (
    <div role="group" aria-label="Filter by place" className="map-controls">
      <div className="map-field">
        <label htmlFor={`${id}-governorate`}>Governorate</label>
        <select id={`${id}-governorate`} value={governorate ?? ''} disabled={!areas} onChange={(event) => chooseGovernorate(event.target.value)}>
          <option value="">Any</option>
          {areas?.governorates.map(({ properties: g }) => (
            <option key={g.pcode} value={g.pcode}>
              {g.nameEn} · {g.nameAr}
            </option>
          ))}
        </select>
      </div>
      <div className="map-field">
        <label htmlFor={`${id}-district`}>District</label>
        <select id={`${id}-district`} value={district ?? ''} disabled={!governorate} onChange={(event) => chooseDistrict(event.target.value)}>
          <option value="">{governorate ? 'All districts' : 'Choose a governorate first'}</option>
          {districts.map(({ properties: d }) => (
            <option key={d.pcode} value={d.pcode}>
              {d.nameEn} · {d.nameAr}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={!view} onClick={() => view && onFiltersChange(withView(filters, view))}>
        Filter to this view
      </button>
      <button type="button" className="secondary" disabled={!hasPlaceFilter(filters)} onClick={() => onFiltersChange(withoutPlace(filters))}>
        Clear place filter
      </button>
    </div>
  );
}
