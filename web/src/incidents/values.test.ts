import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveLocale } from '../i18n/active-locale.js';
import { countText, dateText, figureCountText, figureLabel, figureTotalText, placeText, valueText } from './values.js';

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
    // Words reported in Arabic keep the EDTF beside them left to right, in an English page too.
    expect(dateText({ edtf: '2016-07-11/2016-07-20', asReported: 'منتصف تموز ٢٠١٦' })).toBe('منتصف تموز ٢٠١٦ (\u20662016-07-11/2016-07-20\u2069)');
  });

  it('words any claimed value by its shape', () => {
    expect(valueText({ qualifier: 'at_least', min: 2 })).toBe('at least 2');
    expect(valueText({ edtf: '2016-09-19', asReported: '19 September 2016' })).toBe('19 September 2016 (2016-09-19)');
    expect(valueText({ precision: 'settlement', names: { en: 'Arbin' } })).toBe('Arbin');
    expect(valueText(['air_strike', 'barrel_bomb'])).toBe('air_strike, barrel_bomb');
    expect(placeText({ precision: 'governorate', pcodes: { admin1: 'SY03' } })).toBe('SY03');
  });
});

const COUNTS = [0, 1, 2, 3, 11, 100];
const NNBSP = '\u202f';
/** Left-to-right isolate around an EDTF shown among Arabic words. */
const ltr = (edtf: string) => `\u2066${edtf}\u2069`;

describe('uncertain values in Arabic', () => {
  beforeEach(() => setActiveLocale('ar', 'latn'));
  afterEach(() => setActiveLocale('en', undefined));

  it('words a figure killed with the form Arabic gives each number: zero, one, two, few, many, other', () => {
    expect(COUNTS.map((n) => figureCountText('killed', { qualifier: 'exact', min: n, best: n, max: n }))).toEqual(['لا قتلى', 'قتيل واحد', 'قتيلان', '3 قتلى', '11 قتيلًا', '100 قتيل']);
    expect(COUNTS.map((n) => figureCountText('killed', { qualifier: 'at_least', min: n }))).toEqual([
      '0 قتيل على الأقل',
      'قتيل واحد على الأقل',
      'قتيلان على الأقل',
      '3 قتلى على الأقل',
      '11 قتيلًا على الأقل',
      '100 قتيل على الأقل',
    ]);
    expect(COUNTS.map((n) => figureCountText('injured', { qualifier: 'exact', min: n, best: n, max: n }))).toEqual(['لا جرحى', 'جريح واحد', 'جريحان', '3 جرحى', '11 جريحًا', '100 جريح']);
  });

  it('keeps the qualifier and the bounds, the noun agreeing with the number it follows', () => {
    expect(figureCountText('killed', { qualifier: 'approx', best: 40, min: 30, max: 50 })).toBe('40 قتيلًا تقريبًا (بين 30 و50)');
    expect(figureCountText('killed', { qualifier: 'approx', best: 3, min: 2 })).toBe('3 قتلى تقريبًا (2 على الأقل)');
    expect(figureCountText('killed', { qualifier: 'range', min: 14, max: 20 })).toBe('بين 14 و20 قتيلًا');
    expect(figureCountText('killed', { qualifier: 'range', min: 1, max: 2 })).toBe('بين 1 وقتيلَين');
    expect(figureCountText('killed', { qualifier: 'vague', vague: 'dozens', min: 24 })).toBe('عشرات القتلى (24 على الأقل)');
    expect(figureCountText('displaced', { qualifier: 'vague', vague: 'hundreds', min: 200 })).toBe('مئات النازحين (200 على الأقل)');
    expect(figureCountText('killed', { qualifier: 'unknown' })).toBe('غير معروف');
    expect(countText({ qualifier: 'at_least', min: 14 })).toBe('14 على الأقل');
    expect(countText({ qualifier: 'approx', best: 40, min: 30, max: 50 })).toBe('40 تقريبًا (بين 30 و50)');
    expect(countText({ qualifier: 'vague', vague: 'dozens', min: 24 })).toBe('العشرات (24 على الأقل)');
  });

  it('writes Arabic-Indic digits when the reader chose them', () => {
    setActiveLocale('ar', 'arab');
    expect(figureCountText('killed', { qualifier: 'at_least', min: 14 })).toBe('١٤ قتيلًا على الأقل');
    expect(figureCountText('killed', { qualifier: 'exact', min: 3, best: 3, max: 3 })).toBe('٣ قتلى');
    expect(countText({ qualifier: 'exact', min: 1016, best: 1016, max: 1016 })).toBe('١٬٠١٦');
    expect(dateText({ edtf: '2016-07-11/2016-07-20', asReported: 'mid-July 2016' })).toBe(`منتصف يوليو ٢٠١٦ (${ltr('2016-07-11/2016-07-20')})`);
  });

  it('words totals with the figures left unknown', () => {
    const total = { min: 17, max: null, qualifier: 'at_least', parts: 2, unknownParts: 1 };
    expect(figureTotalText('killed', total)).toBe('17 قتيلًا على الأقل (رقم واحد مجهول من أصل 2)');
    expect(figureTotalText('injured', { min: 2, max: 2, qualifier: 'exact', parts: 1, unknownParts: 0 })).toBe('جريحان');
    expect(figureTotalText('missing', { min: 0, max: 0, qualifier: 'none', parts: 0, unknownParts: 0 })).toBe('لا يوجد رقم');
    expect(figureLabel('killed')).toBe('القتلى');
  });

  it('words dates in Arabic, keeping words reported in Arabic as they are', () => {
    expect(dateText({ edtf: '2016-07-11/2016-07-20', asReported: 'mid-July 2016' })).toBe(`منتصف يوليو 2016 (${ltr('2016-07-11/2016-07-20')})`);
    expect(dateText({ edtf: '2016-01/2016-04', asReported: 'early 2016' })).toBe(`أوائل عام 2016 (${ltr('2016-01/2016-04')})`);
    expect(dateText({ edtf: '2016-22', asReported: 'summer 2016' })).toBe(`صيف عام 2016 (${ltr('2016-22')})`);
    expect(dateText({ edtf: '2016-07~', asReported: 'about July 2016' })).toBe(`يوليو 2016 تقريبًا (${ltr('2016-07~')})`);
    expect(dateText({ edtf: '2016-07-11/2016-07-20', asReported: 'منتصف تموز ٢٠١٦' })).toBe(`منتصف تموز ٢٠١٦ (${ltr('2016-07-11/2016-07-20')})`);
    expect(dateText({ edtf: '2017-12-02' })).toBe(ltr('2017-12-02'));
    expect(dateText(undefined)).toBe('غير مؤرَّخ');
  });
});

describe('uncertain values in French', () => {
  beforeEach(() => setActiveLocale('fr', undefined));
  afterEach(() => setActiveLocale('en', undefined));

  it('words a figure killed in the singular for 0 and 1, in the plural from 2', () => {
    expect(COUNTS.map((n) => figureCountText('killed', { qualifier: 'exact', min: n, best: n, max: n }))).toEqual(['aucun tué', '1 tué', '2 tués', '3 tués', '11 tués', '100 tués']);
    expect(COUNTS.map((n) => figureCountText('killed', { qualifier: 'at_least', min: n }))).toEqual([
      'au moins 0 tué',
      'au moins 1 tué',
      'au moins 2 tués',
      'au moins 3 tués',
      'au moins 11 tués',
      'au moins 100 tués',
    ]);
  });

  it('keeps the qualifier and the bounds, with French number formats', () => {
    expect(figureCountText('killed', { qualifier: 'approx', best: 40, min: 30, max: 50 })).toBe('environ 40 tués (30 à 50)');
    expect(figureCountText('injured', { qualifier: 'vague', vague: 'dozens', min: 24 })).toBe('des dizaines de blessés (au moins 24)');
    expect(countText({ qualifier: 'at_least', min: 14 })).toBe('au moins 14');
    expect(countText({ qualifier: 'range', min: 14, max: 20 })).toBe('14 à 20');
    expect(countText({ qualifier: 'approx', best: 40, min: 30, max: 50 })).toBe('environ 40 (30 à 50)');
    expect(countText({ qualifier: 'vague', vague: 'dozens', min: 24 })).toBe('des dizaines (au moins 24)');
    expect(countText({ qualifier: 'exact', min: 1016, best: 1016, max: 1016 })).toBe(`1${NNBSP}016`);
    expect(figureTotalText('killed', { min: 17, max: null, qualifier: 'at_least', parts: 2, unknownParts: 1 })).toBe('au moins 17 tués (1 chiffre inconnu sur 2)');
    expect(figureLabel('detained')).toBe('détenus');
  });

  it('words dates with French month names and qualifiers', () => {
    expect(dateText({ edtf: '2016-07-11/2016-07-20', asReported: 'mid-July 2016' })).toBe('mi-juillet 2016 (2016-07-11/2016-07-20)');
    expect(dateText({ edtf: '2016-09/2016-12', asReported: 'late 2016' })).toBe('fin 2016 (2016-09/2016-12)');
    expect(dateText({ edtf: '2016-07-01/2016-07-10', asReported: 'early July 2016' })).toBe('début juillet 2016 (2016-07-01/2016-07-10)');
    expect(dateText({ edtf: '2016-24', asReported: 'winter 2016' })).toBe('hiver 2016 (2016-24)');
    expect(dateText({ edtf: '2016-09-19', asReported: '19 September 2016, evening' })).toBe('19 septembre 2016 (2016-09-19)');
    expect(dateText({ edtf: '2016-07-15~', asReported: 'about 15 July 2016' })).toBe('vers le 15 juillet 2016 (2016-07-15~)');
    // Intl sets the dash between thin spaces.
    expect(dateText({ edtf: '2016-07-15/2016-12-22', asReported: 'between 15 July and 22 December 2016' })).toMatch(/^15 juillet\s–\s22 décembre 2016 \(2016-07-15\/2016-12-22\)$/);
    expect(dateText({ edtf: '2016-07-15/2016-12-22', asReported: '2016-07-15/2016-12-22' })).toBe('2016-07-15/2016-12-22');
    expect(dateText({ edtf: '2016-07/..', asReported: 'since July 2016' })).toBe('à partir de juillet 2016 (2016-07/..)');
    expect(placeText(undefined)).toBe('non localisé');
    expect(valueText(['a', 'b', 'c'])).toBe('a, b et c');
  });
});
