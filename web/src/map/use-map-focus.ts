import { useEffect, useRef, useState } from 'react';
import type { IncidentFilters } from '../filters.js';
import type { Basemap } from './basemap/load-basemap.js';
import { atLeast, boundsOf, SYRIA_BBOX, type Bbox } from './bounds.js';
import type { IncidentLayers, IncidentShape } from './incident-shapes.js';

export function boundsOfShape(shape: IncidentShape): Bbox | undefined {
  if (shape.kind === 'area') return boundsOf([shape.geometry]);
  if (shape.kind === 'none') return undefined;
  return atLeast([...shape.coordinates, ...shape.coordinates], 0.1);
}

/**
 * Where the map looks: first at what the filters name (an area, a box) or else at every incident drawn; then
 * at each area chosen later. A box set from the view leaves the view where it is.
 */
export function useMapFocus(basemap: Basemap | undefined, layers: IncidentLayers | undefined, filters: IncidentFilters) {
  const [current, setCurrent] = useState<{ bbox: Bbox } | undefined>();
  const lastArea = useRef(filters.pcode);
  const areaBounds = (pcode: string | undefined) => {
    const area = pcode ? basemap?.areas.byPcode.get(pcode) : undefined;
    return area && boundsOf([area.geometry]);
  };
  useEffect(() => {
    if (current || !basemap || !layers) return;
    const drawn = boundsOf([...layers.points.features, ...layers.areas.features].map((feature) => feature.geometry));
    setCurrent({ bbox: filters.bbox ?? areaBounds(filters.pcode) ?? (drawn && atLeast(drawn, 0.1)) ?? SYRIA_BBOX });
  }, [basemap, layers]);
  useEffect(() => {
    if (filters.pcode === lastArea.current) return;
    lastArea.current = filters.pcode;
    const bbox = areaBounds(filters.pcode);
    if (bbox) setCurrent({ bbox });
  }, [filters.pcode, basemap]);
  return { current, moveTo: (bbox: Bbox) => setCurrent({ bbox }) };
}
