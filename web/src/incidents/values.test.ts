import { describe, expect, it } from 'vitest';
import { countText, dateText, placeText, valueText } from './values.js';

describe('uncertain values in words', () => {
  it('keeps a count’s imprecision', () => {
    expect(countText({ qualifier: 'at_least', min: 14 })).toBe('at least 14');
    expect(countText({ qualifier: 'range', min: 14, max: 20 })).toBe('14–20');
    expect(countText({ qualifier: 'approx', best: 40, min: 30, max: 50 })).toBe('about 40 (30–50)');
    expect(countText({ qualifier: 'vague', vague: 'dozens', min: 24 })).toBe('dozens (at least 24)');
    expect(countText({ qualifier: 'exact', min: 1016, best: 1016, max: 1016 })).toBe('1,016');
    expect(countText({ qualifier: 'unknown' })).toBe('unknown');
    expect(countText(undefined)).toBe('—');
  });

  it('never shows a missing bound as zero', () => {
    expect(countText({ qualifier: 'at_least' })).toBe('unknown');
    expect(countText({ qualifier: 'approx', min: 30, max: 50 })).toBe('30–50');
  });

  it('gives a date’s words first, then how they were read, once', () => {
    expect(dateText({ edtf: '2016-07-11/2016-07-20', asReported: 'mid-July 2016' })).toBe('mid-July 2016 (2016-07-11/2016-07-20)');
    expect(dateText({ edtf: '2016', asReported: '2016' })).toBe('2016');
    expect(dateText(undefined)).toBe('undated');
  });

  it('words any claimed value by its shape', () => {
    expect(valueText({ qualifier: 'at_least', min: 2 })).toBe('at least 2');
    expect(valueText({ edtf: '2016-09-19', asReported: '19 September 2016' })).toBe('19 September 2016 (2016-09-19)');
    expect(valueText({ precision: 'settlement', names: { en: 'Arbin' } })).toBe('Arbin');
    expect(valueText(['air_strike', 'barrel_bomb'])).toBe('air_strike, barrel_bomb');
    expect(placeText({ precision: 'governorate', pcodes: { admin1: 'SY03' } })).toBe('SY03');
  });
});
