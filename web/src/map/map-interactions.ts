import type { MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { AdminProperties } from './admin-areas.js';
import { DISTRICT_ZOOM, LAYERS, pcodeIs } from './map-style.js';

export interface PointerHandlers {
  /** Ids of the incidents drawn under the pointer's click */
  onPickIncidents(ids: string[]): void;
  onPickArea(pcode: string): void;
  /** The area a click would pick, for the hint over the map; undefined when off Syria */
  onHoverArea(area: AdminProperties | undefined): void;
  incidentIdsOfArea(key: string): string[];
}

/** The area a click picks: a district once districts are drawn, a governorate before. */
function adminUnder(map: MapLibreMap, event: MapMouseEvent): AdminProperties | undefined {
  const layer = map.getZoom() >= DISTRICT_ZOOM ? LAYERS.districts : LAYERS.governorates;
  return map.queryRenderedFeatures(event.point, { layers: [layer] })[0]?.properties as AdminProperties | undefined;
}

function incidentsUnder(map: MapLibreMap, event: MapMouseEvent, handlers: PointerHandlers): string[] {
  const features = map.queryRenderedFeatures(event.point, { layers: [LAYERS.points, LAYERS.areas] });
  const ids = features.flatMap((feature) => (feature.layer.id === LAYERS.points ? [String(feature.properties.id)] : handlers.incidentIdsOfArea(String(feature.properties.key))));
  return [...new Set(ids)];
}

/**
 * A click on incidents selects them in the list; a click elsewhere in Syria filters to the area clicked. The
 * same filters are in the controls above the map, for the keyboard.
 */
export function wirePointer(map: MapLibreMap, handlers: () => PointerHandlers): void {
  let hovered: string | undefined;
  const hover = (area: AdminProperties | undefined) => {
    if (area?.pcode === hovered) return;
    hovered = area?.pcode;
    const districtLevel = map.getZoom() >= DISTRICT_ZOOM;
    map.setFilter(LAYERS.districtHover, pcodeIs(districtLevel ? hovered : undefined));
    map.setFilter(LAYERS.governorateHover, pcodeIs(districtLevel ? undefined : hovered));
    handlers().onHoverArea(area);
  };
  map.on('mousemove', (event) => {
    const overIncident = incidentsUnder(map, event, handlers()).length > 0;
    const area = overIncident ? undefined : adminUnder(map, event);
    map.getCanvas().style.cursor = overIncident || area ? 'pointer' : '';
    hover(area);
  });
  map.getCanvas().addEventListener('mouseleave', () => hover(undefined));
  map.on('zoomend', () => (hovered = undefined));
  map.on('click', (event) => {
    const ids = incidentsUnder(map, event, handlers());
    if (ids.length) return handlers().onPickIncidents(ids);
    const area = adminUnder(map, event);
    if (area) handlers().onPickArea(area.pcode);
  });
}
