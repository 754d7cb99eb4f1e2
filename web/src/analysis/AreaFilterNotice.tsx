import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/LanguageProvider.js';
import { areaFilterText } from '../map/place-filter.js';
import { useBasemap } from '../map/use-map-data.js';
import { analysisMessages as m } from './analysis.messages.js';

/**
 * The area the case is narrowed to, named, and the way back to every area. Announced when it changes, since a
 * click on the map or a row's button sets it while the reader's focus stays where it was.
 */
export function AreaFilterNotice({ pcode, onClear }: { pcode: string; onClear: () => void }) {
  const t = useT();
  const { basemap } = useBasemap();
  const area = areaFilterText(pcode, basemap?.areas);
  return (
    <p className="area-filter" role="status">
      <FormattedMessage {...m.areaFilter} values={{ area, b: (chunks) => <strong dir="auto">{chunks}</strong> }} />{' '}
      <button type="button" className="link" onClick={onClear}>
        {t(m.removeAreaFilter)}
      </button>
    </p>
  );
}
