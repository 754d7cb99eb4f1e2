import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { activeLocale } from '../i18n/active-locale.js';
import { areaName, otherAreaName, type AdminArea } from './admin-areas.js';
import { labelPoint } from './label-point.js';

/**
 * The governorates' names over the basemap, as HTML (map text would need glyphs from a font server, which
 * this app does not ask any host for): OCHA's Arabic names for an Arabic reader, its English names otherwise,
 * the other name on hover. Names only: pointer events pass through to the map and its counts.
 */
export function governorateLabels(map: MapLibreMap, governorates: readonly AdminArea[]): Marker[] {
  const arabic = activeLocale() === 'ar';
  return governorates.map((area) => {
    const element = document.createElement('span');
    const shownInArabic = arabic && Boolean(area.properties.nameAr);
    element.className = 'place-label';
    element.textContent = areaName(area.properties);
    element.lang = shownInArabic ? 'ar' : 'en';
    element.dir = shownInArabic ? 'rtl' : 'ltr';
    element.title = `${areaName(area.properties)} — ${otherAreaName(area.properties)}`;
    element.setAttribute('aria-hidden', 'true');
    // Below the point, so a count badge at the same centre stays readable.
    return new Marker({ element, anchor: 'top', offset: [0, 14] }).setLngLat(labelPoint(area)).addTo(map);
  });
}
