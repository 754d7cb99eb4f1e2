import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../i18n/active-locale.js';
import { adminLabel, areaName, byAreaName, districtsOf, pcodeLevel } from './admin-areas.js';
import { placeNames } from './incident-shapes.js';
import { describeBbox } from './place-filter.js';
import { TEST_AREAS } from './test-areas.js';

describe('admin areas', () => {
  it('reads the level from the shape of the code, as the API does', () => {
    expect(pcodeLevel('SY03')).toBe('governorate');
    expect(pcodeLevel('SY0301')).toBe('district');
    expect(pcodeLevel('C2321')).toBe('community');
    expect(pcodeLevel('SY030106')).toBeUndefined();
  });

  it('lists governorates by English name and a governorate’s districts', () => {
    expect(TEST_AREAS.governorates.map((g) => g.properties.nameEn)).toEqual(['Aleppo', 'Rural Damascus']);
    expect(districtsOf(TEST_AREAS, 'SY03').map((d) => d.properties.pcode)).toEqual(['SY0301', 'SY0300']);
    expect(districtsOf(TEST_AREAS, 'SY02')).toEqual([]);
  });

  it('names an area with its level, a district with its governorate, and an unknown code as itself', () => {
    expect(adminLabel(TEST_AREAS, 'SY03')).toBe('Rural Damascus governorate');
    expect(adminLabel(TEST_AREAS, 'SY0301')).toBe('Duma district (Rural Damascus)');
    expect(adminLabel(TEST_AREAS, 'C2321')).toBe('community C2321');
    expect(adminLabel(TEST_AREAS, 'SY99')).toBe('SY99');
  });
});

describe('place names in the reader’s language', () => {
  afterEach(() => setActiveLocale('en', undefined));

  it('names areas in Arabic for an Arabic reader, from OCHA’s Arabic names, in Arabic order', () => {
    setActiveLocale('ar', undefined);
    expect(areaName(TEST_AREAS.byPcode.get('SY03')!.properties)).toBe('ريف دمشق');
    expect(adminLabel(TEST_AREAS, 'SY03')).toBe('محافظة ريف دمشق');
    expect(adminLabel(TEST_AREAS, 'SY0301')).toBe('منطقة دوما (ريف دمشق)');
    expect(byAreaName(TEST_AREAS.governorates).map((g) => g.properties.nameAr)).toEqual(['حلب', 'ريف دمشق']);
    expect(placeNames({ en: 'Eastern Aleppo', ar: 'شرق حلب' })).toEqual({ name: 'شرق حلب', lang: 'ar', other: 'Eastern Aleppo' });
    expect(placeNames({ en: 'Atarib' })).toEqual({ name: 'Atarib', lang: 'en' });
    expect(describeBbox([36.1, 33.4, 36.6, 33.7])).toBe('المستطيل ٣٦٫١٠° شرقًا – ٣٦٫٦٠° شرقًا، ٣٣٫٤٠° شمالًا – ٣٣٫٧٠° شمالًا');
  });

  it('keeps OCHA’s English (Latin) names for a French reader, OCHA having no French names', () => {
    setActiveLocale('fr', undefined);
    expect(adminLabel(TEST_AREAS, 'SY03')).toBe('gouvernorat de Rural Damascus');
    expect(adminLabel(TEST_AREAS, 'SY0301')).toBe('district de Duma (Rural Damascus)');
    expect(placeNames({ en: 'Eastern Aleppo', ar: 'شرق حلب' })).toEqual({ name: 'Eastern Aleppo', lang: 'en', other: 'شرق حلب' });
  });
});
