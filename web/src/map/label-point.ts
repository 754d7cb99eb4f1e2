import polylabel from 'polylabel';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * Where a governorate's name goes: the pole of inaccessibility of its largest part (polylabel), the inside
 * point farthest from the edges. A centroid, or a bounding box's centre, can fall outside an L- or
 * crescent-shaped area.
 */
// Typed by its shape alone: the server's tests use it without the app's language code behind admin-areas.ts.
export function labelPoint(area: Pick<Feature<Polygon | MultiPolygon>, 'geometry'>): [number, number] {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  let best: [number, number] & { distance: number } = Object.assign([0, 0] as [number, number], { distance: -1 });
  for (const rings of polygons) {
    // A hundredth of a degree (about a kilometre) is as fine as a label needs.
    const pole = polylabel(rings as Array<Array<[number, number]>>, 0.01);
    if (pole.distance > best.distance) best = pole;
  }
  return [best[0], best[1]];
}
