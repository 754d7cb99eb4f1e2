import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { activeLocale, translate } from '../i18n/active-locale.js';
import { mapMessages as m } from './map.messages.js';

/** Properties of the shipped governorate and district polygons (see basemap/README.md). */
export interface AdminProperties {
  pcode: string;
  nameEn: string;
  nameAr: string;
  /** A district's governorate */
  admin1?: string;
}
export type AdminArea = Feature<Polygon | MultiPolygon, AdminProperties>;

export interface AdminAreas {
  /** Sorted by English name, for choosing from a list */
  governorates: AdminArea[];
  districts: AdminArea[];
  byPcode: ReadonlyMap<string, AdminArea>;
}

export function indexAdminAreas(governorates: AdminArea[], districts: AdminArea[]): AdminAreas {
  const byName = (a: AdminArea, b: AdminArea) => a.properties.nameEn.localeCompare(b.properties.nameEn, 'en');
  return {
    governorates: [...governorates].sort(byName),
    districts: [...districts].sort(byName),
    byPcode: new Map([...governorates, ...districts].map((area) => [area.properties.pcode, area])),
  };
}

/**
 * An area's name in the reader's language: OCHA's Arabic name for an Arabic reader, its English (Latin) name
 * otherwise, French included (OCHA has no French names).
 */
export function areaName(area: AdminProperties): string {
  return activeLocale() === 'ar' && area.nameAr ? area.nameAr : area.nameEn;
}

/** The area's other name, for those who know the place by it: English beside Arabic, Arabic beside English. */
export function otherAreaName(area: AdminProperties): string {
  return activeLocale() === 'ar' && area.nameAr ? area.nameEn : area.nameAr;
}

/** Areas in the order of their names as the reader reads them (Arabic names in Arabic order). */
export function byAreaName(areas: readonly AdminArea[]): AdminArea[] {
  const collator = new Intl.Collator(activeLocale());
  return [...areas].sort((a, b) => collator.compare(areaName(a.properties), areaName(b.properties)));
}

export function districtsOf(areas: AdminAreas, governorate: string): AdminArea[] {
  return areas.districts.filter((district) => district.properties.admin1 === governorate);
}

export type PcodeLevel = 'governorate' | 'district' | 'community';

/** The level shows in the code's shape, as the API reads it: SY03 a governorate, SY0301 a district, C2321 a community. */
export function pcodeLevel(pcode: string): PcodeLevel | undefined {
  if (/^[A-Z]{2}\d{2}$/.test(pcode)) return 'governorate';
  if (/^[A-Z]{2}\d{4}$/.test(pcode)) return 'district';
  if (/^C\d{1,6}$/.test(pcode)) return 'community';
  return undefined;
}

/**
 * "Rural Damascus governorate", "Duma district (Rural Damascus)", or the bare code when the area is not shipped;
 * in the reader's language, the names as areaName gives them ("محافظة ريف دمشق").
 */
export function adminLabel(areas: AdminAreas, pcode: string): string {
  const area = areas.byPcode.get(pcode);
  const level = pcodeLevel(pcode);
  if (!area) return level === 'community' ? translate(m.community, { pcode }) : pcode;
  const name = areaName(area.properties);
  if (level === 'governorate') return translate(m.governorateNamed, { name });
  const parent = area.properties.admin1 ? areas.byPcode.get(area.properties.admin1) : undefined;
  return parent ? translate(m.districtInGovernorate, { name, governorate: areaName(parent.properties) }) : translate(m.districtNamed, { name });
}
