import { describe, expect, it } from 'vitest';
import { filterQuery } from '../filters.js';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { areaFilterText, describeOtherFilters, describePlaceFilter, hasPlaceFilter, withArea, withoutPlace, withView } from './place-filter.js';
import { TEST_AREAS } from './test-areas.js';

describe('place filters', () => {
  const shared = { type: ['chemical_attack'], from: '2017' };

  it('sets an area in place of a box, keeping the other shared filters', () => {
    const next = withArea({ ...shared, bbox: [1, 2, 3, 4] }, 'SY03');
    expect(next).toEqual({ ...shared, pcode: 'SY03' });
    expect(filterQuery(next).toString()).toBe('type=chemical_attack&pcode=SY03&from=2017');
  });

  it('sets a box in place of an area', () => {
    expect(withView({ ...shared, pcode: 'SY03' }, [36, 33, 37, 34])).toEqual({ ...shared, bbox: [36, 33, 37, 34] });
  });

  it('clears both and says whether one is set', () => {
    const cleared = withoutPlace({ ...shared, pcode: 'SY03', bbox: [36, 33, 37, 34] });
    expect(cleared).toEqual(shared);
    expect(hasPlaceFilter(cleared)).toBe(false);
    expect(hasPlaceFilter({ bbox: [36, 33, 37, 34] })).toBe(true);
  });

  it('describes the place filter in words', () => {
    expect(describePlaceFilter({ pcode: 'SY0301' }, TEST_AREAS)).toBe('Duma district (Rural Damascus)');
    expect(describePlaceFilter({ bbox: [36.1, 33.4, -0.5, 33.7] }, TEST_AREAS)).toBe('the box 36.10°E – 0.50°W, 33.40°N – 33.70°N');
    expect(describePlaceFilter({}, TEST_AREAS)).toBeUndefined();
  });

  it('describes the other shared filters with the vocabularies’ labels, so the map says what else narrows it', () => {
    const vocabularies: Vocabularies = {
      incident_types: { terms: [{ id: 'chemical_attack', label: 'Chemical attack' }] },
      target_objects: { terms: [{ id: 'hospital', label: 'Hospital' }] },
      verification_grades: {
        terms: [
          { id: 'confirmed', label: 'Confirmed' },
          { id: 'corroborated', label: 'Corroborated' },
        ],
      },
    };
    const label = (vocabulary: string, id: string) => termLabel(vocabularies, vocabulary, id);
    expect(describeOtherFilters({ ...shared, q: ' sarin ', target: ['hospital'], means: ['barrel_bomb'], grade: ['confirmed', 'corroborated'] }, label)).toEqual([
      'text “sarin”',
      'type Chemical attack',
      'means barrel bomb',
      'target Hospital',
      'grade Confirmed or Corroborated',
      'from 2017',
    ]);
  });

  it('names an area filter with its code, or by its code alone where the basemap does not know it', () => {
    expect(areaFilterText('SY03', TEST_AREAS)).toBe('Rural Damascus governorate, code SY03');
    expect(areaFilterText('SY0301', TEST_AREAS)).toBe('Duma district (Rural Damascus), code SY0301');
    expect(areaFilterText('C2321', TEST_AREAS)).toBe('community C2321');
    expect(areaFilterText('SY030106', TEST_AREAS)).toBe('area SY030106');
    expect(areaFilterText('SY03', undefined)).toBe('area SY03');
  });
});
