import { areaFilterText } from '../map/place-filter.js';
import { useBasemap } from '../map/use-map-data.js';

/**
 * The area the case is narrowed to, named, and the way back to every area. Announced when it changes, since a
 * click on the map or a row's button sets it while the reader's focus stays where it was.
 */
export function AreaFilterNotice({ pcode, onClear }: { pcode: string; onClear: () => void }) {
  const { basemap } = useBasemap();
  return (
    <p className="area-filter" role="status">
      Area filter: only the incidents in <strong dir="auto">{areaFilterText(pcode, basemap?.areas)}</strong>, here and on the incident list, the map and the
      timeline.{' '}
      <button type="button" className="link" onClick={onClear}>
        Remove area filter
      </button>
    </p>
  );
}
