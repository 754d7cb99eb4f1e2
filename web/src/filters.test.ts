import { describe, expect, it } from 'vitest';
import { filterQuery, isFiltered } from './filters.js';

describe('the filters shared by the list, the map and the timeline', () => {
  it('writes the query string the incidents list endpoint reads', () => {
    const query = filterQuery({ q: '  chlorine ', type: ['air_strike', 'barrel_bomb'], grade: ['confirmed'], pcode: 'SY03', bbox: [36.1, 33.2, 36.75, 33.9], from: 'mid-July 2016', to: '2016-12' });
    expect(Object.fromEntries(query)).toEqual({
      q: 'chlorine',
      type: 'air_strike,barrel_bomb',
      grade: 'confirmed',
      pcode: 'SY03',
      bbox: '36.1000,33.2000,36.7500,33.9000',
      from: 'mid-July 2016',
      to: '2016-12',
    });
  });

  it('leaves out empty choices, so clearing a filter widens the list again', () => {
    expect(filterQuery({ q: '   ', type: [], actor: undefined }).toString()).toBe('');
    expect(isFiltered({ type: [] })).toBe(false);
    expect(isFiltered({ actor: ['actr_1'] })).toBe(true);
    expect(filterQuery({ means: [], target: [] }).toString()).toBe('');
  });

  it('sends the means and the targets chosen, comma-separated, as the list endpoint reads them', () => {
    const query = filterQuery({ means: ['barrel_bomb', 'unguided_bomb'], target: ['hospital'] });
    expect(Object.fromEntries(query)).toEqual({ means: 'barrel_bomb,unguided_bomb', target: 'hospital' });
    expect(isFiltered({ target: ['school'] })).toBe(true);
  });
});
