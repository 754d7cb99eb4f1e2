import { indexAdminAreas, type AdminArea } from './admin-areas.js';

/** Two governorates and a district, as small squares: enough admin geography for the helpers' tests. */
const square = (west: number, south: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
});

const area = (pcode: string, nameEn: string, nameAr: string, geometry: AdminArea['geometry'], admin1?: string): AdminArea => ({
  type: 'Feature',
  properties: { pcode, nameEn, nameAr, ...(admin1 ? { admin1 } : {}) },
  geometry,
});

export const TEST_AREAS = indexAdminAreas(
  [area('SY03', 'Rural Damascus', 'ريف دمشق', square(36, 33, 1)), area('SY02', 'Aleppo', 'حلب', square(37, 36, 1))],
  [area('SY0301', 'Duma', 'دوما', square(36.2, 33.4, 0.4), 'SY03'), area('SY0300', 'Rural Damascus', 'ريف دمشق', square(36, 33, 0.2), 'SY03')],
);
