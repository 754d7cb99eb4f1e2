import { Marker, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { activeIntl, translate } from '../i18n/active-locale.js';
import type { AreaGroup } from './incident-shapes.js';
import { mapMessages as m } from './map.messages.js';
import { LAYERS, SOURCES } from './map-style.js';

/** What pressing a count does; without it (a compact map) the counts are only shown. */
type Pick = ((incidentIds: string[]) => void) | undefined;

/**
 * Counts drawn as HTML buttons over the map rather than as map text, which would need glyphs from a server.
 * Being buttons, they can also be reached with the keyboard and read by a screen reader.
 */
function badge(count: number, label: string, onPress: (() => void) | undefined): HTMLElement {
  if (!onPress) return shownCount(count, label);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'count-badge';
  button.textContent = activeIntl().formatNumber(count);
  button.setAttribute('aria-label', label);
  button.title = label;
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onPress();
  });
  return button;
}

/** A count that does nothing when pressed: not a button, and left out of the accessibility tree (the summary beside the map says it). */
function shownCount(count: number, label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'count-badge';
  element.textContent = activeIntl().formatNumber(count);
  element.title = label;
  element.setAttribute('aria-hidden', 'true');
  return element;
}

/** One badge per area drawn: the number of incidents on it; pressing it (on the full map) selects them in the list. */
export function areaBadges(map: MapLibreMap, groups: readonly AreaGroup[], onPick: Pick): Marker[] {
  // Added smallest first, so where neighbouring areas' badges overlap the larger count is on top.
  const byCount = [...groups].sort((a, b) => a.incidentIds.length - b.incidentIds.length);
  return byCount.map((group) =>
    new Marker({ element: badge(group.incidentIds.length, translate(m.incidentsIn, { count: group.incidentIds.length, place: group.label }), onPick && (() => onPick(group.incidentIds))), className: 'area-badge' })
      .setLngLat(group.centre)
      .addTo(map),
  );
}

/**
 * The count on each cluster of points in view. Clusters change with the zoom and the data, so the badges are
 * matched to the clusters drawn once the map settles (rendered ones: the source may still hold the tiles of
 * the zoom it left).
 */
export class ClusterBadges {
  private readonly markers = new Map<number, Marker>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly onPick: Pick,
  ) {}

  refresh(): void {
    const inView = new Set<number>();
    for (const feature of this.map.queryRenderedFeatures({ layers: [LAYERS.clusters] })) {
      const properties = feature.properties as { cluster?: boolean; cluster_id?: number; point_count?: number };
      if (!properties.cluster || properties.cluster_id === undefined || inView.has(properties.cluster_id)) continue;
      inView.add(properties.cluster_id);
      if (this.markers.has(properties.cluster_id) || feature.geometry.type !== 'Point') continue;
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const count = properties.point_count ?? 0;
      const id = properties.cluster_id;
      const press = this.onPick && (() => this.open(id, count, [lon, lat]).catch(() => this.redraw()));
      const element = badge(count, translate(press ? m.incidentsHerePick : m.incidentsHere, { count }), press);
      this.markers.set(id, new Marker({ element, className: 'cluster-badge' }).setLngLat([lon, lat]).addTo(this.map));
    }
    for (const [id, marker] of this.markers) {
      if (inView.has(id)) continue;
      marker.remove();
      this.markers.delete(id);
    }
  }

  /** Cluster ids mean nothing once the data changes: drop every badge. */
  clear(): void {
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
  }

  /**
   * A badge pressed after its cluster went (new data, its badge not yet replaced): nothing is picked, and the
   * badges are placed again from the clusters drawn now, since the others may be as stale.
   */
  private redraw(): void {
    this.clear();
    this.refresh();
  }

  /** Picks a cluster's incidents and zooms in on it; rejects when the cluster id is stale. */
  private async open(clusterId: number, count: number, centre: [number, number]): Promise<void> {
    const source = this.map.getSource<GeoJSONSource>(SOURCES.points);
    if (!source) return;
    const leaves = await source.getClusterLeaves(clusterId, count, 0);
    this.onPick?.(leaves.map((leaf) => String(leaf.properties?.id)));
    const zoom = await source.getClusterExpansionZoom(clusterId);
    this.map.easeTo({ center: centre, zoom });
  }
}
