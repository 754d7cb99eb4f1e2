/** A search of items by their own metadata, as read (metadata-search.ts), and what matched: shared with the web app. */
import type { LatLon } from '../values/distance.js';

export interface MetadataFilter {
  near?: { centre: LatLon; km: number; place: string };
  /** Local times as the device wrote them, "YYYY-MM-DDTHH:MM:SS", both ends included. */
  takenFrom?: string;
  takenTo?: string;
  device?: string;
  edited?: boolean;
  hasGps?: boolean;
}

export interface MetadataMatch {
  evidenceId: string;
  /** The capture time as the device wrote it, and its zone if the file gave one. */
  captured: { local: string; zone: string | null } | null;
  gps: LatLon | null;
  /** From the place asked for, when a place was. */
  distanceKm: number | null;
  device: string | null;
  editTraces: string[];
}

/** "3 items taken within 5 km of Arbin (C2321), from 2017-01-01 to 2017-03-31". */
export function filterInWords(count: number, filter: MetadataFilter): string {
  const parts = [
    filter.near && `taken within ${filter.near.km} km of ${filter.near.place}`,
    filter.takenFrom && `from ${filter.takenFrom.slice(0, 10)}`,
    filter.takenTo && `to ${filter.takenTo.slice(0, 10)}`,
    filter.device && `with a device "${filter.device}"`,
    filter.edited !== undefined && (filter.edited ? 'with traces of editing' : 'with no trace of editing'),
    filter.hasGps && 'with a GPS position',
  ].filter(Boolean);
  return `${count} ${count === 1 ? 'item' : 'items'} ${parts.join(', ')}`;
}
