import { describe, expect, it } from 'vitest';
import { adminLabel, districtsOf, pcodeLevel } from './admin-areas.js';
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
