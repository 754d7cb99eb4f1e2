import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { translate } from '../../i18n/active-locale.js';
import { indexAdminAreas, type AdminArea, type AdminAreas } from '../admin-areas.js';
import { mapMessages as m } from '../map.messages.js';
// Files of the app's own origin, fingerprinted by the build: the basemap needs no tile server and no network.
import syriaAdminUrl from './syria-admin.topo.json?url';
import worldCountriesUrl from './world-countries.topo.json?url';

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon>;
  governorates: FeatureCollection<Polygon | MultiPolygon, AdminArea['properties']>;
  districts: FeatureCollection<Polygon | MultiPolygon, AdminArea['properties']>;
  areas: AdminAreas;
}

let loading: Promise<Basemap> | undefined;

/** Loads once per page: the files do not change while it is open. */
export function loadBasemap(): Promise<Basemap> {
  loading ??= Promise.all([fetchTopology(worldCountriesUrl), fetchTopology(syriaAdminUrl)]).then(([world, syria]) => {
    const countries = layer(world, 'countries');
    const governorates = layer(syria, 'governorates') as Basemap['governorates'];
    const districts = layer(syria, 'districts') as Basemap['districts'];
    return { countries, governorates, districts, areas: indexAdminAreas(governorates.features, districts.features) };
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(translate(m.basemapFileFailed, { file: url, status: response.status }));
  return (await response.json()) as Topology;
}

function layer(topology: Topology, name: string): FeatureCollection<Polygon | MultiPolygon> {
  return feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
}
