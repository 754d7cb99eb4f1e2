import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { AdminArea } from './admin-areas.js';
import { labelPoint } from './label-point.js';

/**
 * The governorates' names over the basemap, as HTML (map text would need glyphs from a font server, which
 * this app does not ask any host for). Names only: pointer events pass through to the map and its counts.
 */
export function governorateLabels(map: MapLibreMap, governorates: readonly AdminArea[]): Marker[] {
  return governorates.map((area) => {
    const element = document.createElement('span');
    element.className = 'place-label';
    element.textContent = area.properties.nameEn;
    element.title = `${area.properties.nameEn} — ${area.properties.nameAr}`;
    element.setAttribute('aria-hidden', 'true');
    // Below the point, so a count badge at the same centre stays readable.
    return new Marker({ element, anchor: 'top', offset: [0, 14] }).setLngLat(labelPoint(area)).addTo(map);
  });
}
